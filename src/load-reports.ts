/**
 * The reports the app answers from, loaded once at start. Every file that
 * could not be loaded and every warning is logged, in every mode, so that
 * whoever runs the app sees a broken file in the corpus.
 */
import { loadCorpus } from './report/corpus.js';
import { formatIssue } from './report/errors.js';
import { AnswerEngine } from './search/engine.js';
import type { Logger } from './slack/logger.js';

/** Loads the corpus (the project's own by default) and builds the engine; throws when no report loads. */
export function loadReports(corpusDir: string | undefined, logger: Logger): AnswerEngine {
  const corpus = loadCorpus(corpusDir);
  for (const error of corpus.errors) logger.error(`Could not load a report: ${formatIssue(error)}`);
  for (const warning of corpus.warnings) logger.warn(`Report loaded with a warning: ${formatIssue(warning)}`);
  if (corpus.reports.length === 0) throw new Error('no report could be loaded');
  const skipped = corpus.errors.length > 0 ? `; ${corpus.errors.length} skipped` : '';
  logger.debug(`Loaded ${corpus.reports.map((r) => r.id).join(', ')}${skipped}`);
  return new AnswerEngine(corpus.reports);
}
