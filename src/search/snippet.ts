/**
 * Snippets: the sentences of a paragraph that best answer the question,
 * verbatim, with the matched words marked. Paragraphs are split and analysed
 * once, when indexed; a snippet then only looks terms up.
 */
import { isStopWord, stem, tokenize } from './analysis.js';

/** A sentence (or bulleted line) of a paragraph, analysed. */
export interface Sentence {
  text: string;
  /** Its words that are not stop words: offsets in `text` and index term. */
  words: { start: number; end: number; term: string }[];
}

export interface SnippetOptions {
  /** Most sentences kept. Default: 2. */
  maxSentences?: number;
  /** Marker wrapped around each matched word. Default: "**". */
  mark?: string;
  /**
   * Words weighing less than this are not marked (unless no word would be),
   * so that "children" in every sentence does not drown the words that
   * matter. Default: 0.3.
   */
  minMarkWeight?: number;
}

/** A sentence ends at . ! ? followed by space and a capital, digit or quote, or at a line break. */
const BOUNDARY = /(?<=[.!?]['’")]?)\s+(?=[A-Z0-9'‘"(])|\n+/g;

/** Splits a paragraph into sentences and bulleted lines, verbatim, and analyses each. */
export function splitSentences(text: string): Sentence[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    pieces.push(text.slice(start, match.index));
    start = (match.index ?? 0) + match[0].length;
  }
  pieces.push(text.slice(start));
  return pieces
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((sentence) => ({
      text: sentence,
      words: tokenize(sentence)
        .filter((t) => !isStopWord(t.normal))
        .map((t) => ({ start: t.start, end: t.end, term: stem(t.normal) })),
    }));
}

/**
 * The best sentences for the matched terms, in their order in the paragraph,
 * joined by " … ". A sentence's worth is the summed weight of the distinct
 * terms it holds; a second sentence is kept only when it adds a term the
 * first lacks.
 *
 * @param sentences the paragraph, from {@link splitSentences}
 * @param weights index term → how much it matters (terms absent count nothing)
 */
export function snippet(sentences: Sentence[], weights: Map<string, number>, options: SnippetOptions = {}): string {
  const maxSentences = options.maxSentences ?? 2;
  const mark = options.mark ?? '**';
  const chosen: number[] = [];
  const covered = new Set<string>();
  while (chosen.length < maxSentences) {
    let best = -1;
    let bestGain = 0;
    sentences.forEach((sentence, index) => {
      if (chosen.includes(index)) return;
      let gain = 0;
      const counted = new Set<string>();
      for (const { term } of sentence.words) {
        if (covered.has(term) || counted.has(term)) continue;
        counted.add(term);
        gain += weights.get(term) ?? 0;
      }
      if (gain > bestGain) {
        best = index;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    for (const { term } of sentences[best]!.words) if (weights.has(term)) covered.add(term);
  }
  if (chosen.length === 0 && sentences.length > 0) chosen.push(0);
  const minMarkWeight = options.minMarkWeight ?? 0.3;
  const strong = new Map([...weights].filter(([, w]) => w >= minMarkWeight));
  const marked = chosen.some((i) => sentences[i]!.words.some((w) => strong.has(w.term))) ? strong : weights;
  return chosen
    .sort((a, b) => a - b)
    .map((i) => markWords(sentences[i]!, marked, mark))
    .join(' … ');
}

/** The sentence with each word whose index term is in `weights` wrapped in `mark`. */
export function markWords(sentence: Sentence, weights: Map<string, number>, mark = '**'): string {
  let out = '';
  let last = 0;
  for (const word of sentence.words) {
    if (!weights.has(word.term)) continue;
    out += sentence.text.slice(last, word.start) + mark + sentence.text.slice(word.start, word.end) + mark;
    last = word.end;
  }
  return out + sentence.text.slice(last);
}
