/**
 * Whether a word is an English word, from the `word-list` package's sorted
 * list of about 275,000 words. A question word the report does not use is
 * corrected only when it is not a word at all: "managment" is a slip for
 * "management", but "spent" is not a slip for "sent", nor "excluded" for
 * "included" — such words are what the report does not talk about.
 *
 * The list is read on the first look-up (most questions need none) and kept
 * as one string plus the offset of each line, searched by halves: about 4 MB,
 * where a Set of the words would take several times that.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let text = '';
let starts: Int32Array | null = null;
/** The few words the list holds out of order, which a search by halves would miss. */
const unordered = new Set<string>();

function load(): Int32Array {
  if (!starts) {
    text = readFileSync(wordListPath, 'utf8');
    const offsets: number[] = [];
    let previous = '';
    for (let start = 0; start < text.length; ) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      const word = text.slice(start, stop);
      if (word >= previous) {
        offsets.push(start);
        previous = word;
      } else unordered.add(word);
      start = stop + 1;
    }
    starts = Int32Array.from(offsets);
  }
  return starts;
}

/** How the list's word on line `i` sorts beside `word`: below 0 before it, 0 the same, above 0 after it. Read in place. */
function compareAt(lines: Int32Array, i: number, word: string): number {
  const start = lines[i]!;
  const end = text.indexOf('\n', start);
  const length = (end < 0 ? text.length : end) - start;
  for (let k = 0; k < length && k < word.length; k++) {
    const difference = text.charCodeAt(start + k) - word.charCodeAt(k);
    if (difference !== 0) return difference;
  }
  return length - word.length;
}

/** Whether `word` (lower case) is in the English word list. */
export function isEnglishWord(word: string): boolean {
  const lines = load();
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const order = compareAt(lines, mid, word);
    if (order === 0) return true;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return unordered.has(word);
}
