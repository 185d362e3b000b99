/**
 * One report's paragraphs, indexed: a MiniSearch index is built over them
 * and every term it holds is scored, by MiniSearch, for every paragraph that
 * holds it. What a question needs of that is kept as flat typed arrays, which
 * are small, quick to save and load (`index-cache.ts`), and quick to scan
 * when a question is asked of a thousand reports at once.
 *
 * ```ts
 * const shard = buildShard(report, tuning);
 * shardTerms(shard).indexOf('mash');   // the term's row; its postings are
 * // shard.docs / shard.scores from shard.offsets[row] to shard.offsets[row + 1]
 * ```
 */
import MiniSearch from 'minisearch';
import { placeOf } from '../report/metadata.js';
import type { Paragraph, Report } from '../report/model.js';
import { analyse, isStopWord, stem, tokenize, type Token } from './analysis.js';
import { splitSentences } from './snippet.js';
import type { SearchTuning } from './tuning.js';

/**
 * Figures as the report writes them: digits ("175", "69%", "2010-11") and
 * number words ("three of Her Majesty's Inspectors", "stage two", "half").
 */
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen',
  'half', 'third', 'quarter', 'majority', 'minority',
]);

export function isFigure(normal: string): boolean {
  return /^\d/.test(normal) || NUMBER_WORDS.has(normal);
}

/**
 * Whether a figure counts or measures what stands beside it. A year ("2010",
 * "2012/13", "2010-11") does not: it says when, and "how many children were
 * adopted?" is not answered by "adoption teams (since January 2010)".
 */
export function isCount(normal: string): boolean {
  return isFigure(normal) && !YEAR.test(normal);
}

const YEAR = /^(?:19|20)\d\d(?:[-/–](?:\d\d|(?:19|20)\d\d))?$/;

/**
 * A report's index. Paragraphs are numbered by their position in
 * `report.paragraphs` ("local" ids, under 65,536).
 */
export interface ShardData {
  /**
   * The index terms of the shard, sorted, one per line (see {@link shardTerms}):
   * one string rather than a thousand, so that a thousand shards read back
   * are quick to read and light on the garbage collector.
   */
  terms: string;
  /** Where each term's postings start in `docs` and `scores`; one more entry than `terms`. */
  offsets: Uint32Array;
  /** Per posting: the paragraph (local id), ascending within a term. */
  docs: Uint16Array;
  /** Per posting: MiniSearch's BM25+ score of the term for the paragraph, over every field, boosted. */
  scores: Float32Array;
  /** Per term: how many paragraphs hold it in their text or headings (not counting the part's name). */
  frequency: Uint16Array;
  /** Every word of the report's text and headings as normalised, one per line, and how many paragraphs hold each. */
  words: string;
  wordCounts: Uint16Array;
  /** Per paragraph: how many distinct figures its text holds. */
  figures: Uint8Array;
  /** Per paragraph: 1 when its text gives a length of time ("18 weeks", "within three months"). */
  durations: Uint8Array;
  /** Per paragraph: 1 when it opens a graded section (it states the section's grade). */
  sectionLead: Uint8Array;
  /**
   * Per paragraph: two independent 32-bit hashes of its headings and text,
   * the report's own place name set aside (see {@link comparableText}), at
   * `2p` and `2p + 1`: the same paragraph in several reports has the same
   * pair, and two different paragraphs the same pair with a chance of about
   * one in 10^19.
   */
  contentHash: Uint32Array;
  /**
   * Every paragraph's text as its index terms in order, stop words left out,
   * each as its row in `terms`; paragraph `p`'s run from `paragraphStart[p]`
   * to `paragraphStart[p + 1]`. What phrase, sentence and figure checks read.
   */
  sequence: Uint16Array;
  paragraphStart: Uint32Array;
  /** Where each sentence starts in `sequence`; paragraph `p`'s sentences are `paragraphSentences[p]` up to `paragraphSentences[p + 1]`. */
  sentenceStart: Uint32Array;
  paragraphSentences: Uint32Array;
  /** Per sentence: 1 when it holds a figure. */
  sentenceFigure: Uint8Array;
  /** Per paragraph: the terms within a few words of a figure, as rows; from `nearFigureStart[p]`. */
  nearFigure: Uint16Array;
  nearFigureStart: Uint32Array;
}

/** How many words either side of a figure count as what it measures. */
const FIGURE_REACH = 3;

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

/** A shard's terms, by row. */
export function shardTerms(shard: Pick<ShardData, 'terms'>): string[] {
  return shard.terms ? shard.terms.split('\n') : [];
}

/** A shard's words, in the order of `wordCounts`. */
export function shardWords(shard: Pick<ShardData, 'words'>): string[] {
  return shard.words ? shard.words.split('\n') : [];
}

/** The headings below the part, as the `heading` field indexes them. */
export function headingField(path: string[]): string {
  return path.slice(1).join(' \n ');
}

export function buildShard(report: Report, tuning: Pick<SearchTuning, 'boost' | 'bm25'>): ShardData {
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
  const search = new MiniSearch<IndexedDocument>({
    fields: [...FIELDS],
    tokenize: (text) => analysed.get(text) ?? analyse(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });
  const n = report.paragraphs.length;
  const figures = new Uint8Array(n);
  const durations = new Uint8Array(n);
  const sectionLead = new Uint8Array(n);
  const contentHash = new Uint32Array(2 * n);
  const leads = new Set(report.parts.flatMap((p) => p.sections).filter((s) => s.grade).map((s) => s.paragraphs[0]));
  const frequency = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  const documents: IndexedDocument[] = report.paragraphs.map((paragraph, id) => {
    const heading = headingField(paragraph.path);
    const tokens = tokenize(paragraph.text);
    const headingTokens = tokenize(heading);
    const textTerms = analyseOnce(paragraph.text, tokens);
    const headingTerms = analyseOnce(heading, headingTokens);
    analyseOnce(paragraph.part);
    figures[id] = Math.min(255, new Set(tokens.filter((t) => isFigure(t.normal)).map((t) => t.normal)).size);
    durations[id] = DURATION.test(paragraph.text) ? 1 : 0;
    sectionLead[id] = leads.has(paragraph.number) ? 1 : 0;
    const comparable = comparableText(paragraph, report);
    contentHash[2 * id] = hash(comparable, 0x811c9dc5);
    contentHash[2 * id + 1] = hash(comparable, 0x01000193);
    for (const term of new Set([...textTerms, ...headingTerms])) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    const seen = new Set<string>();
    for (const token of [...tokens, ...headingTokens]) {
      if (seen.has(token.normal) || isStopWord(token.normal)) continue;
      seen.add(token.normal);
      wordCounts.set(token.normal, (wordCounts.get(token.normal) ?? 0) + 1);
    }
    return { id, text: paragraph.text, heading, part: paragraph.part };
  });
  search.addAll(documents);

  // MiniSearch scores every term it holds, for each paragraph holding it.
  const terms = search.toJSON().index.map(([term]) => term).sort();
  const offsets = new Uint32Array(terms.length + 1);
  const docs: number[] = [];
  const scores: number[] = [];
  terms.forEach((term, row) => {
    offsets[row] = docs.length;
    const hits = search.search(term, { boost: tuning.boost, bm25: tuning.bm25 }).sort((a, b) => (a.id as number) - (b.id as number));
    for (const hit of hits) {
      docs.push(hit.id as number);
      scores.push(hit.score);
    }
  });
  offsets[terms.length] = docs.length;
  const words = [...wordCounts.keys()].sort();

  // What the best candidates are read again for, kept as term rows.
  const rowOf = new Map(terms.map((t, row) => [t, row]));
  const sequence: number[] = [];
  const paragraphStart = new Uint32Array(n + 1);
  const sentenceStart: number[] = [];
  const paragraphSentences = new Uint32Array(n + 1);
  const sentenceFigure: number[] = [];
  const nearFigure: number[] = [];
  const nearFigureStart = new Uint32Array(n + 1);
  report.paragraphs.forEach((paragraph, p) => {
    paragraphStart[p] = sequence.length;
    paragraphSentences[p] = sentenceStart.length;
    nearFigureStart[p] = nearFigure.length;
    for (const sentence of splitSentences(paragraph.text)) {
      sentenceStart.push(sequence.length);
      for (const word of sentence.words) {
        const row = rowOf.get(word.term);
        if (row !== undefined) sequence.push(row);
      }
      sentenceFigure.push(tokenize(sentence.text).some((_, i, tokens) => countsAt(tokens, i)) ? 1 : 0);
    }
    for (const term of termsNearFigures(tokenize(paragraph.text))) {
      const row = rowOf.get(term);
      if (row !== undefined) nearFigure.push(row);
    }
  });
  paragraphStart[n] = sequence.length;
  paragraphSentences[n] = sentenceStart.length;
  nearFigureStart[n] = nearFigure.length;
  return {
    terms: terms.join('\n'),
    offsets,
    docs: Uint16Array.from(docs),
    scores: Float32Array.from(scores),
    frequency: Uint16Array.from(terms, (t) => frequency.get(t) ?? 0),
    words: words.join('\n'),
    wordCounts: Uint16Array.from(words, (w) => wordCounts.get(w)!),
    figures,
    durations,
    sectionLead,
    contentHash,
    sequence: Uint16Array.from(sequence),
    paragraphStart,
    sentenceStart: Uint32Array.from(sentenceStart),
    paragraphSentences,
    sentenceFigure: Uint8Array.from(sentenceFigure),
    nearFigure: Uint16Array.from(nearFigure),
    nearFigureStart,
  };
}

const FRACTIONS = new Set(['third', 'quarter']);
/** A length of time: "18 weeks", "within three months". */
const DURATION = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+(?:days?|weeks?|months?|years?|hours?)\b/i;
const TIME_UNIT = /^(?:days?|weeks?|months?|years?|hours?|minutes?)$/;

/** Words before an age: "aged 16", "the age of 18", "children under 18", "young people over 16". */
const AGE_BEFORE = /^(?:aged|age|ages)$/;
const AGE_LIMIT = /^(?:under|over)$/;
const PEOPLE = /^(?:children|child|people|pupils|girls|boys|those|youngsters|babies|adults|aged)$/;

/**
 * Whether the word at `i` counts what stands beside it: a figure that is not
 * a year, nor a length of time ("within three months", "over the last three
 * years"), which measures time and not the children or plans beside it, nor
 * an age ("reviews all unexpected deaths of children under 18" counts no
 * deaths), nor an ordinal read as a fraction ("the third sector").
 */
function countsAt(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.normal;
  if (!isCount(word)) return false;
  const before = tokens[i - 1]?.normal ?? '';
  const twoBefore = tokens[i - 2]?.normal ?? '';
  if (AGE_BEFORE.test(before) || (before === 'of' && twoBefore === 'age') || (AGE_LIMIT.test(before) && PEOPLE.test(twoBefore))) return false;
  const next = tokens[i + 1]?.normal ?? '';
  // "a third of them" is a share; "the third sector" is not.
  if (FRACTIONS.has(word) && !/^(?:a|one|two|three)$/.test(before) && next !== 'of') return false;
  return !TIME_UNIT.test(next);
}

function termsNearFigures(tokens: Token[]): Set<string> {
  const near = new Set<string>();
  tokens.forEach((_, i) => {
    if (!countsAt(tokens, i)) return;
    for (let j = Math.max(0, i - FIGURE_REACH); j <= Math.min(tokens.length - 1, i + FIGURE_REACH); j++) {
      const other = tokens[j]!;
      if (j !== i && !isStopWord(other.normal)) near.add(stem(other.normal));
    }
  });
  return near;
}

/**
 * A paragraph's headings and text with its report's place name set aside:
 * two reports of one family that print the same paragraph but for their own
 * name ("The London Borough of Sutton has …") print the same paragraph.
 */
export function comparableText(paragraph: Paragraph, report: Pick<Report, 'authority'>): string {
  const text = `${paragraph.path.join('\n')}\n\n${paragraph.text}`;
  const place = placeOf(report.authority);
  return place ? text.split(place).join('\u0000') : text;
}

/** FNV-1a, 32 bits, from a given offset basis (two bases give two independent hashes). */
function hash(text: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
