import type { Grade, GradeLabel, GradeValue } from './model.js';

/** Ofsted's four point scale, best first. */
export const GRADE_LABELS: Record<GradeValue, GradeLabel> = {
  1: 'Outstanding',
  2: 'Good',
  3: 'Adequate',
  4: 'Inadequate',
};

const VALUE_BY_WORD = new Map<string, GradeValue>(
  (Object.entries(GRADE_LABELS) as [string, GradeLabel][]).map(([value, label]) => [
    label.toLowerCase(),
    Number(value) as GradeValue,
  ]),
);

/** The grade a word names, in any letter case ("adequate" → 3), or null for any other word. */
export function gradeValueOfWord(word: string): GradeValue | null {
  return VALUE_BY_WORD.get(word.trim().toLowerCase()) ?? null;
}

export function gradeOf(value: GradeValue): Grade {
  return { value, label: GRADE_LABELS[value] };
}

export function isGradeValue(n: number): n is GradeValue {
  return n === 1 || n === 2 || n === 3 || n === 4;
}
