/**
 * The saved index: each report's parsed model and its index (`shard.ts`),
 * kept on disk between runs, so that a start reads them instead of parsing
 * and indexing again. Entries are keyed by the exact bytes of the report's
 * file and by the engine's version (a hash of the code and data that shape
 * them, and the index's scoring numbers): a changed, added or removed report
 * costs only its own entry, and a change to the engine builds everything
 * anew. An entry that cannot be read back whole is rebuilt, with a log line,
 * never trusted.
 *
 * ```ts
 * const saved = new SavedIndex({ dir: '.cache/index', tuning });
 * const corpus = loadCorpus('corpus', { cache: saved });
 * const shards = corpus.reports.map((r) => saved.shardOf(r));
 * ```
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { dataDir, projectRoot } from '../paths.js';
import type { ReportCache } from '../report/corpus.js';
import type { Report } from '../report/model.js';
import { buildShard, shardTerms, type ShardData } from './shard.js';
import type { SearchTuning } from './tuning.js';

/** Where the index is saved: `SAVED_INDEX_DIR`, or `.cache/index` in the project. */
export const defaultSavedIndexDir = process.env.SAVED_INDEX_DIR || join(projectRoot, '.cache', 'index');

export interface SavedIndexOptions {
  /** The folder the index is saved in; created when missing. Default: `.cache/index` in the project. */
  dir?: string;
  /** The scoring numbers shards are built with. */
  tuning: Pick<SearchTuning, 'boost' | 'bm25'>;
  /** Where to say that an entry was damaged or could not be written. Default: nowhere. */
  log?: (line: string) => void;
  /** Told after each report: how many are done, of how many, and how many of those were built rather than read. */
  progress?: (done: number, total: number, built: number) => void;
}

interface Entry {
  format: number;
  /** The report, its paragraphs' text left out: that is `texts`. */
  report: Report;
  /** Every paragraph's text, UTF-8, one after another; paragraph `p`'s from `textStart[p]` to `textStart[p + 1]`. */
  texts: Uint8Array;
  textStart: Uint32Array;
  shard: ShardData;
}

/** Bumped when the shape of an entry changes. */
const FORMAT = 2;
/** Another version's folder untouched this long is removed. */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

export class SavedIndex implements ReportCache {
  private readonly dir: string;
  private readonly shards = new WeakMap<Report, ShardData>();
  private total = 0;
  private done = 0;
  /** Reports parsed and indexed in this run, rather than read from disk. */
  built = 0;
  /** Entries read from disk. */
  read = 0;

  constructor(private readonly options: SavedIndexOptions) {
    this.dir = join(options.dir ?? defaultSavedIndexDir, engineVersion(options.tuning));
  }

  begin(files: number): void {
    this.total = files;
  }

  get(bytes: Buffer, file: string): Report | undefined {
    const path = this.pathOf(bytes);
    if (!existsSync(path)) return undefined;
    try {
      const entry = deserialize(readFileSync(path)) as Entry;
      if (!isWhole(entry)) throw new Error('an entry of another shape');
      // Read back, small arrays share the whole file's buffer; copied, the file's bytes can go.
      for (const [key, value] of Object.entries(entry.shard)) {
        if (ArrayBuffer.isView(value)) (entry.shard as unknown as Record<string, unknown>)[key] = (value as Uint8Array).slice();
      }
      withLazyTexts(entry.report, Buffer.from(entry.texts), entry.textStart.slice());
      entry.report.file = file;
      this.shards.set(entry.report, entry.shard);
      this.read++;
      this.step();
      return entry.report;
    } catch (error) {
      this.options.log?.(`The saved index of ${file} could not be read (${(error as Error).message}); rebuilding it.`);
      return undefined;
    }
  }

  set(bytes: Buffer, file: string, report: Report): void {
    const shard = buildShard(report, this.options.tuning);
    this.shards.set(report, shard);
    this.built++;
    const path = this.pathOf(bytes);
    try {
      if (!existsSync(this.dir)) this.prepare();
      // Written aside and renamed, so that a reader never sees half an entry.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize(entryOf(report, shard)));
      renameSync(temporary, path);
    } catch (error) {
      this.options.log?.(`Could not save the index of ${file} in ${this.dir}: ${(error as Error).message}`);
    }
    this.step();
  }

  /** The index of a report loaded through this cache (built now, or read back). */
  shardOf(report: Report): ShardData {
    let shard = this.shards.get(report);
    if (!shard) this.shards.set(report, (shard = buildShard(report, this.options.tuning)));
    return shard;
  }

  private pathOf(bytes: Buffer): string {
    return join(this.dir, `${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}.v8`);
  }

  private step(): void {
    this.done++;
    this.options.progress?.(this.done, this.total, this.built);
  }

  /**
   * Creates this version's folder, and removes those of other versions left
   * untouched for a week: another version is read only by another build of
   * the engine, or with other scoring numbers (an experiment's).
   */
  private prepare(): void {
    mkdirSync(this.dir, { recursive: true });
    const parent = dirname(this.dir);
    const stale = Date.now() - STALE_AFTER_MS;
    for (const name of readdirSync(parent)) {
      const path = join(parent, name);
      if (path !== this.dir && /^[0-9a-f]{16}$/.test(name) && statSync(path).mtimeMs < stale) rmSync(path, { recursive: true, force: true });
    }
  }
}

/**
 * An entry for a report. Paragraph texts are most of a report, and kept as
 * UTF-8 bytes they are half the size of the strings they make and stay out
 * of the garbage collector's way: a thousand reports read back start in
 * about half the time.
 */
function entryOf(report: Report, shard: ShardData): Entry {
  const encoded = report.paragraphs.map((p) => Buffer.from(p.text, 'utf8'));
  const textStart = new Uint32Array(encoded.length + 1);
  encoded.forEach((bytes, i) => (textStart[i + 1] = textStart[i]! + bytes.length));
  return {
    format: FORMAT,
    report: { ...report, paragraphs: report.paragraphs.map((p) => ({ ...p, text: '' })) },
    texts: Buffer.concat(encoded),
    textStart,
    shard,
  };
}

/** Gives a report read back its paragraphs' text, each read from the bytes when asked for. */
function withLazyTexts(report: Report, texts: Buffer, textStart: Uint32Array): void {
  report.paragraphs.forEach((paragraph, i) => {
    Object.defineProperty(paragraph, 'text', {
      get: () => texts.toString('utf8', textStart[i], textStart[i + 1]),
      enumerable: true,
      configurable: true,
    });
  });
}

function isWhole(entry: Entry): boolean {
  const { report, shard } = entry ?? {};
  return (
    entry?.format === FORMAT &&
    Array.isArray(report?.paragraphs) &&
    entry.textStart instanceof Uint32Array &&
    entry.textStart.length === report.paragraphs.length + 1 &&
    ArrayBuffer.isView(entry.texts) &&
    entry.texts.byteLength === entry.textStart[report.paragraphs.length] &&
    typeof shard?.terms === 'string' &&
    shard.offsets instanceof Uint32Array &&
    shard.offsets.length === shardTerms(shard).length + 1 &&
    shard.docs instanceof Uint16Array &&
    shard.docs.length === shard.offsets[shard.offsets.length - 1] &&
    shard.paragraphStart instanceof Uint32Array &&
    shard.paragraphStart.length === report.paragraphs.length + 1
  );
}

/**
 * The engine's version: a hash of the code and data that shape a parsed
 * report and its index, of the libraries that build them, of the scoring
 * numbers, and of the serialisation format of this Node.
 */
export function engineVersion(tuning: Pick<SearchTuning, 'boost' | 'bm25'>): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const ext = extname(fileURLToPath(import.meta.url));
  const modules = [
    ...readdirSync(join(here, '..', 'report')).filter((f) => f.endsWith(ext)).map((f) => join(here, '..', 'report', f)),
    ...['analysis', 'shard', 'snippet'].map((m) => join(here, m + ext)),
  ];
  const versions = ['minisearch', 'natural'].map(
    (name) => (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version,
  );
  const hash = createHash('sha256');
  for (const file of [...modules.sort(), join(dataDir, 'acronyms.json')]) hash.update(readFileSync(file));
  hash.update(JSON.stringify({ versions, tuning: { boost: tuning.boost, bm25: tuning.bm25 }, v8: process.versions.v8, FORMAT }));
  return hash.digest('hex').slice(0, 16);
}
