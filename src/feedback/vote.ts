/**
 * One line of the feedback file: a person's vote on an answer. A later vote
 * by the same person on the same answer replaces an earlier one; the file
 * keeps both lines, and readers count only the latest ({@link latestVotes}).
 *
 * ```json
 * {"time":"2025-06-02T10:15:00.000Z","answer":"3f9c…","user":"a1b2…","via":"slack","vote":"not_helpful",
 *  "reports":["sutton-2012"],"question":"and for care leavers?","readAs":"how are care leavers supported into education?",
 *  "kind":"answered","shown":[{"report":"sutton-2012","paragraph":94}],
 *  "corrected":{"report":"sutton-2012","paragraph":93},"comment":null}
 * ```
 */
import type { AnswerKind } from '../answer.js';
import type { ParagraphRef } from './rated-answer.js';

export type VoteValue = 'helpful' | 'not_helpful';

export interface VoteRecord {
  /** When the vote was cast, ISO 8601 in UTC. */
  time: string;
  /** The answer voted on ({@link import('./rated-answer.js').answerId}). */
  answer: string;
  /** The person, as a salted hash: never their Slack id or user name. */
  user: string;
  /** Where the vote was cast. */
  via: 'slack' | 'terminal';
  vote: VoteValue;
  reports: string[];
  /** The question as the person asked it. */
  question: string;
  /** How a follow-up was read, in the light of the thread's earlier question. */
  readAs?: string;
  kind: AnswerKind;
  /** The paragraphs shown, in order. */
  shown: ParagraphRef[];
  /** The paragraph that does answer the question, in the person's view. */
  corrected: ParagraphRef | null;
  comment: string | null;
}

const KINDS = new Set(['answered', 'closest', 'nothing']);
const isRef = (x: unknown): x is ParagraphRef =>
  typeof x === 'object' && x !== null && typeof (x as ParagraphRef).report === 'string' && Number.isInteger((x as ParagraphRef).paragraph);

/** A parsed line, if it is a vote; anything else (a torn or hand-edited line) is not. */
export function asVoteRecord(value: unknown): VoteRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.time === 'string' &&
    !Number.isNaN(Date.parse(v.time)) &&
    typeof v.answer === 'string' &&
    typeof v.user === 'string' &&
    (v.vote === 'helpful' || v.vote === 'not_helpful') &&
    typeof v.question === 'string' &&
    (v.readAs === undefined || typeof v.readAs === 'string') &&
    KINDS.has(v.kind as string) &&
    Array.isArray(v.reports) &&
    Array.isArray(v.shown) &&
    v.shown.every(isRef) &&
    (v.corrected === null || v.corrected === undefined || isRef(v.corrected)) &&
    (v.comment === null || v.comment === undefined || typeof v.comment === 'string');
  if (!ok) return undefined;
  return { ...(v as unknown as VoteRecord), corrected: (v.corrected as ParagraphRef | undefined) ?? null, comment: (v.comment as string | undefined) ?? null };
}

/** Each person's latest vote on each answer, in the order they were cast. */
export function latestVotes(records: VoteRecord[]): VoteRecord[] {
  const latest = new Map<string, VoteRecord>();
  for (const record of records) {
    const key = `${record.answer} ${record.user}`;
    // Re-inserted, so the map keeps the order of each one's latest vote.
    latest.delete(key);
    latest.set(key, record);
  }
  return [...latest.values()];
}
