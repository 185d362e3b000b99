/**
 * What every surface says before the paragraphs of an answer that is not a
 * direct one, so that Slack, the terminal and the command line tell people
 * the same thing: the closest paragraphs are labelled as such, and "nothing"
 * is said plainly.
 */
import type { Answer } from '../answer.js';

/** Before the paragraphs of a `closest` answer, e.g. "The report names no one in this role; the closest paragraphs are:". */
export function closestLead(answer: Pick<Answer, 'missing'>): string {
  if (answer.missing) return `${answer.missing.replace(/\.$/, '')}; the closest paragraphs are:`;
  return "I couldn't find a paragraph that answers this directly; the closest are:";
}

/** A `nothing` answer, for a question as quoted (already escaped for the surface). */
export function nothingLine(quotedQuestion: string): string {
  return `I couldn't find anything in the report that answers “${quotedQuestion}”.`;
}
