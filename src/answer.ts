/**
 * The Answer value: what the engine returns for a question, and what every
 * surface (command line, Slack, local conversation) renders. It holds only
 * data quoted from the report model, never presentation.
 */
import type { Grade, Judgement, Paragraph, Recommendation } from './report/model.js';

/** A paragraph cited in answer to a question. */
export interface Citation {
  /** Report id, e.g. "sutton-2012". */
  report: string;
  paragraph: number;
  part: string;
  /** The heading path joined with " › ", e.g. "Safeguarding services › Quality of provision". */
  heading: string;
  /** The heading path as a list (part first). */
  path: string[];
  grade: Grade | null;
  /** Relevance score; higher is better; only comparable within one answer. */
  score: number;
  /** Verbatim paragraph text. */
  text: string;
  /**
   * The paragraph's best sentences for the question, verbatim, joined by " … ",
   * with matched words wrapped in `**`, e.g. "The **MASH** went live in …".
   */
  snippet: string;
  /**
   * The same paragraph under the same headings, word for word but for each
   * report's own place name, in other reports asked of, first ones first (at
   * most {@link SAME_IN_LISTED}). Absent when no other report prints it.
   */
  sameIn?: { report: string; paragraph: number }[];
  /** How many other reports print it, when more than `sameIn` lists. */
  sameInCount?: number;
}

/** Most other reports a citation lists as printing the same paragraph. */
export const SAME_IN_LISTED = 10;

/** A judgement as returned in answers: the report model's judgement plus its report id. */
export interface JudgementResult extends Judgement {
  report: string;
}

/** A recommendation as returned in answers, with its report id. */
export interface RecommendationResult extends Recommendation {
  report: string;
}

/**
 * How far the report answers a question:
 * - `answered`: a paragraph says it;
 * - `closest`: no paragraph answers it directly; the results are the closest
 *   the report comes, and must be shown as such;
 * - `nothing`: no paragraph shares the question's meaning; there are no results.
 */
export type AnswerKind = 'answered' | 'closest' | 'nothing';

/**
 * The kind of thing a question asks for, when it asks for one the report may
 * not hold: a person's name, an organisation's name, a phone number, money,
 * a date still to come, or what happened after the report was published.
 */
export type ExpectedAnswer = 'person' | 'organisation' | 'phone' | 'address' | 'money' | 'date' | 'later';

/** The answer to a free-text question. */
export interface Answer {
  query: string;
  kind: AnswerKind;
  /** `kind === 'answered'`: a paragraph answers this. */
  answered: boolean;
  /**
   * The decision's estimate, from 0 to 1, that the first result answers the
   * question (1 for look-ups by paragraph number, grade or recommendation).
   */
  confidence: number;
  /**
   * What the question asks for that no shown paragraph holds, said plainly,
   * e.g. "The report names no one in this role." Only on `closest` answers.
   */
  missing?: string;
  /** Most relevant first, in `answered` and `closest` answers. Empty for `nothing`. */
  results: Citation[];
  /** Judgements that answer a grade question, by part; otherwise empty. */
  judgements: JudgementResult[];
  /** Recommendations that answer a "what must be done" question; otherwise empty. */
  recommendations: RecommendationResult[];
  /** Unless answered: areas or terms the user might try instead. */
  suggestions: string[];
}

/** The answer to a grade look-up (`grade [area]`). */
export interface GradeAnswer {
  query: string;
  judgements: JudgementResult[];
  /** Set when nothing matched: explains and lists the areas that exist. */
  message?: string;
  /** Every area name known, for suggestions. */
  areas: string[];
}

/** A paragraph looked up by number, with its report id. */
export interface CitedParagraph extends Paragraph {
  report: string;
}

/** The answer to `cite N`: the paragraph, or an error saying why not. */
export type CiteAnswer = { paragraph: CitedParagraph } | { error: string };
