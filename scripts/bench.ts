/**
 * `npm run bench`: how fast and how big the engine is, beside plain
 * MiniSearch (default options over paragraph text), both measured in this
 * one run, their questions interleaved so that a busy machine slows both alike:
 *
 * - the first build of the corpus (parse and index; the engine then saves it),
 *   and the engine's start from its saved index;
 * - process start to first answer: the compiled `ask` command, and a
 *   baseline process that imports only the parser and MiniSearch;
 * - the first question in a fresh engine, apart from warm ones;
 * - warm query latency p50, p99 and mean, over the gold questions, asked of
 *   every report and, with several reports, of one;
 * - memory (RSS and heap) after the first questions.
 *
 * Options: `--dir DIR` measures that corpus (default `corpus/`); `--reports N`
 * makes N copies of the shipped report under their own names and years
 * (`scripts/synthetic-corpus.ts`) in a temporary folder and measures those;
 * `--queries N` (default 2000); `--starts N` (default 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultCorpusDir, projectRoot } from '../src/paths.js';
import { loadCorpus } from '../src/report/corpus.js';
import { BaselineSearch } from '../src/search/baseline.js';
import { loadEngine } from '../src/search/engine.js';
import { readGoldSets } from '../src/search/evaluate.js';
import { writeCopies } from './synthetic-corpus.js';

/**
 * The V8 flags `npm start` and `npm run ask` run with (see package.json): V8
 * runs a regular expression in its interpreter until it is hot, and the
 * question reader's large patterns, each run only a few times a question, cost
 * far more interpreted than compiled. A flag on the command line, not set at run
 * time, which V8 does not support.
 */
const NODE_FLAGS = ['--no-regexp-tier-up'];

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const queryCount = Math.max(200, Number(option('queries') ?? 2000));
const starts = Math.max(3, Number(option('starts') ?? 5));
const synthetic = option('reports');
const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
const dir = synthetic ? join(scratch, 'corpus') : (option('dir') ?? defaultCorpusDir);
if (synthetic) writeCopies(Number(synthetic), dir);
const savedIndex = join(scratch, 'index');

try {
  main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function main(): void {
  const questions = readGoldSets()
    .filter((set) => set.status === 'tuned')
    .flatMap((set) => set.questions.map((q) => q.question));

  // First build, in this process: the engine parses, indexes and saves; the baseline parses and indexes.
  let t = performance.now();
  loadEngine(dir, { savedIndex });
  const engineFirstBuild = performance.now() - t;
  t = performance.now();
  const { reports } = loadCorpus(dir);
  const baseline = new BaselineSearch(reports);
  const baselineBuild = performance.now() - t;
  const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length, 0);

  // A fresh engine from the saved index; its first question apart.
  t = performance.now();
  const engine = loadEngine(dir, { savedIndex });
  const engineLoad = performance.now() - t;
  const first = questions[0]!;
  t = performance.now();
  engine.ask(first);
  const engineFirstQuestion = performance.now() - t;
  t = performance.now();
  baseline.ask(first);
  const baselineFirstQuestion = performance.now() - t;

  // Warm questions, interleaved.
  for (const q of questions.slice(0, 200)) {
    engine.ask(q);
    baseline.ask(q);
  }
  const memory = process.memoryUsage();
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < queryCount; i++) {
    const q = questions[i % questions.length]!;
    ours.push(time(() => engine.ask(q)));
    theirs.push(time(() => baseline.ask(q)));
  }
  const scoped: number[] = [];
  const one = reports[Math.floor(reports.length / 2)]!.id;
  if (reports.length > 1) for (let i = 0; i < Math.min(queryCount, 1000); i++) scoped.push(time(() => engine.ask(questions[i % questions.length]!, { report: one })));

  const question = 'Are LAC health assessments done on time?';
  const engineStart = startToFirstAnswer([join(projectRoot, 'dist', 'src', 'cli', 'ask.js'), '--dir', dir, '--json', question], { SAVED_INDEX_DIR: savedIndex });
  const baselineStart = startToFirstAnswer([join(projectRoot, 'dist', 'scripts', 'baseline-first-answer.js'), dir, question], {});

  console.log(`corpus: ${reports.length} report(s), ${paragraphs} paragraphs${synthetic ? ' (synthetic copies of the shipped report)' : ''}; ${questions.length} gold questions cycled\n`);
  const rows: [string, number | null, number | null][] = [
    ['first build: parse and index (ms)', engineFirstBuild, baselineBuild],
    ['start from the saved index, in process (ms)', engineLoad, null],
    ['process start to first answer (median ms)', engineStart, baselineStart],
    ['first question of a fresh engine (ms)', engineFirstQuestion, baselineFirstQuestion],
    [`warm query p50 (ms, ${queryCount} queries)`, percentile(ours, 0.5), percentile(theirs, 0.5)],
    ['warm query p99 (ms)', percentile(ours, 0.99), percentile(theirs, 0.99)],
    ['warm query mean (ms)', mean(ours), mean(theirs)],
    ...(scoped.length
      ? ([
          ['one report of many: p50 (ms)', percentile(scoped, 0.5), null],
          ['one report of many: p99 (ms)', percentile(scoped, 0.99), null],
          ['one report of many: mean (ms)', mean(scoped), null],
        ] as [string, number, null][])
      : []),
    ['RSS after the first questions (MB, both loaded)', memory.rss / 2 ** 20, null],
    ['heap after the first questions (MB, both loaded)', memory.heapUsed / 2 ** 20, null],
  ];
  console.log('measure'.padEnd(50) + 'engine'.padStart(11) + 'baseline'.padStart(11));
  for (const [label, a, b] of rows) {
    console.log(label.padEnd(50) + (a === null ? '-' : a.toFixed(a >= 100 ? 0 : 3)).padStart(11) + (b === null ? '-' : b.toFixed(b >= 100 ? 0 : 3)).padStart(11));
  }
  console.log('\nbaseline = plain MiniSearch, default options, paragraph text, no saved index');
}

function time(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

function startToFirstAnswer(argv: string[], env: Record<string, string>): number {
  const times: number[] = [];
  for (let i = 0; i < starts; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [...NODE_FLAGS, ...argv], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 });
    times.push(performance.now() - start);
    if (child.status !== 0) throw new Error(`${argv.join(' ')} failed: ${child.stderr}`);
  }
  return percentile(times, 0.5);
}
