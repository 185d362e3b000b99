import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/report/errors.js';
import { parseReport } from '../../src/report/parse.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/corpus/fernhill-2013.txt');
const base = readFileSync(FIXTURE, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

function loadError(text: string, file = 'crafted.txt'): ReportError {
  try {
    parseReport(text, file);
  } catch (err) {
    if (err instanceof ReportError) return err;
    throw err;
  }
  throw new Error('expected the report not to load');
}

describe('reports that cannot load give an error naming file and line', () => {
  it('an empty file', () => {
    for (const text of ['', '\n\n  \n']) {
      const err = loadError(text, 'empty.txt');
      expect(err.issue).toMatchObject({ file: 'empty.txt', line: 1 });
      expect(err.message).toBe('empty.txt:1: the file is empty');
    }
  });

  it('a text with no numbered paragraphs', () => {
    const err = loadError('Shopping list\n\nEggs, milk and bread.\n');
    expect(err.message).toMatch(/^crafted\.txt:1: no numbered paragraphs found/);
  });

  it('a numbered text of another kind', () => {
    const err = loadError('\nMinutes of the parish council\n\n1. Apologies were received.\n2. The minutes were approved.\n');
    expect(err.issue.line).toBe(2);
    expect(err.message).toContain('not an "Inspection of safeguarding and looked after children services" report');
    expect(err.message).toContain('Minutes of the parish council');
  });

  it('a binary file', () => {
    expect(loadError('\u0000\u0001PNG').message).toContain('not a text file');
  });
});

describe('flawed reports load with warnings naming file and line', () => {
  it('the made-up fixture report loads whole', () => {
    const report = parseReport(base, 'fernhill.txt');
    expect(report.id).toBe('fernhill-2013');
    expect(report.inspectionDates).toEqual({ start: '2013-02-28', end: '2013-03-09' });
    expect(report.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.paragraphs[2]!.text).toBe(
      'The overall effectiveness of safeguarding services is good. The youth offending team (YOT) works closely with schools and the virtual school¹ supports pupils who are placed out of the borough. Fernhill runs a rapid response service for families in crisis.',
    );
    expect(report.paragraphs[2]!.footnotes).toEqual([{ marker: '¹', text: 'The virtual school tracks the progress of children in care.' }]);
    expect(report.paragraphs[3]!.grade).toEqual({ value: 1, label: 'Outstanding' });
    expect(report.recommendations.map((r) => r.text)).toEqual([
      'ensure that every child in need plan is reviewed by a manager',
      'review the out of hours social work rota',
    ]);
    expect(report.glossary).toMatchObject({ YOT: 'youth offending team', HMI: "Her Majesty's Inspectors" });
  });

  it('a grade that disagrees between findings table and body keeps both and says so', () => {
    const report = parseReport(base, 'fernhill.txt');
    const healthy = report.judgements.find((j) => j.area === 'Being healthy')!;
    expect(healthy).toMatchObject({ grade: 3, label: 'Adequate', bodyGrade: { value: 2, label: 'Good' }, paragraphs: [8] });
    expect(healthy.disagreement).toContain('Adequate');
    expect(report.warnings).toContainEqual({
      file: 'fernhill.txt',
      line: lineOf(base, 'Being healthy\tAdequate'),
      message: expect.stringContaining('findings table grades "Being healthy"'),
    });
    // Equality and diversity has no body section: it stays a judgement of its part.
    expect(report.judgements.find((j) => j.area === 'Equality and diversity')).toMatchObject({
      part: 'Safeguarding services',
      paragraphs: [],
    });
  });

  it('a duplicate paragraph number', () => {
    const text = base.replace('6. Children and young people are safe', '4. Children and young people are safe');
    const report = parseReport(text, 'dup.txt');
    expect(report.paragraphs.filter((p) => p.number === 4)).toHaveLength(1);
    expect(report.paragraphs.find((p) => p.number === 4)!.text).toMatch(/^Capacity for improvement is outstanding/);
    expect(report.warnings).toContainEqual({
      file: 'dup.txt',
      line: lineOf(text, '4. Children and young people'),
      message: expect.stringMatching(/paragraph 4 appears again \(first at line \d+\)/),
    });
  });

  it('missing paragraph numbers', () => {
    const text = base.replace('7. The overall effectiveness', '9. The overall effectiveness');
    const report = parseReport(text, 'gap.txt');
    expect(report.paragraphs.map((p) => p.number)).toContain(9);
    expect(report.warnings).toContainEqual({
      file: 'gap.txt',
      line: lineOf(text, '9. The overall effectiveness'),
      message: 'paragraphs 7 to 8 are missing before paragraph 9',
    });
  });

  it('an unknown grade word', () => {
    const text = base.replace('Grade 3 (adequate)', 'Grade 3 (Satisfactory)');
    const report = parseReport(text, 'word.txt');
    expect(report.paragraphs.find((p) => p.number === 7)!.grade).toEqual({ value: 3, label: 'Adequate' });
    expect(report.warnings).toContainEqual({
      file: 'word.txt',
      line: lineOf(text, 'Satisfactory'),
      message: expect.stringContaining('unknown grade word "Satisfactory"'),
    });
  });

  it('an unknown grade word in the findings table', () => {
    const text = base.replace('Overall effectiveness\tAdequate', 'Overall effectiveness\tSatisfactory');
    const report = parseReport(text, 'table.txt');
    expect(report.warnings).toContainEqual({
      file: 'table.txt',
      line: lineOf(text, 'Satisfactory'),
      message: expect.stringContaining('unknown grade word "Satisfactory"'),
    });
    // The body's own grade still stands as a judgement.
    expect(report.judgements.find((j) => j.part === 'Services for looked after children' && j.area === 'Overall effectiveness')).toMatchObject({ grade: 3 });
  });

  it('a grade off the scale leaves the section ungraded', () => {
    const text = base.replace('Grade 3 (adequate)', 'Grade 5 (Poor)');
    const report = parseReport(text, 'scale.txt');
    expect(report.paragraphs.find((p) => p.number === 7)!.grade).toBeNull();
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('"Grade 5 (Poor)" is not on the four point scale'));
  });

  it('a missing front-page field', () => {
    const text = base.replace('Reporting inspector: Alex Example', '');
    const report = parseReport(text, 'front.txt');
    expect(report.inspector).toBe('');
    expect(report.warnings.map((w) => w.message)).toContain('the front page gives no reporting inspector');
  });

  it('a report without a findings table takes its judgements from the body', () => {
    const text = base.slice(0, base.lastIndexOf('Record of main findings'));
    const report = parseReport(text, 'notable.txt');
    expect(report.judgements.map((j) => `${j.area}:${j.grade}`)).toEqual([
      'Overall effectiveness:2',
      'Capacity for improvement:1',
      'Children and young people are safe and feel safe:2',
      'Overall effectiveness:3',
      'Being healthy:2',
    ]);
    expect(report.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('no "Record of main findings" table'));
  });
});
