import { describe, expect, it } from 'vitest';
import { holdsExpected } from '../../src/search/answer-types.js';
import { answerChance, decide, DECISION_FEATURES, type DecisionFeatures, type DecisionModel } from '../../src/search/decide.js';
import { fitLogistic, predictLogistic } from '../../src/search/logistic.js';
import type { Ranked } from '../../src/search/score.js';

describe('logistic regression', () => {
  it('learns which way a feature points, and how sure it can be', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i / 200, (i * 7919) % 13]);
    const labels = rows.map(([x]) => x! > 0.5);
    const model = fitLogistic(rows, labels, { penalty: 0.01 });
    expect(model.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(Math.abs(model.weights[0]!) / 5);
    expect(predictLogistic(model, [0.95, 3])).toBeGreaterThan(0.9);
    expect(predictLogistic(model, [0.05, 3])).toBeLessThan(0.1);
  });
});

describe('what a question expects', () => {
  const published = '2012-05-29';
  it('finds phone numbers, money, names and dates to come, and nothing else', () => {
    expect(holdsExpected('Call the duty team on 020 8770 6001.', 'phone', published)).toBe(true);
    expect(holdsExpected('There were 153 looked after children.', 'phone', published)).toBe(false);
    expect(holdsExpected('The council invested £1.2 million in the service.', 'money', published)).toBe(true);
    expect(holdsExpected('Additional resources have been made available.', 'money', published)).toBe(false);
    expect(holdsExpected('The board is chaired by Mrs Ann Jones.', 'person', published)).toBe(true);
    expect(holdsExpected('The Director of Children’s Services chairs the board.', 'person', published)).toBe(false);
    expect(holdsExpected('The plan will be reviewed in September 2012.', 'date', published)).toBe(true);
    expect(holdsExpected('The service launched in July 2002 and was reviewed in 2011.', 'date', published)).toBe(false);
  });
});

describe('the answer decision', () => {
  const model: DecisionModel = {
    features: [...DECISION_FEATURES],
    mean: DECISION_FEATURES.map(() => 0),
    scale: DECISION_FEATURES.map(() => 1),
    weights: DECISION_FEATURES.map((name) => (name === 'coverage' ? 6 : 0)),
    bias: -3,
    answerAt: 0.5,
    nothingBelow: 0.1,
  };
  const features = (coverage: number): DecisionFeatures => ({
    coverage,
    rareCoverage: coverage,
    sentenceCoverage: coverage,
    margin: 0,
    strength: 0,
    unknownShare: 0,
    unknownNames: 0,
    meaning: 0,
    figureMissing: 0,
    countedMissing: 0,
  });
  const shown = (text: string) => [{ doc: { paragraph: { text }, report: { published: '2012-05-29' } } } as unknown as Ranked];

  it('answers, shows the closest, or says nothing, by the fitted numbers', () => {
    expect(answerChance(features(0.9), model)).toBeGreaterThan(0.9);
    expect(decide(features(0.9), shown('a'), undefined, model).kind).toBe('answered');
    expect(decide(features(0.3), shown('a'), undefined, model).kind).toBe('closest');
    expect(decide(features(0.05), shown('a'), undefined, model)).toMatchObject({ kind: 'nothing', confidence: 0 });
    expect(decide(features(0.9), [], undefined, model).kind).toBe('nothing');
  });

  it('is the closest at most, saying so, when no paragraph shown holds what the question asks for', () => {
    expect(decide(features(0.9), shown('The LSCB has an independent chair.'), 'person', model)).toMatchObject({
      kind: 'closest',
      missing: 'The report names no one in this role.',
    });
    expect(decide(features(0.9), shown('The chair, Mr John Smith, took up post in 2011.'), 'person', model).kind).toBe('answered');
  });
});
