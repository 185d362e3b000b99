/**
 * Every number that shapes ranking, in one place, so that `npm run eval` can
 * measure each change. The defaults were chosen by measurement on the gold
 * questions. The "does the report answer this?" decision has its own numbers,
 * fitted by `npm run fit` into `data/decision.json` (see `decide.ts`).
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
   * the paragraph matches. Replaces MiniSearch's "times matched terms",
   * which rewards matching many words over matching the telling ones; a
   * square root, because on questions in people's own words (paraphrase,
   * words the report does not use) a stronger pull towards coverage ranks
   * paragraphs that repeat the question's common words first. Default: 0.5.
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
   * (at most 1): a paragraph of statistics likelier holds the count. A
   * question of time ("how long is the wait?") counts it only in a paragraph
   * that gives a length of time ("18 weeks"). Default: 1.
   */
  figureRichBoost: number;
  /**
   * For "how many …?" questions, a further factor on a paragraph with a
   * sentence stating a total of what is counted ("there were 153 looked after
   * children", "a total of 106"): a count of some of them ("a group of ten
   * looked after children") or a share ("32%") answers less. 1 turns it off.
   * Default: 1.3.
   */
  totalBoost: number;
  /** Distinct figures that make a paragraph's richness 1. Default: 8. */
  figuresForFullBoost: number;
  /**
   * Weight of a word WordNet's main senses relate to a question word the
   * reports do not use ("oversee" → "supervision"). Low, because WordNet
   * knows English, not this field. 0 turns this off. Default: 0.5.
   */
  wordnetWeight: number;
  /**
   * Score is multiplied by `1 + sentenceWeight × sentenceCoverage`, the share
   * of the question's meaning held by the paragraph's best single sentence.
   * Default: 1.
   */
  sentenceWeight: number;
  /** How many of the best candidates are read again exactly, sentence by sentence, and returned. Default: 20. */
  sentenceCandidates: number;

  /**
   * Multiplier for the first paragraph of a graded section (the one that
   * states the judgement) when the question names the section. Default: 1.2.
   */
  sectionLeadBoost: number;
  /**
   * Multiplier for the first paragraph of a graded section (the one that
   * states its grade) when the question asks for a grade outright but no
   * judged area could be looked up for it. A question that only hints at one
   * ("are the PEPs any good?") asks about the thing itself. Default: 1.5.
   */
  gradeLeadBoost: number;
  /**
   * Factor on the paragraphs of a judged area the question describes in
   * everyday words ("at school" → Enjoying and achieving, see data/areas.json):
   * reports are written area by area, so the area's section likelier holds the
   * answer. Default: 1.15.
   */
  describedAreaBoost: number;
  /**
   * Factor on the paragraphs of a section about the inspection itself
   * ("About this inspection") when the question asks about the inspection
   * ("who did the inspecting?", "was it only Ofsted?"). Default: 3.
   */
  inspectionSectionBoost: number;
  /**
   * Weight factor for words that name the report, its inspection or the
   * inspected authority ("Sutton", "the council", "Ofsted", "inspectors"):
   * in a question they mostly say which report is meant, not which
   * paragraph. Default: 0.25.
   */
  referenceWeight: number;
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
   * Most a question word of many senses in WordNet ("living", "real",
   * "round") weighs, however rare in the reports: it says little of what a
   * question asks about. Default: 2.
   */
  vagueWordWeight: number;
  /**
   * Weight factor for words said only in a concession ("why was the LSCB
   * criticised when it's done good work on DV?", "… even though timeliness is
   * good") or in the asker's own reasons ("…, since the weight I attach to
   * their findings depends on it"): they say what the asker grants or why they
   * ask, not what is asked about, so they still count but less. Default: 0.5.
   */
  concessionWeight: number;
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
  coverageExponent: 0.5,
  countingBoost: 2,
  figureRichBoost: 1,
  totalBoost: 1.3,
  figuresForFullBoost: 8,
  wordnetWeight: 0.5,
  sentenceWeight: 1,
  sentenceCandidates: 20,
  sectionLeadBoost: 1.2,
  gradeLeadBoost: 1.5,
  describedAreaBoost: 1.15,
  inspectionSectionBoost: 3,
  referenceWeight: 0.25,
  maxConceptWeight: 4,
  unknownWeight: 4,
  vagueWordWeight: 2,
  concessionWeight: 0.5,
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
