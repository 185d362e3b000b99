/**
 * The fourth stage: does the report answer the question? From measured
 * features of the ranking, a logistic model estimates the chance that the
 * first paragraph answers it, and the answer is
 *
 * - `answered` when that chance reaches the model's `answerAt`;
 * - `nothing` when the best paragraph holds less than `nothingBelow` of the
 *   question's meaning (or there is no paragraph at all);
 * - `closest` otherwise: the paragraphs are shown as the closest the report comes.
 *
 * A question that asks for a kind of thing (a person, a phone number, money,
 * a date to come, a figure) that no shown paragraph holds is `closest` at
 * most, and says what the report does not give.
 *
 * The model's numbers live in `data/decision.json`, written by `npm run fit`
 * (`scripts/fit-decision.ts`), which fits them on the gold questions and
 * reports cross-validated figures. Nothing here is adjusted by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerKind, ExpectedAnswer } from '../answer.js';
import { dataDir } from '../paths.js';
import { holdsExpected, MISSING, NO_FIGURE, NO_GRADE } from './answer-types.js';
import { countedConcepts, type Ranked } from './score.js';
import type { Understanding } from './understand.js';

/** What the decision reads of a ranking. Each is 0 when there is no paragraph. */
export interface DecisionFeatures {
  /** Share of the question's meaning the best paragraph holds, 0–1. */
  coverage: number;
  /** The same share counting only the question's weightier concepts (at or above the median weight). */
  rareCoverage: number;
  /** Share of the question's meaning held by the best paragraph's best sentence. */
  sentenceCoverage: number;
  /** How far the best paragraph is ahead of the second: 1 − second score / best score. */
  margin: number;
  /** ln(1 + best score). */
  strength: number;
  /** Share of the question's meaning in concepts no report uses in any form. */
  unknownShare: number;
  /**
   * The same share counting only names ("Manchester", "Olympics": capitalised,
   * not acronyms): a question about a place, a person or an event the
   * reports never mention is seldom answered by them.
   */
  unknownNames: number;
  /** ln(1 + the question's total meaning): how much there is to match. */
  meaning: number;
  /** 1 when the question counts something ("how many") and the best paragraph has no figure beside it. */
  figureMissing: number;
  /**
   * When the question asks for a figure, the share of what it counts ("beds"
   * in "how many beds does Cedar Lodge have?") that the best paragraph does
   * not hold; else 0.
   */
  countedMissing: number;
}

/** The order in which the model's numbers are listed. */
export const DECISION_FEATURES: readonly (keyof DecisionFeatures)[] = [
  'coverage',
  'rareCoverage',
  'sentenceCoverage',
  'margin',
  'strength',
  'unknownShare',
  'unknownNames',
  'meaning',
  'figureMissing',
  'countedMissing',
];

/**
 * The shape of `data/decision.json`.
 *
 * ```json
 * { "features": ["coverage", …], "mean": [0.6, …], "scale": [0.2, …],
 *   "weights": [1.9, …], "bias": 0.4, "answerAt": 0.5, "nothingBelow": 0.1 }
 * ```
 */
export interface DecisionModel {
  /** Feature names, in the order of the arrays below; must match {@link DECISION_FEATURES}. */
  features: string[];
  /** Each feature is standardised as (value − mean) / scale before weighing. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** The estimated chance at or above which the first paragraph is said to answer. */
  answerAt: number;
  /** Coverage under which no paragraph shares the question's meaning. */
  nothingBelow: number;
  /** How the numbers were fitted, for people reading the file. */
  fitted?: unknown;
}

export const defaultDecisionFile = join(dataDir, 'decision.json');

/** A model that has learnt nothing: every question any paragraph matches is answered. For fitting a first model. */
export const NEUTRAL_DECISION_MODEL: DecisionModel = {
  features: [...DECISION_FEATURES],
  mean: DECISION_FEATURES.map(() => 0),
  scale: DECISION_FEATURES.map(() => 1),
  weights: DECISION_FEATURES.map(() => 0),
  bias: 0,
  answerAt: 0.5,
  nothingBelow: 0,
};

export function readDecisionModel(file: string = defaultDecisionFile): DecisionModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as DecisionModel;
  if (model.features.join() !== DECISION_FEATURES.join()) {
    throw new Error(`${file} was fitted on other features (${model.features.join(', ')}); run npm run fit`);
  }
  return model;
}

export interface Decision {
  kind: AnswerKind;
  /** The estimated chance that the first paragraph answers the question. */
  confidence: number;
  /** What the question asks for that no shown paragraph holds. */
  missing?: string;
}

/** Measures a ranking for the decision. */
export function decisionFeatures(ranked: Ranked[], understood: Understanding): DecisionFeatures {
  const { concepts, intent } = understood;
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  const top = ranked[0];
  const none: DecisionFeatures = {
    coverage: 0,
    rareCoverage: 0,
    sentenceCoverage: 0,
    margin: 0,
    strength: 0,
    unknownShare: total > 0 ? 1 : 0,
    unknownNames: total > 0 ? namesShare(concepts, total) : 0,
    meaning: Math.log1p(total),
    figureMissing: intent.figureWanted ? 1 : 0,
    countedMissing: intent.figureWanted ? 1 : 0,
  };
  if (!top || total === 0) return none;
  const weights = concepts.map((c) => c.weight).sort((a, b) => a - b);
  const median = weights[Math.floor((weights.length - 1) / 2)]!;
  let rare = 0;
  let rareTotal = 0;
  concepts.forEach((c, i) => {
    if (c.weight < median) return;
    rareTotal += c.weight;
    rare += (top.credits[i] ?? 0) * c.weight;
  });
  const second = ranked[1]?.score ?? 0;
  return {
    coverage: top.features.coverage,
    rareCoverage: rareTotal > 0 ? rare / rareTotal : 0,
    sentenceCoverage: top.features.sentenceCoverage,
    margin: top.score > 0 ? 1 - second / top.score : 0,
    strength: Math.log1p(top.score),
    unknownShare: concepts.reduce((sum, c) => sum + (c.known ? 0 : c.weight), 0) / total,
    unknownNames: namesShare(concepts, total),
    meaning: Math.log1p(total),
    figureMissing: intent.figureWanted && !top.features.figureBeside ? 1 : 0,
    countedMissing: intent.figureWanted ? countedMissing(concepts, intent, top) : 0,
  };
}

/** Share of the weight of what a question counts that a paragraph does not hold. */
function countedMissing(concepts: Understanding['concepts'], intent: Understanding['intent'], top: Ranked): number {
  const counted = countedConcepts(concepts, intent);
  const total = counted.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return 0;
  return counted.reduce((sum, c) => sum + c.weight * (1 - (top.credits[concepts.indexOf(c)] ?? 0)), 0) / total;
}

/** Share of the question's meaning in names found nowhere in the reports. */
function namesShare(concepts: Understanding['concepts'], total: number): number {
  const isName = (label: string) => /^\p{Lu}\p{Ll}/u.test(label);
  return concepts.reduce((sum, c) => sum + (!c.known && isName(c.label) ? c.weight : 0), 0) / total;
}

/** The estimated chance, from the model, that the first paragraph answers. */
export function answerChance(features: DecisionFeatures, model: DecisionModel): number {
  let z = model.bias;
  DECISION_FEATURES.forEach((name, i) => {
    z += model.weights[i]! * ((features[name] - model.mean[i]!) / (model.scale[i]! || 1));
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * Decides answered / closest / nothing for a ranking, given the paragraphs
 * that would be shown (for what the question expects). `gradeAsked`: the
 * question asks for a grade, yet names no judged area (else a look-up would
 * have answered it): no paragraph's words answer it.
 */
export function decide(
  features: DecisionFeatures,
  shown: Ranked[],
  expected: ExpectedAnswer | undefined,
  model: DecisionModel,
  gradeAsked = false,
): Decision {
  if (shown.length === 0 || features.coverage < model.nothingBelow) return { kind: 'nothing', confidence: 0 };
  const confidence = answerChance(features, model);
  // Reports name their partner organisations everywhere: only the first paragraph naming one answers "which firm …".
  const holders = expected === 'organisation' ? shown.slice(0, 1) : shown;
  if (expected && !holders.some((r) => holdsExpected(r.doc.paragraph.text, expected, r.doc.report.published))) {
    return { kind: 'closest', confidence, missing: MISSING[expected] };
  }
  // "How many beds does Cedar Lodge have?": only a figure answers, and none stands beside what is counted.
  if (features.figureMissing === 1 && !shown.some((r) => r.features.figureBeside)) {
    return { kind: 'closest', confidence, missing: NO_FIGURE };
  }
  if (confidence < model.answerAt) return { kind: 'closest', confidence };
  // "What grade did the fostering service get?": the paragraphs shown sit under other verdicts.
  return gradeAsked ? { kind: 'closest', confidence, missing: NO_GRADE } : { kind: 'answered', confidence };
}
