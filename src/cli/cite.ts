/**
 * `npm run --silent cite -- [--json] 65` (or "para 65", "¶65",
 * "sutton-2012 65"): one paragraph, verbatim. JSON is the paragraph object,
 * or `{ "error" }`. With `-`, one reference per line from standard input.
 */
import type { CiteAnswer } from '../answer.js';
import { formatParagraph } from './format.js';
import { runIfMain, type QueryCommand } from './query-command.js';

export const citeCommand: QueryCommand<CiteAnswer> = {
  name: 'cite',
  argument: 'PARAGRAPH',
  answer: (engine, query) => engine.cite(query),
  json: (answer) => ('paragraph' in answer ? answer.paragraph : answer),
  text: (answer) => ('paragraph' in answer ? formatParagraph(answer.paragraph) : answer.error),
  failed: (answer) => 'error' in answer,
};

runIfMain(import.meta.url, citeCommand);
