/**
 * The second stage: the paragraphs in scope that hold any of the question's
 * concepts, in any of their forms, with how much each concept contributes.
 * Nothing is ranked or dropped here beyond scope; scoring is the next stage.
 */
import type { IndexedParagraph } from './paragraph-index.js';
import { alternativeScores, type TermScores, type WeightedConcept } from './scoring.js';
import type { SearchTuning } from './tuning.js';

/** A paragraph holding some of the question's concepts. */
export interface Candidate {
  doc: IndexedParagraph;
  /** Σ over concepts of its best form's BM25 score times that form's weight. */
  bm25: number;
  /**
   * Per concept, in the question's order: how fully the paragraph holds it,
   * from 0 (not at all) to 1 (the question's own words, as a phrase where
   * they are one); a synonym or a scattered phrase counts less.
   */
  credits: number[];
}

/** Which paragraphs a question is asked of. */
export type Scope = (doc: IndexedParagraph) => boolean;

export function retrieve(
  concepts: WeightedConcept[],
  scoresOf: TermScores,
  inScope: Scope,
  tuning: SearchTuning,
  paragraph: (id: number) => IndexedParagraph,
): Candidate[] {
  const byId = new Map<number, Candidate>();
  concepts.forEach((concept, position) => {
    const best = new Map<number, { score: number; credit: number }>();
    for (const alternative of concept.alternatives) {
      for (const [id, s] of alternativeScores(alternative, scoresOf, tuning, paragraph)) {
        const score = s.score * alternative.weight;
        const credit = Math.min(1, s.share * alternative.weight);
        const current = best.get(id);
        if (!current) best.set(id, { score, credit });
        else {
          current.score = Math.max(current.score, score);
          current.credit = Math.max(current.credit, credit);
        }
      }
    }
    for (const [id, b] of best) {
      let candidate = byId.get(id);
      if (!candidate) {
        const doc = paragraph(id);
        if (!inScope(doc)) continue;
        byId.set(id, (candidate = { doc, bm25: 0, credits: new Array<number>(concepts.length).fill(0) }));
      }
      candidate.bm25 += b.score;
      candidate.credits[position] = b.credit;
    }
  });
  return [...byId.values()];
}
