import { copyFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/report/corpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { runCorpusCommand } from '../../src/cli/corpus.js';

const SUTTON = join(defaultCorpusDir, '000_411fcbd83716260d.txt');
const FERNHILL = join(import.meta.dirname, '../fixtures/corpus/fernhill-2013.txt');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  copyFileSync(SUTTON, join(dir, '000_sutton.txt'));
  copyFileSync(FERNHILL, join(dir, '001_fernhill.txt'));
  writeFileSync(join(dir, '002_empty.txt'), '');
  writeFileSync(join(dir, 'notes.md'), '# not a report, and not a .txt file\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCorpus', () => {
  it('loads every report in the folder and reports the files that fail', () => {
    const corpus = loadCorpus(dir);
    expect(corpus.reports.map((r) => r.id)).toEqual(['sutton-2012', 'fernhill-2013']);
    expect(corpus.errors).toEqual([{ file: expect.stringContaining('002_empty.txt'), line: 1, message: 'the file is empty' }]);
    expect(corpus.warnings.every((w) => w.file.includes('001_fernhill.txt'))).toBe(true);
  });

  it('keeps report ids unique', () => {
    const twice = mkdtempSync(join(tmpdir(), 'corpus-'));
    copyFileSync(SUTTON, join(twice, 'a.txt'));
    copyFileSync(SUTTON, join(twice, 'b.txt'));
    const corpus = loadCorpus(twice);
    expect(corpus.reports.map((r) => r.id)).toEqual(['sutton-2012', 'sutton-2012-2']);
    expect(corpus.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('"sutton-2012" is taken'));
    rmSync(twice, { recursive: true, force: true });
  });

  it('says so when the folder is missing or empty', () => {
    expect(loadCorpus(join(dir, 'nowhere')).errors[0]!.message).toContain('cannot read the corpus folder');
    const empty = mkdtempSync(join(tmpdir(), 'corpus-'));
    expect(loadCorpus(empty).errors[0]!.message).toBe('the corpus folder holds no .txt reports');
    rmSync(empty, { recursive: true, force: true });
  });

  it('the project corpus is the Sutton report', () => {
    const corpus = loadCorpus();
    expect(corpus.errors).toEqual([]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['sutton-2012']);
  });
});

describe('npm run corpus', () => {
  const run = (...args: string[]) => {
    const out = { stdout: '', stderr: '' };
    const code = runCorpusCommand(args, {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
    });
    return { code, ...out };
  };

  it('prints the model of every report as JSON', () => {
    const out = run('--json', '--dir', dir);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.reports).toHaveLength(2);
    const [sutton] = json.reports;
    expect(Object.keys(sutton)).toEqual(
      expect.arrayContaining(['id', 'title', 'authority', 'inspector', 'published', 'inspectionDates', 'paragraphs', 'judgements', 'recommendations', 'glossary']),
    );
    expect(Object.keys(sutton.paragraphs[0])).toEqual(expect.arrayContaining(['number', 'text', 'part', 'heading', 'path', 'grade', 'footnotes']));
    expect(sutton.paragraphs[64].grade).toEqual({ value: 4, label: 'Inadequate' });
    expect(Object.keys(sutton.judgements[0])).toEqual(expect.arrayContaining(['part', 'area', 'grade', 'label', 'paragraphs']));
    expect(sutton.glossary.LADO).toBe('Local Authority Designated Officer');
    expect(out.stderr).toContain('002_empty.txt:1: the file is empty');
  });

  it('prints a readable summary with the judgements by part and the warnings', () => {
    const out = run('--dir', dir);
    expect(out.stdout).toContain('sutton-2012  Inspection of safeguarding and looked after children services');
    expect(out.stdout).toContain('108 paragraphs · 2 parts · 20 graded sections · 22 judgements · 29 recommendations');
    expect(out.stdout).toMatch(/Services for looked after children\n\s+🟡 Adequate\s+Overall effectiveness\s+¶73–75/);
    expect(out.stdout).toMatch(/warning: .*001_fernhill\.txt:\d+: the findings table grades "Being healthy"/);
    expect(out.stdout).toMatch(/error: .*002_empty\.txt:1: the file is empty/);
  });

  it('fails with a message when nothing loads, and on unknown arguments', () => {
    expect(run('--dir', join(dir, 'nowhere')).code).toBe(1);
    const bad = run('--bogus');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown argument "--bogus"');
  });
});
