/**
 * Scoring a question's concepts against paragraphs: how a concept's forms
 * match (a phrase whole, scattered or in part), how much of the question's
 * meaning a set of concepts carries, and which words a snippet marks.
 */
import { holdsPhrase, type IndexedParagraph } from './paragraph-index.js';
import type { SnippetPhrase } from './snippet.js';
import type { SearchTuning } from './tuning.js';
import type { Alternative, Concept } from './vocabulary.js';

/** A concept of the question, weighted by how much of the question's meaning it carries. */
export interface WeightedConcept extends Concept {
  weight: number;
  /** Some form of it is in the reports; a concept found nowhere is what the reports do not talk about. */
  known: boolean;
}

export type TermScores = (term: string) => Map<number, number>;

/** The question's terms as a snippet marks them; see {@link termWeights}. */
export interface MatchedTerms {
  weights: Map<string, number>;
  phrases: SnippetPhrase[];
}

/** Per paragraph: the alternative's summed term scores, and the share of its terms matched. */
export function alternativeScores(
  alternative: Alternative,
  scoresOf: (term: string) => Map<number, number>,
  tuning: SearchTuning,
  paragraph: (id: number) => IndexedParagraph,
): Map<number, { score: number; share: number }> {
  const [first, ...rest] = alternative.terms;
  if (first === undefined) return new Map();
  if (rest.length === 0) {
    const out = new Map<number, { score: number; share: number }>();
    for (const [id, score] of scoresOf(first)) out.set(id, { score, share: 1 });
    return out;
  }
  const sums = new Map<number, { score: number; matched: number }>();
  for (const term of alternative.terms) {
    for (const [id, score] of scoresOf(term)) {
      const s = sums.get(id);
      if (s) {
        s.score += score;
        s.matched += 1;
      } else sums.set(id, { score, matched: 1 });
    }
  }
  const n = alternative.terms.length;
  const out = new Map<number, { score: number; share: number }>();
  for (const [id, s] of sums) {
    if (s.matched < n) {
      out.set(id, { score: s.score * tuning.partialPhrase, share: (tuning.partialPhrase * s.matched) / n });
    } else {
      // All the words, but not as the phrase ("children … centres"): a weaker match.
      const together = holdsPhrase(paragraph(id), alternative.terms);
      out.set(id, { score: s.score * (together ? 1 : tuning.scatteredPhrase), share: together ? 1 : tuning.scatteredCredit });
    }
  }
  return out;
}

export function totalWeight(concepts: WeightedConcept[]): number {
  return concepts.reduce((sum, c) => sum + c.weight, 0);
}

/**
 * What a snippet marks for the question's concepts: each single word's index
 * term with its weight, and the other forms of more than one word
 * ("multi-agency safeguarding hub" for "MASH") as phrases, marked only where
 * their words stand together.
 */
export function termWeights(concepts: WeightedConcept[], rarity: (term: string) => number): MatchedTerms {
  const weights = new Map<string, number>();
  const phrases: SnippetPhrase[] = [];
  for (const concept of concepts) {
    for (const alternative of concept.alternatives) {
      const weightOf = (term: string) =>
        // A common word inside a rare phrase ("young" in "looked after young people") weighs as little as it tells.
        Math.max(Math.min(concept.weight * alternative.weight, rarity(term)), 1e-3);
      if (alternative.terms.length > 1 && alternative.source !== 'question') {
        phrases.push({ terms: alternative.terms, weight: Math.max(concept.weight * alternative.weight, 1e-3) });
        continue;
      }
      for (const term of alternative.terms) weights.set(term, Math.max(weights.get(term) ?? 0, weightOf(term)));
    }
  }
  return { weights, phrases };
}
