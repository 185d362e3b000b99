import type { Grade, GradeValue } from '../report/model.js';

/**
 * One mark per grade, used by every surface (Slack messages, App Home, the
 * terminal) so a grade looks the same wherever it is read. The word always
 * follows the mark, so no one has to tell colours apart.
 */
const MARKS: Record<GradeValue, string> = {
  1: '⭐',
  2: '🟢',
  3: '🟡',
  4: '🔴',
};

export function gradeMark(value: GradeValue): string {
  return MARKS[value];
}

/** e.g. "🟡 Adequate". */
export function gradeBadge(grade: Pick<Grade, 'value' | 'label'>): string {
  return `${MARKS[grade.value]} ${grade.label}`;
}
