/**
 * `npm run fit`: fits the answer decision (answered / closest / nothing) on
 * the gold sets marked `fit` in `test/gold/sets.json`, writes its numbers to
 * `data/decision.json`, and prints how it decides, in sample and
 * cross-validated (one question set left out at a time). The procedure is
 * documented in `src/search/fit-decision.ts`. Rerun it after any change to
 * ranking: the decision reads the ranking's features.
 *
 * Options: `--dry-run` prints the figures without writing the file.
 */
import { writeFileSync } from 'node:fs';
import { defaultDecisionFile, DECISION_FEATURES, NEUTRAL_DECISION_MODEL } from '../src/search/decide.js';
import { loadEngine } from '../src/search/engine.js';
import { readGoldSets } from '../src/search/evaluate.js';
import { decisionExamples, fitDecision, type DecisionFigures } from '../src/search/fit-decision.js';

const engine = loadEngine(undefined, { decision: NEUTRAL_DECISION_MODEL });
const sets = readGoldSets().filter((set) => set.fit);
const examples = decisionExamples(engine, sets);
const fit = fitDecision(examples);

const row = (label: string, f: DecisionFigures) =>
  [label.padEnd(32), f.questions, f.answerable, f.unanswerable, f.answeredShare.toFixed(3), f.answeredRight.toFixed(3), f.unanswerable ? f.unanswerableHeld.toFixed(3) : '-', f.shownNothing]
    .map((c, i) => (i === 0 ? String(c) : String(c).padStart(9)))
    .join('');
console.log(`fitted on ${examples.length} search-answered questions of: ${sets.map((s) => s.name).join(', ')}\n`);
console.log('feature'.padEnd(20) + 'weight'.padStart(10) + 'mean'.padStart(10) + 'scale'.padStart(10));
DECISION_FEATURES.forEach((name, i) =>
  console.log(name.padEnd(20) + fit.model.weights[i]!.toFixed(3).padStart(10) + fit.model.mean[i]!.toFixed(3).padStart(10) + fit.model.scale[i]!.toFixed(3).padStart(10)),
);
console.log(`bias ${fit.model.bias.toFixed(3)}, answerAt ${fit.model.answerAt.toFixed(3)}, nothingBelow ${fit.model.nothingBelow.toFixed(3)}\n`);
console.log('answered = share of answerable marked answered; right = of those, first paragraph gold;');
console.log('held = share of unanswerable not marked answered; nothing = answerable shown no paragraph.\n');
console.log(['', 'n', 'ans', 'unans', 'answered', 'right', 'held', 'nothing'].map((c, i) => (i === 0 ? ''.padEnd(32) : c.padStart(9))).join(''));
console.log(row('in sample', fit.inSample));
console.log(row('cross-validated', fit.crossValidated.pooled));
for (const [name, f] of Object.entries(fit.crossValidated.bySet)) console.log(row(`  left out: ${name}`, f));

if (!process.argv.includes('--dry-run')) {
  writeFileSync(defaultDecisionFile, JSON.stringify(fit.model, null, 2) + '\n');
  console.log(`\nwrote ${defaultDecisionFile}`);
}
