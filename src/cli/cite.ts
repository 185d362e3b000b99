/**
 * `npm run --silent cite -- [--json] [--reference] 65` (or "para 65", "¶65",
 * "sutton-2012 65"): one paragraph, verbatim. `--reference` gives the formal
 * reference for documents and the paragraph quoted, ready to paste. JSON is
 * the paragraph object (with `reference` when asked for), or `{ "error" }`.
 * With `-`, one reference per line from standard input.
 */
import type { CiteAnswer } from '../answer.js';
import { referenceWithQuote } from '../render/reference.js';
import type { AnswerEngine } from '../search/engine.js';
import { formatParagraph } from './format.js';
import { runIfMain, type QueryCommand } from './query-command.js';

/** A cited paragraph, with its formal reference when asked for. */
type Cited = { answer: CiteAnswer; reference?: string };

function cite(engine: AnswerEngine, query: string, options: Record<string, string>): Cited {
  const answer = engine.cite(query);
  if (!('paragraph' in answer) || options.reference === undefined) return { answer };
  const report = engine.reports.find((r) => r.id === answer.paragraph.report)!;
  return { answer, reference: referenceWithQuote(report, answer.paragraph) };
}

export const citeCommand: QueryCommand<Cited> = {
  name: 'cite',
  argument: 'PARAGRAPH',
  flags: ['reference'],
  answer: cite,
  json: ({ answer, reference }) => ('paragraph' in answer ? { ...answer.paragraph, ...(reference ? { reference } : {}) } : answer),
  text: ({ answer, reference }) => reference ?? ('paragraph' in answer ? formatParagraph(answer.paragraph) : answer.error),
  failed: ({ answer }) => 'error' in answer,
};

runIfMain(import.meta.url, citeCommand);
