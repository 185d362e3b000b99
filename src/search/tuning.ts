/**
 * Every number that shapes ranking and the "does the report answer this?"
 * decision, in one place, so that `npm run eval` can measure each change.
 * The defaults were chosen by measurement on the gold questions.
 */
export interface SearchTuning {
  /**
   * Field boosts for MiniSearch. `heading` holds the section headings above
   * the paragraph, `part` the part's name.
   * Default: `{ text: 1, heading: 0.7, part: 0.2 }`.
   */
  boost: { text: number; heading: number; part: number };
  /**
   * MiniSearch's BM25+ parameters: `k` term frequency saturation, `b` length
   * normalisation, `d` the floor every matched term gets.
   * Default: `{ k: 1.2, b: 0.7, d: 0.5 }` (MiniSearch's own).
   */
  bm25: { k: number; b: number; d: number };
  /** Weight of a synonym from the vocabulary or glossary, relative to the question's own word. Default: 0.8. */
  synonymWeight: number;
  /** Weight of a one-way mapping's target ("kids" → "children"). Default: 1. */
  oneWayWeight: number;
  /**
   * Weight of a spelling correction ("managment" → "management"), scaled
   * further by `length / (length + distance)` as MiniSearch does for fuzzy
   * matches. Corrections are only tried for words that are neither in the
   * corpus and vocabulary nor English words, so they never outrank an exact
   * match. Default: 1.
   */
  typoWeight: number;
  /**
   * Weight of another word of the same family for a word the corpus lacks
   * ("stable" → "stability"). Default: 0.9.
   */
  variantWeight: number;
  /**
   * Weight of another word of the same family for a word the report does use
   * in its own form ("visiting" for "visitor"). 0 turns this off. Default: 0.7.
   */
  familyWeight: number;
  /** Weight of a completion of an unknown word ("safeg" → "safeguarding"). Default: 0.6. */
  prefixWeight: number;
  /**
   * A multi-word form of a concept matched only in part ("emergency"
   * alone for "accident and emergency") counts its matched share times this.
   * Default: 0.5.
   */
  partialPhrase: number;
  /**
   * A multi-word form whose words are all in the paragraph but not side by
   * side ("children" … "centres") scores this share. Default: 0.6.
   */
  scatteredPhrase: number;
  /** How much of its concept such a scattered form covers, for the coverage share. Default: 0.5. */
  scatteredCredit: number;
  /**
   * Score is multiplied by `coverage ^ coverageExponent`, where coverage is
   * the share of the question's meaning (concepts weighted by rarity) that
   * the paragraph matches. Replaces MiniSearch's "times matched terms".
   * Default: 2.
   */
  coverageExponent: number;
  /**
   * Multiplier for counting questions ("how many", "how long") for a paragraph
   * with a figure beside a word of the question ("78 foster carers"). Default: 2.
   */
  countingBoost: number;
  /**
   * For counting questions, a further `1 + figureRichBoost × richness`, where
   * richness is the paragraph's distinct figures over `figuresForFullBoost`
   * (at most 1): a paragraph of statistics likelier holds the count. Default: 1.
   */
  figureRichBoost: number;
  /** Distinct figures that make a paragraph's richness 1. Default: 8. */
  figuresForFullBoost: number;
  /**
   * "How many / how much / what proportion" questions are answered only when
   * the best paragraph has a figure beside a word of the question. Default: true.
   */
  countingNeedsFigure: boolean;

  /**
   * Multiplier for the first paragraph of a graded section (the one that
   * states the judgement) when the question names the section. Default: 1.2.
   */
  sectionLeadBoost: number;
  /**
   * Weight factor for words naming the report itself (its authority, e.g.
   * "Sutton"): they pick the report, not a paragraph. Default: 0.25.
   */
  reportNameWeight: number;
  /**
   * The most one concept can weigh. Rare words weigh most; this keeps one
   * word the report happens not to use ("turn up") from outweighing the rest
   * of the question. Default: 4.
   */
  maxConceptWeight: number;
  /**
   * The weight of a word found nowhere in the corpus, its vocabulary or as a
   * correction ("Olympics"): what the report cannot answer. Default: 4.
   */
  unknownWeight: number;
  /**
   * The question is answered only when the best paragraph covers at least
   * this share of its meaning. Default: 0.56.
   */
  answerThreshold: number;
  /**
   * A lower share that still answers when the matched concepts weigh at
   * least `longQuestionMeaning` in all. Default: 0.5.
   */
  longAnswerThreshold: number;
  /** See `longAnswerThreshold`. Default: 7. */
  longQuestionMeaning: number;
  /**
   * A question whose concepts weigh less than this in all (only common words
   * such as "children in Sutton") is not answered. Default: 0.5.
   */
  minMeaning: number;
  /** Most results returned. Default: 5. */
  maxResults: number;
  /** Results scoring under this share of the best are dropped. Default: 0.25. */
  minRelativeScore: number;
}

export const defaultTuning: SearchTuning = {
  boost: { text: 1, heading: 0.7, part: 0.2 },
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  synonymWeight: 0.8,
  oneWayWeight: 1,
  typoWeight: 1,
  variantWeight: 0.9,
  familyWeight: 0.7,
  prefixWeight: 0.6,
  partialPhrase: 0.5,
  scatteredPhrase: 0.6,
  scatteredCredit: 0.5,
  coverageExponent: 2,
  countingBoost: 2,
  figureRichBoost: 1,
  figuresForFullBoost: 8,
  countingNeedsFigure: true,
  sectionLeadBoost: 1.2,
  reportNameWeight: 0.25,
  maxConceptWeight: 4,
  unknownWeight: 4,
  answerThreshold: 0.56,
  longAnswerThreshold: 0.5,
  longQuestionMeaning: 7,
  minMeaning: 0.5,
  maxResults: 5,
  minRelativeScore: 0.25,
};

/** Tuning with some values replaced; nested `boost` and `bm25` merge too. */
export function withTuning(overrides: Partial<SearchTuning> = {}): SearchTuning {
  return {
    ...defaultTuning,
    ...overrides,
    boost: { ...defaultTuning.boost, ...overrides.boost },
    bm25: { ...defaultTuning.bm25, ...overrides.bm25 },
  };
}
