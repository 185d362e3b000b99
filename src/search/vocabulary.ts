/**
 * The words people use for what a report says: synonym groups and one-way
 * mappings from `data/vocabulary.json`, plus each report's glossary
 * (acronym ↔ expansion), matched against a question's words to build the
 * concepts the engine searches for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { analyse } from './analysis.js';

/**
 * The shape of `data/vocabulary.json`.
 *
 * ```json
 * {
 *   "groups": [["looked after children", "children in care", "LAC"]],
 *   "oneWay": { "kids": ["children"] }
 * }
 * ```
 */
export interface VocabularyFile {
  /** Free text for people editing the file; ignored. */
  _comment?: string | string[];
  /** Each list: one concept written several ways; any one finds the others. Default: none. */
  groups?: string[][];
  /** What people write → how reports say it; the reverse does not apply. Default: none. */
  oneWay?: Record<string, string[]>;
}

export const defaultVocabularyFile = join(dataDir, 'vocabulary.json');

/** Reads a vocabulary file; a missing file is an empty vocabulary. */
export function readVocabularyFile(file: string = defaultVocabularyFile): VocabularyFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  return JSON.parse(text) as VocabularyFile;
}

/** One way of writing a concept, as index terms, e.g. ["look", "child"] for "looked after children". */
export interface Alternative {
  /** Index terms (stemmed, stop words removed). */
  terms: string[];
  /** How much a match on this form counts: 1 for the question's own words, less for synonyms and corrections. */
  weight: number;
  /** The form as written in the vocabulary or question, for display. */
  label: string;
  /** How the alternative arose. */
  source: 'question' | 'synonym' | 'correction';
}

/** A unit of meaning in a question: one word, or a phrase the vocabulary knows, with its other forms. */
export interface Concept {
  /** The question's own words for it, e.g. "LAC". */
  label: string;
  alternatives: Alternative[];
  /** Where it sits among the terms it was read from: the first term's index, and how many. */
  span: { start: number; length: number };
}

export interface VocabularyWeights {
  /**
   * Weight of a synonym (another member of the question phrase's group).
   * Default: 0.8.
   */
  synonym?: number;
  /**
   * Weight of a one-way mapping's target ("kids" → "children").
   * Default: 1, because the user's word usually does not occur in the report.
   */
  oneWay?: number;
}

interface Entry {
  /** Analysed phrases this phrase expands to, with whether each is a synonym (else one-way target). */
  expansions: { terms: string[]; label: string; kind: 'synonym' | 'oneWay' }[];
}

/** The longest phrase, in index terms, that the matcher tries. */
const MAX_PHRASE_TERMS = 6;

/**
 * Phrase dictionary keyed by analysed terms, so "IROs", "IRO" and "iro"
 * all find the same entry.
 */
export class Vocabulary {
  private readonly entries = new Map<string, Entry>();
  /** Every term of every phrase, so that words of the vocabulary are never "corrected". */
  private readonly terms = new Set<string>();
  /**
   * One-word slang → the one report word it stands for ("kids" → "child"),
   * tried while matching phrases, so that "kids in care" finds "children in care".
   */
  private readonly plainWord = new Map<string, string>();
  private readonly synonymWeight: number;
  private readonly oneWayWeight: number;

  constructor(file: VocabularyFile, glossaries: Record<string, string>[] = [], weights: VocabularyWeights = {}) {
    this.synonymWeight = weights.synonym ?? 0.8;
    this.oneWayWeight = weights.oneWay ?? 1;
    const groups = [...(file.groups ?? [])];
    for (const glossary of glossaries) {
      for (const [acronym, expansion] of Object.entries(glossary)) groups.push([acronym, expansion]);
    }
    for (const group of groups) this.addGroup(group);
    for (const [from, targets] of Object.entries(file.oneWay ?? {})) this.addOneWay(from, targets);
  }

  /** Number of phrases known. */
  get size(): number {
    return this.entries.size;
  }

  private entry(terms: string[]): Entry {
    for (const term of terms) this.terms.add(term);
    const key = terms.join(' ');
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { expansions: [] };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private addGroup(group: string[]): void {
    const members = group
      .map((label) => ({ label, terms: analyse(label) }))
      .filter((m) => m.terms.length > 0 && m.terms.length <= MAX_PHRASE_TERMS);
    for (const member of members) {
      const entry = this.entry(member.terms);
      for (const other of members) {
        if (other === member) continue;
        addExpansion(entry, { terms: other.terms, label: other.label, kind: 'synonym' });
      }
    }
  }

  private addOneWay(from: string, targets: string[]): void {
    const terms = analyse(from);
    if (terms.length === 0 || terms.length > MAX_PHRASE_TERMS) return;
    const entry = this.entry(terms);
    const first = targets[0] === undefined ? [] : analyse(targets[0]);
    if (terms.length === 1 && first.length === 1 && first[0] !== terms[0]) this.plainWord.set(terms[0]!, first[0]!);
    for (const target of targets) {
      const targetTerms = analyse(target);
      if (targetTerms.length > 0) addExpansion(entry, { terms: targetTerms, label: target, kind: 'oneWay' });
    }
  }

  /**
   * Groups a question's index terms into concepts, longest known phrase
   * first: ["look", "child", "health"] → "looked after children" (with LAC,
   * CLA, children in care…) and "health". `labels` are the question's words
   * for each term, used as the concept's label.
   */
  concepts(terms: string[], labels: string[] = terms): Concept[] {
    const concepts: Concept[] = [];
    let i = 0;
    while (i < terms.length) {
      let matched = 0;
      let entry: Entry | undefined;
      let own: string[] = [];
      for (let n = Math.min(MAX_PHRASE_TERMS, terms.length - i); n >= 1 && !entry; n--) {
        const written = terms.slice(i, i + n);
        const plain = written.map((t) => this.plainWord.get(t) ?? t);
        // A phrase in plain words ("kids in care" → "children in care") before the words as written.
        for (const candidate of n > 1 ? [plain, written] : [written]) {
          entry = this.entries.get(candidate.join(' '));
          if (entry) {
            matched = n;
            own = candidate;
            break;
          }
        }
      }
      if (!entry) {
        const term = terms[i]!;
        concepts.push({
          label: labels[i] ?? term,
          alternatives: [{ terms: [term], weight: 1, label: labels[i] ?? term, source: 'question' }],
          span: { start: i, length: 1 },
        });
        i += 1;
        continue;
      }
      const label = labels.slice(i, i + matched).join(' ');
      const alternatives: Alternative[] = [{ terms: own, weight: 1, label, source: 'question' }];
      const seen = new Set([own.join(' ')]);
      for (const expansion of entry.expansions) {
        const key = expansion.terms.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        const weight = expansion.kind === 'synonym' ? this.synonymWeight : this.oneWayWeight;
        alternatives.push({ terms: expansion.terms, weight, label: expansion.label, source: 'synonym' });
      }
      concepts.push({ label, alternatives, span: { start: i, length: matched } });
      i += matched;
    }
    return mergeDuplicateConcepts(concepts);
  }

  /** Whether an index term is part of a phrase the vocabulary knows (so it needs no spelling correction). */
  knows(term: string): boolean {
    return this.terms.has(term);
  }
}

function addExpansion(entry: Entry, expansion: Entry['expansions'][number]): void {
  const key = expansion.terms.join(' ');
  if (!entry.expansions.some((e) => e.terms.join(' ') === key)) entry.expansions.push(expansion);
}

/**
 * A question that says one thing twice ("children's … children", "the MASH,
 * the multi-agency safeguarding hub") means it once: a concept whose own form
 * is already a form of an earlier concept is dropped.
 */
function mergeDuplicateConcepts(concepts: Concept[]): Concept[] {
  const kept: Concept[] = [];
  const forms = new Set<string>();
  for (const concept of concepts) {
    if (forms.has(concept.alternatives[0]!.terms.join(' '))) continue;
    kept.push(concept);
    for (const alternative of concept.alternatives) forms.add(alternative.terms.join(' '));
  }
  return kept;
}
