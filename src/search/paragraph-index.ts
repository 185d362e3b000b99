/**
 * Every report's paragraphs, searchable together: the reports' shards
 * (`shard.ts`, each indexed and scored by MiniSearch) laid end to end. A
 * paragraph has a global id; a report's paragraphs have consecutive ids, so
 * a question asked of one report reads only its range of each term's
 * postings. Also the corpus's words, for spelling correction.
 *
 * Per-paragraph extras that only the best candidates need (sentences, word
 * pairs, figures beside words) are worked out when first asked for and kept
 * in a bounded cache, never built for every paragraph.
 */
import { createRequire } from 'node:module';
import SearchableMap from 'minisearch/SearchableMap';
import type { Paragraph, Report } from '../report/model.js';
import { STOP_WORDS } from './analysis.js';
import { shardTerms, shardWords, type ShardData } from './shard.js';
import { splitSentences, type Sentence } from './snippet.js';

/** A paragraph as the engine sees it: the report model's paragraph, its report, and what scoring reads of it. */
export interface IndexedParagraph {
  /** Global id in the index. */
  id: number;
  report: Report;
  paragraph: Paragraph;
  /** The paragraph opens a graded section (states its judgement). */
  sectionLead: boolean;
  /** How many distinct figures the text holds ("175", "32%", "2010"), for "how many" questions. */
  figures: number;
  /** The text gives a length of time ("18 weeks"), for "how long" questions. */
  givesDuration: boolean;
  /** The text split into analysed sentences, for snippets. */
  readonly sentences: Sentence[];
  /** Each sentence's index terms, for how much of a question one sentence holds. */
  readonly sentenceTerms: Set<string>[];
  /** The index terms of each sentence that holds a figure: what the paragraph counts. */
  readonly countingSentences: Set<string>[];
  /** Index terms within a few words of a figure ("78 foster carers" → foster, carer). */
  readonly figureTerms: Set<string>;
  /** Each index term of the text → the terms that follow it ("child" → "protect", "protect" → "plan"), stop words skipped. */
  readonly followers: Map<string, Set<string>>;
}

/**
 * Paragraphs a question is asked of: some reports (by index in `reports`),
 * as ranges of global ids, and perhaps one part.
 */
export interface Scope {
  /** The reports, ascending; null for every report. */
  reports: number[] | null;
  ranges: [start: number, end: number][];
  /** Only paragraphs of this part, e.g. "Safeguarding services"; null for every part. */
  part: string | null;
}

/**
 * A report's shard as the index keeps it: its typed arrays, with terms
 * named by their number across the corpus (so that a thousand reports'
 * strings are held once), sorted for look-up.
 */
type ShardView = Omit<ShardData, 'terms' | 'words' | 'wordCounts' | 'frequency'> & {
  /** Per row of the shard: the term's number across the corpus. */
  termOfRow: Uint32Array;
  /** The shard's term numbers, ascending, and the row of each. */
  sortedTerms: Uint32Array;
  rowOfSorted: Uint16Array;
};

/** How many paragraphs' extras are kept at once. */
const EXTRAS_CACHE = 4096;

/**
 * A question asked of up to this many reports reads each report's own
 * postings; asked of more, it reads the corpus's postings of distinct
 * paragraphs, where a paragraph printed alike in many reports is one.
 */
const SHARD_PATH_REPORTS = 32;

export class ParagraphIndex {
  readonly reports: Report[];
  private readonly shards: ShardView[];
  /** Global id of each report's first paragraph; one more entry than reports. */
  readonly reportStart: Uint32Array;
  private readonly docReport: Uint16Array;
  /** Per paragraph: its part, as an index in `partNames`. */
  private readonly docPart: Uint16Array;
  private readonly partNames: string[] = [];
  /**
   * Distinct paragraphs: paragraphs with the same headings and text, in any
   * reports, are one. Per paragraph its distinct id; per distinct paragraph
   * its paragraphs, ascending (the first is the one its postings come from).
   */
  private readonly distinctOf: Uint32Array;
  private readonly occurrenceStart: Uint32Array;
  private readonly occurrences: Uint32Array;
  /** Terms numbered across the corpus, and each term's postings over distinct paragraphs. */
  private readonly termIds = new Map<string, number>();
  /** Each term's name, by its number. */
  private readonly termNames: string[] = [];
  private readonly postingStart: Uint32Array;
  private readonly postingDistinct: Uint32Array;
  private readonly postingScore: Float32Array;
  /** Per term: paragraphs (every copy counted) holding it in text or headings. */
  private readonly termFrequency: Uint32Array;
  /** Every word of the corpus, normalised → how many paragraphs hold it. */
  private readonly wordCounts = new Map<string, number>();
  /** The same words, plus vocabulary and stop words, as a radix tree for fuzzy look-ups; built when first needed. */
  private wordTree: SearchableMap<number> | null = null;
  private readonly extras = new Map<number, IndexedParagraph>();
  /** Marks of distinct paragraphs already counted, by pass: see `holderCount`. */
  private holdMark: Uint32Array = new Uint32Array(0);
  private holdPass = 0;

  constructor(
    reports: Report[],
    shards: ShardData[],
    /** Words beyond the corpus that corrections may land on (the vocabulary's); read when first needed. */
    private readonly extraWords: () => Iterable<string> = () => [],
  ) {
    this.reports = reports;
    this.reportStart = new Uint32Array(reports.length + 1);
    reports.forEach((r, i) => (this.reportStart[i + 1] = this.reportStart[i]! + r.paragraphs.length));
    const size = this.reportStart[reports.length]!;
    this.docReport = new Uint16Array(size);
    this.docPart = new Uint16Array(size);
    const partIds = new Map<string, number>();
    reports.forEach((report, r) => {
      this.docReport.fill(r, this.reportStart[r]!, this.reportStart[r + 1]!);
      report.paragraphs.forEach((p, i) => {
        let part = partIds.get(p.part);
        if (part === undefined) partIds.set(p.part, (part = this.partNames.push(p.part) - 1));
        this.docPart[this.reportStart[r]! + i] = part;
      });
    });

    // Distinct paragraphs: the same pair of content hashes (see ShardData.contentHash).
    this.distinctOf = new Uint32Array(size);
    const firstOf: number[] = [];
    const byHash = new Map<number, Map<number, number>>();
    for (let id = 0; id < size; id++) {
      const r = this.docReport[id]!;
      const local = id - this.reportStart[r]!;
      const [first, second] = [shards[r]!.contentHash[2 * local]!, shards[r]!.contentHash[2 * local + 1]!];
      let seconds = byHash.get(first);
      if (!seconds) byHash.set(first, (seconds = new Map()));
      let d = seconds.get(second);
      if (d === undefined) seconds.set(second, (d = firstOf.push(id) - 1));
      this.distinctOf[id] = d;
    }
    const distinct = firstOf.length;
    this.holdMark = new Uint32Array(distinct);
    this.occurrenceStart = new Uint32Array(distinct + 1);
    for (let id = 0; id < size; id++) this.occurrenceStart[this.distinctOf[id]! + 1]!++;
    for (let d = 0; d < distinct; d++) this.occurrenceStart[d + 1]! += this.occurrenceStart[d]!;
    this.occurrences = new Uint32Array(size);
    const at = this.occurrenceStart.slice(0, distinct);
    for (let id = 0; id < size; id++) this.occurrences[at[this.distinctOf[id]!]!++] = id;

    // Postings of distinct paragraphs, from the shard of each one's first paragraph.
    const rows = shards.map((shard) =>
      shardTerms(shard).map((term) => {
        let t = this.termIds.get(term);
        if (t === undefined) {
          this.termIds.set(term, (t = this.termIds.size));
          this.termNames.push(term);
        }
        return t;
      }),
    );
    const terms = this.termIds.size;
    const counts = new Uint32Array(terms + 1);
    this.termFrequency = new Uint32Array(terms);
    const first = new Uint8Array(size);
    for (const id of firstOf) first[id] = 1;
    /** Each posting of a distinct paragraph's first copy: its term, paragraph and score. */
    const eachFirstPosting = (visit: (t: number, id: number, score: number) => void) => {
      for (let r = 0; r < shards.length; r++) {
        const shard = shards[r]!;
        const termOf = rows[r]!;
        const base = this.reportStart[r]!;
        for (let row = 0; row < termOf.length; row++) {
          for (let p = shard.offsets[row]!; p < shard.offsets[row + 1]!; p++) {
            const id = base + shard.docs[p]!;
            if (first[id] === 1) visit(termOf[row]!, id, shard.scores[p]!);
          }
        }
      }
    };
    shards.forEach((shard, r) => rows[r]!.forEach((t, row) => (this.termFrequency[t]! += shard.frequency[row]!)));
    eachFirstPosting((t) => counts[t + 1]!++);
    for (let t = 0; t < terms; t++) counts[t + 1]! += counts[t]!;
    this.postingStart = counts.slice();
    this.postingDistinct = new Uint32Array(counts[terms]!);
    this.postingScore = new Float32Array(counts[terms]!);
    const fill = counts.slice(0, terms);
    eachFirstPosting((t, id, score) => {
      const slot = fill[t]!++;
      this.postingDistinct[slot] = this.distinctOf[id]!;
      this.postingScore[slot] = score;
    });
    // Distinct ids grow with the first paragraph's id, so each term's postings are already ascending.
    for (const shard of shards) shardWords(shard).forEach((word, i) => this.wordCounts.set(word, (this.wordCounts.get(word) ?? 0) + shard.wordCounts[i]!));
    this.shards = shards.map((shard, r) => {
      const termOfRow = Uint32Array.from(rows[r]!);
      // Term number and row in one number, sorted natively: term × 65,536 + row.
      const keys = Float64Array.from(termOfRow, (t, row) => t * 65536 + row).sort();
      const { terms: _terms, words: _words, wordCounts: _counts, frequency: _frequency, ...arrays } = shard;
      return {
        ...arrays,
        termOfRow,
        sortedTerms: Uint32Array.from(keys, (key) => Math.floor(key / 65536)),
        rowOfSorted: Uint16Array.from(keys, (key) => key % 65536),
      };
    });
  }

  /** Number of paragraphs in every report. */
  get size(): number {
    return this.docReport.length;
  }

  /** The scope of some reports (every report when null), and perhaps one part. */
  scope(reportIndexes: Iterable<number> | null, part: string | null = null): Scope {
    const all = reportIndexes === null;
    const indexes = all ? this.reports.map((_, i) => i) : [...new Set(reportIndexes)].sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (const r of indexes) {
      const start = this.reportStart[r]!;
      const end = this.reportStart[r + 1]!;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === start) last[1] = end;
      else if (end > start) ranges.push([start, end]);
    }
    return { reports: all || indexes.length === this.reports.length ? null : indexes, ranges, part };
  }

  /** Whether a paragraph is in a scope. */
  inScope(id: number, scope: Scope): boolean {
    if (scope.reports && !scope.ranges.some(([start, end]) => id >= start && id < end)) return false;
    return !scope.part || this.partOf(id) === scope.part;
  }

  /** The name of the part a paragraph sits in ("" for the introduction). */
  partOf(id: number): string {
    return this.partNames[this.docPart[id]!]!;
  }

  /**
   * Calls `visit` for each paragraph in scope holding a term, with the
   * term's score there. Asked of many reports, a paragraph printed alike in
   * several is visited once, as its first copy in scope.
   */
  eachPosting(term: string, scope: Scope, visit: (id: number, score: number) => void): void {
    const reports = scope.reports;
    if (reports && reports.length <= SHARD_PATH_REPORTS) {
      for (const r of reports) {
        const shard = this.shards[r]!;
        const row = this.rowOf(shard, term);
        if (row < 0) continue;
        const base = this.reportStart[r]!;
        for (let p = shard.offsets[row]!; p < shard.offsets[row + 1]!; p++) {
          const id = base + shard.docs[p]!;
          if (scope.part && this.partOf(id) !== scope.part) continue;
          visit(id, shard.scores[p]!);
        }
      }
      return;
    }
    const t = this.termIds.get(term);
    if (t === undefined) return;
    for (let p = this.postingStart[t]!; p < this.postingStart[t + 1]!; p++) {
      const id = this.firstInScope(this.postingDistinct[p]!, scope);
      if (id < 0 || (scope.part && this.partOf(id) !== scope.part)) continue;
      visit(id, this.postingScore[p]!);
    }
  }

  /** The first paragraph of a distinct paragraph that is in scope, or −1. */
  private firstInScope(distinct: number, scope: Scope): number {
    const from = this.occurrenceStart[distinct]!;
    if (!scope.reports) return this.occurrences[from]!;
    for (let o = from; o < this.occurrenceStart[distinct + 1]!; o++) {
      const id = this.occurrences[o]!;
      if (scope.ranges.some(([start, end]) => id >= start && id < end)) return id;
    }
    return -1;
  }

  /** The number of the distinct paragraph a paragraph is one copy of. */
  distinctIdOf(id: number): number {
    return this.distinctOf[id]!;
  }

  /** The other paragraphs, in any report, with the same headings and text as this one, ascending. */
  copiesOf(id: number): number[] {
    const d = this.distinctOf[id]!;
    const copies: number[] = [];
    for (let o = this.occurrenceStart[d]!; o < this.occurrenceStart[d + 1]!; o++) if (this.occurrences[o] !== id) copies.push(this.occurrences[o]!);
    return copies;
  }

  /**
   * How many paragraphs of a scope (the whole corpus when not given) hold any
   * of some forms, each form a list of terms that must all be in a paragraph
   * ("looked after children", or "LAC").
   */
  holderCount(forms: string[][], scope?: Scope): number {
    const held = new Set<number>();
    if (scope?.reports && scope.reports.length <= SHARD_PATH_REPORTS) {
      for (const terms of forms) for (const id of this.holdersIn(terms, scope)) held.add(id);
      return held.size;
    }
    const pass = ++this.holdPass;
    let count = 0;
    for (const terms of forms) {
      const holders = this.distinctHolders(terms);
      for (let i = 0; i < holders.length; i++) {
        const d = holders[i]!;
        if (this.holdMark[d] === pass) continue;
        this.holdMark[d] = pass;
        count += this.occurrenceStart[d + 1]! - this.occurrenceStart[d]!;
      }
    }
    return count;
  }

  /** Whether any paragraph of a scope (the whole corpus when not given) holds every one of some terms. */
  holdsAll(terms: string[], scope?: Scope): boolean {
    if (scope?.reports && scope.reports.length <= SHARD_PATH_REPORTS) return this.holdersIn(terms, scope).length > 0;
    return this.distinctHolders(terms).length > 0;
  }

  /** The paragraphs of a few reports holding every one of some terms. */
  private holdersIn(terms: string[], scope: Scope): number[] {
    if (terms.length === 0) return [];
    let held: number[] | null = null;
    for (const term of terms) {
      const ids: number[] = [];
      this.eachPosting(term, scope, (id) => ids.push(id));
      held = held === null ? ids : held.filter((id) => ids.includes(id));
      if (held.length === 0) break;
    }
    return held ?? [];
  }

  /** How many paragraphs a scope holds. */
  scopeSize(scope: Scope): number {
    return scope.ranges.reduce((sum, [start, end]) => sum + end - start, 0);
  }

  /** The distinct paragraphs holding every one of some terms, ascending. */
  private distinctHolders(terms: string[]): ArrayLike<number> {
    if (terms.length === 0) return [];
    const lists = terms
      .map((term) => {
        const t = this.termIds.get(term);
        return t === undefined ? new Uint32Array(0) : this.postingDistinct.subarray(this.postingStart[t]!, this.postingStart[t + 1]!);
      })
      .sort((a, b) => a.length - b.length);
    let held: ArrayLike<number> = lists[0]!;
    for (const other of lists.slice(1)) {
      const kept: number[] = [];
      let at = 0;
      for (let i = 0; i < held.length; i++) {
        at = lowerBound(other, held[i]!, at);
        if (at < other.length && other[at] === held[i]) kept.push(held[i]!);
      }
      held = kept;
    }
    return held;
  }

  /** A term's score for one paragraph, 0 when the paragraph does not hold it. */
  score(term: string, id: number): number {
    const r = this.docReport[id]!;
    const shard = this.shards[r]!;
    const row = this.rowOf(shard, term);
    if (row < 0) return 0;
    const local = id - this.reportStart[r]!;
    const from = shard.offsets[row]!;
    const to = shard.offsets[row + 1]!;
    const at = lowerBound(shard.docs, local, from, to);
    return at < to && shard.docs[at] === local ? shard.scores[at]! : 0;
  }

  /** The report a paragraph belongs to, by index in `reports`. */
  reportIndexOf(id: number): number {
    return this.docReport[id]!;
  }

  /** The report model's paragraph for a global id. */
  paragraphOf(id: number): Paragraph {
    const r = this.docReport[id]!;
    return this.reports[r]!.paragraphs[id - this.reportStart[r]!]!;
  }

  /** The global id of a report's paragraph, by its position in `report.paragraphs`. */
  idOf(reportIndex: number, position: number): number {
    return this.reportStart[reportIndex]! + position;
  }

  sectionLead(id: number): boolean {
    const r = this.docReport[id]!;
    return this.shards[r]!.sectionLead[id - this.reportStart[r]!] === 1;
  }

  figures(id: number): number {
    const r = this.docReport[id]!;
    return this.shards[r]!.figures[id - this.reportStart[r]!]!;
  }

  givesDuration(id: number): boolean {
    const r = this.docReport[id]!;
    return this.shards[r]!.durations[id - this.reportStart[r]!] === 1;
  }

  /** A paragraph with everything scoring reads of it; its extras are worked out on first use. */
  paragraph(id: number): IndexedParagraph {
    let doc = this.extras.get(id);
    if (doc) {
      // Most recently used last, so the oldest is evicted first.
      this.extras.delete(id);
      this.extras.set(id, doc);
      return doc;
    }
    const r = this.docReport[id]!;
    doc = new LazyParagraph(id, this.reports[r]!, this.shards[r]!, id - this.reportStart[r]!, this.termNames);
    this.extras.set(id, doc);
    if (this.extras.size > EXTRAS_CACHE) this.extras.delete(this.extras.keys().next().value!);
    return doc;
  }

  /** A term's row in a shard, or −1. */
  private rowOf(shard: ShardView, term: string): number {
    const t = this.termIds.get(term);
    if (t === undefined) return -1;
    const at = lowerBound(shard.sortedTerms, t);
    return at < shard.sortedTerms.length && shard.sortedTerms[at] === t ? shard.rowOfSorted[at]! : -1;
  }

  /** Paragraphs holding the term, in text or headings. */
  frequency(term: string): number {
    const t = this.termIds.get(term);
    return t === undefined ? 0 : this.termFrequency[t]!;
  }

  /**
   * How much finding the term tells, BM25's inverse document frequency:
   * high for rare terms, near zero for terms in every paragraph, and the
   * highest of all for terms in none.
   */
  rarity(term: string): number {
    return this.rarityOfCount(this.frequency(term));
  }

  /** Inverse document frequency for a concept held by `n` paragraphs, of `total` (default: the whole corpus). */
  rarityOfCount(n: number, total: number = this.size): number {
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
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

  /** Whether a normalised word appears in the corpus. */
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

/** The first position in ascending `values` whose value is at least `value`. */
export function lowerBound(values: ArrayLike<number>, value: number, from = 0, to = values.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

class LazyParagraph implements IndexedParagraph {
  readonly paragraph: Paragraph;
  readonly sectionLead: boolean;
  readonly figures: number;
  readonly givesDuration: boolean;
  private analysedSentences?: Sentence[];
  private terms?: Set<string>[];
  private counting?: Set<string>[];
  private nearFigures?: Set<string>;
  private neighbours?: Map<string, Set<string>>;

  constructor(
    readonly id: number,
    readonly report: Report,
    private readonly shard: ShardView,
    /** Position in the report. */
    private readonly local: number,
    private readonly termNames: string[],
  ) {
    this.paragraph = report.paragraphs[local]!;
    this.sectionLead = shard.sectionLead[local] === 1;
    this.figures = shard.figures[local]!;
    this.givesDuration = shard.durations[local] === 1;
  }

  get sentences(): Sentence[] {
    return (this.analysedSentences ??= splitSentences(this.paragraph.text));
  }

  /** A term of the shard, by its row. */
  private name(row: number): string {
    return this.termNames[this.shard.termOfRow[row]!]!;
  }

  get sentenceTerms(): Set<string>[] {
    if (!this.terms) {
      const { shard, local } = this;
      this.terms = [];
      const last = shard.paragraphSentences[local + 1]!;
      for (let s = shard.paragraphSentences[local]!; s < last; s++) {
        const end = s + 1 < last ? shard.sentenceStart[s + 1]! : shard.paragraphStart[local + 1]!;
        const terms = new Set<string>();
        for (let i = shard.sentenceStart[s]!; i < end; i++) terms.add(this.name(shard.sequence[i]!));
        this.terms.push(terms);
      }
    }
    return this.terms;
  }

  get countingSentences(): Set<string>[] {
    const first = this.shard.paragraphSentences[this.local]!;
    return (this.counting ??= this.sentenceTerms.filter((_, i) => this.shard.sentenceFigure[first + i] === 1));
  }

  get figureTerms(): Set<string> {
    if (!this.nearFigures) {
      const { shard, local } = this;
      this.nearFigures = new Set();
      for (let i = shard.nearFigureStart[local]!; i < shard.nearFigureStart[local + 1]!; i++) this.nearFigures.add(this.name(shard.nearFigure[i]!));
    }
    return this.nearFigures;
  }

  get followers(): Map<string, Set<string>> {
    if (!this.neighbours) {
      const { shard, local } = this;
      this.neighbours = new Map();
      for (let i = shard.paragraphStart[local]! + 1; i < shard.paragraphStart[local + 1]!; i++) {
        const before = this.name(shard.sequence[i - 1]!);
        const after = this.name(shard.sequence[i]!);
        const following = this.neighbours.get(before);
        if (following) following.add(after);
        else this.neighbours.set(before, new Set([after]));
      }
    }
    return this.neighbours;
  }
}

/** Whether the paragraph holds the terms side by side, in order ("children's centres"). */
export function holdsPhrase(doc: IndexedParagraph, terms: string[]): boolean {
  for (let i = 1; i < terms.length; i++) if (!doc.followers.get(terms[i - 1]!)?.has(terms[i]!)) return false;
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
