import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, loadCorpus } from '../../src/report/corpus.js';
import { decodeReport } from '../../src/report/decode.js';
import { encodeWindows1252 } from '../support/windows-1252.js';
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

describe('reading report files', () => {
  const sutton = readFileSync(SUTTON, 'utf8');
  /** A folder holding the given files; removed after the test. */
  const folder = (files: Record<string, Uint8Array | string>) => {
    const where = mkdtempSync(join(tmpdir(), 'corpus-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(where, name), content);
    return where;
  };

  it('a Windows-1252 copy is read as Windows-1252, word for word, with a warning naming the file and line', () => {
    // Curly quotes and a euro sign, as a word processor writes them, beside the report's own ¹ ² – ½ ©.
    const quoted = sutton.replace('4. The London Borough of Sutton has', '4. The “London Borough of Sutton” (‘Sutton’) has, at €0 cost,');
    const where = folder({ 'a.txt': quoted, 'b.txt': encodeWindows1252(quoted) });
    const [utf8, windows] = loadCorpus(where).reports;
    expect(windows!.paragraphs).toEqual(utf8!.paragraphs);
    const p4 = windows!.paragraphs.find((p) => p.number === 4)!;
    expect(p4.text).toMatch(/^The “London Borough of Sutton” \(‘Sutton’\) has, at €0 cost, a resident population of approximately 46,275¹/);
    expect(p4.footnotes.map((f) => f.marker)).toEqual(['¹', '²']);
    const firstNonAscii = sutton.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1;
    expect(windows!.warnings[0]).toEqual({
      file: expect.stringContaining('b.txt'),
      line: firstNonAscii,
      message: expect.stringContaining('this is not UTF-8, so it was read as Windows-1252'),
    });
    expect(utf8!.warnings).toEqual([]);
    rmSync(where, { recursive: true, force: true });
  });

  it('text that is neither, or is binary, or mixes encodings, or is UTF-16, is refused rather than altered', () => {
    const refused = (bytes: Uint8Array) => {
      try {
        decodeReport(bytes, 'x.txt');
      } catch (error) {
        return (error as Error).message;
      }
      return 'read';
    };
    expect(refused(Buffer.from([...Buffer.from('Inspection\n'), 0x81]))).toBe('x.txt:2: this is neither UTF-8 nor Windows-1252 text; save it as UTF-8');
    expect(refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('x.txt:2: this is not a text file');
    expect(refused(Buffer.concat([Buffer.from('café — '), Buffer.from([0x93, 0x71, 0x94])]))).toMatch(/^x\.txt:1: this mixes UTF-8 with another encoding/);
    expect(refused(Buffer.from('\ufeffInspection', 'utf16le'))).toMatch(/^x\.txt:1: this is UTF-16 text/);
    expect(decodeReport(Buffer.from('\ufeffInspection – ok'), 'x.txt')).toEqual({ text: 'Inspection – ok' });
  });

  it('only regular files are read: a named pipe, a folder and an oversized file are skipped with an error', () => {
    const where = folder({ 'a.txt': sutton });
    execFileSync('mkfifo', [join(where, 'pipe.txt')]);
    mkdirSync(join(where, 'folder.txt'));
    writeFileSync(join(where, 'huge.txt'), '');
    truncateSync(join(where, 'huge.txt'), MAX_REPORT_BYTES + 1);
    const corpus = loadCorpus(where);
    expect(corpus.reports.map((r) => r.id)).toEqual(['sutton-2012']);
    expect(corpus.errors.map((e) => [e.file.split('/').pop(), e.message])).toEqual([
      ['folder.txt', 'this is a folder, not a regular file; skipped'],
      ['huge.txt', "this is 10 MB, more than a report's 10 MB at most; skipped"],
      ['pipe.txt', 'this is a named pipe, not a regular file; skipped'],
    ]);
    rmSync(where, { recursive: true, force: true });
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
