/**
 * How a citation reads on every surface, so that a paragraph quoted from
 * Slack, the terminal or the command line is cited the same way:
 * "¶65 · Safeguarding services › Performance management and quality assurance · 🔴 Inadequate · sutton-2012".
 */
import type { Grade } from '../report/model.js';
import { gradeBadge } from './grade.js';

export interface CitationParts {
  /** Report id, e.g. "sutton-2012". */
  report: string;
  paragraph: number;
  /** The heading path joined with " › "; "" for the introduction. */
  heading: string;
  grade: Grade | null;
}

/**
 * The parts of a citation line in order: paragraph, heading, grade, report.
 * `escape` is applied to the heading (report text), e.g. for Slack mrkdwn.
 */
export function citationParts(c: CitationParts, escape: (text: string) => string = (t) => t): string[] {
  return [`¶${c.paragraph}`, escape(c.heading || 'Introduction'), ...(c.grade ? [gradeBadge(c.grade)] : []), c.report];
}

/** The citation line as plain text. */
export function citationLine(c: CitationParts): string {
  return citationParts(c).join(' · ');
}

/** "¶9–11, ¶14–16": paragraph numbers, sorted, consecutive ones as ranges. */
export function paragraphRanges(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(j > i ? `¶${sorted[i]}–${sorted[j]}` : `¶${sorted[i]}`);
    i = j + 1;
  }
  return out.join(', ');
}
