/**
 * Parses the plain text of an Ofsted "Inspection of safeguarding and looked
 * after children services" report (a PDF conversion) into a {@link Report}.
 *
 * The text has one line per paragraph, bullet or heading, with blank lines
 * between blocks. What makes it hard is the conversion:
 *
 * - page breaks split a paragraph mid-sentence; the rest follows after a blank
 *   line, sometimes after the page's footnotes;
 * - grades come on their own line under a heading (`Grade 3 (Adequate)`), on
 *   the heading's line after markdown bold (`Staying safe**Grade 3 (Adequate)**`),
 *   and in any letter case;
 * - the findings table at the end has misplaced group labels (see findings.ts).
 *
 * @example
 * const report = parseReport(readFileSync(file, 'utf8'), file);
 * report.paragraphs[64]; // { number: 65, heading: 'Performance management and quality assurance', grade: { value: 4, … }, … }
 */
import { graphemePrefix } from '../graphemes.js';
import { ReportError } from './errors.js';
import { reconcileJudgements, parseFindingsTable } from './findings.js';
import { buildGlossary } from './glossary.js';
import { gradeOf, gradeValueOfWord, isGradeValue, GRADE_LABELS } from './grades.js';
import { parseMetadata, reportId, type SourceLine } from './metadata.js';
import type {
  Footnote,
  Grade,
  GradeScaleEntry,
  Paragraph,
  Part,
  Recommendation,
  Report,
  ReportIssue,
  Section,
  Timescale,
} from './model.js';

/** The title every report of the supported family carries. */
const FAMILY_TITLE = /safeguarding and looked after children/i;

/** Headings that open one of the report's two parts. */
const PART_HEADINGS = [/^safeguarding services$/i, /^services for looked after children$/i];

/**
 * Sections that the report family groups apart from the outcome sections: an
 * ungraded group heading ("Safeguarding outcomes for children and young
 * people") covers the outcome sections after it, and ends where these begin.
 */
const LEADERSHIP_AREAS = new Set([
  'ambition and prioritisation',
  'leadership and management',
  'performance management and quality assurance',
  'partnership working',
  'equality and diversity',
]);

/** The heading of the recommendations in each part. */
const RECOMMENDATIONS_HEADING = /^areas for improvement$/i;

const FINDINGS_HEADING = /^record of main findings:?$/i;

/*
 * Every pattern below runs on one line of a report, and a line can be
 * hundreds of thousands of characters long. So none may rescan a run of
 * text from each of its characters: no two parts of a pattern compete for
 * the same run (a lazy group before `\s*`, `\s*` beside `.*`), and an
 * unanchored pattern only starts where its run starts. Captured words are
 * trimmed in code instead.
 */
const PARAGRAPH_START = /^(\d{1,3})\.\s+(\S.*)$/;
const BULLET = /^\s*[-–•](.*)$/;
const FOOTNOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$/;
const GRADE_LINE = /^\**\s*Grade\s+(\d)\s*\(([^)]*)\)\s*\**$/i;
/** "Staying safe**Grade 3 (Adequate)**". The grade word holds no "(" or "*", so each "**" is tried once. */
const HEADING_WITH_GRADE = /^(.*)\*\*\s*Grade\s+(\d)\s*\(([^()*]*)\)\s*\*\*$/i;
const TIMESCALE = /^(immediately|within (?:three|six) months):?$/i;
const SCALE_ROW = /^(Outstanding|Good|Adequate|Inadequate)\s+\(Grade\s+([1-4])\)[^\S\t]*\t\s*(\S.*)$/i;
/** A contents row ends in a page number after a tab; run on lines whose end is already trimmed. */
const TABLE_OF_CONTENTS_ROW = /\t[^\S\t]*\d+$/;
const SENTENCE_END = /[.?!:;)"'”’]$/;
const MAX_HEADING_LENGTH = 150;

/** The standard scale, used when a report does not print its own. */
const STANDARD_SCALE: GradeScaleEntry[] = [
  { ...gradeOf(1), description: 'A service that significantly exceeds minimum requirements' },
  { ...gradeOf(2), description: 'A service that exceeds minimum requirements' },
  { ...gradeOf(3), description: 'A service that only meets minimum requirements' },
  { ...gradeOf(4), description: 'A service that does not meet minimum requirements' },
];

interface OpenParagraph {
  number: number;
  line: number;
  lines: string[];
  /** Whether the last line added is a list item, bullet or table row (they often end without a full stop). */
  lastIsListItem: boolean;
  section: Section | null;
  /** False for a duplicate numbered paragraph, whose text is read but not kept. */
  keep: boolean;
}

interface PendingHeading {
  text: string;
  line: number;
}

function canonicalTimescale(text: string): Timescale {
  const lower = text.toLowerCase().replace(/:$/, '');
  if (lower === 'immediately') return 'Immediately';
  return lower.includes('three') ? 'Within three months' : 'Within six months';
}

function stripBold(text: string): string {
  return text.replace(/\*\*/g, '').trim();
}

/** Parses one report. Throws {@link ReportError} when nothing usable remains. */
export function parseReport(source: string, file: string): Report {
  if (source.includes('\u0000')) throw new ReportError(file, 1, 'this is not a text file');
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ReportError(file, 1, 'the file is empty');

  const lines: SourceLine[] = text.split('\n').map((t, i) => ({ number: i + 1, text: t.trimEnd() }));
  const warnings: ReportIssue[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });

  const firstParagraph = lines.findIndex((l) => PARAGRAPH_START.test(l.text));
  if (firstParagraph < 0) {
    throw new ReportError(file, 1, 'no numbered paragraphs found: this is not an Ofsted inspection report');
  }
  const titleLine = lines.find((l) => l.text.trim() !== '')!;
  if (!FAMILY_TITLE.test(titleLine.text)) {
    throw new ReportError(
      file,
      titleLine.number,
      `not an "Inspection of safeguarding and looked after children services" report (its title is "${graphemePrefix(titleLine.text.trim(), 80)}")`,
    );
  }

  // The front page ends at the table of contents, or else at the heading above paragraph 1.
  const contents = lines.findIndex((l, i) => i < firstParagraph && /^contents$/i.test(l.text.trim()));
  const frontEnd = contents >= 0 ? contents : firstParagraph;
  const { metadata, missing } = parseMetadata(lines.slice(0, frontEnd));
  for (const m of missing) warn(m.line, `the front page gives no ${m.field}`);

  // Without a table of contents, the body starts at the heading directly above paragraph 1.
  let bodyStart = contents >= 0 ? contents + 1 : firstParagraph;
  if (contents < 0) {
    let above = firstParagraph - 1;
    while (above > 0 && lines[above]!.text.trim() === '') above--;
    if (above > 0 && isHeadingLike(lines[above]!.text) && !lines[above]!.text.includes(':')) bodyStart = above;
  }
  const findingsIndex = lines.findIndex((l, i) => i > firstParagraph && FINDINGS_HEADING.test(l.text.trim()));
  const bodyEnd = findingsIndex >= 0 ? findingsIndex : lines.length;

  // --- The body: headings, grades, paragraphs, bullets, footnotes. ---
  const parts: Part[] = [];
  const paragraphs: Paragraph[] = [];
  const sections: Section[] = [];
  const recommendations: Recommendation[] = [];
  const footnotes: (Footnote & { line: number })[] = [];
  let gradeScale: GradeScaleEntry[] = [];
  let gradeScaleParagraph: number | null = null;

  let part: Part | null = null;
  let groups: string[] = [];
  let section: Section | null = null;
  let pending: PendingHeading[] = [];
  let open: OpenParagraph | null = null;
  let timescale: Timescale | null = null;
  let previousBlank = true;
  const seen = new Map<number, number>();
  let lastNumber = 0;

  const closeParagraph = () => {
    if (open?.keep) {
      const s = open.section;
      const path = [s?.part ?? '', ...(s?.groups ?? []), s?.name ?? ''].filter((p) => p !== '');
      paragraphs.push({
        number: open.number,
        text: open.lines.join('\n'),
        part: s?.part ?? '',
        heading: s?.name ?? '',
        path,
        grade: s?.grade ?? null,
        footnotes: [],
        line: open.line,
      });
      s?.paragraphs.push(open.number);
    }
    open = null;
  };

  /** Turns the headings seen since the last content into part, groups and section. */
  const settleHeadings = (grade: Grade | null, sectionHeading?: PendingHeading) => {
    const headings = [...pending];
    pending = [];
    const own = sectionHeading ?? headings.pop();
    for (const h of headings) {
      if (PART_HEADINGS.some((p) => p.test(h.text))) {
        part = { name: h.text, sections: [] };
        parts.push(part);
        groups = [];
      } else {
        groups.push(h.text);
      }
    }
    if (!own) {
      // A grade with no heading above it: it grades the section already open.
      if (grade && section && !section.grade) section.grade = grade;
      return;
    }
    if (PART_HEADINGS.some((p) => p.test(own.text))) {
      part = { name: own.text, sections: [] };
      parts.push(part);
      groups = [];
    }
    if (LEADERSHIP_AREAS.has(own.text.toLowerCase())) groups = [];
    section = {
      part: part?.name ?? '',
      name: own.text,
      groups: [...groups],
      grade,
      paragraphs: [],
      line: own.line,
    };
    sections.push(section);
    part?.sections.push(section);
    timescale = null;
  };

  const readGrade = (digit: string, word: string, line: number): Grade | null => {
    const value = Number(digit);
    const byWord = gradeValueOfWord(word);
    if (!isGradeValue(value)) {
      warn(line, `"Grade ${digit} (${word})" is not on the four point scale; the section is left ungraded`);
      return null;
    }
    if (byWord === null) {
      warn(line, `unknown grade word "${word}" in "Grade ${digit} (${word})"; using grade ${value} (${GRADE_LABELS[value]})`);
    } else if (byWord !== value) {
      warn(line, `"Grade ${digit} (${word})" disagrees with itself; using grade ${value} (${GRADE_LABELS[value]})`);
    }
    return gradeOf(value);
  };

  const append = (line: SourceLine, textToAdd: string, listItem: boolean) => {
    if (!open) {
      warn(line.number, `text outside any numbered paragraph is ignored: "${graphemePrefix(textToAdd, 60)}"`);
      return;
    }
    open.lines.push(textToAdd);
    open.lastIsListItem = listItem;
  };

  const continueLast = (textToAdd: string) => {
    if (!open) return;
    const last = open.lines.length - 1;
    open.lines[last] = `${open.lines[last]} ${textToAdd}`;
  };

  for (let i = bodyStart; i < bodyEnd; i++) {
    const line = lines[i]!;
    const raw = line.text;
    const trimmed = raw.trim();
    if (trimmed === '') {
      previousBlank = true;
      continue;
    }
    const wasBlank = previousBlank;
    previousBlank = false;
    let m: RegExpExecArray | null;

    if ((m = FOOTNOTE.exec(trimmed))) {
      footnotes.push({ marker: m[1]!, text: m[2]!, line: line.number });
    } else if (TABLE_OF_CONTENTS_ROW.test(raw) && !SCALE_ROW.test(trimmed)) {
      // A contents row: not content.
    } else if ((m = PARAGRAPH_START.exec(trimmed))) {
      closeParagraph();
      if (pending.length > 0) settleHeadings(null);
      const number = Number(m[1]);
      let keep = true;
      if (seen.has(number)) {
        warn(line.number, `paragraph ${number} appears again (first at line ${seen.get(number)}); this copy is ignored`);
        keep = false;
      } else {
        if (number > lastNumber + 1) {
          const gap = number === lastNumber + 2 ? `paragraph ${lastNumber + 1} is` : `paragraphs ${lastNumber + 1} to ${number - 1} are`;
          warn(line.number, `${gap} missing before paragraph ${number}`);
        } else if (number <= lastNumber) {
          warn(line.number, `paragraph ${number} is out of order (after paragraph ${lastNumber})`);
        }
        seen.set(number, line.number);
        lastNumber = Math.max(lastNumber, number);
      }
      open = { number, line: line.number, lines: [m[2]!], lastIsListItem: false, section, keep };
    } else if ((m = BULLET.exec(raw))) {
      const content = m[1]!.trim();
      if (content === '') continue; // a stray bullet mark with nothing after it
      append(line, `- ${content}`, true);
      // Assigned inside closures, so TypeScript cannot narrow these itself.
      const current = section as Section | null;
      const paragraph = open as OpenParagraph | null;
      if (paragraph?.keep && current && RECOMMENDATIONS_HEADING.test(current.name)) {
        if (timescale) {
          recommendations.push({ paragraph: paragraph.number, part: current.part, timescale, text: content });
        } else {
          warn(line.number, 'a recommendation with no timescale above it is not listed as a recommendation');
        }
      }
    } else if ((m = GRADE_LINE.exec(trimmed))) {
      closeParagraph();
      settleHeadings(readGrade(m[1]!, m[2]!.trim(), line.number));
    } else if ((m = TIMESCALE.exec(trimmed)) && open) {
      timescale = canonicalTimescale(m[1]!);
      append(line, trimmed, false);
    } else if ((m = SCALE_ROW.exec(trimmed))) {
      const value = Number(m[2]) as GradeScaleEntry['value'];
      gradeScale.push({ ...gradeOf(value), description: m[3]!.trim() });
      gradeScaleParagraph ??= (open as OpenParagraph | null)?.number ?? null;
      append(line, `${m[1]} (Grade ${m[2]}): ${m[3]!.trim()}`, true);
    } else if ((m = HEADING_WITH_GRADE.exec(trimmed))) {
      closeParagraph();
      const heading = { text: stripBold(m[1]!), line: line.number };
      settleHeadings(readGrade(m[2]!, m[3]!.trim(), line.number), heading);
    } else if (open && isContinuation(open, trimmed, wasBlank) && !headsGradedSection(lines, i)) {
      continueLast(stripBold(trimmed));
    } else if (isHeadingLike(trimmed)) {
      closeParagraph();
      pending.push({ text: stripBold(trimmed), line: line.number });
    } else if (open) {
      continueLast(stripBold(trimmed));
    } else {
      warn(line.number, `text outside any numbered paragraph is ignored: "${graphemePrefix(trimmed, 60)}"`);
    }
  }
  closeParagraph();

  if (paragraphs.length === 0) {
    throw new ReportError(file, lines[firstParagraph]!.number, 'no numbered paragraphs could be read');
  }

  attachFootnotes(paragraphs, footnotes, (line, message) => warn(line, message));

  if (gradeScale.length !== 4) {
    if (gradeScale.length > 0) warn(lines[bodyStart]!.number, 'the grading scale is incomplete; using the standard four point scale');
    gradeScale = STANDARD_SCALE;
    gradeScaleParagraph = null;
  }

  // --- The findings table, reconciled with the body's graded sections. ---
  let judgementsResult;
  if (findingsIndex >= 0) {
    const table = parseFindingsTable(lines.slice(findingsIndex + 1), warn);
    judgementsResult = reconcileJudgements(table, sections, warn, lines[findingsIndex]!.number);
  } else {
    warn(lines[lines.length - 1]!.number, 'no "Record of main findings" table; judgements are taken from the body alone');
    judgementsResult = reconcileJudgements([], sections, warn, lines[lines.length - 1]!.number);
  }

  const fallbackName = file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  return {
    id: reportId(metadata, fallbackName),
    file,
    ...metadata,
    gradeScale,
    gradeScaleParagraph,
    parts,
    paragraphs,
    judgements: judgementsResult,
    recommendations,
    glossary: buildGlossary(paragraphs.map((p) => p.text).join('\n')),
    warnings,
  };
}

/**
 * Whether a line after a gap carries on the open paragraph: it starts in lower
 * case, or the paragraph stopped mid-sentence, or it follows without a gap.
 */
function isContinuation(open: OpenParagraph, line: string, afterBlank: boolean): boolean {
  if (!afterBlank) return true;
  if (/^[a-z]/.test(line)) return true;
  const last = open.lines[open.lines.length - 1] ?? '';
  return !open.lastIsListItem && !SENTENCE_END.test(last);
}

/**
 * Whether line `i` is a heading because a grade follows it: a paragraph that
 * stopped without a full stop does not swallow the next section's heading.
 */
function headsGradedSection(lines: SourceLine[], i: number): boolean {
  if (!isHeadingLike(lines[i]!.text.trim()) || /^[a-z]/.test(lines[i]!.text.trim())) return false;
  let next = i + 1;
  while (next < lines.length && lines[next]!.text.trim() === '') next++;
  return next < lines.length && GRADE_LINE.test(lines[next]!.text.trim());
}

function isHeadingLike(line: string): boolean {
  const text = stripBold(line);
  return (
    text.length > 0 &&
    text.length <= MAX_HEADING_LENGTH &&
    /^[A-Z0-9‘'"]/.test(text) &&
    !/[.,;]$/.test(text)
  );
}

/** Attaches each footnote to the nearest paragraph before it whose text carries its marker. */
function attachFootnotes(
  paragraphs: Paragraph[],
  footnotes: (Footnote & { line: number })[],
  warn: (line: number, message: string) => void,
): void {
  for (const note of footnotes) {
    const owner = [...paragraphs].reverse().find((p) => p.line < note.line && p.text.includes(note.marker));
    if (owner) owner.footnotes.push({ marker: note.marker, text: note.text });
    else warn(note.line, `footnote ${note.marker} is not referenced by any paragraph above it`);
  }
}
