/**
 * A paragraph named by number, as people type it and as the app prints it:
 * "65", "para 65", "paragraph 65", "¶65", "p. 65", "sutton-2012 65",
 * "sutton-2012-2 ¶65", "sutton-2012:65".
 */

export interface ParagraphReference {
  /** The report's id, lower-cased, when one is given, e.g. "sutton-2012". */
  report?: string;
  number: number;
}

/** No reference is this long; longer text is not looked at. */
const MAX_LENGTH = 200;

/** A paragraph number, with or without a word or mark before it. Longer numbers are figures, not paragraphs. */
const NUMBER = /^(?:(?:para(?:graph)?s?\.?|¶|§|p\.?|#)\s*)?(\d{1,4})$/i;

/** A report id and what follows it, after a space, "#" or ":". */
const REPORT_THEN_REST = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*[#:]\s*|\s+)(.+)$/i;

/**
 * Ids of the form the app gives reports: the authority and a year, with a
 * number after it when two reports would have the same id ("sutton-2012",
 * "sutton-2012-2").
 */
const DATED_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{4}(?:-\d{1,3})?$/;

export function looksLikeReportId(word: string): boolean {
  return DATED_ID.test(word);
}

/** A test for report ids: one of `ids`, or any id of the form the app gives. */
export function reportIdTest(ids: Iterable<string>): (word: string) => boolean {
  const known = new Set(ids);
  return (word) => known.has(word) || looksLikeReportId(word);
}

/**
 * Reads `text` as a paragraph reference, or returns undefined. A first word
 * counts as a report id only if `isReportId` says so, so that "year 11" is
 * not taken for paragraph 11 of a report called "year".
 */
export function parseParagraphReference(text: string, isReportId: (word: string) => boolean = looksLikeReportId): ParagraphReference | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const ref = text.trim().replace(/[.?!]$/, '').trimEnd();
  const plain = NUMBER.exec(ref);
  if (plain) return { number: Number(plain[1]) };
  const split = REPORT_THEN_REST.exec(ref);
  const numbered = split && NUMBER.exec(split[2]!);
  const report = split?.[1]!.toLowerCase();
  if (!numbered || report === undefined || !isReportId(report)) return undefined;
  return { report, number: Number(numbered[1]) };
}
