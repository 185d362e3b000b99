/**
 * The words people use for what a report says: synonym groups and one-way
 * mappings from `data/vocabulary.json`, plus each report's glossary
 * (acronym ↔ expansion), matched against a question's words to build the
 * concepts the engine searches for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { analyse, isStopWord, stem, tokenize, type Token } from './analysis.js';
import { isEnglishWord } from './english-words.js';

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
/** The curated social-care phrase thesaurus: the same shape, kept apart from slang and acronyms. */
export const defaultThesaurusFile = join(dataDir, 'thesaurus.json');

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
  /**
   * How the alternative arose: the question's own words, the vocabulary or
   * glossary, a spelling correction, or a WordNet relation.
   */
  source: 'question' | 'synonym' | 'correction' | 'related';
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
  /** The index terms of the phrase itself, where they differ from its key (an acronym's stem). */
  own?: string[];
}

const POSSESSIVE = /\w['’]s$/;

/** The longest phrase, in index terms, that the matcher tries. */
const MAX_PHRASE_TERMS = 6;

/**
 * How a vocabulary phrase is matched. Most phrases are matched by their index
 * terms, stop words left out. A phrase of several words whose meaning lives
 * in its small words ("out of work", "on time", "ran away", "e-safety") would
 * be a single common term that way ("work", "time"), so it is matched only as
 * written (`literal`), and never searched for as another phrase's form, since
 * the index cannot find it as written.
 */
function phraseOf(label: string): Phrase | null {
  if (ACRONYM.test(label)) {
    // "IT" read as a word is a stop word: the acronym is searched for by its expansions alone.
    const terms = analyse(label);
    return { label, key: [acronymKey(label)], terms: terms.length > 0 ? terms : null };
  }
  const terms = analyse(label);
  const tokens = tokenize(label);
  const words = tokens.map((t) => stem(t.normal));
  if (terms.length > MAX_PHRASE_TERMS || words.length === 0) return null;
  // "having a say", "sort out": all small words, known only as written.
  if (terms.length === 0) return words.length > 1 ? { label, key: [literalKey(words)], terms: null } : null;
  if (terms.length === 1 && words.length > 1) return { label, key: [literalKey(words)], terms: null };
  // "same social worker", "seeing their social worker": read by their index terms they would be
  // "social worker", and lend it their meanings. Looked up as written; still searched by their terms.
  if (tokens.some((t) => isStopWord(t.normal) && !GLUE_WORDS.has(t.normal))) return { label, key: [literalKey(words)], terms };
  return { label, key: terms, terms };
}

/**
 * Small words a phrase means the same without ("the", "of", "their"); any
 * other stop word in a phrase ("same", "not", "seeing", "out") is part of
 * its meaning. Not "at" nor "or": "kids at home" are no "kids' homes", and
 * "at-risk children or looking after …" holds no "children looked after".
 */
const GLUE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'their', 'his', 'her', 'my', 'our', 'your', 'its', 'and', 'to', 'for', 'with', 'in', 'on', 'by', 'from', 'about', 'is', 'are',
]);

/**
 * Stop words that begin a new clause inside a question, so that no phrase
 * spans them: "how many kids did the council have" holds no "kids' council", "asked whether kids are safe" no "asking children".
 * Other small words may stand inside a phrase as people write it ("children
 * who were in immediate danger", "training to be a foster carer").
 */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'did', 'does', 'do', 'whether', 'if',
  // Not clause words, but no phrase spans them either (see GLUE_WORDS).
  'at', 'or',
]);

const SENTENCE_END = /[.?!;]\s/;

/** Whether a sentence ends before token `i`: no phrase spans it ("moved 4 times. Are kids …" holds no "time with kids"). */
export function endsSentenceBefore(text: string, tokens: Token[], i: number): boolean {
  return i > 0 && SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/**
 * A verb asked before its subject ("how many children was the council looking after?", "how
 * many kids has it got?") begins a clause too: "children" belongs to one clause, "council" to the
 * next, and no "children's council" spans them. Inside a phrase as people write it the verb
 * follows its subject ("when the inspectors were in"), so only one followed by a determiner or
 * a pronoun counts.
 */
const INVERTED_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should']);
const SUBJECT_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'my', 'your', 'his', 'her', 'it', 'they', 'we', 'you', 'he', 'she', 'i']);

/** Whether the stop word at token `i` begins a clause no phrase of the question spans (see {@link CLAUSE_WORDS}, {@link INVERTED_VERBS}). */
export function beginsClause(tokens: Token[], i: number): boolean {
  const normal = tokens[i]!.normal;
  return CLAUSE_WORDS.has(normal) || (INVERTED_VERBS.has(normal) && SUBJECT_STARTS.has(tokens[i + 1]?.normal ?? ''));
}

const NO_BREAKS: ReadonlySet<number> = new Set();

/**
 * Whether a clause begins inside the `n` terms from `start`: `breaks` holds
 * the position of each term a clause's first word stands before.
 */
function spansBreak(breaks: ReadonlySet<number>, start: number, n: number): boolean {
  for (let k = start + 1; k < start + n; k++) if (breaks.has(k)) return true;
  return false;
}

interface Phrase {
  label: string;
  /** The terms it is looked up by in a question. */
  key: string[];
  /** The index terms it is searched for by in the reports; null when it cannot be (a literal phrase). */
  terms: string[] | null;
}

/**
 * An acronym as written in the vocabulary or a glossary: two or more
 * capitals, up to eight letters, perhaps a plural "s" ("LAC", "CiC", "A&E", "SGOs").
 */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z&]{2,8}$/;

/** Whether a form is written as an acronym (see {@link ACRONYM}): "LSCB", "CiC", not "board". */
export function isAcronym(label: string): boolean {
  return ACRONYM.test(label);
}

/**
 * Acronyms are looked up by the word as written, never by its stem, so that
 * "sent" is not SEND and "one" is not ONS ("ONS" and "one" share a stem).
 */
function acronymKey(label: string): string {
  const word = /[A-Z]s$/.test(label) ? label.slice(0, -1) : label;
  return `#${word.toLowerCase()}`;
}

/** The single term a literal phrase is known by: its words' stems, in order, marked ("ran away" → "=run awai"). */
function literalKey(words: string[]): string {
  return `=${words.join(' ')}`;
}



/**
 * Phrase dictionary keyed by analysed terms, so "IROs", "IRO" and "iro"
 * all find the same entry.
 */
export class Vocabulary {
  private readonly entries = new Map<string, Entry>();
  /**
   * What each phrase of several words begins with, up to each space in its key:
   * a run of words starting otherwise is no phrase, and is not looked up.
   */
  private readonly phraseStarts = new Set<string>();
  /** The words of the acronyms known, as their keys hold them ("#iro" → "iro"). */
  private readonly acronymWords = new Set<string>();
  /** Every term of every phrase, so that words of the vocabulary are never "corrected". */
  private readonly terms = new Set<string>();
  /**
   * One-word slang → the one report word it stands for ("kids" → "child"),
   * tried while matching phrases, so that "kids in care" finds "children in care".
   */
  private readonly plainWord = new Map<string, string>();
  private readonly synonymWeight: number;
  private readonly oneWayWeight: number;

  /**
   * @param files vocabulary files (the slang list, the thesaurus), merged
   * @param glossaries each report's acronym → expansion, read as groups
   */
  constructor(files: VocabularyFile | VocabularyFile[], glossaries: Record<string, string>[] = [], weights: VocabularyWeights = {}) {
    this.synonymWeight = weights.synonym ?? 0.8;
    this.oneWayWeight = weights.oneWay ?? 1;
    const all = Array.isArray(files) ? files : [files];
    const groups = all.flatMap((file) => file.groups ?? []);
    // Reports of one family share most of their glossaries: each pair is read once.
    const pairs = new Set<string>();
    for (const glossary of glossaries) {
      for (const [acronym, expansion] of Object.entries(glossary)) {
        const key = `${acronym}\u0000${expansion}`;
        if (pairs.has(key)) continue;
        pairs.add(key);
        groups.push([acronym, expansion]);
      }
    }
    for (const group of groups) this.addGroup(group);
    for (const file of all) for (const [from, targets] of Object.entries(file.oneWay ?? {})) this.addOneWay(from, targets);
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
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) this.phraseStarts.add(key.slice(0, space));
      if (key.startsWith('#')) this.acronymWords.add(key.slice(1));
    }
    return entry;
  }

  private entryOf(phrase: Phrase): Entry {
    const entry = this.entry(phrase.key);
    if (phrase.terms && phrase.terms.join(' ') !== phrase.key.join(' ')) entry.own = phrase.terms;
    return entry;
  }

  private addGroup(group: string[]): void {
    const members = group.map(phraseOf).filter((m) => m !== null);
    for (const member of members) {
      const entry = this.entryOf(member);
      for (const other of members) {
        if (other === member || !other.terms) continue;
        addExpansion(entry, { terms: other.terms, label: other.label, kind: 'synonym' });
      }
    }
  }

  private addOneWay(from: string, targets: string[]): void {
    const phrase = phraseOf(from);
    if (!phrase) return;
    const entry = this.entryOf(phrase);
    const first = targets[0] === undefined ? null : phraseOf(targets[0]);
    const [word] = phrase.key;
    if (phrase.key.length === 1 && phrase.terms?.length === 1 && first?.terms?.length === 1 && first.terms[0] !== word) {
      this.plainWord.set(word!, first.terms[0]!);
    }
    for (const target of targets) {
      const targetPhrase = phraseOf(target);
      if (targetPhrase?.terms) addExpansion(entry, { terms: targetPhrase.terms, label: target, kind: 'oneWay' });
    }
  }

  /**
   * The concepts of a text as written, with no spelling correction: its
   * phrases known only as written, its acronyms, then its index terms.
   */
  read(text: string): Concept[] {
    const tokens = tokenize(text);
    const literal = this.literalPhrases(tokens.map((t) => t.normal));
    const terms: string[] = [];
    const labels: string[] = [];
    const breaks = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (endsSentenceBefore(text, tokens, i)) breaks.add(terms.length);
      const phrase = literal.get(i);
      const acronym = phrase ? null : this.acronymOf(token);
      if (phrase || acronym) {
        terms.push(phrase?.term ?? acronym!);
        labels.push(phrase ? tokens.slice(i, i + phrase.length).map((t) => t.word).join(' ') : token.word);
        if (phrase) i += phrase.length - 1;
      } else if (!isStopWord(token.normal)) {
        terms.push(stem(token.normal));
        labels.push(token.word);
      } else if (beginsClause(tokens, i)) {
        breaks.add(terms.length);
      }
    }
    return this.concepts(terms, labels, breaks);
  }

  /**
   * The key of the acronym a question word is, or null: "IROs" and "iros" →
   * "#iro"; "IT" is an acronym, "it" a stop word.
   */
  acronymOf(token: Token): string | null {
    const capitals = /[A-Z].*[A-Z]/.test(token.word);
    // "sends" in lower case is the verb, not SEND: a plural is read off an English word only in capitals ("SENDs").
    // (The word list is consulted only for a plural that would be read as an acronym.)
    let key = this.acronym(token.normal, false);
    if (!key && token.normal.endsWith('s')) {
      const singular = token.normal.slice(0, -1);
      const plural = this.acronym(singular, false);
      if (plural && (capitals || !isEnglishWord(singular))) key = plural;
    }
    return key && (!isStopWord(token.normal) || capitals) ? key : null;
  }

  /** The key of the acronym a question word is ("IROs" → "#iro"), or null. */
  acronym(normal: string, plural = true): string | null {
    if (this.acronymWords.has(normal)) return `#${normal}`;
    if (plural && normal.endsWith('s') && this.acronymWords.has(normal.slice(0, -1))) return `#${normal.slice(0, -1)}`;
    return null;
  }

  /**
   * The phrases known only as written ("out of work") that start at each
   * position of a text's words (normalised), longest first: position → the
   * phrase's single term and how many words it spans.
   */
  literalPhrases(normals: string[]): Map<number, { term: string; length: number }> {
    const found = new Map<number, { term: string; length: number }>();
    const words = normals.map(stem);
    for (let i = 0; i < words.length; i++) {
      for (let n = this.longestPhrase(words, i, MAX_PHRASE_TERMS + 4, '='); n >= 2; n--) {
        const key = literalKey(words.slice(i, i + n));
        if (this.entries.has(key)) {
          found.set(i, { term: key, length: n });
          break;
        }
      }
    }
    return found;
  }

  /**
   * How many words from `from` on may be a known phrase (at most `limit`, at
   * least one): each run of them shorter begins one. `prefix` marks the kind
   * of phrase ("=" for those known only as written).
   */
  private longestPhrase(words: string[], from: number, limit: number, prefix = ''): number {
    let n = 1;
    for (let start = prefix + words[from]; n < Math.min(limit, words.length - from) && this.phraseStarts.has(start); n++) start += ` ${words[from + n]}`;
    return n;
  }

  /**
   * Groups a question's index terms into concepts, longest known phrase
   * first: ["look", "child", "health"] → "looked after children" (with LAC,
   * CLA, children in care…) and "health". `labels` are the question's words
   * for each term, used as the concept's label.
   */
  concepts(terms: string[], labels: string[] = terms, breaks: ReadonlySet<number> = NO_BREAKS): Concept[] {
    const concepts: Concept[] = [];
    const plainTerms = terms.map((t) => this.plainWord.get(t) ?? t);
    let i = 0;
    while (i < terms.length) {
      let matched = 0;
      let entry: Entry | undefined;
      let own: string[] = [];
      const longest = Math.max(this.longestPhrase(terms, i, MAX_PHRASE_TERMS), this.longestPhrase(plainTerms, i, MAX_PHRASE_TERMS));
      for (let n = longest; n >= 1 && !entry; n--) {
        // "kids in the council's care": a possessive belongs to the word after it, so no phrase ends on one.
        if (n > 1 && i + n < terms.length && POSSESSIVE.test(labels[i + n - 1] ?? '')) continue;
        // "how many kids did the council have": no phrase spans the start of a clause.
        if (n > 1 && spansBreak(breaks, i, n)) continue;
        const written = terms.slice(i, i + n);
        const plain = plainTerms.slice(i, i + n);
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
      own = entry.own ?? own;
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

/** Whether another form of a phrase read from the question ends on the word after it, its other words the phrase's own. */
function endsFormOf(phrase: Concept, term: string): boolean {
  const own = phrase.alternatives[0]!.terms;
  if (own.length < 2) return false;
  return phrase.alternatives.slice(1).some((a) => a.terms.length > 1 && a.terms[a.terms.length - 1] === term && a.terms.slice(0, -1).every((t) => own.includes(t)));
}

function addExpansion(entry: Entry, expansion: Entry['expansions'][number]): void {
  const key = expansion.terms.join(' ');
  if (!entry.expansions.some((e) => e.terms.join(' ') === key)) entry.expansions.push(expansion);
}

/**
 * A question that says one thing twice ("children's … children", "the MASH,
 * the multi-agency safeguarding hub") means it once: a concept whose own form
 * is already a form of an earlier concept is dropped. So is a word that ends
 * a form of the phrase just before it: in "a record of their health history"
 * the phrase "health record" was read first, and its form "health history"
 * already holds "history".
 */
function mergeDuplicateConcepts(concepts: Concept[]): Concept[] {
  const kept: Concept[] = [];
  const forms = new Set<string>();
  for (const concept of concepts) {
    if (forms.has(concept.alternatives[0]!.terms.join(' '))) continue;
    const previous = kept[kept.length - 1];
    if (previous && concept.alternatives[0]!.terms.length === 1 && endsFormOf(previous, concept.alternatives[0]!.terms[0]!)) {
      kept[kept.length - 1] = { ...previous, label: `${previous.label} ${concept.label}`, span: { start: previous.span.start, length: previous.span.length + concept.span.length } };
      continue;
    }
    kept.push(concept);
    for (const alternative of concept.alternatives) forms.add(alternative.terms.join(' '));
  }
  return kept;
}
