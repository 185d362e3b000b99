/**
 * `npm run --silent grade -- [--json] [area]`: the judgements for an area,
 * or every judgement. An unknown area prints the areas that exist and
 * exits 1. With `-`, one area per line from standard input.
 */
import type { GradeAnswer } from '../answer.js';
import { formatGradeAnswer } from './format.js';
import { runIfMain, type QueryCommand } from './query-command.js';

export const gradeCommand: QueryCommand<GradeAnswer> = {
  name: 'grade',
  argument: 'AREA',
  optional: true,
  answer: (engine, query) => engine.grade(query),
  json: (answer) => answer,
  text: formatGradeAnswer,
  failed: (answer) => answer.judgements.length === 0,
};

runIfMain(import.meta.url, gradeCommand);
