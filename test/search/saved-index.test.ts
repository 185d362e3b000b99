import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCorpusDir, projectRoot } from '../../src/paths.js';
import { loadEngine } from '../../src/search/engine.js';

const sutton = join(defaultCorpusDir, readdirSync(defaultCorpusDir).find((f) => f.endsWith('.txt'))!);
const fernhill = join(projectRoot, 'test', 'fixtures', 'corpus', 'fernhill-2013.txt');
const temporary: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'saved-index-'));
  temporary.push(dir);
  return dir;
};
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Loads a corpus through a saved index, saying how many reports were built and what was logged. */
function load(corpus: string, saved: string) {
  let built = 0;
  const logged: string[] = [];
  const engine = loadEngine(corpus, { savedIndex: saved, progress: (_done, _total, b) => (built = b), log: (l) => logged.push(l) });
  return { engine, built, logged };
}

const questions = ['How quickly are referrals allocated?', 'What is the MASH?', 'how many foster carers are there', 'para 65'];
const answersOf = (engine: ReturnType<typeof loadEngine>) => questions.map((q) => engine.ask(q, { report: 'sutton-2012' }));

describe('the saved index', () => {
  const corpus = folder();
  copyFileSync(sutton, join(corpus, 'sutton.txt'));
  copyFileSync(fernhill, join(corpus, 'fernhill.txt'));
  const saved = folder();

  it('builds each report once, then reads it back, answering the same', () => {
    const first = load(corpus, saved);
    expect(first.built).toBe(2);
    const again = load(corpus, saved);
    expect(again.built).toBe(0);
    expect(answersOf(again.engine)).toEqual(answersOf(first.engine));
    expect(answersOf(again.engine)).toEqual(answersOf(loadEngine(corpus, { savedIndex: false })));
  });

  it('rebuilds only a report whose file changed, and forgets a removed one', () => {
    appendFileSync(join(corpus, 'fernhill.txt'), '\n');
    expect(load(corpus, saved).built).toBe(1);
    rmSync(join(corpus, 'fernhill.txt'));
    const { engine, built } = load(corpus, saved);
    expect(built).toBe(0);
    expect(engine.reports.map((r) => r.id)).toEqual(['sutton-2012']);
  });

  it('rebuilds a damaged entry, saying so, and never trusts it', () => {
    const version = readdirSync(saved)[0]!;
    for (const entry of readdirSync(join(saved, version))) {
      const path = join(saved, version, entry);
      writeFileSync(path, readFileSync(path).subarray(0, 100));
    }
    const { engine, built, logged } = load(corpus, saved);
    expect(built).toBe(1);
    expect(logged.join('\n')).toMatch(/saved index of .*sutton\.txt could not be read.*rebuilding it/);
    expect(answersOf(engine)).toEqual(answersOf(loadEngine(corpus, { savedIndex: false })));
    expect(load(corpus, saved).built).toBe(0);
  });

  it('still answers when the index cannot be saved, saying why', () => {
    const blocked = join(folder(), 'file');
    writeFileSync(blocked, 'not a folder');
    const { engine, logged } = load(corpus, join(blocked, 'index'));
    expect(engine.ask('What is the MASH?').results[0]?.paragraph).toBe(56);
    expect(logged[0]).toMatch(/Could not save the index of .*sutton\.txt/);
  });
});

describe('many reports', () => {
  const corpus = folder();
  const text = readFileSync(sutton, 'utf8');
  writeFileSync(join(corpus, 'a.txt'), text);
  writeFileSync(join(corpus, 'b.txt'), text.replace(/Sutton/g, 'Ashford'));
  writeFileSync(join(corpus, 'c.txt'), text.replace(/Sutton/g, 'Brookford').replace('in over 60 settings', 'in over 70 settings'));
  const engine = loadEngine(corpus, { savedIndex: false });

  it('shows a paragraph that reports print alike once, naming the others', () => {
    const answer = engine.ask('What is the MASH?');
    // The first report in the corpus's order (a.txt) is cited; the others are named.
    expect(answer.results[0]).toMatchObject({ report: 'sutton-2012', paragraph: 56 });
    expect(answer.results[0]!.sameIn).toEqual([
      { report: 'ashford-2012', paragraph: 56 },
      { report: 'brookford-2012', paragraph: 56 },
    ]);
    expect(new Set(answer.results.map((r) => r.paragraph)).size).toBe(answer.results.length);
  });

  it('tells a paragraph that differs in one report from its copies', () => {
    const answer = engine.ask('How many early years settings are there?');
    const cited = answer.results.filter((r) => r.paragraph === 5);
    expect(cited.map((r) => [r.report, r.sameIn?.map((s) => s.report) ?? []])).toEqual([
      ['sutton-2012', ['ashford-2012']],
      ['brookford-2012', []],
    ]);
  });

  it('asks one report only of its own paragraphs, with its own citations', () => {
    const answer = engine.ask('What is the MASH?', { report: 'sutton-2012' });
    expect(answer.results.every((r) => r.report === 'sutton-2012')).toBe(true);
    expect(answer.results[0]).toMatchObject({ paragraph: 56 });
    expect(answer.results[0]!.sameIn).toBeUndefined();
  });

  it('answers one report the same however many others are loaded', () => {
    const alone = loadEngine(defaultCorpusDir, { savedIndex: false });
    for (const q of questions) {
      expect(engine.ask(q, { report: 'sutton-2012' }).results.map((r) => r.paragraph), q).toEqual(alone.ask(q).results.map((r) => r.paragraph));
    }
  });
});

describe('reports by name', () => {
  const corpus = folder();
  const text = readFileSync(sutton, 'utf8');
  writeFileSync(join(corpus, 'a.txt'), text);
  writeFileSync(join(corpus, 'b.txt'), text.replace(/Sutton/g, 'Reading').replace(/2012/g, '2014'));
  writeFileSync(join(corpus, 'c.txt'), text.replace(/2012/g, '2015'));
  const engine = loadEngine(corpus, { savedIndex: false });
  /** Every report a question's answer cites, or names as printing the same paragraph. */
  const reportsOf = (q: string) =>
    [...new Set(engine.ask(q).results.flatMap((r) => [r.report, ...(r.sameIn ?? []).map((s) => s.report)]))].sort();

  it('narrows a question to the reports it names, by id, place, or place and year', () => {
    expect(reportsOf('what is the MASH in reading-2014')).toEqual(['reading-2014']);
    expect(reportsOf('How does Sutton allocate referrals?')).toEqual(['sutton-2012', 'sutton-2015']);
    expect(reportsOf("What did Sutton's 2015 inspection say about the MASH?")).toEqual(['sutton-2015']);
    // "reading" in lower case is the word, not the place.
    expect(reportsOf('is case file reading any good')).toContain('sutton-2012');
  });

  it('finds reports by every name the app prints or people use', () => {
    expect(engine.findReports('sutton-2015')).toEqual([2]);
    expect(engine.findReports('London Borough of Sutton')).toEqual([0, 2]);
    expect(engine.findReports('sutton 2012')).toEqual([0]);
    expect(engine.findReports('nowhere')).toEqual([]);
    expect(engine.ask('para 65', { report: 'reading-2014' }).results[0]).toMatchObject({ report: 'reading-2014', paragraph: 65 });
    expect(engine.ask('reading-2014 65').results[0]).toMatchObject({ report: 'reading-2014', paragraph: 65 });
  });

  it('looks grades up in the reports named', () => {
    const grades = engine.grade('Reading leadership and management');
    expect(grades.judgements.map((j) => j.report)).toEqual(['reading-2014', 'reading-2014']);
    expect(engine.grade('leadership and management', { report: 'sutton' }).judgements.map((j) => j.report)).toEqual([
      'sutton-2012',
      'sutton-2012',
      'sutton-2015',
      'sutton-2015',
    ]);
  });
});
