/**
 * WordNet's main-sense relations ("oversee" → "supervise", "supervision"),
 * precomputed into `data/wordnet.json` by `npm run wordnet` and read on the
 * first question that needs them, never looked up word by word at run time.
 *
 * ```ts
 * relatedWords('overseeing'); // ['manage', 'overseer', 'superintend', 'supervise']
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { IRREGULAR_FORMS } from './analysis.js';

/** The shape of `data/wordnet.json`. */
export interface WordnetFile {
  _comment?: string[];
  /** A word (lower case) → the words its main senses relate it to, one or two words each. */
  related: Record<string, string[]>;
}

export const defaultWordnetFile = join(dataDir, 'wordnet.json');

let loaded: Map<string, string[]> | null = null;

function relations(): Map<string, string[]> {
  if (!loaded) {
    let file: WordnetFile = { related: {} };
    try {
      file = JSON.parse(readFileSync(defaultWordnetFile, 'utf8')) as WordnetFile;
    } catch {
      // Without the file the engine works as before, only without these relations.
    }
    loaded = new Map(Object.entries(file.related));
  }
  return loaded;
}

/**
 * Endings WordNet's own "morphy" strips to find a word's dictionary form,
 * tried in order: "shunted" → "shunt", "worries" → "worry".
 */
const DETACHMENTS: [string, string][] = [
  ['ies', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['sses', 'ss'], ['xes', 'x'], ['zes', 'z'], ['men', 'man'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['s', ''],
];

/** The dictionary form of a word that WordNet knows, or null. */
export function dictionaryForm(normal: string): string | null {
  return formIn(normal, relations());
}

/** The first of a word's possible dictionary forms that `words` holds, or null. */
function formIn(normal: string, words: { has(word: string): boolean }): string | null {
  if (words.has(normal)) return normal;
  const irregular = IRREGULAR_FORMS[normal];
  if (irregular && words.has(irregular)) return irregular;
  for (const [ending, replacement] of DETACHMENTS) {
    if (normal.length <= ending.length + 2 || !normal.endsWith(ending)) continue;
    const base = normal.slice(0, -ending.length) + replacement;
    if (words.has(base)) return base;
    // "shunted" → "shunt", "stopped" → "stop": a doubled final consonant.
    if (/(.)\1$/.test(base) && words.has(base.slice(0, -1))) return base.slice(0, -1);
  }
  return null;
}

/** The words WordNet's main senses relate a word to, in any of its forms; empty when it knows none. */
export function relatedWords(normal: string): string[] {
  const form = dictionaryForm(normal);
  return form ? (relations().get(form) ?? []) : [];
}

/** The shape of `data/vague-words.json`. */
export interface VagueWordsFile {
  _comment?: string[];
  /** Words (lower case, dictionary form) of many WordNet senses. */
  vague: string[];
}

export const defaultVagueWordsFile = join(dataDir, 'vague-words.json');

let vagueWords: Set<string> | null = null;

/**
 * Whether WordNet gives a word many senses ("turn", "round", "live"): such a
 * word is rare in a report only by chance, and says little of what a
 * question asks about ("end up living", "a real say"). Read from its own
 * small file, so that a question needs no more of WordNet than this.
 */
export function isVague(normal: string): boolean {
  if (!vagueWords) {
    try {
      vagueWords = new Set((JSON.parse(readFileSync(defaultVagueWordsFile, 'utf8')) as VagueWordsFile).vague);
    } catch {
      vagueWords = new Set();
    }
  }
  return formIn(normal, vagueWords) !== null;
}
