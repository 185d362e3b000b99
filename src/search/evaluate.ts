/**
 * Measuring the engine on gold questions: recall@k, MRR, and how often it
 * wrongly stays silent or wrongly answers. Used by `npm run eval` and the
 * tests.
 */
import { readFileSync } from 'node:fs';
import type { Answer } from '../answer.js';
import type { AnswerEngine } from './engine.js';

/**
 * One gold question.
 *
 * ```json
 * { "id": "q053", "question": "What must be done immediately to improve safeguarding?",
 *   "gold": [17], "kind": "recommendation" }
 * ```
 */
export interface GoldQuestion {
  id: string;
  question: string;
  /** Paragraph numbers that answer it, best first; empty when the report does not answer it. */
  gold: number[];
  /** fact, why, acronym, typo, recommendation, grade, reference, none, … */
  kind: string;
  /** For grade questions: the judgements expected, as "part / area", in any order. */
  judgements?: string[];
  /** For recommendation questions: the timescale every recommendation returned must have. */
  timescale?: string;
}

export interface QuestionOutcome {
  question: GoldQuestion;
  answered: boolean;
  /** Paragraph numbers returned, in order. */
  returned: number[];
  /** 1-based rank of the first gold paragraph, or null. */
  rank: number | null;
  /** For questions with expected judgements or timescale: whether the answer matched them. */
  lookupRight?: boolean;
}

export interface Metrics {
  questions: number;
  answerable: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Answerable questions that came back `answered: false`. */
  unanswered: number;
  /** Questions of kind "none" (the report does not answer them) that came back `answered: true`. */
  wronglyAnswered: number;
  /** Questions with expected judgements or timescale, and how many were right. */
  lookups: number;
  lookupsRight: number;
}

export function readGold(file: string): GoldQuestion[] {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldQuestion[];
}

export function judge(question: GoldQuestion, answer: Answer): QuestionOutcome {
  const returned = answer.answered ? answer.results.map((r) => r.paragraph) : [];
  const index = returned.findIndex((n) => question.gold.includes(n));
  const outcome: QuestionOutcome = { question, answered: answer.answered, returned, rank: index >= 0 ? index + 1 : null };
  if (question.judgements) {
    const got = answer.judgements.map((j) => `${j.part} / ${j.area}`).sort();
    const want = [...question.judgements].sort();
    outcome.lookupRight = got.length === want.length && got.every((g, i) => g === want[i]);
  }
  if (question.timescale) {
    outcome.lookupRight =
      (outcome.lookupRight ?? true) &&
      answer.recommendations.length > 0 &&
      answer.recommendations.every((r) => r.timescale === question.timescale);
  }
  return outcome;
}

export function evaluate(engine: AnswerEngine, questions: GoldQuestion[]): QuestionOutcome[] {
  return questions.map((q) => judge(q, engine.ask(q.question)));
}

/**
 * recall@k: the share of answerable questions (non-empty gold) whose first k
 * results hold any gold paragraph; MRR: the mean of 1/rank of the first gold
 * paragraph (0 when none). An unanswered question counts as a miss.
 */
export function metrics(outcomes: QuestionOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => o.question.gold.length > 0);
  const n = answerable.length || 1;
  const lookups = outcomes.filter((o) => o.lookupRight !== undefined);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    recallAt1: answerable.filter((o) => o.rank === 1).length / n,
    recallAt3: answerable.filter((o) => o.rank !== null && o.rank <= 3).length / n,
    mrr: answerable.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    unanswered: answerable.filter((o) => !o.answered).length,
    wronglyAnswered: outcomes.filter((o) => o.question.kind === 'none' && o.answered).length,
    lookups: lookups.length,
    lookupsRight: lookups.filter((o) => o.lookupRight).length,
  };
}
