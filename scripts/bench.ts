/**
 * `npm run bench`: how fast and how big the engine is, beside plain
 * MiniSearch (default options over paragraph text) measured in the same run:
 *
 * - index build time (median of repeated builds over the loaded corpus);
 * - process start to first answer (median wall time of spawning the compiled
 *   `ask` command, and of a baseline process doing the same with plain
 *   MiniSearch), not counting npm's own start;
 * - query latency p50 and p99 over at least 1000 queries, cycling the gold
 *   questions;
 * - heap used by the built index.
 *
 * Options: `--queries N` (default 2000), `--starts N` (default 9).
 * `--baseline-first-answer QUESTION` is the baseline's own process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../src/paths.js';
import { loadCorpus } from '../src/report/corpus.js';
import type { Report } from '../src/report/model.js';
import { BaselineSearch } from '../src/search/baseline.js';
import { AnswerEngine } from '../src/search/engine.js';
import { readGoldSets } from '../src/search/evaluate.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

if (args[0] === '--baseline-first-answer') {
  // Runs as its own process: load, build plain MiniSearch, answer once.
  const { reports } = loadCorpus();
  const hits = new BaselineSearch(reports).ask(args.slice(1).join(' '));
  process.stdout.write(JSON.stringify(hits[0] ?? null) + '\n');
} else {
  main();
}

function main(): void {
  const queryCount = Math.max(1000, option('queries', 2000));
  const starts = Math.max(3, option('starts', 9));
  const { reports } = loadCorpus();
  const questions = readGoldSets()
    .filter((set) => set.status === 'tuned')
    .flatMap((set) => set.questions.map((q) => q.question));

  const engineBuild = buildTime(() => new AnswerEngine(reports));
  const baselineBuild = buildTime(() => new BaselineSearch(reports));

  const engineMemory = heapOf(() => new AnswerEngine(reports));
  const baselineMemory = heapOf(() => new BaselineSearch(reports));

  const engine = new AnswerEngine(reports);
  const baseline = new BaselineSearch(reports);
  const engineLatency = latency(queryCount, questions, (q) => engine.ask(q));
  const baselineLatency = latency(queryCount, questions, (q) => baseline.ask(q));

  const question = 'Are LAC health assessments done on time?';
  const engineStart = startToFirstAnswer(starts, [join(projectRoot, 'dist', 'src', 'cli', 'ask.js'), question]);
  const baselineStart = startToFirstAnswer(starts, [
    join(projectRoot, 'dist', 'scripts', 'bench.js'),
    '--baseline-first-answer',
    question,
  ]);

  const paragraphs = reports.reduce((n: number, r: Report) => n + r.paragraphs.length, 0);
  console.log(`corpus: ${reports.length} report(s), ${paragraphs} paragraphs; ${questions.length} distinct gold questions cycled\n`);
  const rows: [string, number, number, string][] = [
    ['index build (median ms)', engineBuild, baselineBuild, 'ms'],
    ['start to first answer (median ms)', engineStart, baselineStart, 'ms'],
    [`query p50 (ms, ${queryCount} queries)`, engineLatency.p50, baselineLatency.p50, 'ms'],
    [`query p99 (ms, ${queryCount} queries)`, engineLatency.p99, baselineLatency.p99, 'ms'],
    ['index heap (MB)', engineMemory / 2 ** 20, baselineMemory / 2 ** 20, 'MB'],
  ];
  console.log('measure'.padEnd(38) + 'engine'.padStart(10) + 'baseline'.padStart(10) + 'ratio'.padStart(8));
  for (const [label, ours, theirs] of rows) {
    console.log(label.padEnd(38) + ours.toFixed(3).padStart(10) + theirs.toFixed(3).padStart(10) + (ours / theirs).toFixed(2).padStart(8));
  }
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`\nprocess rss after all runs: ${rss.toFixed(1)} MB (baseline = plain MiniSearch, default options, paragraph text)`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function buildTime(build: () => unknown): number {
  build(); // warm-up: the first build also compiles the code
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    build();
    times.push(performance.now() - start);
  }
  return median(times);
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Heap growth from building, with the built value kept alive; exact when run with --expose-gc. */
function heapOf(build: () => unknown): number {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const built = build();
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  if (built === undefined) throw new Error('unreachable');
  return Math.max(0, after - before);
}

function latency(count: number, questions: string[], ask: (q: string) => unknown): { p50: number; p99: number } {
  for (const q of questions) ask(q); // warm-up
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const q = questions[i % questions.length]!;
    const start = process.hrtime.bigint();
    ask(q);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(count * 0.5)]!, p99: times[Math.min(count - 1, Math.floor(count * 0.99))]! };
}

function startToFirstAnswer(runs: number, argv: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, argv, { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (child.status !== 0) throw new Error(`${argv.join(' ')} failed: ${child.stderr}`);
  }
  return median(times);
}
