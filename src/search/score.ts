/**
 * The third stage: each candidate paragraph's features, and the one score
 * that ranks them. Every feature raises or lowers the score; none removes a
 * candidate. The numbers are in `tuning.ts`.
 *
 * score = bm25 × coverage^coverageExponent
 *       × (1 + sentenceWeight × sentenceCoverage)
 *       × counting boosts (counting questions only)
 *       × sectionLeadBoost (the paragraph opens a section the question names)
 *       × gradeLeadBoost (a grade question, and the paragraph states a section's grade)
 */
import { nameTerms } from './areas.js';
import type { IndexedParagraph } from './paragraph-index.js';
import type { QuestionIntent } from './question.js';
import type { Candidate } from './retrieve.js';
import type { WeightedConcept } from './scoring.js';
import type { SearchTuning } from './tuning.js';

/** What is measured of a candidate paragraph for a question. */
export interface CandidateFeatures {
  /** Summed BM25 of the concepts' best forms, each times its form's weight. */
  bm25: number;
  /** Share of the question's meaning (concepts weighted by rarity) that the paragraph holds, 0–1. */
  coverage: number;
  /**
   * Share of the question's meaning held by the paragraph's best single
   * sentence, 0–1: an answer is usually said in one sentence, while a long
   * paragraph can hold the question's words far apart.
   */
  sentenceCoverage: number;
  /**
   * One sentence holds a figure and at least half of what a counting
   * question counts (its weightier concepts): the paragraph gives the count asked for.
   */
  figureBeside: boolean;
  /** The paragraph opens a graded section whose heading the question names. */
  namesSection: boolean;
}

export interface Ranked {
  doc: IndexedParagraph;
  score: number;
  features: CandidateFeatures;
  /** Per concept, how fully the paragraph holds it (see {@link Candidate.credits}). */
  credits: number[];
}

/** Ranks candidates, best first; only the best `tuning.sentenceCandidates` are read sentence by sentence. */
export function score(candidates: Candidate[], concepts: WeightedConcept[], intent: QuestionIntent, tuning: SearchTuning): Ranked[] {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return [];
  const askedTerms = new Set(concepts.flatMap((c) => c.alternatives[0]!.terms));
  // What a counting question counts: its weightiest concepts, not "children" beside them.
  const countedWeight = Math.min(0.5, 0.5 * Math.max(...concepts.map((c) => c.weight)));
  const counted = concepts.filter((c) => c.weight >= countedWeight);
  const countedTotal = counted.reduce((sum, c) => sum + c.weight, 0);
  const holdsConcept = (c: WeightedConcept, terms: Set<string>) => c.alternatives.some((a) => a.terms.every((t) => terms.has(t)));

  const ranked: Ranked[] = candidates.map((candidate) => {
    const { doc } = candidate;
    const coverage = candidate.credits.reduce((sum, credit, i) => sum + credit * concepts[i]!.weight, 0) / total;
    let value = candidate.bm25 * Math.pow(coverage, tuning.coverageExponent);
    const figureBeside =
      countedTotal > 0 &&
      doc.countingSentences.some((terms) => counted.reduce((sum, c) => sum + (holdsConcept(c, terms) ? c.weight : 0), 0) >= countedTotal / 2);
    if (intent.counting && doc.figures > 0 && countedTotal > 0) {
      // Figures beside a word of the question ("153 looked after children"), or a
      // paragraph full of figures, likelier hold the answer than one passing year.
      const beside = counted.reduce((sum, c) => sum + (holdsConcept(c, doc.figureTerms) ? c.weight : 0), 0) / countedTotal;
      const richness = Math.min(1, doc.figures / tuning.figuresForFullBoost);
      value *= (1 + (tuning.countingBoost - 1) * beside) * (1 + tuning.figureRichBoost * richness);
    }
    const namesSection = doc.sectionLead && headingNamed(doc, askedTerms);
    if (namesSection) value *= tuning.sectionLeadBoost;
    // A question about a grade is answered first by the paragraph that states one.
    if (doc.sectionLead && (intent.grade || intent.gradeHint)) value *= tuning.gradeLeadBoost;
    return {
      doc,
      score: value,
      features: { bm25: candidate.bm25, coverage, sentenceCoverage: 0, figureBeside, namesSection },
      credits: candidate.credits,
    };
  });
  ranked.sort(byScore);

  const head = ranked.slice(0, tuning.sentenceCandidates);
  for (const r of head) {
    r.features.sentenceCoverage = bestSentenceCoverage(r.doc, concepts, total);
    r.score *= 1 + tuning.sentenceWeight * r.features.sentenceCoverage;
  }
  head.sort(byScore);
  return [...head, ...ranked.slice(head.length)];
}

function byScore(a: Ranked, b: Ranked): number {
  return b.score - a.score || a.doc.id - b.doc.id;
}

/** The largest share of the question's meaning that one sentence of the paragraph holds. */
function bestSentenceCoverage(doc: IndexedParagraph, concepts: WeightedConcept[], total: number): number {
  let best = 0;
  for (const terms of doc.sentenceTerms) {
    let held = 0;
    for (const concept of concepts) {
      let form = 0;
      for (const a of concept.alternatives) if (a.weight > form && a.terms.every((t) => terms.has(t))) form = a.weight;
      held += Math.min(1, form) * concept.weight;
    }
    best = Math.max(best, held / total);
  }
  return best;
}

/** The question names the paragraph's section: all of the section heading's distinctive terms are asked for. */
function headingNamed(doc: IndexedParagraph, asked: Set<string>): boolean {
  const terms = nameTerms(doc.paragraph.heading);
  return terms.length > 0 && terms.every((t) => asked.has(t));
}
