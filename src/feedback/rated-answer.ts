/**
 * What a vote needs to know about the answer it is on, carried with the
 * answer itself (in Slack, a button's value and then a modal's
 * private_metadata) rather than kept in the app's memory, so that a vote
 * cast after a restart, or on an answer a week old, loses nothing.
 *
 * Pure: it runs wherever answers are rendered.
 */
import { createHash } from 'node:crypto';
import type { Answer, AnswerKind } from '../answer.js';
import { graphemePrefix } from '../graphemes.js';

/** A paragraph of a report, by id and number. */
export interface ParagraphRef {
  report: string;
  paragraph: number;
}

export interface RatedAnswer {
  /** The question as the person asked it. */
  question: string;
  /** How it was read, when it was a follow-up read in the light of an earlier question. */
  readAs?: string;
  kind: AnswerKind;
  /** The reports the paragraphs shown come from; none for a `nothing` answer. */
  reports: string[];
  /** The paragraphs shown, in order. */
  shown: ParagraphRef[];
}

/** Slack's limit on a button's value; a modal's private_metadata allows 3000. */
export const MAX_ENCODED_LENGTH = 2000;

const KINDS: readonly AnswerKind[] = ['answered', 'closest', 'nothing'];
const REPORT_ID = /^[A-Za-z0-9._-]{1,200}$/;
const MAX_QUESTION = 1000;
const MAX_SHOWN = 20;

/** What a vote records of `answer`, shown to someone who asked `question` (`readAs` when read as a follow-up). */
export function ratedAnswer(answer: Answer, question: string, shownCount: number, readAs?: string): RatedAnswer {
  const shown = answer.results.slice(0, shownCount).map((c) => ({ report: c.report, paragraph: c.paragraph }));
  return {
    question,
    ...(readAs !== undefined ? { readAs } : {}),
    kind: answer.kind,
    reports: [...new Set(shown.map((s) => s.report))],
    shown,
  };
}

/** Wire form: short keys, paragraphs as [report index, number]. */
interface Wire {
  q: string;
  a?: string;
  k: AnswerKind;
  r: string[];
  p: [number, number][];
}

/**
 * JSON with `<`, `>` and `&` written as \u escapes: a value carrying
 * "<!channel>" from a question then holds nothing Slack could read as markup.
 */
function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toWire(rated: RatedAnswer): Wire {
  const r = rated.reports.length > 0 ? [...rated.reports] : [];
  for (const s of rated.shown) if (!r.includes(s.report)) r.push(s.report);
  const wire: Wire = { q: rated.question, k: rated.kind, r, p: rated.shown.map((s) => [r.indexOf(s.report), s.paragraph]) };
  if (rated.readAs !== undefined) wire.a = rated.readAs;
  return wire;
}

/**
 * The answer as a string of at most `max` characters. Should the questions
 * make it longer, they are cut (the reading first), never the paragraphs.
 */
export function encodeRatedAnswer(rated: RatedAnswer, max: number = MAX_ENCODED_LENGTH): string {
  const wire = toWire(rated);
  let encoded = safeJson(wire);
  while (encoded.length > max) {
    const over = encoded.length - max;
    const field = wire.a !== undefined && wire.a.length > 0 ? 'a' : 'q';
    const text = wire[field] ?? '';
    if (text.length === 0) throw new Error(`the paragraphs shown alone take more than ${max} characters`);
    // Escaped characters take up to six, so cutting `over` characters may not be enough; the loop goes on until it is.
    wire[field] = graphemePrefix(text, Math.max(0, text.length - Math.max(over, 1)));
    encoded = safeJson(wire);
  }
  return encoded;
}

/** The answer a value carries, or undefined when the value is not one (tampered, or from another version). */
export function decodeRatedAnswer(value: string | undefined): RatedAnswer | undefined {
  if (!value || value.length > 3000) return undefined;
  let wire: unknown;
  try {
    wire = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof wire !== 'object' || wire === null) return undefined;
  const { q, a, k, r, p } = wire as Record<string, unknown>;
  if (typeof q !== 'string' || q.length > MAX_QUESTION) return undefined;
  if (a !== undefined && (typeof a !== 'string' || a.length > MAX_QUESTION)) return undefined;
  if (!KINDS.includes(k as AnswerKind)) return undefined;
  if (!Array.isArray(r) || r.length > MAX_SHOWN || !r.every((id) => typeof id === 'string' && REPORT_ID.test(id))) return undefined;
  if (!Array.isArray(p) || p.length > MAX_SHOWN) return undefined;
  const shown: ParagraphRef[] = [];
  for (const pair of p) {
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    const [index, paragraph] = pair as unknown[];
    const report = Number.isInteger(index) ? (r as string[])[index as number] : undefined;
    if (report === undefined || !Number.isInteger(paragraph) || (paragraph as number) < 0 || (paragraph as number) > 999_999) return undefined;
    shown.push({ report, paragraph: paragraph as number });
  }
  return { question: q, ...(a !== undefined ? { readAs: a as string } : {}), kind: k as AnswerKind, reports: r as string[], shown };
}

/**
 * Names an answer by what was asked and what was shown, so that one
 * person's votes on the same answer are recognised as one, however many
 * times they press, and wherever it was shown.
 */
export function answerId(rated: RatedAnswer): string {
  const canonical = JSON.stringify([rated.question, rated.readAs ?? null, rated.kind, rated.shown.map((s) => [s.report, s.paragraph])]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
