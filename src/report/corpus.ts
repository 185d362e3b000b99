/**
 * Finds and loads every report in a corpus folder. Dropping another report's
 * text file (`*.txt`) into the folder is enough to load it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultCorpusDir } from '../paths.js';
import { ReportError } from './errors.js';
import type { Report, ReportIssue } from './model.js';
import { parseReport } from './parse.js';

export interface Corpus {
  /** Every report that loaded, in file name order. */
  reports: Report[];
  /** Problems that did not stop a report loading (also on each report). */
  warnings: ReportIssue[];
  /** Files that could not be loaded at all, and why. */
  errors: ReportIssue[];
}

/**
 * Loads `dir/*.txt`. A file that fails to load is reported in `errors` and
 * the rest still load. Report ids are unique: a clash gets a numeric suffix.
 *
 * @param dir the corpus folder; default: the project's `corpus/`
 */
export function loadCorpus(dir: string = defaultCorpusDir): Corpus {
  const corpus: Corpus = { reports: [], warnings: [], errors: [] };
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
  } catch (err) {
    corpus.errors.push({ file: dir, line: 0, message: `cannot read the corpus folder: ${(err as Error).message}` });
    return corpus;
  }
  if (files.length === 0) corpus.errors.push({ file: dir, line: 0, message: 'the corpus folder holds no .txt reports' });

  const ids = new Set<string>();
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    try {
      const report = parseReport(readFileSync(path, 'utf8'), shown);
      if (ids.has(report.id)) {
        let n = 2;
        while (ids.has(`${report.id}-${n}`)) n++;
        report.warnings.push({ file: shown, line: 1, message: `report id "${report.id}" is taken by another file; using "${report.id}-${n}"` });
        report.id = `${report.id}-${n}`;
      }
      ids.add(report.id);
      corpus.reports.push(report);
      corpus.warnings.push(...report.warnings);
    } catch (err) {
      if (err instanceof ReportError) corpus.errors.push(err.issue);
      else corpus.errors.push({ file: shown, line: 0, message: (err as Error).message });
    }
  }
  return corpus;
}
