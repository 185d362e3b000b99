/**
 * `npm run eval`: runs the gold questions and prints recall@1, recall@3,
 * MRR, unanswered and wrongly answered counts, overall and by kind, for the
 * development set and our own additions separately (so that tuning to the
 * development set shows).
 *
 * Options: `--misses` lists every question not answered at rank 1;
 * `--json` prints the figures as JSON; `--tuning '{"coverageExponent":1}'`
 * overrides ranking numbers for an experiment.
 */
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';
import { loadEngine } from '../src/search/engine.js';
import { BaselineSearch } from '../src/search/baseline.js';
import { evaluate, judge, metrics, readGold, type Metrics, type QuestionOutcome } from '../src/search/evaluate.js';

const sets = [
  { name: 'dev', file: join(projectRoot, 'test', 'questions.dev.json') },
  { name: 'extra', file: join(projectRoot, 'test', 'questions.extra.json') },
  { name: 'probe', file: join(projectRoot, 'test', 'questions.probe.json') },
];

const args = process.argv.slice(2);
const tuningArg = args.indexOf('--tuning');
const tuning = tuningArg >= 0 ? JSON.parse(args[tuningArg + 1] ?? '{}') : undefined;
const engine = loadEngine(undefined, { tuning });

const results: Record<string, { overall: Metrics; byKind: Record<string, Metrics> }> = {};
const all: QuestionOutcome[] = [];
for (const set of sets) {
  const outcomes = evaluate(engine, readGold(set.file));
  all.push(...outcomes);
  results[set.name] = summarise(outcomes);
  if (args.includes('--misses')) printMisses(set.name, outcomes);
}
results.all = summarise(all);

// The yardstick: plain MiniSearch over paragraph text, always "answered".
const baseline = new BaselineSearch(engine.reports);
const baselineOutcomes = sets.flatMap((set) =>
  readGold(set.file).map((q) => {
    const hits = baseline.ask(q.question);
    const results = hits.map((h) => ({ paragraph: h.paragraph })) as unknown as Parameters<typeof judge>[1]['results'];
    return judge(q, { query: q.question, answered: true, results, judgements: [], recommendations: [], suggestions: [] });
  }),
);
results['baseline (plain MiniSearch, all)'] = summarise(baselineOutcomes);

if (args.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log('recall@k = share of answerable questions (gold not empty) with any gold paragraph in the top k results;');
  console.log('MRR = mean 1/rank of the first gold paragraph; an unanswered question counts as a miss.');
  console.log('unanswered = answerable but answered:false; wrong = gold empty (kind none) but answered:true;');
  console.log('lookups = grade/recommendation questions whose judgements or timescale were checked.\n');
  for (const [name, r] of Object.entries(results)) {
    console.log(`== ${name} ==`);
    console.log(row('kind', null));
    console.log(row('overall', r.overall));
    for (const [kind, m] of Object.entries(r.byKind)) console.log(row(kind, m));
    console.log('');
  }
  // The overall figures last, where a glance at the end of the output finds them.
  console.log('== overall ==');
  console.log(row('set', null));
  for (const [name, r] of Object.entries(results)) console.log(row(name.replace(/ \(.*/, ''), r.overall));
}

function summarise(outcomes: QuestionOutcome[]) {
  const kinds = [...new Set(outcomes.map((o) => o.question.kind))].sort();
  return {
    overall: metrics(outcomes),
    byKind: Object.fromEntries(kinds.map((k) => [k, metrics(outcomes.filter((o) => o.question.kind === k))])),
  };
}

function row(label: string, m: Metrics | null): string {
  const rate = (x: number) => (m && m.answerable ? x.toFixed(3) : '-');
  const cells = m
    ? [m.questions, m.answerable, rate(m.recallAt1), rate(m.recallAt3), rate(m.mrr), m.unanswered, m.wronglyAnswered, m.lookups ? `${m.lookupsRight}/${m.lookups}` : '-']
    : ['n', 'ans', 'R@1', 'R@3', 'MRR', 'unans', 'wrong', 'lookups'];
  return label.padEnd(16) + cells.map((c) => String(c).padStart(8)).join('');
}

function printMisses(name: string, outcomes: QuestionOutcome[]) {
  for (const o of outcomes) {
    const q = o.question;
    const bad = q.gold.length ? o.rank !== 1 : q.kind === 'none' && o.answered;
    if (!bad && o.lookupRight !== false) continue;
    console.log(`[${name}] ${q.id} ${q.kind}: ${q.question}`);
    console.log(`    gold ${JSON.stringify(q.gold)} got ${o.answered ? JSON.stringify(o.returned) : 'unanswered'}${o.lookupRight === false ? ' (lookup wrong)' : ''}`);
  }
}
