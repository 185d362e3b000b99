/**
 * Acronyms: those a report defines itself ("Local Authority Designated Officer
 * (LADO)", "CAMHS (child and adolescent mental health services)"), plus a
 * curated list, `data/acronyms.json`, for acronyms reports use without
 * defining (LSCB, PCT, GP, A&E, …). A curated entry joins a report's glossary
 * only when that report uses the acronym.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';

/** Small words an acronym may or may not take a letter from: "child and adolescent … (CAMHS)". */
const OPTIONAL_WORDS = new Set(['and', 'of', 'for', 'the', 'in', 'to', 'on', '&']);
/** How many words may stand between an expansion and its acronym: "… health services (CASH) services". */
const MAX_TRAILING_WORDS = 1;

/*
 * A word in capitals, then a second capital somewhere in it: the second is
 * checked in code ({@link isAcronym}), as a pattern that finds it would try
 * every place in a long run of letters for it. ACRONYM_FIRST starts only where
 * a word starts, for the same reason.
 */
const EXPANSION_FIRST = /\(([A-Z][A-Za-z&]*)\)/g;
const ACRONYM_FIRST = /(?<![\w&])([A-Z][A-Za-z&]*)\s+\(([A-Za-z][^()]{3,80})\)/g;

/** "LADO", "CAMHS", "A&E": at least two capitals, the first leading. */
function isAcronym(word: string): boolean {
  return /[A-Z]/.test(word.slice(1));
}

let curated: Record<string, string> | undefined;

/** The curated acronyms, loaded once. */
export function curatedAcronyms(): Record<string, string> {
  if (!curated) {
    const raw = JSON.parse(readFileSync(join(dataDir, 'acronyms.json'), 'utf8')) as Record<string, unknown>;
    curated = Object.fromEntries(
      Object.entries(raw).filter((e): e is [string, string] => !e[0].startsWith('_') && typeof e[1] === 'string'),
    );
  }
  return curated;
}

/** Letters a word contributes: "multi-agency" → ["m", "a"]. */
function initials(word: string): string[] {
  return word.split(/[-/]/).filter(Boolean).map((w) => w[0]!.toLowerCase());
}

/**
 * Finds the words, ending at `words.length`, whose initials spell `letters`;
 * returns how many words it took, or 0.
 */
function spell(words: string[], letters: string[]): number {
  // Optional words can be taken or skipped, so the same place is reached many
  // ways; remembering each place's answer keeps this to words × letters steps.
  const known = new Map<number, number>();
  const match = (w: number, l: number): number => {
    if (l < 0) return words.length - 1 - w;
    if (w < 0) return 0;
    const key = w * (letters.length + 1) + l;
    let found = known.get(key);
    if (found === undefined) known.set(key, (found = matchFrom(w, l)));
    return found;
  };
  const matchFrom = (w: number, l: number): number => {
    const word = words[w]!;
    const own = initials(word);
    // Take the word's letters, if they end the letters still to spell.
    if (own.length <= l + 1 && own.every((c, i) => letters[l - own.length + 1 + i] === c)) {
      const found = match(w - 1, l - own.length);
      if (found) return found;
    }
    if (OPTIONAL_WORDS.has(word.toLowerCase())) return match(w - 1, l);
    return 0;
  };
  return match(words.length - 1, letters.length - 1);
}

function expansionBefore(textBefore: string, acronym: string): string | null {
  const words = textBefore.replace(/[,;:]/g, ' ').trim().split(/\s+/).slice(-(acronym.length * 2 + MAX_TRAILING_WORDS + 2));
  const letters = acronym.toLowerCase().replace(/&/g, '').split('');
  for (let trailing = 0; trailing <= MAX_TRAILING_WORDS; trailing++) {
    const candidate = words.slice(0, words.length - trailing);
    const taken = spell(candidate, letters);
    if (taken > 0) return candidate.slice(candidate.length - taken).join(' ');
  }
  return null;
}

function expansionMatches(expansion: string, acronym: string): boolean {
  const words = expansion.trim().split(/\s+/);
  return spell(words, acronym.toLowerCase().replace(/&/g, '').split('')) === words.length;
}

/** Adds `acronym → expansion`, also trying the acronym without a plural s ("PEPS" → "PEP"). */
function define(glossary: Record<string, string>, acronym: string, find: (a: string) => string | null): void {
  if (glossary[acronym]) return;
  const found = find(acronym);
  if (found) {
    glossary[acronym] = found;
    return;
  }
  if (/[sS]$/.test(acronym) && acronym.length > 2) {
    const singular = acronym.slice(0, -1);
    const expansion = find(singular);
    if (expansion && !glossary[singular]) glossary[singular] = expansion.replace(/s$/, '');
  }
}

/** The report's own definitions, found in its text. */
export function definedAcronyms(text: string): Record<string, string> {
  const glossary: Record<string, string> = {};
  for (const m of text.matchAll(EXPANSION_FIRST)) {
    if (!isAcronym(m[1]!)) continue;
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    define(glossary, m[1]!, (acronym) => expansionBefore(before, acronym));
  }
  for (const m of text.matchAll(ACRONYM_FIRST)) {
    if (!isAcronym(m[1]!)) continue;
    const expansion = m[2]!.trim();
    define(glossary, m[1]!, (acronym) => (expansionMatches(expansion, acronym) ? expansion : null));
  }
  return glossary;
}

/** The report's definitions, plus curated ones for acronyms it uses without defining. */
export function buildGlossary(text: string): Record<string, string> {
  const glossary = definedAcronyms(text);
  // Words as written, "A&E" and "GPs" whole, so that each acronym is one look-up.
  const words = new Set(text.match(/[A-Za-z&]+/g) ?? []);
  for (const [acronym, expansion] of Object.entries(curatedAcronyms())) {
    if (glossary[acronym]) continue;
    if (words.has(acronym) || words.has(`${acronym}s`)) glossary[acronym] = expansion;
  }
  return Object.fromEntries(Object.entries(glossary).sort(([a], [b]) => a.localeCompare(b)));
}
