/**
 * Finds and loads every report in a corpus folder. Dropping another report's
 * text file (`*.txt`) into the folder is enough to load it.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultCorpusDir } from '../paths.js';
import { decodeReport } from './decode.js';
import { ReportError } from './errors.js';
import type { Report, ReportIssue } from './model.js';
import { parseReport } from './parse.js';

/**
 * Reports parsed before, kept by the exact bytes of their file (the saved
 * index, `src/search/saved-index.ts`), so that an unchanged file is not
 * parsed again.
 */
export interface ReportCache {
  /** Called once, before any file is read, with how many there are. */
  begin?(files: number): void;
  /** The report parsed before from these exact bytes, or undefined. */
  get(bytes: Buffer, file: string): Report | undefined;
  /** Keeps a report just parsed from these bytes. */
  set(bytes: Buffer, file: string, report: Report): void;
}

export interface CorpusOptions {
  /** Where parsed reports are kept between runs; default: none, every file is parsed. */
  cache?: ReportCache;
}

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
export function loadCorpus(dir: string = defaultCorpusDir, options: CorpusOptions = {}): Corpus {
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
  const { cache } = options;
  cache?.begin?.(files.length);
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    try {
      const bytes = readReportFile(path, shown);
      let report = cache?.get(bytes, shown);
      if (!report) {
        const decoded = decodeReport(bytes, shown);
        report = parseReport(decoded.text, shown);
        if (decoded.warning) report.warnings.unshift({ file: shown, ...decoded.warning });
        cache?.set(bytes, shown, report);
      }
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

/** Larger than any inspection report by far: a file this big is something else. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

/**
 * A regular file's bytes. The file is opened without blocking and checked
 * before it is read, so a named pipe called `*.txt` cannot hang start-up.
 */
function readReportFile(path: string, shown: string): Buffer {
  // O_NONBLOCK is not defined on every platform; where it is not, named pipes are not either.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ReportError(shown, 0, `this is ${kindOf(stat)}, not a regular file; skipped`);
    if (stat.size > MAX_REPORT_BYTES) {
      throw new ReportError(shown, 0, `this is ${Math.round(stat.size / 1024 / 1024)} MB, more than a report's ${MAX_REPORT_BYTES / 1024 / 1024} MB at most; skipped`);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'something else';
}
