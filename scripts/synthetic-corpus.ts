/**
 * `node dist/scripts/synthetic-corpus.js N DIR`: writes N copies of the
 * shipped report into DIR, each under its own authority name and year, for
 * measuring the engine at the size of a decade of inspections
 * (`npm run bench -- --reports 1000` makes them itself).
 *
 * Every "Sutton" becomes the copy's place name, and the publication and
 * inspection years its year, so that every copy has its own id
 * ("ashford-2013") and the text of the paragraphs naming the authority
 * differs from copy to copy, as real reports' do.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCorpusDir } from '../src/paths.js';

const STARTS = ['Ash', 'Brook', 'Cal', 'Dun', 'Elm', 'Fair', 'Glen', 'Hart', 'Iver', 'Kings', 'Lang', 'Mar', 'Nor', 'Oak', 'Pen', 'Ribble', 'Stan', 'Thorn', 'Upper', 'Wes', 'York', 'Bram', 'Cran', 'Dal', 'Fen', 'Gold'];
const ENDS = ['ford', 'ton', 'ley', 'bury', 'field', 'wick', 'ham', 'mouth', 'stead', 'borough', 'dale', 'worth'];
const FIRST_YEAR = 2009;
const YEARS = 10;

/** The place name and year of the `i`th copy; no two copies share both. */
export function copyName(i: number): { place: string; year: number } {
  const names = STARTS.length * ENDS.length;
  const n = i % names;
  return { place: STARTS[n % STARTS.length]! + ENDS[Math.floor(n / STARTS.length)]!, year: FIRST_YEAR + (Math.floor(i / names) % YEARS) };
}

/** Writes `count` copies of the corpus's first report into `dir`; returns their file names. */
export function writeCopies(count: number, dir: string, source = firstReport()): string[] {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(source, 'utf8');
  const year = /Published: \d{1,2} \w+ (\d{4})/.exec(text)?.[1] ?? '2012';
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const { place, year: copyYear } = copyName(i);
    const copy = text.replace(/Sutton/g, place).replace(new RegExp(`\\b${year}\\b`, 'g'), String(copyYear));
    const file = `${String(i).padStart(4, '0')}_${place.toLowerCase()}_${copyYear}.txt`;
    writeFileSync(join(dir, file), copy);
    files.push(file);
  }
  return files;
}

function firstReport(): string {
  const name = readdirSync(defaultCorpusDir).filter((f) => f.endsWith('.txt')).sort()[0];
  if (!name) throw new Error(`no report in ${defaultCorpusDir}`);
  return join(defaultCorpusDir, name);
}

const [count, dir] = process.argv.slice(2);
if (process.argv[1]?.endsWith('synthetic-corpus.js') && count && dir) {
  const files = writeCopies(Number(count), dir);
  console.log(`wrote ${files.length} reports to ${dir}`);
}
