/**
 * Fitting the answer decision (`decide.ts`) on gold questions, and measuring
 * it by cross-validation. Used by `npm run fit`, which writes
 * `data/decision.json`, and by the test that checks the file is up to date.
 *
 * The procedure, on every search-answered question of the sets marked `fit`:
 *
 * 1. Features: what `decisionFeatures` measures of the engine's ranking.
 *    Label: the first paragraph is gold (so unanswerable questions, and
 *    answerable ones ranked wrong, are negatives).
 * 2. A logistic regression on the standardised features, L2 penalty 1.
 * 3. `answerAt`: the chance at which answering gains most, counting +1 for
 *    each question answered with a right first paragraph and −0.85 for each
 *    answered wrongly (see `WRONG_COST`).
 * 4. `nothingBelow`: half the lowest coverage of any answerable question, so
 *    that "nothing" is kept for questions that share almost no meaning with
 *    any paragraph; everything else shows at least the closest paragraphs.
 *
 * Cross-validation leaves one question set out at a time, fits steps 2–4 on
 * the others and measures the set left out, so every figure is on questions
 * the fitted numbers never saw.
 */
import { DECISION_FEATURES, type DecisionModel } from './decide.js';
import type { AnswerEngine } from './engine.js';
import { isUnanswerable, type GoldSet } from './evaluate.js';
import { fitLogistic, predictLogistic } from './logistic.js';

/** One search-answered gold question, as the decision sees it. */
export interface DecisionExample {
  set: string;
  id: string;
  features: number[];
  coverage: number;
  answerable: boolean;
  /** The first paragraph of the ranking is gold. */
  right: boolean;
  /** The question asks for something no paragraph shown holds (see `decide`): it is never answered. */
  capped: boolean;
}

export interface DecisionFigures {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** Share of answerable questions marked answered. */
  answeredShare: number;
  /** Of those, the share whose first paragraph is right. */
  answeredRight: number;
  /** Share of unanswerable questions not marked answered. */
  unanswerableHeld: number;
  /** Answerable questions shown nothing. */
  shownNothing: number;
}

export interface DecisionFit {
  model: DecisionModel;
  /** The fitted model on the questions it was fitted on. */
  inSample: DecisionFigures;
  /** Leave one set out, per set and pooled. */
  crossValidated: { pooled: DecisionFigures; bySet: Record<string, DecisionFigures> };
}

const PENALTY = 1;
/**
 * What answering wrongly costs, in right answers. A wrong paragraph marked as the answer is
 * quoted and acted on; a closest one is shown too, but read with care; so the cost weighs how
 * often "answered" may be said against how often it is right. The cost is a judgement, not a
 * tuned number: a wrong answer quoted costs slightly more than a right one gains. How the
 * cross-validated figures move with it on the sets of today (answered, right when answered):
 * 0.8: 0.863, 0.927; 0.85 to 0.95: 0.862, 0.927; 1 to 1.05: 0.860, 0.927 (unanswerable held
 * 0.943); 1.1 to 1.15: 0.855, 0.927; 1.2: 0.849, 0.927; 1.25: 0.839, 0.929; 1.5: 0.815, 0.936.
 * Rerun the comparison when sets are added.
 */
const WRONG_COST = 1.05;
/** `nothingBelow` as a share of the lowest coverage seen on an answerable question. */
const NOTHING_MARGIN = 0.5;

/** The search-answered questions of the sets, measured. Look-ups (grades, paragraphs, recommendations) are left out. */
export function decisionExamples(engine: AnswerEngine, sets: GoldSet[]): DecisionExample[] {
  const examples: DecisionExample[] = [];
  for (const set of sets) {
    for (const q of set.questions) {
      const trace = engine.trace(q.question);
      if (trace.route !== 'search' || !trace.features) continue;
      if (q.gold.length === 0 && !isUnanswerable(q)) continue;
      const top = trace.ranked?.[0]?.doc.paragraph.number;
      examples.push({
        set: set.name,
        id: q.id,
        features: DECISION_FEATURES.map((name) => trace.features![name]),
        coverage: trace.features.coverage,
        answerable: q.gold.length > 0,
        right: top !== undefined && q.gold.includes(top),
        capped: trace.decision?.missing !== undefined,
      });
    }
  }
  return examples;
}

function round(value: number, places = 6): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** Steps 2–4 on some examples. */
export function fitModel(examples: DecisionExample[]): DecisionModel {
  const fitted = fitLogistic(
    examples.map((e) => e.features),
    examples.map((e) => e.right),
    { penalty: PENALTY },
  );
  const chances = examples.map((e) => predictLogistic(fitted, e.features));
  // Answer at the chance that gains most: right answers less wrong ones.
  const order = chances.map((p, i) => ({ p, right: examples[i]!.right })).sort((a, b) => b.p - a.p);
  let gain = 0;
  let best = { gain: 0, at: 1 };
  for (let i = 0; i < order.length; i++) {
    gain += order[i]!.right ? 1 : -WRONG_COST;
    const next = order[i + 1]?.p ?? 0;
    if (gain > best.gain && next < order[i]!.p) best = { gain, at: (order[i]!.p + next) / 2 };
  }
  const lowest = Math.min(1, ...examples.filter((e) => e.answerable).map((e) => e.coverage));
  const nothingBelow = NOTHING_MARGIN * lowest;
  return {
    features: [...DECISION_FEATURES],
    mean: fitted.mean.map((v) => round(v)),
    scale: fitted.scale.map((v) => round(v)),
    weights: fitted.weights.map((v) => round(v)),
    bias: round(fitted.bias),
    answerAt: round(best.at),
    nothingBelow: round(nothingBelow),
  };
}

/** How a model decides on some examples; `modelOf` may give each example its own (cross-validation's). */
export function decisionFigures(modelOf: DecisionModel | ((e: DecisionExample) => DecisionModel), examples: DecisionExample[]): DecisionFigures {
  const model = typeof modelOf === 'function' ? modelOf : () => modelOf;
  const kind = (e: DecisionExample) => {
    const m = model(e);
    if (e.coverage < m.nothingBelow) return 'nothing';
    if (e.capped) return 'closest';
    return predictLogistic({ mean: m.mean, scale: m.scale, weights: m.weights, bias: m.bias }, e.features) >= m.answerAt ? 'answered' : 'closest';
  };
  const answerable = examples.filter((e) => e.answerable);
  const unanswerable = examples.filter((e) => !e.answerable);
  const answered = answerable.filter((e) => kind(e) === 'answered');
  const share = (part: number, whole: number) => round(whole > 0 ? part / whole : 0, 3);
  return {
    questions: examples.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    answeredShare: share(answered.length, answerable.length),
    answeredRight: share(answered.filter((e) => e.right).length, answered.length),
    unanswerableHeld: share(unanswerable.filter((e) => kind(e) !== 'answered').length, unanswerable.length),
    shownNothing: answerable.filter((e) => kind(e) === 'nothing').length,
  };
}

/** Fits the decision on every example and cross-validates it by leaving one set out at a time. */
export function fitDecision(examples: DecisionExample[]): DecisionFit {
  const model = fitModel(examples);
  const sets = [...new Set(examples.map((e) => e.set))];
  const bySet: Record<string, DecisionFigures> = {};
  // Each set's examples judged by a model that never saw them; pooled, they are judged together.
  const folds = new Map(sets.map((name) => [name, fitModel(examples.filter((e) => e.set !== name))]));
  for (const name of sets) bySet[name] = decisionFigures(folds.get(name)!, examples.filter((e) => e.set === name));
  const pooled = decisionFigures((e) => folds.get(e.set)!, examples);
  return {
    model: {
      ...model,
      fitted: {
        procedure: `npm run fit (src/search/fit-decision.ts): logistic regression, L2 penalty ${PENALTY}, on the search-answered questions of the gold sets marked fit; answerAt maximises right answers less ${WRONG_COST} for each wrong one; nothingBelow is half the lowest coverage of an answerable question.`,
        sets,
        questions: examples.length,
        crossValidated: pooled,
      },
    },
    inSample: decisionFigures(model, examples),
    crossValidated: { pooled, bySet },
  };
}
