/**
 * `npm run eval`: asks every gold question (`test/gold/sets.json`) and prints,
 * per set and labelled by how the set was written and used, recall@1,
 * recall@3 and MRR over every paragraph shown (answered or closest), and how
 * the answer decision did. The plain MiniSearch baseline is measured on the
 * same questions.
 *
 * Options:
 * - `--sealed` also measures the sealed set: once per finished change, never to tune on;
 * - `--misses` lists every miss of the tuned sets (held and sealed sets are never listed);
 * - `--json` prints the figures as JSON;
 * - `--tuning '{"coverageExponent":1}'` overrides ranking numbers for an experiment.
 */
import { loadEngine } from '../src/search/engine.js';
import { BaselineSearch } from '../src/search/baseline.js';
import { evaluate, isUnanswerable, judge, metrics, readGoldSets, type GoldSet, type Metrics, type QuestionOutcome } from '../src/search/evaluate.js';

const args = process.argv.slice(2);
const tuningArg = args.indexOf('--tuning');
const tuning = tuningArg >= 0 ? JSON.parse(args[tuningArg + 1] ?? '{}') : undefined;
const engine = loadEngine(undefined, { tuning });
const sets = readGoldSets().filter((set) => set.status !== 'sealed' || args.includes('--sealed'));

const label = (set: GoldSet) =>
  set.written === 'team' ? 'team, tuned on' : set.status === 'tuned' ? 'blind, since tuned on' : set.status === 'held' ? 'blind, never read' : 'blind, SEALED';

const rows: { name: string; label: string; metrics: Metrics; byKind: Record<string, Metrics> }[] = [];
const byStatus = new Map<string, QuestionOutcome[]>();
for (const set of sets) {
  const outcomes = evaluate(engine, set.questions, set.written);
  rows.push({ name: set.name, label: label(set), ...summarise(outcomes) });
  const group = set.written === 'team' ? 'all team' : set.status === 'tuned' ? 'all blind, tuned on' : 'all blind, never read';
  byStatus.set(group, [...(byStatus.get(group) ?? []), ...outcomes]);
  if (args.includes('--misses') && set.status === 'tuned') printMisses(set.name, outcomes);
}
for (const [name, outcomes] of byStatus) rows.push({ name, label: '', ...summarise(outcomes) });

// The yardstick: plain MiniSearch over paragraph text, always showing its hits.
const baseline = new BaselineSearch(engine.reports);
const baselineOutcomes = sets
  .filter((set) => set.written === 'blind')
  .flatMap((set) =>
    set.questions.map((q) => {
      const results = baseline.ask(q.question).map((h) => ({ paragraph: h.paragraph, part: '', path: [] }));
      const answer = { query: q.question, kind: 'answered', answered: true, confidence: 1, results, judgements: [], recommendations: [], suggestions: [] };
      return judge(q, answer as unknown as Parameters<typeof judge>[1], set.written);
    }),
  );
rows.push({ name: 'baseline', label: 'plain MiniSearch, blind sets', ...summarise(baselineOutcomes) });

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('R@k = share of answerable questions with a gold paragraph among the first k shown (answered or closest); MRR = mean 1/rank.');
  console.log('nothing = answerable questions shown no paragraph; answered = share of answerable marked answered; right = of those, first');
  console.log('paragraph gold; held = share of unanswerable questions not marked answered; grades = grade questions whose grade');
  console.log('asked about is shown first (blind) or whose judgements are exactly those expected (team).\n');
  const header = ['set', 'written, used', 'n', 'ans', 'R@1', 'R@3', 'MRR', 'nothing', 'answered', 'right', 'held', 'grades'];
  console.log(format(header));
  for (const row of rows) console.log(format(cells(row.name, row.label, row.metrics)));
  if (!args.includes('--sealed')) console.log('\n(the sealed set is measured with --sealed, once per finished change)');
}

function summarise(outcomes: QuestionOutcome[]) {
  const kinds = [...new Set(outcomes.map((o) => o.question.kind))].sort();
  return {
    metrics: metrics(outcomes),
    byKind: Object.fromEntries(kinds.map((k) => [k, metrics(outcomes.filter((o) => o.question.kind === k))])),
  };
}

function cells(name: string, label: string, m: Metrics): string[] {
  const rate = (x: number) => (m.answerable ? x.toFixed(3) : '-');
  const grades = m.gradeQuestions + m.lookups;
  return [
    name,
    label,
    String(m.questions),
    String(m.answerable),
    rate(m.recallAt1),
    rate(m.recallAt3),
    rate(m.mrr),
    String(m.shownNothing),
    rate(m.answeredShare),
    m.answeredShare ? m.answeredRight.toFixed(3) : '-',
    m.unanswerable ? m.unanswerableHeld.toFixed(3) : '-',
    grades ? `${m.gradeFirstRight + m.lookupsRight}/${grades}` : '-',
  ];
}

function format(row: string[]): string {
  // The grades column ("1035/1053") is wider than the rest.
  const cells = row.slice(2);
  return row[0]!.padEnd(22) + row[1]!.padEnd(24) + cells.map((c, i) => c.padStart(i === cells.length - 1 ? 11 : 9)).join('');
}

function printMisses(name: string, outcomes: QuestionOutcome[]) {
  for (const o of outcomes) {
    const q = o.question;
    const bad = q.gold.length ? o.rank !== 1 || o.kind !== 'answered' : isUnanswerable(q) && o.kind === 'answered';
    if (!bad && o.lookupRight !== false && o.gradeFirstRight !== false) continue;
    console.log(`[${name}] ${q.id} ${q.kind}: ${q.question}`);
    console.log(`    gold ${JSON.stringify(q.gold)} got ${o.kind} ${JSON.stringify(o.returned)}${o.lookupRight === false || o.gradeFirstRight === false ? ' (grade wrong)' : ''}`);
  }
}
