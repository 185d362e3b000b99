/**
 * A question's concepts as scoring sees them: weighted by how much of the
 * question's meaning each carries, and which words a snippet marks.
 */
import type { SnippetPhrase } from './snippet.js';
import type { Concept } from './vocabulary.js';

/** A concept of the question, weighted by how much of the question's meaning it carries. */
export interface WeightedConcept extends Concept {
  weight: number;
  /** Some form of it is in the reports; a concept found nowhere is what the reports do not talk about. */
  known: boolean;
}

/** The question's terms as a snippet marks them; see {@link termWeights}. */
export interface MatchedTerms {
  weights: Map<string, number>;
  phrases: SnippetPhrase[];
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
