/**
 * English text analysis shared by the index and the questions: tokenising,
 * stop words, irregular plurals and Porter stemming.
 *
 * The same `analyse` runs over paragraphs when indexing and over questions
 * when searching, so a question word and a report word meet on the same term.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopWords } from 'natural/lib/natural/util/stopwords.js';

/** A word of a text with where it sits, so that snippets can mark it in place. */
export interface Token {
  /** The word as written, e.g. "Children's". */
  word: string;
  /** Lower-cased, possessive removed, e.g. "children". */
  normal: string;
  /** Offset of `word` in the text. */
  start: number;
  end: number;
}

/**
 * Words: letters and digits, with inner `&`, `'`, `.`, `,` kept when letters or
 * digits surround them, so that "A&E", "children's", "17.5" and "46,275" stay
 * whole. A "%" is a word of its own, read as "percent", so that "what
 * percentage" finds "32%". Hyphens split ("2010-11" → "2010", "11"; "multi-agency" → "multi",
 * "agency") because people write these words both ways.
 */
const WORD = /[\p{L}\p{N}]+(?:[&'’.,][\p{L}\p{N}]+)*|%/gu;

/**
 * Numbers written as words are read as digits, so that "twenty-five days"
 * finds "25 days" and "3 months" finds "three months". Not "one", which is
 * mostly no number ("one of the", "no one").
 */
const UNITS = new Map(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((w, i) => [w, i + 1]));
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const CARDINALS = new Map<string, string>([
  ...[...UNITS].filter(([w]) => w !== 'one').map(([w, n]): [string, string] => [w, String(n)]),
  ...['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, i): [string, string] => [w, String(i + 10)]),
  ...[...TENS].map((w, i): [string, string] => [w, String((i + 2) * 10)]),
]);

/** The value of a number written as a word ("one", "five", "twenty"), or undefined. */
export function wordNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const value = UNITS.get(lower) ?? CARDINALS.get(lower);
  return value === undefined ? undefined : Number(value);
}

/** Splits text into tokens, keeping offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index ?? 0;
    const written = normalizeWord(word);
    const normal = CARDINALS.get(written) ?? written;
    const previous = tokens[tokens.length - 1];
    // "twenty-five" is 25, as "25".
    const units = UNITS.get(written);
    const tens = units !== undefined && previous && TENS.has(previous.word.toLowerCase()) ? units : undefined;
    const compound = tens ? String(Number(previous!.normal) + tens) : previous && COMPOUNDS.get(`${previous.normal} ${normal}`);
    // Only words with nothing but spaces or hyphens between them join.
    if (previous && compound && /^[\s-]+$/.test(text.slice(previous.end, start))) {
      tokens[tokens.length - 1] = { word: text.slice(previous.start, start + word.length), normal: compound, start: previous.start, end: start + word.length };
    } else {
      tokens.push({ word, normal, start, end: start + word.length });
    }
  }
  return tokens;
}

/**
 * Fixed expressions read as one word, because their parts mean something
 * else alone: "looked after" (in care) is not "look" (as in "look at"), and
 * "well-being" is not two stop words.
 */
const COMPOUNDS = new Map([
  ['looked after', 'lookedafter'],
  ['look after', 'lookafter'],
  ['looking after', 'lookingafter'],
  ['well being', 'wellbeing'],
]);

/** Contractions whose first part is not the word before "n't": "won't" is "will not". */
const IRREGULAR_NEGATIONS: Readonly<Record<string, string>> = { "won't": 'will', "can't": 'can', "shan't": 'shall', "ain't": 'is' };

/**
 * Lower-cases, removes a trailing possessive ("children's" → "children",
 * "leavers'" → "leavers") and opens contractions to their first word
 * ("they're" → "they", "didn't" → "did", "won't" → "will"), so that the
 * small words people write in questions are known as the stop words they are.
 */
export function normalizeWord(word: string): string {
  // "under-18s", "the 1990s": the number itself.
  if (/^\d+s$/.test(word)) return word.slice(0, -1);
  if (/^[a-z0-9]+$/.test(word)) return word;
  if (word === '%') return 'percent';
  const lower = word.toLowerCase().replace(/’/g, "'");
  const negation = IRREGULAR_NEGATIONS[lower];
  if (negation) return negation;
  return lower
    .replace(/n't$/, '')
    .replace(/'(?:s|re|ve|ll|d|m)$/, '')
    .replace(/'$/, '')
    .replace(/,/g, '');
}

/**
 * Words that carry no meaning in a question about a report. Natural's English
 * list, plus the words people wrap a question in ("what did they say
 * about…", "tell me whether…"), which MiniSearch would otherwise count as
 * matched terms. Single digits are kept: "years 10 and 11", "under 5".
 */
const EXTRA_STOP_WORDS = [
  'whether', 'whose', 'however', 'anything', 'something', 'please', 'tell', 'told', 'say', 'says',
  'saying', 'mention', 'mentioned', 'mentions', 'happen', 'happens', 'happened', 'happening', 'is',
  'are', 'will', 'shall', 'may', 'there', 'any', 'thing', 'things', 'kind', 'sort', 'ok', 'okay', 'hi',
  'hello', 'thanks', 'thank', 'just', 'really', 'actually', 'currently', 'regarding', 'concerning',
  'i', 'id', 'im', 'ive', 'dont', 'doesnt', 'isnt', 'arent', 'anyone', 'somebody', 'someone',
  'lot', 'lots', 'bit', 'know', 'find', 'found', 'think', 'thought', 'give', 'given', 'gave',
  'stuff', 'going', 'go', 'goes', 'went', 'done', 'able', 'via', 'etc', 'yes', 'no', 'not', 'this',
  // Soft adverbs, verbs and judgements that qualify a question without naming its
  // subject ("is X good?" is answered as well by "X is poor").
  'already', 'ever', 'yet', 'always', 'properly', 'proper', 'exactly', 'specifically', 'precisely', 'quite', 'made', 'makes', 'making', 'use',
  'used', 'uses', 'using', 'next', 'seem', 'good', 'bad', 'look', 'looks', 'looking', 'info',
  'details', 'detail', 'among', 'amongst', 'job', 'seems', 'describe', 'described', 'explain',
  // Asking what a term means: "what does CASH stand for?".
  'stand', 'stands', 'mean', 'means', 'meaning', 'definition', 'define', 'abbreviation', 'acronym',
  // Chat: "re s47s", "pls", and hedges that only soften ("mostly", "once they are 16").
  're', 'pls', 'plz', 'thx', 'ta', 'cheers', 'hey', 'hiya', 'once', 'else', 'mostly', 'anyway',
  'either', 'neither', 'absolute', 'absolutely', 'meh', 'nah', 'yeah', 'yep', 'nope', 'innit', 'lol', 'lmao', 'omg', 'ngl', 'tbf', 'smh', 'whatever', 'us', 'across', 'within',
];
const KEPT_NATURAL_WORDS = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'under', 'between', 'never']);

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...naturalStopWords.filter((w) => !KEPT_NATURAL_WORDS.has(w)),
  ...EXTRA_STOP_WORDS,
]);

/**
 * Stop words whose other endings carry meaning: "a good job" only judges,
 * but "jobs" are work (care leavers getting jobs).
 */
const STOP_AS_WRITTEN: ReadonlySet<string> = new Set(['job']);

/**
 * Whether a word carries no meaning: it is a stop word, or an ending of one
 * ("getting" → "get", "having" → "have").
 */
export function isStopWord(normal: string): boolean {
  if (STOP_WORDS.has(normal)) return true;
  const term = stem(normal);
  return term.length >= 3 && term !== normal && STOP_WORDS.has(term) && !STOP_AS_WRITTEN.has(term);
}

/**
 * Plurals and variants the Porter stemmer leaves apart ("children" stems to
 * "children", not "child"). Mapped before stemming.
 */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  lookafter: 'lookedafter',
  lookingafter: 'lookedafter',
  children: 'child',
  childrens: 'child',
  people: 'person',
  peoples: 'person',
  persons: 'person',
  women: 'woman',
  men: 'man',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  crises: 'crisis',
  analyses: 'analysis',
  diagnoses: 'diagnosis',
  hypotheses: 'hypothesis',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  // Irregular past forms, which Porter leaves apart from their verb ("kept" is not "keep").
  kept: 'keep',
  took: 'take',
  taken: 'take',
  undertook: 'undertake',
  undertaken: 'undertake',
  brought: 'bring',
  bought: 'buy',
  caught: 'catch',
  taught: 'teach',
  sought: 'seek',
  held: 'hold',
  met: 'meet',
  paid: 'pay',
  ran: 'run',
  saw: 'see',
  seen: 'see',
  spent: 'spend',
  sent: 'send',
  understood: 'understand',
  wrote: 'write',
  written: 'write',
  chose: 'choose',
  chosen: 'choose',
  began: 'begin',
  begun: 'begin',
  fell: 'fall',
  fallen: 'fall',
  grew: 'grow',
  grown: 'grow',
  shown: 'show',
  drawn: 'draw',
  led: 'lead',
  felt: 'feel',
  lost: 'lose',
  built: 'build',
  heard: 'hear',
  // British and American spellings of words the report uses.
  organization: 'organisation',
  organizations: 'organisation',
  prioritization: 'prioritisation',
  prioritize: 'prioritise',
  recognize: 'recognise',
  recognized: 'recognise',
  utilized: 'utilise',
  program: 'programme',
  programs: 'programme',
  behavior: 'behaviour',
  behaviors: 'behaviour',
  center: 'centre',
  centers: 'centre',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  judgment: 'judgement',
  judgments: 'judgement',
};

/** Far more words than the reports and their questions use; but questions bring new words for as long as the app runs. */
export const STEM_CACHE_SIZE = 50_000;
const stemCache = new Map<string, string>();

/** How many words the stem cache holds now. */
export function stemCacheSize(): number {
  return stemCache.size;
}

/**
 * The index term for a normalised word: irregular form mapped, then Porter
 * stemmed. Cached, because the same few thousand words recur in every
 * paragraph and question.
 */
export function stem(normal: string): string {
  let term = stemCache.get(normal);
  if (term === undefined) {
    const base = IRREGULAR_FORMS[normal] ?? normal;
    // Words with digits or symbols ("a&e", "2010", "17.5") are not English words to stem.
    term = /^[a-z]+$/.test(base) ? PorterStemmer.stem(base) : base;
    // The word cached longest ago goes first: a Map keeps insertion order.
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.delete(stemCache.keys().next().value!);
    stemCache.set(normal, term);
  }
  return term;
}

/** Index terms of a text, stop words removed, in order (repeats kept). */
export function analyse(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    if (!isStopWord(token.normal)) terms.push(stem(token.normal));
  }
  return terms;
}

/**
 * Strips Slack markup from a message: user and channel mentions, links
 * (keeping their label), special mentions, formatting marks and HTML
 * entities, and an address typed at the start ("@bot quick q"). "<@U123> what about <#C1|general> A&amp;E?" → "what about A&E?"
 */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, ' ')
    .replace(/<#[^|>]*\|([^>]*)>/g, ' ')
    .replace(/<#[^>]*>/g, ' ')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<(?:https?|mailto):[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/(^|\s)[*_~`]+|[*_~`]+(?=\s|$|[?.!,])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    // A name typed after "@" that Slack did not turn into a mention still only addresses someone:
    // the app ("@bot quick q") or a colleague ("… specifically? @priya needs it").
    .replace(/(^|\s)@[\w.-]+[:,]?(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
