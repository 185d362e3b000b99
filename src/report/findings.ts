/**
 * The "Record of main findings" table, and its reconciliation with the body.
 *
 * In converted reports the table's group labels cannot be trusted: rows sit
 * under the wrong part's label. So each graded row is matched to the body's
 * graded sections by name, in order, and takes its part from the section it
 * matches. A row with no section in the body (Equality and diversity) belongs
 * to the part of the row before it.
 */
import { gradeOf, gradeValueOfWord } from './grades.js';
import type { Judgement, Section } from './model.js';
import type { SourceLine } from './metadata.js';

export interface FindingsRow {
  area: string;
  /** The grade word as printed, e.g. "inadequate". */
  word: string;
  line: number;
}

export type Warn = (line: number, message: string) => void;

/** Reads the graded rows of the table; label rows (no grade) are dropped. */
export function parseFindingsTable(lines: SourceLine[], warn: Warn): FindingsRow[] {
  const rows: FindingsRow[] = [];
  for (const line of lines) {
    const [area = '', word = ''] = line.text.split('\t').map((cell) => cell.replace(/\*\*/g, '').trim());
    if (area === '' || word === '') continue;
    if (gradeValueOfWord(word) === null) {
      warn(line.number, `unknown grade word "${word}" for "${area}" in the findings table; the row is ignored`);
      continue;
    }
    rows.push({ area, word, line: line.number });
  }
  return rows;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** One judgement per table row, in table order, plus any graded body section the table lacks. */
export function reconcileJudgements(rows: FindingsRow[], sections: Section[], warn: Warn, tableLine: number): Judgement[] {
  const graded = sections.filter((s) => s.grade !== null);
  const judgements: Judgement[] = [];
  const matched = new Set<Section>();
  let next = 0;
  let lastPart = graded[0]?.part ?? '';

  for (const row of rows) {
    const value = gradeValueOfWord(row.word)!;
    const offset = graded.slice(next).findIndex((s) => sameName(s.name, row.area));
    if (offset < 0) {
      judgements.push({ part: lastPart, area: row.area, ...labelled(value), paragraphs: [] });
      continue;
    }
    const section = graded[next + offset]!;
    next += offset + 1;
    matched.add(section);
    lastPart = section.part;
    const judgement: Judgement = { part: section.part, area: section.name, ...labelled(value), paragraphs: [...section.paragraphs] };
    if (section.grade && section.grade.value !== value) {
      judgement.bodyGrade = section.grade;
      judgement.disagreement =
        `the findings table grades "${section.name}" (${section.part}) ${gradeOf(value).label} ` +
        `but the body grades it ${section.grade.label}`;
      warn(row.line, `${judgement.disagreement} (line ${section.line})`);
    }
    judgements.push(judgement);
  }

  for (const section of graded) {
    if (matched.has(section)) continue;
    if (rows.length > 0) warn(section.line, `"${section.name}" (${section.part}) is graded in the body but not in the findings table`);
    judgements.push({ part: section.part, area: section.name, ...labelled(section.grade!.value), paragraphs: [...section.paragraphs] });
  }
  if (judgements.length === 0) warn(tableLine, 'no graded judgements were found');
  return judgements;
}

function labelled(value: Judgement['grade']): Pick<Judgement, 'grade' | 'label'> {
  const { label } = gradeOf(value);
  return { grade: value, label };
}
