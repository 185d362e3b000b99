/**
 * `npm run --silent ask -- [--json] [--part PART] [--report ID] "question"`:
 * the report's paragraphs that answer a question, or the closest the report
 * comes, or a plain "nothing"; `kind` in the JSON says which. With `-`, one
 * question per line from standard input.
 */
import type { Answer } from '../answer.js';
import { formatAnswer } from './format.js';
import { runIfMain, type QueryCommand } from './query-command.js';

export const askCommand: QueryCommand<Answer> = {
  name: 'ask',
  argument: 'QUESTION',
  options: ['part', 'report'],
  answer: (engine, query, options) => engine.ask(query, { part: options.part, report: options.report }),
  json: (answer) => answer,
  text: formatAnswer,
};

runIfMain(import.meta.url, askCommand);
