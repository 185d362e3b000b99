/** How a report is named where several are listed: its place and year, then its id. */
import { placeOf } from '../../report/metadata.js';
import type { Report } from '../../report/model.js';
import { escapeMrkdwn } from './mrkdwn.js';

export interface ReportLabel {
  id: string;
  /** "Sutton", from "London Borough of Sutton". */
  place: string;
  /** The year of publication (or of the inspection), "" when unknown. */
  year: string;
}

export function reportLabel(report: Pick<Report, 'id' | 'authority' | 'published' | 'inspectionDates'>): ReportLabel {
  return { id: report.id, place: placeOf(report.authority) || report.authority, year: (report.published || report.inspectionDates.end).slice(0, 4) };
}

/** "Sutton 2012 (`sutton-2012`)", escaped for mrkdwn. */
export function labelMrkdwn(label: ReportLabel): string {
  return `${escapeMrkdwn(label.place)}${label.year ? ` ${label.year}` : ''} (\`${label.id}\`)`;
}

/** "Sutton 2012", escaped, for lists where ids would crowd. */
export function shortLabel(label: ReportLabel): string {
  return `${escapeMrkdwn(label.place)}${label.year ? ` ${label.year}` : ''}`;
}

/** By place, then year. */
export function byPlaceAndYear(a: ReportLabel, b: ReportLabel): number {
  return a.place.localeCompare(b.place) || a.year.localeCompare(b.year) || a.id.localeCompare(b.id);
}
