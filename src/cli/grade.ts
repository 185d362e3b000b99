/**
 * `npm run --silent grade -- [--json] [--report ID] [area]`: the judgements
 * for an area, or every judgement, of every report or of those given or
 * named ("sutton-2012 health"). An unknown area prints the areas that exist
 * and exits 1. With `-`, one area per line from standard input.
 */
import type { GradeAnswer } from '../answer.js';
import { formatGradeAnswer } from './format.js';
import { runIfMain, type QueryCommand } from './query-command.js';

export const gradeCommand: QueryCommand<GradeAnswer> = {
  name: 'grade',
  argument: 'AREA',
  optional: true,
  options: ['report'],
  answer: (engine, query, options) => engine.grade(query, options.report ? { report: options.report } : {}),
  json: (answer) => answer,
  text: formatGradeAnswer,
  failed: (answer) => answer.judgements.length === 0,
};

runIfMain(import.meta.url, gradeCommand);
