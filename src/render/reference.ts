/**
 * A citation for a document (a plan, minutes, a board paper): the formal
 * reference, built from the report's own front page, then the paragraph
 * word for word, so that it pastes cleanly anywhere.
 *
 * ```text
 * Ofsted (2012). Inspection of safeguarding and looked after children services: London Borough of Sutton. Published 29 May 2012, paragraph 65.
 *
 * "Performance management and quality assurance are inadequate. …"
 * ```
 */
import type { Report } from '../report/model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "29 May 2012" from "2012-05-29"; the ISO text itself when it is not a full date. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** The formal reference of a report's paragraph, in the report's own words for its title and authority. */
export function formalReference(report: Pick<Report, 'title' | 'authority' | 'published' | 'inspectionDates'>, paragraph: number): string {
  const date = report.published || report.inspectionDates.end;
  const year = date.slice(0, 4);
  const published = report.published ? ` Published ${longDate(report.published)},` : '';
  return `Ofsted (${year || 'n.d.'}). ${report.title}: ${report.authority}.${published} paragraph ${paragraph}.`;
}

/** The reference and the paragraph quoted word for word, as one plain text to paste. */
export function referenceWithQuote(report: Pick<Report, 'title' | 'authority' | 'published' | 'inspectionDates'>, paragraph: { number: number; text: string }): string {
  return `${formalReference(report, paragraph.number)}\n\n“${paragraph.text}”`;
}
