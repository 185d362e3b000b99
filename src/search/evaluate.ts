/**
 * Measuring the engine on gold questions: recall@k and MRR over every
 * paragraph an answer shows (answered or closest), and how the answer
 * decision does (answerable questions shown nothing, answered, and right when
 * answered; unanswerable questions not answered). Used by `npm run eval`,
 * `npm run fit` and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, AnswerKind } from '../answer.js';
import { projectRoot } from '../paths.js';

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
  /** fact, figure, why, acronym, typo, recommendation, grade, reference, none, … */
  kind: string;
  /**
   * For grade questions: judgements as "part / area". In team sets, every
   * judgement expected, in any order; in blind sets, the one asked about first.
   */
  judgements?: string[];
  /** For recommendation questions: the timescale every recommendation returned must have. */
  timescale?: string;
}

/** A set of gold questions and what may be done with it (see `test/gold/sets.json`). */
export interface GoldSet {
  name: string;
  file: string;
  /** "team": written alongside the engine; "blind": written from the report and a persona alone. */
  written: 'team' | 'blind';
  /** "tuned": read to find misses; "held": only measured; "sealed": measured once per finished change. */
  status: 'tuned' | 'held' | 'sealed';
  /** Whether the answer decision is fitted on it. */
  fit: boolean;
  persona?: string;
  questions: GoldQuestion[];
}

export const goldDir = join(projectRoot, 'test', 'gold');

export function readGold(file: string): GoldQuestion[] {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldQuestion[];
}

/** Every gold set listed in `sets.json`, with its questions. */
export function readGoldSets(dir: string = goldDir): GoldSet[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'sets.json'), 'utf8')) as { sets: Omit<GoldSet, 'questions'>[] };
  return manifest.sets.map((set) => ({ ...set, questions: readGold(join(dir, set.file)) }));
}

export interface QuestionOutcome {
  question: GoldQuestion;
  kind: AnswerKind;
  /** Paragraph numbers shown, in order (answered or closest). */
  returned: number[];
  /** 1-based rank of the first gold paragraph, or null. */
  rank: number | null;
  /** Team sets: whether the judgements (or timescale) returned are exactly those expected. */
  lookupRight?: boolean;
  /** Blind sets' grade questions: whether the judgement asked about is the first grade shown. */
  gradeFirstRight?: boolean;
}

export interface Metrics {
  questions: number;
  answerable: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** Answerable questions shown no paragraph (kind "nothing"). */
  shownNothing: number;
  /** Share of answerable questions marked answered. */
  answeredShare: number;
  /** Of the answerable questions marked answered, the share whose first paragraph is gold. */
  answeredRight: number;
  /** Questions the report does not answer (gold empty). */
  unanswerable: number;
  /** Of those, the share not marked answered. */
  unanswerableHeld: number;
  lookups: number;
  lookupsRight: number;
  gradeQuestions: number;
  gradeFirstRight: number;
}

/** `part / area` of the first grade an answer shows: its first judgement, else its first paragraph's section. */
function firstGradeShown(answer: Answer): string | undefined {
  const j = answer.judgements[0];
  if (j) return `${j.part} / ${j.area}`;
  const c = answer.results[0];
  return c ? `${c.part} / ${c.path[c.path.length - 1]}` : undefined;
}

export function judge(question: GoldQuestion, answer: Answer, written: GoldSet['written'] = 'team'): QuestionOutcome {
  const returned = answer.results.map((r) => r.paragraph);
  const index = returned.findIndex((n) => question.gold.includes(n));
  const outcome: QuestionOutcome = { question, kind: answer.kind, returned, rank: index >= 0 ? index + 1 : null };
  if (question.judgements && written === 'blind') {
    outcome.gradeFirstRight = firstGradeShown(answer) === question.judgements[0];
  } else if (question.judgements) {
    const got = answer.judgements.map((j) => `${j.part} / ${j.area}`).sort();
    const want = [...question.judgements].sort();
    outcome.lookupRight = got.length === want.length && got.every((g, i) => g === want[i]);
  }
  if (question.timescale && written === 'team') {
    outcome.lookupRight =
      (outcome.lookupRight ?? true) &&
      answer.recommendations.length > 0 &&
      answer.recommendations.every((r) => r.timescale === question.timescale);
  }
  return outcome;
}

/**
 * A question the report does not answer: no gold paragraph and no judgement.
 * A grade whose judgement has no paragraphs ("Equality and diversity" in some
 * reports) is answered by the judgement alone, so counts only among grades.
 */
export function isUnanswerable(question: GoldQuestion): boolean {
  return question.gold.length === 0 && !question.judgements?.length;
}

/** Asks every question of a set. */
export function evaluate(
  engine: { ask(query: string): Answer },
  questions: GoldQuestion[],
  written: GoldSet['written'] = 'team',
): QuestionOutcome[] {
  return questions.map((q) => judge(q, engine.ask(q.question), written));
}

/**
 * recall@k: the share of answerable questions (non-empty gold) whose first k
 * shown paragraphs hold any gold paragraph; MRR: the mean of 1/rank of the
 * first gold paragraph (0 when none). A `nothing` answer shows no paragraph,
 * so counts as a miss.
 */
export function metrics(outcomes: QuestionOutcome[]): Metrics {
  const answerable = outcomes.filter((o) => o.question.gold.length > 0);
  const unanswerable = outcomes.filter((o) => isUnanswerable(o.question));
  const answered = answerable.filter((o) => o.kind === 'answered');
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const lookups = outcomes.filter((o) => o.lookupRight !== undefined);
  const grades = outcomes.filter((o) => o.gradeFirstRight !== undefined);
  return {
    questions: outcomes.length,
    answerable: answerable.length,
    recallAt1: share(answerable.filter((o) => o.rank === 1).length, answerable.length),
    recallAt3: share(answerable.filter((o) => o.rank !== null && o.rank <= 3).length, answerable.length),
    mrr: share(answerable.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0), answerable.length),
    shownNothing: answerable.filter((o) => o.kind === 'nothing').length,
    answeredShare: share(answered.length, answerable.length),
    answeredRight: share(answered.filter((o) => o.rank === 1).length, answered.length),
    unanswerable: unanswerable.length,
    unanswerableHeld: share(unanswerable.filter((o) => o.kind !== 'answered').length, unanswerable.length),
    lookups: lookups.length,
    lookupsRight: lookups.filter((o) => o.lookupRight).length,
    gradeQuestions: grades.length,
    gradeFirstRight: grades.filter((o) => o.gradeFirstRight).length,
  };
}
