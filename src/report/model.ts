/**
 * The report model: everything the product ever quotes comes from these shapes.
 *
 * A {@link Report} is built by `parseReport` from the plain text of one Ofsted
 * inspection report (a PDF conversion) and is never changed afterwards. Text
 * fields are verbatim from the source, with PDF page-break continuations merged
 * and markdown bold (`**`) removed.
 */

/** Numeric grade on Ofsted's four point scale: 1 is best, 4 is worst. */
export type GradeValue = 1 | 2 | 3 | 4;

/** The word Ofsted uses for each grade, in title case. */
export type GradeLabel = 'Outstanding' | 'Good' | 'Adequate' | 'Inadequate';

/** A judgement grade, e.g. `{ value: 3, label: 'Adequate' }`. */
export interface Grade {
  value: GradeValue;
  label: GradeLabel;
}

/** One row of the grading scale the report explains (paragraph 3 in the Sutton report). */
export interface GradeScaleEntry extends Grade {
  /** e.g. "A service that only meets minimum requirements". */
  description: string;
}

/** A footnote, attached to the paragraph whose text carries its marker. */
export interface Footnote {
  /** The marker as printed, e.g. "¹". */
  marker: string;
  text: string;
}

/** A numbered paragraph of the report, verbatim. */
export interface Paragraph {
  /** The paragraph number as printed (1-based, unique within a report). */
  number: number;
  /**
   * Verbatim text. Bulleted lines that belong to the paragraph follow its
   * first line, one per line, each starting with "- ".
   */
  text: string;
  /** The part it sits in, e.g. "Safeguarding services", or "" for the introduction. */
  part: string;
  /** The nearest heading above it, e.g. "Quality of provision". */
  heading: string;
  /**
   * Every heading from the part down to `heading`, including ungraded group
   * headings, e.g. ["Safeguarding services", "Safeguarding outcomes for
   * children and young people", "Children and young people are safe and feel safe"].
   */
  path: string[];
  /** The grade of the judgement the paragraph sits under, or null (introduction, service information). */
  grade: Grade | null;
  footnotes: Footnote[];
  /** 1-based line in the source file where the paragraph starts. */
  line: number;
}

/** A graded section of the report body. */
export interface Section {
  part: string;
  /** The section heading, e.g. "Being healthy". */
  name: string;
  /** Ungraded group headings between the part and this section. */
  groups: string[];
  grade: Grade | null;
  paragraphs: number[];
  line: number;
}

/** One of the report's parts, e.g. "Services for looked after children". */
export interface Part {
  name: string;
  sections: Section[];
}

/**
 * A judgement from the "Record of main findings" table, reconciled with the
 * body. `grade`/`label` are the table's; where the body's grade differs,
 * `bodyGrade` holds it and `disagreement` says so.
 */
export interface Judgement {
  part: string;
  /** The area judged, e.g. "Overall effectiveness". */
  area: string;
  grade: GradeValue;
  label: GradeLabel;
  /** Numbers of the paragraphs under this judgement's section; empty when the body has none. */
  paragraphs: number[];
  /** The grade printed in the body, when it differs from the table. */
  bodyGrade?: Grade;
  /** Human-readable description of a table/body disagreement. */
  disagreement?: string;
}

export type Timescale = 'Immediately' | 'Within three months' | 'Within six months';

/** One bullet of an "Areas for improvement" list. */
export interface Recommendation {
  /** The paragraph that introduces the list, e.g. 17. */
  paragraph: number;
  part: string;
  timescale: Timescale;
  text: string;
}

/** A problem found while loading a report: the file and line it concerns, and what is wrong. */
export interface ReportIssue {
  file: string;
  line: number;
  message: string;
}

export interface Report {
  /** Stable, readable id used in every citation, e.g. "sutton-2012". */
  id: string;
  /** Path of the source file, as given to the loader. */
  file: string;
  /** e.g. "Inspection of safeguarding and looked after children services". */
  title: string;
  /** e.g. "London Borough of Sutton". */
  authority: string;
  /** The reporting (lead) inspector. */
  inspector: string;
  /** ISO date, e.g. "2012-05-29". */
  published: string;
  /** ISO dates of the first and last day of the inspection. */
  inspectionDates: { start: string; end: string };
  /** e.g. "All". */
  ageGroup: string;
  gradeScale: GradeScaleEntry[];
  /** The paragraph that sets out the grading scale (3 in the Sutton report), or null when the report prints none. */
  gradeScaleParagraph: number | null;
  parts: Part[];
  paragraphs: Paragraph[];
  judgements: Judgement[];
  recommendations: Recommendation[];
  /** Acronym → expansion, from the report's own definitions plus the curated list. */
  glossary: Record<string, string>;
  /** Problems that did not stop the report loading. */
  warnings: ReportIssue[];
}
