/**
 * The first stage of answering: a question in plain words → what it asks for
 * (its intent, from `question.ts`), the part of the report it narrows to, and
 * its concepts, each with the other ways of writing it and a weight for how
 * much of the question's meaning it carries.
 *
 * ```ts
 * const understood = understander.understand('Are LAC health assessments done on time?');
 * understood.concepts.map((c) => c.label); // ['LAC', 'health assessments', 'on time']
 * ```
 */
import SearchableMap from 'minisearch/SearchableMap';
import { analyse, isStopWord, normalizeWord, stem, tokenize } from './analysis.js';
import { conceptsNamingPart, matchPart, partClauses, type AreaDescriptions } from './areas.js';
import { isEnglishWord } from './english-words.js';
import type { ParagraphIndex, Scope } from './paragraph-index.js';
import { readQuestion, type QuestionIntent } from './question.js';
import type { WeightedConcept } from './scoring.js';
import type { SearchTuning } from './tuning.js';
import { beginsClause, endsSentenceBefore, type Alternative, type Concept, type Vocabulary } from './vocabulary.js';
import { isVague, relatedWords } from './wordnet.js';

const INSPECTION_TERMS = new Set(analyse('inspection inspectors inspector inspected ofsted'));

/**
 * Small words as people text them ("wat did they give", "r they on time",
 * "safe n settled"): read as the words they stand for when working out what
 * is asked. Only forms that are no other word in a question.
 */
const TEXT_SPEAK: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'], ['wats', "what's"], ['wots', "what's"], ['wot', 'what'], ['wht', 'what'], ['hw', 'how'], ['whn', 'when'], ['r', 'are'], ['u', 'you'], ['ur', 'your'], ['n', 'and'],
  ['bc', 'because'], ['cos', 'because'], ['coz', 'because'], ['cuz', 'because'], ['shud', 'should'], ['cud', 'could'], ['wud', 'would'], ['giv', 'give'], ['gav', 'gave'], ['gv', 'give'],
  ['ppl', 'people'], ['rn', 'right now'], ['tbh', 'to be honest'], ['im', "i'm"], ['ive', "i've"], ['idk', "i don't know"], ['abt', 'about'], ['bout', 'about'],
  ['pls', 'please'], ['plz', 'please'], ['rly', 'really'], ['gonna', 'going to'], ['wanna', 'want to'], ['b4', 'before'], ['thru', 'through'], ['tho', 'though'],
  ['dont', "don't"], ['didnt', "didn't"], ['doesnt', "doesn't"], ['isnt', "isn't"], ['wasnt', "wasn't"], ['arent', "aren't"], ['werent', "weren't"], ['havent', "haven't"], ['hasnt', "hasn't"],
  ['kinda', 'kind of'], ['sorta', 'sort of'], ['smth', 'something'], ['wiv', 'with'], ['tht', 'that'], ['becos', 'because'], ['bcos', 'because'],
  ['gud', 'good'], ['wil', 'will'], ['jst', 'just'], ['inad', 'inadequate'], ['inadeq', 'inadequate'], ['adeq', 'adequate'], ['adequ', 'adequate'], ['outstndg', 'outstanding'], ['every1', 'everyone'], ['sum1', 'someone'], ['some1', 'someone'], ['any1', 'anyone'], ['no1', 'no one'],
]);

/**
 * The words that ask for a grade, or only say how sure or how strongly the asker speaks, which a
 * report may never use ("rated", "verdict", "basically"): a slip is read as one of these before any
 * word of the reports, so "raited" is "rated", not "raised", and "basicaly" is framing to drop
 * (see the question's framing phrases), not a word to search for.
 */
const ASKING_WORDS = SearchableMap.from(
  [
    'rated', 'rating', 'ratings', 'grade', 'graded', 'grades', 'grading', 'score', 'scored', 'scores', 'verdict', 'verdicts', 'judged', 'judgement', 'judgements', 'marked',
    'basically', 'actually', 'apparently', 'honestly', 'definitely', 'probably', 'seriously', 'totally', 'literally', 'obviously', 'genuinely', 'supposedly', 'allegedly', 'nowadays',
  ].map((w) => [w, true] as [string, boolean]),
);

/** The asking word a slip of at least four letters is one edit (or two swapped letters) from, or null. */
function askingSlip(normal: string): string | null {
  if (normal.length < 4 || !/^[a-z]+$/.test(normal)) return null;
  for (let i = 0; i + 1 < normal.length; i++) {
    const swapped = normal.slice(0, i) + normal[i + 1] + normal[i] + normal.slice(i + 2);
    if (swapped !== normal && ASKING_WORDS.has(swapped)) return swapped;
  }
  const near = [...ASKING_WORDS.fuzzyGet(normal, 1)].filter(([, [, distance]]) => distance > 0);
  return near.length === 1 ? near[0]![0] : null;
}

export interface Understanding {
  intent: QuestionIntent;
  /** The part the question is asked of (given, or named in the question), or null for every part. */
  part: string | null;
  /** What is searched for: the question without its framing or the clause naming the part. */
  text: string;
  /** The concepts of `text`, weighted. */
  concepts: WeightedConcept[];
  /** The part the question sets aside ("…, not the looked after bit"), or null. */
  exceptPart: string | null;
}

export interface UnderstandOptions {
  /** A part given outside the question (the `--part` option); wins over one the question names. */
  part?: string;
  /** The paragraphs the question is asked of, given its part: concepts are weighed by their rarity there. */
  scopeOf?: (part: string | null) => Scope;
}

/** Words that only say a part is a part: "the looked after half", "the child protection side". */
export const PART_WORDS = new Set(analyse('side sides half halves part parts section sections bit bits stuff service services chapter work arrangements'));

export class Understander {
  constructor(
    private readonly index: ParagraphIndex,
    private readonly vocabulary: Vocabulary,
    private readonly tuning: SearchTuning,
    private readonly partNames: string[],
    /**
     * Terms that name a report, its inspection or its authority ("sutton",
     * "council", "ofsted"): they mostly pick a report, not a paragraph.
     */
    private readonly referenceTerms: Set<string>,
    /** Everyday names of the parts ("child protection"), by which a question may set one aside. Default: none. */
    private readonly partDescriptions?: AreaDescriptions,
  ) {}

  understand(query: string, options: UnderstandOptions = {}): Understanding {
    // What is asked is read from the words as meant: "did they get inadequte for …" asks a grade.
    const intent = readQuestion(this.respelt(query));
    let text = intent.text;
    let part = options.part ? this.findPart(options.part) : null;
    if (!part) {
      for (const clause of partClauses(text)) {
        // "… seeing that the same was found wanting on the safeguarding side": a part it only grants is not asked of.
        if (intent.concessions?.some((granted) => granted.includes(clause.clause.trim()))) continue;
        part = matchPart(this.concepts(clause.words), this.partNames);
        if (part) {
          text = text.replace(clause.clause, ' ');
          break;
        }
      }
    }
    // "…, not the looked after bit" sets a part aside; "…, not just their parents" is part of the question.
    const exceptPart = intent.except ? this.partSetAside(intent.except.what) : null;
    if (exceptPart) text = text.replace(intent.except!.clause.trim().replace(/[?.!\s]+$/, ''), ' ');
    const concepts = this.weigh(this.concepts(text), options.scopeOf?.(part), intent.inspectionAsked);
    return { intent, part, text, concepts: intent.concessions ? this.conceded(concepts, text, intent.concessions) : concepts, exceptPart };
  }

  /** The concepts with those only the concessions say weighed less (see `SearchTuning.concessionWeight`). */
  private conceded(concepts: WeightedConcept[], text: string, concessions: string[]): WeightedConcept[] {
    const key = (c: Concept) => c.alternatives[0]!.terms.join(' ');
    const granted = new Set(concessions.flatMap((clause) => this.concepts(clause).map(key)));
    const asked = new Set(this.concepts(concessions.reduce((rest, clause) => rest.replace(clause, ' '), text)).map(key));
    return concepts.map((c) => (granted.has(key(c)) && !asked.has(key(c)) ? { ...c, weight: c.weight * this.tuning.concessionWeight } : c));
  }

  /**
   * The part a clause setting something aside names, when that is all it
   * names: "the child protection stuff", "the looked after half"; not "asking
   * care leavers what they think", which names care leavers among other things.
   */
  private partSetAside(what: string): string | null {
    const all = this.concepts(what);
    // The part's words may name it with its side ("the protection side"), or without.
    for (const concepts of [all, all.filter((c) => !c.alternatives[0]!.terms.every((t) => PART_WORDS.has(t)))]) {
      const part = matchPart(concepts, this.partNames, this.partDescriptions);
      if (!part) continue;
      const naming = conceptsNamingPart(concepts, part, this.partDescriptions);
      if (concepts.every((c) => naming.has(c))) return part;
    }
    return null;
  }

  /**
   * The question with each slip of the pen put right ("inadequte" →
   * "inadequate"), by the same rule {@link concepts} corrects by: only a
   * word that is no English word and that the reports and vocabulary do not
   * know, and never into a stop word unless by one letter.
   */
  respelt(query: string): string {
    let out = '';
    let from = 0;
    for (const token of tokenize(query)) {
      if (token.word.toLowerCase() !== token.normal) continue;
      const fixed = this.slip(token.normal);
      if (!fixed) continue;
      out += query.slice(from, token.start) + fixed;
      from = token.end;
    }
    return from === 0 ? query : out + query.slice(from);
  }

  /** The word a misspelt word is a slip for, or null when it is a word, or no correction is close. */
  private slip(normal: string): string | null {
    const spoken = TEXT_SPEAK.get(normal);
    if (spoken) return spoken;
    // A word the reports use, or that English knows, is no slip; one whose stem alone they use may be
    // ("rateing" and "effectivness" stem as "rating" and "effectiveness" do, yet the phrases that ask want the word).
    if (isStopWord(normal) || this.vocabulary.acronym(normal) || this.index.knowsWord(normal) || isEnglishWord(normal)) return null;
    // The g dropped as said: "keepin kids safe", "havin a say", "what needs doin".
    if (normal.length >= 4 && normal.endsWith('in') && isEnglishWord(`${normal}g`)) return `${normal}g`;
    const fixed = this.correction(normal);
    // One slip from a report's word beats a family likeness ("effectivness" is "effectiveness", not "effective").
    if (fixed && fixed.distance === 1) return fixed.word;
    if (this.index.variant(normal)) return null;
    return fixed?.word ?? null;
  }

  /** Whether neither the reports nor the vocabulary know a word (`normal`, its stem `term`). */
  private unknown(normal: string, term: string): boolean {
    return !this.index.frequency(term) && !this.vocabulary.knows(term) && !this.index.knowsWord(normal);
  }

  /**
   * The nearest word the reports use to a misspelt one, or null. Only a slip
   * of one letter may turn a word into a stop word ("afetr" → "after", but not
   * "weather" → "whether").
   */
  private correction(normal: string): { word: string; distance: number } | null {
    const asking = askingSlip(normal);
    if (asking) return { word: asking, distance: 1 };
    const fixed = this.index.correct(normal);
    return fixed && (fixed.distance <= 1 || !isStopWord(fixed.word)) ? fixed : null;
  }

  /** The part a name means: exactly, or by its words ("LAC" → "Services for looked after children"). */
  findPart(name: string): string | null {
    const exact = this.partNames.find((p) => p.toLowerCase() === name.trim().toLowerCase());
    return exact ?? matchPart(this.concepts(name), this.partNames);
  }

  /**
   * Concepts of a text: words corrected where they are slips, stemmed,
   * grouped into the vocabulary's phrases, with WordNet's relations for words
   * the reports do not use.
   */
  concepts(text: string): Concept[] {
    const terms: string[] = [];
    const labels: string[] = [];
    /** Position → how much a corrected word still counts. */
    const corrections = new Map<number, number>();
    /** Position → the term of another word of the same family in the report ("visitor" → "visit"). */
    const families = new Map<number, string>();
    /** Position → the word as normalised, for WordNet, when the reports do not use it. */
    const unused = new Map<number, string>();
    /** Positions before which a clause began, that no phrase spans (see `Vocabulary.concepts`). */
    const breaks = new Set<number>();
    const tokens = tokenize(text);
    const literal = this.vocabulary.literalPhrases(tokens.map((t) => t.normal));
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (endsSentenceBefore(text, tokens, i)) breaks.add(terms.length);
      const phrase = literal.get(i);
      if (phrase) {
        // A phrase known only as written ("out of work") is one term, its words not read apart.
        terms.push(phrase.term);
        labels.push(tokens.slice(i, i + phrase.length).map((t) => t.word).join(' '));
        i += phrase.length - 1;
        continue;
      }
      const acronym = this.vocabulary.acronymOf(token);
      if (acronym) {
        terms.push(acronym);
        labels.push(token.word);
        continue;
      }
      if (isStopWord(token.normal)) {
        if (beginsClause(tokens, i)) breaks.add(terms.length);
        continue;
      }
      let normal = token.normal;
      let term = stem(normal);
      if (this.tuning.familyWeight > 0 && this.index.frequency(term)) {
        const relative = this.index.variant(normal);
        if (relative && stem(relative) !== term && !isStopWord(relative)) families.set(terms.length, stem(relative));
      }
      if (this.unknown(normal, term)) {
        const variant = this.index.variant(normal);
        // A real word the report does not use is not a slip for one it does ("spent" is not "sent").
        const misspelt = !variant && !isEnglishWord(normal);
        if (!variant && !misspelt) unused.set(terms.length, normal);
        const fixed = misspelt ? this.correction(normal) : null;
        const completed = misspelt && !fixed ? this.index.complete(normal) : null;
        if (variant) {
          corrections.set(terms.length, this.tuning.variantWeight);
          normal = variant;
        } else if (fixed) {
          corrections.set(terms.length, (this.tuning.typoWeight * normal.length) / (normal.length + fixed.distance));
          normal = fixed.word;
        } else if (completed) {
          corrections.set(terms.length, this.tuning.prefixWeight);
          normal = completed;
        }
        term = stem(normal);
        if (isStopWord(normal)) continue;
      } else if (!this.index.frequency(term)) {
        unused.set(terms.length, normal);
      }
      terms.push(term);
      labels.push(token.word);
    }
    let concepts = this.vocabulary.concepts(terms, labels, breaks).map((concept) => this.withRelatives(concept, families, unused));
    if (corrections.size === 0) return concepts;
    // Corrected words count for less, in every form they take.
    concepts = concepts.map((concept) => {
      const { start, length } = concept.span;
      let factor = 1;
      for (let i = start; i < start + length; i++) factor = Math.min(factor, corrections.get(i) ?? 1);
      if (factor === 1) return concept;
      return {
        ...concept,
        alternatives: concept.alternatives.map((a) => ({ ...a, weight: a.weight * factor, source: a.source === 'question' ? 'correction' : a.source })),
      };
    });
    return concepts;
  }

  /**
   * A one-word concept gains another word of its family that the report uses
   * ("visitor" → "visiting"), and, when the reports never use the word, the
   * words WordNet's main senses relate it to that they do use ("oversee" →
   * "supervision"), each at its own low weight.
   */
  private withRelatives(concept: Concept, families: Map<number, string>, unused: Map<number, string>): Concept {
    if (concept.span.length !== 1) return concept;
    const added: Alternative[] = [];
    const has = (terms: string[]) =>
      [...concept.alternatives, ...added].some((a) => a.terms.length === terms.length && a.terms.every((t, i) => t === terms[i]));
    const family = families.get(concept.span.start);
    if (family && !has([family])) added.push({ terms: [family], weight: this.tuning.familyWeight, label: family, source: 'synonym' });
    const word = unused.get(concept.span.start);
    if (word && this.tuning.wordnetWeight > 0 && concept.alternatives.length === 1) {
      for (const related of relatedWords(word)) {
        const terms = tokenize(related).filter((t) => !isStopWord(t.normal)).map((t) => stem(t.normal));
        if (terms.length === 0 || has(terms) || !terms.every((t) => this.index.frequency(t) > 0)) continue;
        added.push({ terms, weight: this.tuning.wordnetWeight, label: related, source: 'related' });
      }
    }
    return added.length ? { ...concept, alternatives: [...concept.alternatives, ...added] } : concept;
  }

  /**
   * Weighs each concept by how rare it is in any of its forms (BM25's inverse
   * document frequency of the paragraphs holding any form): "children" or
   * "kids" carry little meaning, "Merlin" much. A concept found nowhere
   * carries the most, so that a question about something the report never
   * mentions is not answered.
   */
  weigh(concepts: Concept[], scope?: Scope, inspectionAsked = false): WeightedConcept[] {
    const total = scope ? this.index.scopeSize(scope) : this.index.size;
    return concepts.map((original) => {
      let concept = original;
      const [own, ...others] = concept.alternatives;
      // The question's word is not in the report ("IROs", "kids"): its other forms are all
      // there is to find, so the vocabulary's count in full (WordNet's stay low: they are guesses).
      if (own?.source === 'question' && others.length > 0 && !this.index.holdsAll(own.terms, scope)) {
        concept = {
          ...concept,
          alternatives: [own, ...others.map((a) => (a.source === 'related' ? a : { ...a, weight: Math.max(a.weight, 1) }))],
        };
      }
      const holders = this.index.holderCount(concept.alternatives.map((a) => a.terms), scope);
      let weight =
        holders === 0 ? this.tuning.unknownWeight : Math.min(this.tuning.maxConceptWeight, this.index.rarityOfCount(holders, total));
      // "Who did the inspecting?" asks about the inspection itself: its words are what is asked.
      const named = concept.alternatives[0]!.terms;
      if (named.every((t) => this.referenceTerms.has(t)) && !(inspectionAsked && named.some((t) => INSPECTION_TERMS.has(t)))) {
        weight *= this.tuning.referenceWeight;
      }
      // A word of many senses ("living", "real", "end") is rare in a report only by chance.
      if (concept.span.length === 1 && concept.alternatives[0]!.source === 'question' && isVague(normalizeWord(concept.label))) {
        weight = Math.min(weight, this.tuning.vagueWordWeight);
      }
      return { ...concept, weight, known: holders > 0 };
    });
  }
}
