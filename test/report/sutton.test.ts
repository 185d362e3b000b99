import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse.js';
import type { Report } from '../../src/report/model.js';
import { defaultCorpusDir } from '../../src/paths.js';

const FILE = join(defaultCorpusDir, '000_411fcbd83716260d.txt');
const source = readFileSync(FILE, 'utf8');
let report: Report;
const para = (n: number) => report.paragraphs.find((p) => p.number === n)!;

beforeAll(() => {
  report = parseReport(source, FILE);
});

describe('the Sutton 2012 report', () => {
  it('reads the front page', () => {
    expect(report.id).toBe('sutton-2012');
    expect(report.title).toBe('Inspection of safeguarding and looked after children services');
    expect(report.authority).toBe('London Borough of Sutton');
    expect(report.inspector).toBe('Richard Nash');
    expect(report.published).toBe('2012-05-29');
    expect(report.inspectionDates).toEqual({ start: '2012-04-10', end: '2012-04-20' });
    expect(report.ageGroup).toBe('All');
  });

  it('loads without warnings', () => {
    expect(report.warnings).toEqual([]);
  });

  it('reads the grading scale from paragraph 3', () => {
    expect(report.gradeScale.map((g) => `${g.value} ${g.label}`)).toEqual(['1 Outstanding', '2 Good', '3 Adequate', '4 Inadequate']);
    expect(report.gradeScale[2]!.description).toBe('A service that only meets minimum requirements');
    expect(para(3).text).toContain('Adequate (Grade 3): A service that only meets minimum requirements');
    expect(report.gradeScaleParagraph).toBe(3);
  });

  it('has paragraphs 1 to 108, in order, each once', () => {
    expect(report.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 108 }, (_, i) => i + 1));
  });

  it('keeps the table of contents out of the content', () => {
    expect(para(1).path).toEqual(['About this inspection']);
    expect(report.paragraphs.some((p) => /\t\d+$/m.test(p.text))).toBe(false);
  });

  it('puts each paragraph under its part, section and grade', () => {
    expect(para(4)).toMatchObject({ part: '', heading: 'Service information', grade: null });
    expect(para(9)).toMatchObject({ part: 'Safeguarding services', heading: 'Overall effectiveness', grade: { value: 4, label: 'Inadequate' } });
    expect(para(17)).toMatchObject({ heading: 'Areas for improvement', grade: null });
    expect(para(18).path).toEqual([
      'Safeguarding services',
      'Safeguarding outcomes for children and young people',
      'Children and young people are safe and feel safe',
    ]);
    expect(para(65)).toMatchObject({ heading: 'Performance management and quality assurance', grade: { value: 4 } });
    expect(para(73)).toMatchObject({ part: 'Services for looked after children', heading: 'Overall effectiveness', grade: { value: 3 } });
    expect(para(79).path).toEqual([
      'Services for looked after children',
      'How good are outcomes for looked after children and care leavers?',
      'Being healthy',
    ]);
    expect(para(97)).toMatchObject({ heading: 'Quality of provision', grade: { value: 3, label: 'Adequate' } });
    expect(para(97).path).toContain('How good are outcomes for looked after children and care leavers?');
    expect(para(101).path).toEqual(['Services for looked after children', 'Ambition and prioritisation']);
  });

  it('reads every shape of grade: own line, after bold on the heading line, lower case', () => {
    expect(para(30)).toMatchObject({
      heading: 'The contribution of health agencies to keeping children and young people safe',
      grade: { value: 2, label: 'Good' },
    });
    expect(para(83)).toMatchObject({ heading: 'Staying safe', grade: { value: 3, label: 'Adequate' } });
    expect(para(86)).toMatchObject({ heading: 'Enjoying and achieving', grade: { value: 3, label: 'Adequate' } });
    expect(para(67)).toMatchObject({ heading: 'Partnership working', grade: { value: 3, label: 'Adequate' } });
    expect(para(103)).toMatchObject({ heading: 'Leadership and management', grade: { value: 3, label: 'Adequate' } });
    expect(JSON.stringify(report)).not.toContain('**');
  });

  it('merges paragraphs split by page breaks', () => {
    const splits: [number, string][] = [
      [6, 'Other services are provided or coordinated through children\'s services such as youth services'],
      [12, 'work is managed in a timely way to ensure children and young people are seen promptly'],
      [28, 'that safeguard children and prevent the need for referrals to statutory provision'],
      [37, 'the casualty card contains a flag if there is a child protection plan in place'],
      [43, 'before treatment begins depending on the level of priority'],
      [49, 'perceived gap in services between a young person leaving the children\'s disability service'],
      [67, 'engagement in education and training and reduction in anti-social behaviour'],
      [72, 'to improve safeguarding outcomes, the local authority and its partners have had insufficient focus'],
      [86, 'are not as established and achieve less positive outcomes'],
      [92, 'from children and young people when they leave a placement'],
      [95, 'when they reach 16 years of age'],
      [105, 'within both looked after children social work team and the youth offending team'],
    ];
    for (const [n, words] of splits) {
      expect(para(n).text.replace(/\s+/g, ' '), `paragraph ${n}`).toContain(words);
    }
    expect(para(96).text).not.toContain('Quality of provision');
  });

  it('quotes every paragraph verbatim', () => {
    const withoutFootnotes = source
      .split('\n')
      // Footnotes and stray bullet marks are not paragraph text.
      .filter((l) => !/^[¹²³⁴⁵⁶⁷⁸⁹]/.test(l) && l.trim() !== '-')
      .join('\n')
      .replace(/\t/g, ': ')
      .replace(/\s+/g, '');
    for (const p of report.paragraphs) {
      expect(withoutFootnotes, `paragraph ${p.number}`).toContain(`${p.number}.${p.text.replace(/\s+/g, '')}`);
    }
  });

  it('attaches footnotes to the paragraph that references them, not to its text', () => {
    expect(para(4).footnotes).toEqual([
      { marker: '¹', text: 'ONS Mid 2010 Population Estimates' },
      { marker: '²', text: 'Sutton School Census January 2010 (Primary, Secondary and Special Schools) Full Time pupils only' },
    ]);
    expect(para(6).text).not.toContain('ONS Mid 2010');
    expect(report.paragraphs.filter((p) => p.footnotes.length > 0).map((p) => p.number)).toEqual([4]);
  });

  it('keeps bullet lists with their paragraph', () => {
    const lines = para(2).text.split('\n');
    expect(lines[0]).toBe('The evidence evaluated by inspectors included:');
    expect(lines.slice(1).every((l) => l.startsWith('- '))).toBe(true);
    expect(lines).toHaveLength(6);
  });

  it('lists every recommendation with its timescale, paragraph and part', () => {
    const count = (paragraph: number, timescale: string) =>
      report.recommendations.filter((r) => r.paragraph === paragraph && r.timescale === timescale).length;
    expect(count(17, 'Immediately')).toBe(7);
    expect(count(17, 'Within three months')).toBe(6);
    expect(count(78, 'Immediately')).toBe(4);
    expect(count(78, 'Within three months')).toBe(10);
    expect(count(78, 'Within six months')).toBe(2);
    expect(report.recommendations).toHaveLength(29);
    expect(report.recommendations.every((r) => r.text.length > 10 && !r.text.startsWith('-'))).toBe(true);
    expect(report.recommendations.find((r) => r.text.startsWith('Sutton and Merton PCT and the Royal Marsden'))).toMatchObject({
      paragraph: 17,
      part: 'Safeguarding services',
      timescale: 'Within three months',
    });
    expect(report.recommendations.filter((r) => r.paragraph === 78).every((r) => r.part === 'Services for looked after children')).toBe(true);
  });

  it('reconciles the 22 judgements of the findings table with the body', () => {
    expect(report.judgements).toHaveLength(22);
    const find = (part: string, area: string) => report.judgements.find((j) => j.part === part && j.area === area);
    const S = 'Safeguarding services';
    const L = 'Services for looked after children';
    expect(find(S, 'Overall effectiveness')).toMatchObject({ grade: 4, label: 'Inadequate', paragraphs: [9, 10, 11, 12, 13, 14] });
    expect(find(S, 'Ambition and prioritisation')).toMatchObject({ grade: 3, paragraphs: [56] });
    expect(find(S, 'Partnership working')).toMatchObject({ grade: 3, paragraphs: [67, 68, 69, 70, 71, 72] });
    expect(find(S, 'Equality and diversity')).toMatchObject({ grade: 3, label: 'Adequate', paragraphs: [] });
    expect(find(L, 'Overall effectiveness')).toMatchObject({ grade: 3, paragraphs: [73, 74, 75] });
    expect(find(L, 'Capacity for improvement')).toMatchObject({ grade: 3, paragraphs: [76, 77] });
    expect(find(L, 'Being healthy')).toMatchObject({ grade: 2, label: 'Good' });
    expect(find(L, 'Quality of provision')).toMatchObject({ grade: 3, paragraphs: [97, 98, 99, 100] });
    expect(find(L, 'Performance management and quality assurance')).toMatchObject({ grade: 4, label: 'Inadequate', paragraphs: [106, 107, 108] });
    expect(find(L, 'Equality and diversity')).toMatchObject({ grade: 3, paragraphs: [] });
    expect(report.judgements.filter((j) => j.part === S)).toHaveLength(10);
    expect(report.judgements.filter((j) => j.part === L)).toHaveLength(12);
    expect(report.judgements.some((j) => j.disagreement)).toBe(false);
  });

  it('builds a glossary from the report\'s own definitions and the curated list', () => {
    expect(report.glossary).toMatchObject({
      LADO: 'Local Authority Designated Officer',
      MASH: 'multi-agency safeguarding hub',
      CAMHS: 'child and adolescent mental health services',
      CAF: 'common assessment framework',
      PLHV: 'Paediatric Liaison Health Visitor',
      PEP: 'personal education plan',
      LSCB: 'Local Safeguarding Children Board',
      PCT: 'Primary Care Trust',
      GP: 'general practitioner',
      'A&E': 'accident and emergency',
      HMI: "Her Majesty's Inspectors",
      DCS: "Director of Children's Services",
    });
    // Curated acronyms the report never uses stay out.
    expect(report.glossary.NEET).toBeUndefined();
  });
});
