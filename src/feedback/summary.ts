/**
 * What the votes say, for `npm run feedback`: how many, the share helpful by
 * answer kind and by week, the questions most often marked not helpful,
 * and the corrections people gave; and those corrections as gold questions
 * in the form `npm run eval` reads. Every figure counts each person's
 * latest vote on an answer only.
 */
import { createHash } from 'node:crypto';
import type { AnswerKind } from '../answer.js';
import type { GoldQuestion } from '../search/evaluate.js';
import { type VoteRecord, latestVotes } from './vote.js';

export interface Share {
  helpful: number;
  votes: number;
}

export interface FeedbackSummary {
  /** Votes counted: each person's latest on each answer. */
  votes: number;
  helpful: number;
  /** Earlier votes a later one replaced. */
  replaced: number;
  people: number;
  first?: string;
  last?: string;
  byKind: Record<AnswerKind, Share>;
  /** By ISO week, e.g. "2025-W23", in order. */
  byWeek: { week: string; share: Share }[];
  /** Questions most often marked not helpful, most first. */
  notHelpful: { question: string; votes: number }[];
  corrections: VoteRecord[];
}

/** What a vote's question means on its own: a follow-up's reading, else its words. */
export const standalone = (record: Pick<VoteRecord, 'question' | 'readAs'>): string => record.readAs ?? record.question;

/** The same question asked with other capitals or spacing is one question. */
const sameQuestion = (question: string) => question.trim().replace(/\s+/g, ' ').replace(/[?.!\s]+$/, '').toLowerCase();

/** "2025-W23": the ISO 8601 week of a time, in UTC. */
export function isoWeek(time: string): string {
  const date = new Date(time);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  // A week belongs to the year its Thursday falls in.
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const emptyShare = (): Share => ({ helpful: 0, votes: 0 });

function count(share: Share, record: VoteRecord): void {
  share.votes++;
  if (record.vote === 'helpful') share.helpful++;
}

/** The summary of every vote in `records` (file order), `top` questions listed at most. */
export function summarise(records: VoteRecord[], top = 10): FeedbackSummary {
  const votes = latestVotes(records);
  const byKind: Record<AnswerKind, Share> = { answered: emptyShare(), closest: emptyShare(), nothing: emptyShare() };
  const weeks = new Map<string, Share>();
  const unhelpful = new Map<string, { question: string; votes: number }>();
  for (const vote of votes) {
    count(byKind[vote.kind], vote);
    const week = isoWeek(vote.time);
    if (!weeks.has(week)) weeks.set(week, emptyShare());
    count(weeks.get(week)!, vote);
    if (vote.vote === 'not_helpful') {
      const question = standalone(vote);
      const entry = unhelpful.get(sameQuestion(question)) ?? { question, votes: 0 };
      entry.votes++;
      unhelpful.set(sameQuestion(question), entry);
    }
  }
  const times = votes.map((v) => v.time).sort();
  return {
    votes: votes.length,
    helpful: votes.filter((v) => v.vote === 'helpful').length,
    replaced: records.length - votes.length,
    people: new Set(votes.map((v) => v.user)).size,
    ...(times.length > 0 ? { first: times[0]!, last: times.at(-1)! } : {}),
    byKind,
    byWeek: [...weeks].sort(([a], [b]) => a.localeCompare(b)).map(([week, share]) => ({ week, share })),
    notHelpful: [...unhelpful.values()].sort((a, b) => b.votes - a.votes).slice(0, top),
    corrections: votes.filter((v) => v.vote === 'not_helpful' && v.corrected !== null),
  };
}

/** "feedback-" and a hash of the question, so that a question keeps its id from one export to the next. */
function goldId(question: string): string {
  return `feedback-${createHash('sha256').update(sameQuestion(question)).digest('hex').slice(0, 8)}`;
}

/**
 * The corrected questions as gold questions, one per question however many
 * people corrected it, its paragraphs those they named, the most often
 * named first. `kind` is "feedback", so that `npm run eval` reports them
 * apart from the team's and the blind writers' questions.
 */
export function correctionsAsGold(records: VoteRecord[]): GoldQuestion[] {
  const byQuestion = new Map<string, { question: string; named: Map<number, number> }>();
  for (const vote of latestVotes(records)) {
    if (vote.vote !== 'not_helpful' || !vote.corrected) continue;
    const question = standalone(vote);
    const key = sameQuestion(question);
    const entry = byQuestion.get(key) ?? { question, named: new Map<number, number>() };
    entry.named.set(vote.corrected.paragraph, (entry.named.get(vote.corrected.paragraph) ?? 0) + 1);
    byQuestion.set(key, entry);
  }
  return [...byQuestion.values()].map(({ question, named }) => ({
    id: goldId(question),
    question,
    // A stable sort: paragraphs named equally often keep the order they were first named in.
    gold: [...named].sort((a, b) => b[1] - a[1]).map(([paragraph]) => paragraph),
    kind: 'feedback',
  }));
}
