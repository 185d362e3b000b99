import { describe, expect, it } from 'vitest';
import { NEUTRAL_DECISION_MODEL, readDecisionModel } from '../../src/search/decide.js';
import { loadEngine } from '../../src/search/engine.js';
import { evaluate, judge, metrics, readGoldSets } from '../../src/search/evaluate.js';
import { decisionExamples, fitDecision } from '../../src/search/fit-decision.js';

// Guards against regressions in ranking and the answer decision on the sets the engine is tuned on;
// `npm run eval` prints the full figures. Held and sealed sets are never measured here.
describe('gold questions', () => {
  const engine = loadEngine();
  const sets = readGoldSets();

  for (const set of sets.filter((s) => s.written === 'team')) {
    it(`keeps recall on the ${set.name} set, and every look-up right`, () => {
      const m = metrics(evaluate(engine, set.questions, set.written));
      expect(m.recallAt3).toBeGreaterThanOrEqual(0.95);
      expect(m.mrr).toBeGreaterThanOrEqual(0.9);
      expect(m.shownNothing).toBe(0);
      expect(m.lookupsRight).toBe(m.lookups);
    });
  }

  it('keeps recall on the blind sets it is tuned on, and shows every answerable question a paragraph', () => {
    const tuned = sets.filter((s) => s.written === 'blind' && s.status === 'tuned');
    const m = metrics(tuned.flatMap((set) => evaluate(engine, set.questions, set.written)));
    expect(m.recallAt1).toBeGreaterThanOrEqual(0.75);
    expect(m.recallAt3).toBeGreaterThanOrEqual(0.85);
    expect(m.shownNothing).toBe(0);
  });

  it('decides with the numbers npm run fit gives today', () => {
    const fitting = loadEngine(undefined, { decision: NEUTRAL_DECISION_MODEL });
    const { model } = fitDecision(decisionExamples(fitting, sets.filter((s) => s.fit)));
    const { fitted: _, ...saved } = readDecisionModel();
    const { fitted: __, ...refitted } = model;
    expect(refitted, 'data/decision.json is stale: run npm run fit').toEqual(saved);
  });

  it('counts recall@k, MRR and the decision as documented', () => {
    const q = (id: string, gold: number[], kind = 'fact') => ({ id, question: id, gold, kind });
    const answer = (numbers: number[], kind: 'answered' | 'closest' | 'nothing' = 'answered') =>
      ({
        query: '',
        kind,
        answered: kind === 'answered',
        results: numbers.map((paragraph) => ({ paragraph })),
        judgements: [],
        recommendations: [],
        suggestions: [],
      }) as unknown as Parameters<typeof judge>[1];
    const m = metrics([
      judge(q('a', [5]), answer([5, 7])),
      judge(q('b', [9, 4]), answer([1, 2, 9], 'closest')),
      judge(q('c', [1]), answer([], 'nothing')),
      judge(q('d', [2]), answer([3])),
      judge(q('e', [], 'none'), answer([3])),
      judge(q('f', [], 'none'), answer([3], 'closest')),
    ]);
    expect(m).toMatchObject({ answerable: 4, shownNothing: 1, unanswerable: 2 });
    expect(m.recallAt1).toBeCloseTo(1 / 4);
    expect(m.recallAt3).toBeCloseTo(2 / 4);
    expect(m.mrr).toBeCloseTo((1 + 1 / 3) / 4);
    expect(m.answeredShare).toBeCloseTo(2 / 4);
    expect(m.answeredRight).toBeCloseTo(1 / 2);
    expect(m.unanswerableHeld).toBeCloseTo(1 / 2);
  });
});
