/**
 * The third stage: each candidate paragraph's features, and the one score
 * that ranks them. Every feature raises or lowers the score; none removes a
 * candidate. The numbers are in `tuning.ts`.
 *
 * score = bm25 × coverage^coverageExponent
 *       × (1 + sentenceWeight × sentenceCoverage)
 *       × counting boosts (counting questions only)
 *       × totalBoost ("how many …?", and a sentence states a total of what is counted)
 *       × sectionLeadBoost (the paragraph opens a section the question names)
 *       × gradeLeadBoost (a grade asked outright, and the paragraph states a section's grade)
 *
 * Candidates are first scored from what retrieval read of them, which takes
 * a form of several words as standing together and leaves sentences aside;
 * the best `tuning.sentenceCandidates` are then read exactly, sentence by
 * sentence, and ranked on that. Only those are returned.
 */
import { nameTerms } from './areas.js';
import { holdsPhrase, type IndexedParagraph, type ParagraphIndex } from './paragraph-index.js';
import type { QuestionIntent } from './question.js';
import type { Candidates } from './retrieve.js';
import type { WeightedConcept } from './scoring.js';
import { isCount } from './shard.js';
import type { Sentence } from './snippet.js';
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
  /** Per concept, how fully the paragraph holds it (see {@link Candidates.credits}). */
  credits: number[];
}

/**
 * The concepts a figure must stand beside to count what the question counts:
 * those it names as counted ("kids … on child protection plans" in "how many
 * kids were on child protection plans, and why?"): the first of them however
 * common, the others when they carry some weight; else every concept that does.
 */
export function countedConcepts<C extends WeightedConcept>(concepts: C[], intent: Pick<QuestionIntent, 'countedText'>): C[] {
  if (concepts.length === 0) return [];
  const countedWeight = Math.min(0.5, 0.5 * Math.max(...concepts.map((c) => c.weight)));
  const weighty = concepts.filter((c) => c.weight >= countedWeight);
  const countedWords = intent.countedText ? new Set(words(intent.countedText)) : null;
  const named = countedWords ? concepts.filter((c) => words(c.label).every((w) => countedWords.has(w))) : [];
  // The first of them is what is counted, however common ("how many children … live here?").
  const counted = named.filter((c, i) => i === 0 || c.weight >= countedWeight);
  return counted.some((c) => c.weight >= countedWeight) ? counted : weighty;
}

/**
 * Where a sentence states a total, the text naming what is totalled: "there
 * were 153 looked after children", "a total of 106 with care leaver status",
 * "78 foster carers in all". Not a share ("32%").
 */
const TOTAL_BEFORE =
  /\b(?:there (?:were|are|was|is|had been|have been)|a total of|totall?ing)\s+(?:some |about |around |approximately |nearly |almost |over |just over |just under )?\d[\d,]*\b(?!\s*(?:%|per ?cent))([^.;]{0,50})/dgi;
const TOTAL_AFTER = /\b\d[\d,]*\b(?!\s*(?:%|per ?cent))([^.;%]{0,60}?)\b(?:in total|altogether|in all)\b/dgi;

/** A share asked for ("what proportion of care leavers …"), not a total. */
const SHARE_ASKED = /\b(?:proportion|percentage|per ?cent|%|share|rate|ratio|fraction)\b/i;

/** The index terms of what a sentence states a total of (see {@link TOTAL_BEFORE}). */
function totalled(sentence: Sentence): Set<string> {
  const terms = new Set<string>();
  for (const pattern of [TOTAL_BEFORE, TOTAL_AFTER]) {
    for (const match of sentence.text.matchAll(pattern)) {
      const [from, to] = match.indices![1]!;
      for (const w of sentence.words) if (w.start >= from && w.end <= to) terms.add(w.term);
    }
  }
  return terms;
}

/** The section in which a report describes its own inspection ("About this inspection"). */
const INSPECTION_SECTION = /\binspection\b/i;

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The best candidates, ranked, best first. */
export function score(
  candidates: Candidates,
  concepts: WeightedConcept[],
  intent: QuestionIntent,
  index: ParagraphIndex,
  tuning: SearchTuning,
  /**
   * The judged areas the question describes in everyday words (see `describedAreas`): their sections
   * are favoured. Each is an area's name ("Staying safe"), or a part's and an area's, joined as a
   * paragraph's path is ("Safeguarding services › Overall effectiveness").
   */
  areas?: Set<string>,
): Ranked[] {
  const total = concepts.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0 || candidates.count === 0) return [];
  const asked = new Set(concepts.flatMap((c) => c.alternatives[0]!.terms));
  // How full of figures a paragraph is, for a counting question. "How long is the wait?" and "how
  // long have they got?" are answered by lengths of time: counts and dates alone do not make a
  // paragraph likelier to answer them.
  const figureRich = (figures: number, givesDuration: boolean) =>
    intent.figureWanted || givesDuration ? Math.min(1, figures / tuning.figuresForFullBoost) : 0;
  const boosts = (id: number, coverage: number) => {
    let factor = Math.pow(coverage, tuning.coverageExponent);
    const lead = index.sectionLead(id);
    if (lead && headingNamed(index.paragraphOf(id).heading, asked)) factor *= tuning.sectionLeadBoost;
    // A question about a grade is answered first by the paragraph that states one.
    if (lead && intent.grade) factor *= tuning.gradeLeadBoost;
    if (areas?.size && (areas.has(sectionOf(index, id)) || areas.has(index.paragraphOf(id).path.join(PATH_JOIN)))) factor *= tuning.describedAreaBoost;
    // "Who did the inspecting?": the report's account of its inspection answers.
    if (intent.inspectionAsked && INSPECTION_SECTION.test(sectionOf(index, id))) factor *= tuning.inspectionSectionBoost;
    return factor;
  };

  // First reading: every candidate, from what retrieval measured.
  const first = new Float64Array(candidates.count);
  for (let c = 0; c < candidates.count; c++) {
    const id = candidates.ids[c]!;
    let covered = 0;
    for (let k = 0; k < concepts.length; k++) covered += candidates.credits[c * concepts.length + k]! * concepts[k]!.weight;
    let value = candidates.bm25[c]! * boosts(id, covered / total);
    // At most what the exact reading can give for figures.
    if (intent.counting && index.figures(id) > 0) {
      value *= tuning.countingBoost * (1 + tuning.figureRichBoost * figureRich(index.figures(id), index.givesDuration(id)));
    }
    first[c] = value;
  }
  const best = topPositions(first, tuning.sentenceCandidates, candidates.ids);

  // Exact reading of the best: phrases that stand together or apart, figures beside words, sentences.
  const counted = countedConcepts(concepts, intent);
  const countedTotal = counted.reduce((sum, c) => sum + c.weight, 0);
  // A form of several words counts beside a figure only where the paragraph writes it as a phrase:
  // "78 foster carers" in a paragraph that says "young people" elsewhere is no count of young carers.
  const holdsConcept = (c: WeightedConcept, terms: Set<string>, doc: IndexedParagraph) =>
    c.alternatives.some((a) => a.terms.every((t) => terms.has(t)) && (a.terms.length === 1 || holdsPhrase(doc, a.terms)));
  const forms = formsByTerm(concepts);
  // A figure the question states is not its answer: "placed more than 20 miles away" is not
  // answered by "less than 20 miles away", so a counting sentence needs a figure of its own.
  const stated = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)).filter(isCount));
  const totalAsked = intent.countedText !== undefined && !SHARE_ASKED.test(intent.text) && tuning.totalBoost !== 1;
  const ownFigure = (terms: Set<string>) => stated.size === 0 || [...terms].some((t) => isCount(t) && !stated.has(t));
  const ranked = best.map((c): Ranked => {
    const doc = index.paragraph(candidates.ids[c]!);
    const { bm25, credits } = exactMatch(doc, concepts, index, tuning);
    const coverage = credits.reduce((sum, credit, k) => sum + credit * concepts[k]!.weight, 0) / total;
    let value = bm25 * boosts(doc.id, coverage);
    const figureBeside =
      countedTotal > 0 &&
      doc.countingSentences.some((terms) => ownFigure(terms) && counted.reduce((sum, k) => sum + (holdsConcept(k, terms, doc) ? k.weight : 0), 0) >= countedTotal / 2);
    if (intent.counting && doc.figures > 0 && countedTotal > 0) {
      // Figures beside a word of the question ("153 looked after children"), or a
      // paragraph full of figures, likelier hold the answer than one passing year.
      const beside = counted.reduce((sum, k) => sum + (holdsConcept(k, doc.figureTerms, doc) ? k.weight : 0), 0) / countedTotal;
      const richness = figureRich(doc.figures, doc.givesDuration);
      value *= (1 + (tuning.countingBoost - 1) * beside) * (1 + tuning.figureRichBoost * richness);
    }
    // "How many …?" is answered by a total ("there were 153 looked after children"), more than by a figure
    // counting some of them ("a group of ten looked after children", "32% of these children").
    if (totalAsked && countedTotal > 0 && doc.figures > 0) {
      const statesTotal = doc.sentences.some((sentence) => {
        const terms = totalled(sentence);
        return terms.size > 0 && counted.reduce((sum, k) => sum + (holdsConcept(k, terms, doc) ? k.weight : 0), 0) >= countedTotal / 2;
      });
      if (statesTotal) value *= tuning.totalBoost;
    }
    const sentenceCoverage = bestSentenceCoverage(doc, concepts, forms, total);
    value *= 1 + tuning.sentenceWeight * sentenceCoverage;
    const namesSection = doc.sectionLead && headingNamed(doc.paragraph.heading, asked);
    return { doc, score: value, features: { bm25, coverage, sentenceCoverage, figureBeside, namesSection }, credits };
  });
  return ranked.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}

/**
 * A paragraph's exact match of each concept: its best form's score, where a
 * form of several words scores in full only with its words side by side
 * ("children's centres"), less when they are scattered, less still in part.
 */
function exactMatch(doc: IndexedParagraph, concepts: WeightedConcept[], index: ParagraphIndex, tuning: SearchTuning) {
  let bm25 = 0;
  const credits = concepts.map((concept) => {
    let bestScore = 0;
    let bestCredit = 0;
    for (const { terms, weight } of concept.alternatives) {
      let matched = 0;
      let sum = 0;
      for (const t of terms) {
        const termScore = index.score(t, doc.id);
        if (termScore > 0) matched++;
        sum += termScore;
      }
      if (matched === 0) continue;
      let share = 1;
      let factor = 1;
      if (matched < terms.length) {
        factor = tuning.partialPhrase;
        share = (tuning.partialPhrase * matched) / terms.length;
      } else if (terms.length > 1 && !holdsPhrase(doc, terms)) {
        // All the words, but not as the phrase ("children … centres"): a weaker match.
        factor = tuning.scatteredPhrase;
        share = tuning.scatteredCredit;
      }
      bestScore = Math.max(bestScore, sum * factor * weight);
      bestCredit = Math.max(bestCredit, Math.min(1, share * weight));
    }
    bm25 += bestScore;
    return bestCredit;
  });
  return { bm25, credits };
}

/** The positions of the `k` largest values, largest first (ties: smaller id first). */
function topPositions(values: Float64Array, k: number, ids: Int32Array): number[] {
  const order = Array.from({ length: values.length }, (_, i) => i);
  const before = (a: number, b: number) => values[b]! - values[a]! || ids[a]! - ids[b]!;
  if (order.length > k * 4) {
    // Keep only what can be among the best before sorting: a threshold from a sample would do,
    // but a partial selection is simpler to reason about.
    return quickSelect(order, k, before).sort(before);
  }
  return order.sort(before).slice(0, k);
}

/** The `k` first items of `items` under `before`, in no particular order (Hoare's selection). */
function quickSelect(items: number[], k: number, before: (a: number, b: number) => number): number[] {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const pivot = items[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (before(items[i]!, pivot) < 0) i++;
      while (before(items[j]!, pivot) > 0) j--;
      if (i <= j) {
        [items[i], items[j]] = [items[j]!, items[i]!];
        i++;
        j--;
      }
    }
    if (k - 1 <= j) high = j;
    else if (k - 1 >= i) low = i;
    else break;
  }
  return items.slice(0, k);
}

/** Every form of every concept, by its first term: what a sentence's words can complete. */
type FormsByTerm = { term: string; forms: { concept: number; terms: string[]; weight: number }[] }[];

function formsByTerm(concepts: WeightedConcept[]): FormsByTerm {
  const forms = new Map<string, FormsByTerm[number]['forms']>();
  concepts.forEach((concept, c) => {
    for (const { terms, weight } of concept.alternatives) {
      const first = terms[0];
      if (first === undefined) continue;
      let list = forms.get(first);
      if (!list) forms.set(first, (list = []));
      list.push({ concept: c, terms, weight });
    }
  });
  return [...forms].map(([term, started]) => ({ term, forms: started }));
}

/** The largest share of the question's meaning that one sentence of the paragraph holds. */
function bestSentenceCoverage(doc: IndexedParagraph, concepts: WeightedConcept[], forms: FormsByTerm, total: number): number {
  let best = 0;
  const held = new Float64Array(concepts.length);
  for (const terms of doc.sentenceTerms) {
    held.fill(0);
    // Each form is looked for from its first term, among the sentence's own terms.
    for (const { term, forms: started } of forms) {
      if (!terms.has(term)) continue;
      for (const form of started) {
        if (form.weight > held[form.concept]! && form.terms.every((t) => terms.has(t))) held[form.concept] = form.weight;
      }
    }
    let share = 0;
    for (let c = 0; c < concepts.length; c++) share += Math.min(1, held[c]!) * concepts[c]!.weight;
    best = Math.max(best, share / total);
  }
  return best;
}

/** The question names the paragraph's section: all of the section heading's distinctive terms are asked for. */
function headingNamed(heading: string, asked: Set<string>): boolean {
  const terms = nameTerms(heading);
  return terms.length > 0 && terms.every((t) => asked.has(t));
}

/** How a part and an area are joined in an area favoured in one part only (see `score`'s `areas`). */
export const PATH_JOIN = ' › ';

/** The judged section a paragraph sits in: the last of its headings. */
function sectionOf(index: ParagraphIndex, id: number): string {
  const path = index.paragraphOf(id).path;
  return path[path.length - 1] ?? '';
}
