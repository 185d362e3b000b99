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

/** Words that count only side by side: another form of a question's word, such as "multi-agency safeguarding hub" for "MASH". */
export interface SnippetPhrase {
  /** Index terms, in order. */
  terms: string[];
  weight: number;
}

export interface SnippetOptions {
  /**
   * Phrases whose words are marked only where they stand together, so that
   * "agencies" alone is not marked for "MASH". Default: none.
   */
  phrases?: SnippetPhrase[];
  /** Most sentences kept. Default: 2. */
  maxSentences?: number;
  /**
   * Keep the paragraph's first sentence, then the best of the rest: the
   * first paragraph under a judgement says its verdict first ("Health
   * outcomes … are good"). Default: false.
   */
  first?: boolean;
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
  const phrases = options.phrases ?? [];
  // What each sentence matches: terms with their weight, plus the words of whole phrases.
  const found = sentences.map((sentence) => matches(sentence, weights, phrases));
  const chosen: number[] = options.first && sentences.length > 0 ? [0] : [];
  const covered = new Set<string>(chosen.flatMap((i) => [...found[i]!.weights.keys()]));
  while (chosen.length < maxSentences) {
    let best = -1;
    let bestGain = 0;
    found.forEach((match, index) => {
      if (chosen.includes(index)) return;
      let gain = 0;
      for (const [key, weight] of match.weights) if (!covered.has(key)) gain += weight;
      if (gain > bestGain) {
        best = index;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    for (const key of found[best]!.weights.keys()) covered.add(key);
  }
  if (chosen.length === 0 && sentences.length > 0) chosen.push(0);
  const minMarkWeight = options.minMarkWeight ?? 0.3;
  // Mark the words that matter; when none of the chosen sentences holds one, mark what there is.
  const strongIn = (i: number) => [...found[i]!.positions].filter(([, w]) => w >= minMarkWeight).map(([p]) => p);
  const anyStrong = chosen.some((i) => strongIn(i).length > 0);
  return chosen
    .sort((a, b) => a - b)
    .map((i) => markPositions(sentences[i]!, new Set(anyStrong ? strongIn(i) : found[i]!.positions.keys()), mark))
    .join(' … ');
}

/**
 * A sentence's matches: `weights` by distinct term or phrase (for choosing
 * sentences), and `positions`, the index in `sentence.words` of each word to
 * mark, with its weight.
 */
function matches(
  sentence: Sentence,
  weights: Map<string, number>,
  phrases: SnippetPhrase[],
): { weights: Map<string, number>; positions: Map<number, number> } {
  const byKey = new Map<string, number>();
  const positions = new Map<number, number>();
  sentence.words.forEach(({ term }, i) => {
    const weight = weights.get(term);
    if (weight === undefined) return;
    byKey.set(term, weight);
    positions.set(i, weight);
  });
  for (const phrase of phrases) {
    const n = phrase.terms.length;
    for (let i = 0; i + n <= sentence.words.length; i++) {
      if (!phrase.terms.every((t, k) => sentence.words[i + k]!.term === t)) continue;
      byKey.set(phrase.terms.join(' '), phrase.weight);
      for (let k = 0; k < n; k++) positions.set(i + k, Math.max(positions.get(i + k) ?? 0, phrase.weight));
    }
  }
  return { weights: byKey, positions };
}

function markPositions(sentence: Sentence, positions: Set<number>, mark: string): string {
  let out = '';
  let last = 0;
  sentence.words.forEach((word, i) => {
    if (!positions.has(i)) return;
    out += sentence.text.slice(last, word.start) + mark + sentence.text.slice(word.start, word.end) + mark;
    last = word.end;
  });
  return out + sentence.text.slice(last);
}

/** The sentence with each word whose index term is in `weights` wrapped in `mark`. */
export function markWords(sentence: Sentence, weights: Map<string, number>, mark = '**'): string {
  return markPositions(sentence, new Set(sentence.words.flatMap((w, i) => (weights.has(w.term) ? [i] : []))), mark);
}
