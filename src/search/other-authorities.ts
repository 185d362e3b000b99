/**
 * Other councils a question names: "How did Croydon do on looked after
 * children?", "Is Sutton's child protection worse than Merton's?". A report
 * grades its own authority alone and compares it with no other by name, so
 * such a question is answered as the closest the report comes, saying so.
 *
 * The names are England's local authorities with children's services, in
 * `data/local-authorities.json`; those whose reports are loaded are never
 * "other".
 *
 * ```ts
 * const others = new OtherAuthorities(['Sutton']);
 * others.named("How did Croydon do compared with Sutton?"); // ['Croydon']
 * others.named('Merton Primary Care Trust');               // [] (a health body)
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import { normalizeWord, tokenize } from './analysis.js';
import { isEnglishWord } from './english-words.js';

export const defaultAuthoritiesFile = join(dataDir, 'local-authorities.json');

/** The longest name, in words ("Bath and North East Somerset"). */
const MAX_NAME_WORDS = 6;

/**
 * Words after a place that make it a health body's or a hospital's name
 * ("Merton Primary Care Trust", "Kingston Hospital", "Croydon Health
 * Services"), which reports name among an authority's partners.
 */
const BODY_WORDS = new Set(['primary', 'pct', 'hospital', 'hospitals', 'community', 'trust', 'nhs', 'clinical', 'ccg', 'mental', 'university', 'health', 'healthcare', 'foundation', 'and']);

/** Words setting one authority beside another: "compared with Croydon", "worse than Merton", "our neighbours". */
export const COMPARING = /\bcompar\w*|\bthan\b|\bversus\b|\bvs\b|\bneighbou?r\w*|\bbenchmark\w*|\bleague tables?\b/i;

/** What an answer says of a question asked of another authority. */
export const otherAuthorityMissing = (name: string) => `No report here is about ${name}.`;

export class OtherAuthorities {
  /** A name's words, normalised and joined by spaces → the name as listed. */
  private readonly names = new Map<string, string>();
  /** What each name of several words begins with, up to each space: no other run of words is looked up. */
  private readonly nameStarts = new Set<string>();

  /** `own`: the places of the loaded reports ("Sutton"), which are never other. */
  constructor(own: string[], file: string = defaultAuthoritiesFile) {
    const ownKeys = new Set(own.map(keyOf));
    const listed = (JSON.parse(readFileSync(file, 'utf8')) as { names: string[] }).names;
    for (const name of listed) {
      const key = keyOf(name);
      if (key && !ownKeys.has(key)) this.names.set(key, name);
    }
    for (const key of this.names.keys()) {
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) this.nameStarts.add(key.slice(0, space));
    }
  }

  /** The other authorities a text names, as listed, in the order named. */
  named(text: string): string[] {
    const tokens = tokenize(text);
    const words = tokens.map((t) => normalizeWord(t.word));
    const found: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const longest = this.nameStarts.has(words[i]!) ? Math.min(MAX_NAME_WORDS, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const name = this.names.get(words.slice(i, i + n).join(' '));
        if (!name) continue;
        // "Reading", "Bury": a place only when written as one, and not as a sentence's first word.
        const first = tokens[i]!.word;
        if (n === 1 && isEnglishWord(words[i]!) && (!/^[A-Z]/.test(first) || i === 0)) continue;
        // "Merton Primary Care Trust", "Sutton and Merton health services": a partner's name, not the authority.
        if (BODY_WORDS.has(words[i + n] ?? '')) continue;
        if (!found.includes(name)) found.push(name);
        i += n - 1;
        break;
      }
    }
    return found;
  }
}

function keyOf(name: string): string {
  return tokenize(name)
    .map((t) => normalizeWord(t.word))
    .join(' ');
}
