/**
 * The second stage: the paragraphs in scope that hold any of the question's
 * concepts, in any of their forms, with how much each concept contributes.
 * Only the postings inside the scope are read (`ParagraphIndex.eachPosting`),
 * and nothing is ranked or dropped here.
 *
 * The figures are a first, quick reading: a form of several words counts as
 * if its words stood together wherever all of them are in a paragraph.
 * Scoring reads its best candidates again exactly (`score.ts`).
 */
import type { ParagraphIndex, Scope } from './paragraph-index.js';
import type { WeightedConcept } from './scoring.js';
import type { SearchTuning } from './tuning.js';

/** The paragraphs holding some of a question's concepts, as flat arrays (there may be thousands). */
export interface Candidates {
  count: number;
  /** Global paragraph ids. */
  ids: Int32Array;
  /** Per candidate: Σ over concepts of its best form's BM25 score times that form's weight. */
  bm25: Float64Array;
  /**
   * Per candidate and concept (`credits[candidate × concepts + concept]`):
   * how fully the paragraph holds the concept, from 0 (not at all) to 1 (the
   * question's own words); a synonym or a form matched in part counts less.
   */
  credits: Float32Array;
  concepts: number;
}

/**
 * Working arrays, one slot per paragraph of the index, reused by every
 * question: a slot counts as empty unless its mark is the current pass's.
 */
class Scratch {
  readonly bestScore: Float64Array;
  readonly bestCredit: Float32Array;
  readonly bestMark: Uint32Array;
  readonly sumScore: Float64Array;
  readonly sumCount: Uint16Array;
  readonly sumMark: Uint32Array;
  readonly slot: Int32Array;
  readonly slotMark: Uint32Array;
  readonly touched: Int32Array;
  private pass = 0;

  constructor(readonly size: number) {
    this.bestScore = new Float64Array(size);
    this.bestCredit = new Float32Array(size);
    this.bestMark = new Uint32Array(size);
    this.sumScore = new Float64Array(size);
    this.sumCount = new Uint16Array(size);
    this.sumMark = new Uint32Array(size);
    this.slot = new Int32Array(size);
    this.slotMark = new Uint32Array(size);
    this.touched = new Int32Array(size);
  }

  /** A new pass: every slot reads as empty. */
  next(): number {
    if (this.pass === 0xffffffff) {
      this.bestMark.fill(0);
      this.sumMark.fill(0);
      this.slotMark.fill(0);
      this.pass = 0;
    }
    return ++this.pass;
  }
}

const scratches = new WeakMap<ParagraphIndex, Scratch>();

export function retrieve(concepts: WeightedConcept[], index: ParagraphIndex, scope: Scope, tuning: SearchTuning): Candidates {
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = new Scratch(index.size)));
  const { bestScore, bestCredit, bestMark, sumScore, sumCount, sumMark, slot, slotMark, touched } = scratch;
  const conceptCount = concepts.length;
  const candidates: Candidates = {
    count: 0,
    ids: new Int32Array(256),
    bm25: new Float64Array(256),
    credits: new Float32Array(256 * conceptCount),
    concepts: conceptCount,
  };
  const slotPass = scratch.next();

  concepts.forEach((concept, position) => {
    // The concept's best form in each paragraph.
    const pass = scratch.next();
    let held = 0;
    const offer = (id: number, score: number, credit: number) => {
      if (bestMark[id] !== pass) {
        bestMark[id] = pass;
        bestScore[id] = score;
        bestCredit[id] = credit;
        touched[held++] = id;
      } else {
        if (score > bestScore[id]!) bestScore[id] = score;
        if (credit > bestCredit[id]!) bestCredit[id] = credit;
      }
    };
    for (const alternative of concept.alternatives) {
      const { terms, weight } = alternative;
      const credit = Math.min(1, weight);
      if (terms.length === 1) {
        index.eachPosting(terms[0]!, scope, (id, score) => offer(id, score * weight, credit));
        continue;
      }
      const sumPass = scratch.next();
      const summed: number[] = [];
      for (const term of terms) {
        index.eachPosting(term, scope, (id, score) => {
          if (sumMark[id] !== sumPass) {
            sumMark[id] = sumPass;
            sumScore[id] = score;
            sumCount[id] = 1;
            summed.push(id);
          } else {
            sumScore[id]! += score;
            sumCount[id]! += 1;
          }
        });
      }
      for (const id of summed) {
        const matched = sumCount[id]!;
        if (matched === terms.length) offer(id, sumScore[id]! * weight, credit);
        else offer(id, sumScore[id]! * tuning.partialPhrase * weight, Math.min(1, ((tuning.partialPhrase * matched) / terms.length) * weight));
      }
    }
    for (let i = 0; i < held; i++) {
      const id = touched[i]!;
      let s: number;
      if (slotMark[id] !== slotPass) {
        slotMark[id] = slotPass;
        s = slot[id] = candidates.count++;
        if (s === candidates.ids.length) grow(candidates);
        candidates.ids[s] = id;
        candidates.bm25[s] = 0;
      } else s = slot[id]!;
      candidates.bm25[s]! += bestScore[id]!;
      candidates.credits[s * conceptCount + position] = bestCredit[id]!;
    }
  });
  return candidates;
}

function grow(candidates: Candidates): void {
  const size = candidates.ids.length * 2;
  const ids = new Int32Array(size);
  ids.set(candidates.ids);
  const bm25 = new Float64Array(size);
  bm25.set(candidates.bm25);
  const credits = new Float32Array(size * candidates.concepts);
  credits.set(candidates.credits);
  Object.assign(candidates, { ids, bm25, credits });
}
