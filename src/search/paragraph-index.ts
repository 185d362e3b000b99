/**
 * The MiniSearch index over every report's paragraphs, and the word list
 * used to correct spelling.
 */
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Paragraph, Report } from '../report/model.js';
import { analyse, isStopWord, stem, STOP_WORDS, tokenize, type Token } from './analysis.js';
import { splitSentences, type Sentence } from './snippet.js';
import type { SearchTuning } from './tuning.js';

/** A paragraph as indexed: the report model's paragraph plus its report. */
export interface IndexedParagraph {
  /** Position in `ParagraphIndex.paragraphs`; MiniSearch's document id. */
  id: number;
  report: Report;
  paragraph: Paragraph;
  /** The paragraph opens a graded section (states its judgement). */
  sectionLead: boolean;
  /** How many distinct figures the text holds ("175", "32%", "2010"), for "how many" questions. */
  figures: number;
  /** Index terms within a few words of a figure ("78 foster carers" → foster, carer). */
  figureTerms: Set<string>;
  /** The index terms of each sentence that holds a figure: what the paragraph counts. */
  countingSentences: Set<string>[];
  /** The text split into analysed sentences, for snippets. */
  sentences: Sentence[];
  /** Each sentence's index terms, for how much of a question one sentence holds. */
  sentenceTerms: Set<string>[];
  /** Each two neighbouring index terms of the text ("child protect", "protect plan"), stop words skipped. */
  pairs: Set<string>;
}

interface IndexedDocument {
  id: number;
  text: string;
  heading: string;
  part: string;
}

/**
 * Indexed fields: `text` the paragraph, `heading` its section path below the
 * part ("Safeguarding outcomes… \n Quality of provision"), `part` the part's name.
 */
const FIELDS = ['text', 'heading', 'part'] as const;
/**
 * Figures as the report writes them: digits ("175", "69%", "2010-11") and
 * number words ("three of Her Majesty's Inspectors", "stage two", "half").
 */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen',
  'half', 'third', 'quarter', 'majority', 'minority',
]);
function isFigure(normal: string): boolean {
  return /^\d/.test(normal) || NUMBER_WORDS.has(normal);
}

export class ParagraphIndex {
  readonly paragraphs: IndexedParagraph[] = [];
  readonly search: MiniSearch<IndexedDocument>;
  /** Number of paragraphs whose text or headings hold each index term. */
  private readonly documentFrequency = new Map<string, number>();
  /** Every word of the corpus, normalised → how many paragraphs hold it. */
  private readonly wordCounts = new Map<string, number>();
  /** The same words, plus vocabulary and stop words, as a radix tree for fuzzy look-ups; built when first needed. */
  private wordTree: SearchableMap<number> | null = null;

  constructor(
    reports: Report[],
    private readonly tuning: SearchTuning,
    /** Words beyond the corpus that corrections may land on (the vocabulary's); read when first needed. */
    private readonly extraWords: () => Iterable<string> = () => [],
  ) {
    // Each text is analysed once; MiniSearch's tokenizer then looks the terms up.
    const analysed = new Map<string, string[]>();
    const analyseOnce = (text: string, tokens: Token[] = tokenize(text)) => {
      let terms = analysed.get(text);
      if (!terms) {
        terms = tokens.filter((t) => !isStopWord(t.normal)).map((t) => stem(t.normal));
        analysed.set(text, terms);
      }
      return terms;
    };
    this.search = new MiniSearch<IndexedDocument>({
      fields: [...FIELDS],
      // The verbatim text, for citing from a search hit; the string is shared, not copied.
      storeFields: ['text'],
      tokenize: (text) => analysed.get(text) ?? analyse(text),
      processTerm: (term) => term,
      searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
    });
    const documents: IndexedDocument[] = [];
    for (const report of reports) {
      const leads = new Set(report.parts.flatMap((p) => p.sections).filter((s) => s.grade).map((s) => s.paragraphs[0]));
      for (const paragraph of report.paragraphs) {
        const id = this.paragraphs.length;
        const heading = paragraph.path.slice(1).join(' \n ');
        const tokens = tokenize(paragraph.text);
        const sentences = splitSentences(paragraph.text);
        const headingTokens = tokenize(heading);
        const textTerms = analyseOnce(paragraph.text, tokens);
        const headingTerms = analyseOnce(heading, headingTokens);
        analyseOnce(paragraph.part);
        this.paragraphs.push({
          id,
          report,
          paragraph,
          sectionLead: leads.has(paragraph.number),
          figures: new Set(tokens.filter((t) => isFigure(t.normal)).map((t) => t.normal)).size,
          figureTerms: termsNearFigures(tokens),
          countingSentences: sentencesWithFigures(sentences),
          sentences,
          sentenceTerms: sentences.map((s) => new Set(s.words.map((w) => w.term))),
          pairs: neighbourPairs(textTerms),
        });
        documents.push({ id, text: paragraph.text, heading, part: paragraph.part });
        for (const term of new Set([...textTerms, ...headingTerms])) {
          this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
        }
        const seen = new Set<string>();
        for (const token of [...tokens, ...headingTokens]) {
          if (seen.has(token.normal)) continue;
          seen.add(token.normal);
          if (!isStopWord(token.normal)) this.wordCounts.set(token.normal, (this.wordCounts.get(token.normal) ?? 0) + 1);
        }
      }
    }
    this.search.addAll(documents);
  }

  /** Most questions need no correction, so the tree is built on the first that does. */
  private get words(): SearchableMap<number> {
    if (!this.wordTree) {
      this.wordTree = SearchableMap.from(this.wordCounts);
      // Vocabulary and stop words are corrections too: "councilors" → "councillors",
      // "afetr" → "after" (then dropped as a stop word). Stop words are the commonest
      // words of all, so a slip as near one as a report word is read as the stop word
      // ("actualy" is "actually", not "actual").
      for (const word of this.extraWords()) if (!this.wordTree.has(word)) this.wordTree.set(word, 0);
      for (const word of STOP_WORDS) this.wordTree.set(word, Number.MAX_SAFE_INTEGER);
    }
    return this.wordTree;
  }

  get size(): number {
    return this.paragraphs.length;
  }

  /** Paragraphs holding the term, in text or headings. */
  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /**
   * How much finding the term tells, BM25's inverse document frequency:
   * high for rare terms, near zero for terms in every paragraph, and the
   * highest of all for terms in none.
   */
  rarity(term: string): number {
    return this.rarityOfCount(this.frequency(term));
  }

  /** Inverse document frequency for a concept held by `n` paragraphs. */
  rarityOfCount(n: number): number {
    const total = this.paragraphs.length;
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  }

  /** The BM25 score of each paragraph holding the term (over all fields, boosted). */
  termScores(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    if (!this.documentFrequency.has(term)) return scores;
    const results = this.search.search(term, { boost: this.tuning.boost, bm25: this.tuning.bm25 });
    for (const result of results) scores.set(result.id as number, result.score);
    return scores;
  }

  /** Whether a normalised word appears in the corpus or vocabulary. */
  knowsWord(normal: string): boolean {
    return this.wordCounts.has(normal);
  }

  /**
   * The closest known word to a word the corpus does not hold: fewest edits
   * (two swapped letters count as one; words of four letters get only a swap,
   * up to seven letters one edit, longer words two), then the commonest.
   */
  correct(normal: string): { word: string; distance: number } | null {
    if (normal.length < 4 || !/^[a-z]+$/.test(normal)) return null;
    // Two swapped letters ("afetr") are one slip, though two edits apart.
    for (let i = 0; i + 1 < normal.length; i++) {
      const swapped = normal.slice(0, i) + normal[i + 1] + normal[i] + normal.slice(i + 2);
      if (swapped !== normal && this.words.has(swapped)) return { word: swapped, distance: 1 };
    }
    // Short real words ("back", "weather") are too near others ("lack", "rather"): four
    // letters get only the swap above, up to seven one edit, longer words two.
    if (normal.length <= 4) return null;
    const maxDistance = normal.length < 8 ? 1 : 2;
    let best: { word: string; distance: number; count: number } | null = null;
    for (const [word, [count, distance]] of this.words.fuzzyGet(normal, maxDistance)) {
      if (distance === 0) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word, distance, count };
      }
    }
    return best && { word: best.word, distance: best.distance };
  }

  private variants: Map<string, string> | null = null;

  /**
   * A corpus word of the same family as a word, where Porter's stems differ
   * ("stable" / "stability", "visitor" / "visiting"): the
   * commonest word with the same Lancaster stem, a more aggressive stemmer
   * used only here. Stems under five letters are too loose to trust
   * ("metres" and "met").
   */
  variant(normal: string): string | null {
    if (!/^[a-z]+$/.test(normal)) return null;
    const lancaster = loadLancaster();
    if (!this.variants) {
      const best = new Map<string, { word: string; count: number }>();
      for (const [word, count] of this.wordCounts) {
        if (!/^[a-z]+$/.test(word)) continue;
        const key = lancaster.stem(word);
        if (key.length < 5) continue;
        const current = best.get(key);
        if (!current || count > current.count) best.set(key, { word, count });
      }
      this.variants = new Map([...best].map(([key, { word }]) => [key, word]));
    }
    const key = lancaster.stem(normal);
    return key.length >= 5 ? (this.variants.get(key) ?? null) : null;
  }

  /** The commonest known word that starts with an unknown word ("safeg" → "safeguarding"). */
  complete(normal: string): string | null {
    if (normal.length < 5) return null;
    let best: { word: string; count: number } | null = null;
    for (const [word, count] of this.words.atPrefix(normal)) {
      if (word === normal) continue;
      if (!best || count > best.count) best = { word, count };
    }
    return best?.word ?? null;
  }
}

function neighbourPairs(terms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return pairs;
}

/** Whether the paragraph holds the terms side by side, in order ("children's centres"). */
export function holdsPhrase(doc: IndexedParagraph, terms: string[]): boolean {
  for (let i = 1; i < terms.length; i++) if (!doc.pairs.has(`${terms[i - 1]} ${terms[i]}`)) return false;
  return true;
}

let lancasterStemmer: { stem(token: string): string } | null = null;

/** Loaded on the first question rather than at start, where every millisecond before the first answer counts. */
function loadLancaster(): { stem(token: string): string } {
  lancasterStemmer ??= createRequire(import.meta.url)('natural/lib/natural/stemmers/lancaster_stemmer.js') as {
    stem(token: string): string;
  };
  return lancasterStemmer;
}

/** How many words either side of a figure count as what it measures. */
const FIGURE_REACH = 3;

function termsNearFigures(tokens: Token[]): Set<string> {
  const near = new Set<string>();
  tokens.forEach((token, i) => {
    if (!isFigure(token.normal)) return;
    for (let j = Math.max(0, i - FIGURE_REACH); j <= Math.min(tokens.length - 1, i + FIGURE_REACH); j++) {
      const other = tokens[j]!;
      if (j !== i && !isStopWord(other.normal)) near.add(stem(other.normal));
    }
  });
  return near;
}

function sentencesWithFigures(sentences: Sentence[]): Set<string>[] {
  return sentences
    .filter((sentence) => tokenize(sentence.text).some((t) => isFigure(t.normal)))
    .map((sentence) => new Set(sentence.words.map((w) => w.term)));
}
