import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (the one holding package.json), found from this
 * module's location so that it is the same whether code runs from `src/`
 * (tests) or from the compiled `dist/src/`.
 */
export const projectRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
})();

/** The folder of reports loaded by default. */
export const defaultCorpusDir = join(projectRoot, 'corpus');

/** The folder of curated data files (acronyms, vocabulary). */
export const dataDir = join(projectRoot, 'data');

/**
 * Where the app keeps what it writes while it runs (the feedback file and
 * its salt): outside git, and made when first needed.
 */
export const defaultDataDir = join(projectRoot, '.data');

/** The feedback file when FEEDBACK_FILE is not set. */
export const defaultFeedbackFile = join(defaultDataDir, 'feedback.jsonl');
