/**
 * The reports the app answers from, loaded once at start. Every file that
 * could not be loaded and every warning is logged, in every mode, so that
 * whoever runs the app sees a broken file in the corpus.
 */
import { type ProgressOptions, buildProgress } from './progress.js';
import { formatIssue } from './report/errors.js';
import { type AnswerEngine, loadEngine } from './search/engine.js';
import type { Logger } from './slack/logger.js';

export interface LoadReportsOptions {
  /** Progress of a first build goes to a terminal line rather than log lines. */
  interactive?: boolean;
  /** Where progress lines go when interactive; default: the logger. */
  write?: (text: string) => void;
  /** The saved index's folder; default: `loadEngine`'s. */
  savedIndexDir?: string;
  /** How often, and after how long, progress is shown, and the clock; `progress.ts`'s defaults unless given. */
  progress?: Pick<ProgressOptions, 'every' | 'after' | 'now'>;
}

/**
 * Loads the corpus (the project's own by default), from the saved index
 * where it can, and builds the engine; throws when no report loads. A long
 * first build shows its progress.
 */
export function loadReports(corpusDir: string | undefined, logger: Logger, options: LoadReportsOptions = {}): AnswerEngine {
  let skipped = 0;
  const progress = buildProgress({
    ...options.progress,
    ...(options.interactive && options.write
      ? { write: options.write, interactive: true }
      : { write: (line) => logger.info(line.trimEnd()), interactive: false }),
  });
  const engine = loadEngine(corpusDir, {
    progress,
    ...(options.savedIndexDir ? { savedIndex: options.savedIndexDir } : {}),
    log: (line) => logger.warn(line),
    issues: ({ errors, warnings }) => {
      for (const error of errors) logger.error(`Could not load a report: ${formatIssue(error)}`);
      for (const warning of warnings) logger.warn(`Report loaded with a warning: ${formatIssue(warning)}`);
      skipped = errors.length;
    },
  });
  logger.debug(`Loaded ${engine.reports.map((r) => r.id).join(', ')}${skipped > 0 ? `; ${skipped} skipped` : ''}`);
  return engine;
}
