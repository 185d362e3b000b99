import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { loadEngine } from '../../src/search/engine.js';
import { evaluate, judge, metrics, readGold } from '../../src/search/evaluate.js';

// Guards against regressions in ranking and the answer decision; `npm run eval` prints the full figures.
describe('gold questions', () => {
  const engine = loadEngine();

  for (const set of ['dev', 'extra', 'probe']) {
    it(`keeps recall and the answer decision on the ${set} set`, () => {
      const outcomes = evaluate(engine, readGold(join(projectRoot, 'test', `questions.${set}.json`)));
      const m = metrics(outcomes);
      expect(m.recallAt3).toBeGreaterThanOrEqual(0.95);
      expect(m.mrr).toBeGreaterThanOrEqual(0.9);
      expect(m.unanswered).toBeLessThanOrEqual(Math.floor(m.answerable * 0.02));
      expect(m.lookupsRight).toBe(m.lookups);
    });
  }

  it('counts recall@k, MRR and misses as documented', () => {
    const q = (id: string, gold: number[], kind = 'fact') => ({ id, question: id, gold, kind });
    const answer = (numbers: number[], answered = true) =>
      ({
        query: '',
        answered,
        results: numbers.map((paragraph) => ({ paragraph })),
        judgements: [],
        recommendations: [],
        suggestions: [],
      }) as unknown as Parameters<typeof judge>[1];
    const m = metrics([
      judge(q('a', [5]), answer([5, 7])),
      judge(q('b', [9, 4]), answer([1, 2, 9])),
      judge(q('c', [1]), answer([], false)),
      judge(q('d', [], 'none'), answer([3])),
    ]);
    expect(m).toMatchObject({ answerable: 3, unanswered: 1, wronglyAnswered: 1 });
    expect(m.recallAt1).toBeCloseTo(1 / 3);
    expect(m.recallAt3).toBeCloseTo(2 / 3);
    expect(m.mrr).toBeCloseTo((1 + 1 / 3) / 3);
  });
});
