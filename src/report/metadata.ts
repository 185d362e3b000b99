/**
 * The report's front page: title, authority, dates, inspector and age group,
 * and the stable id derived from them.
 */

import type { Report } from './model.js';

/** A line of the source with its 1-based number. */
export interface SourceLine {
  number: number;
  text: string;
}

/** The front-page fields of a report; a field that could not be read is "". */
export type Metadata = Pick<Report, 'title' | 'authority' | 'inspector' | 'published' | 'inspectionDates' | 'ageGroup'>;

export interface MetadataResult {
  metadata: Metadata;
  /** Fields that could not be read, with the line they were expected near. */
  missing: { field: string; line: number }[];
}

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** "29 May 2012" → "2012-05-29"; null when not a date of that form. */
export function isoDate(day: string, month: string, year: string): string | null {
  const m = MONTHS.indexOf(month.toLowerCase());
  const d = Number(day);
  if (m < 0 || !(d >= 1 && d <= 31)) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/;
/** "10 April to 20 April 2012", "10 to 20 April 2012", "28 March to 5 April 2012". */
const DATE_RANGE = /(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?\s+(?:to|–|-)\s+(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/;

function field(lines: SourceLine[], label: RegExp): SourceLine & { value: string } | null {
  for (const line of lines) {
    const match = label.exec(line.text);
    if (match) return { ...line, value: line.text.slice(match[0].length).trim() };
  }
  return null;
}

/**
 * Reads the front page, the lines before the first numbered paragraph.
 * The title is the first non-blank line and the authority the next one.
 */
export function parseMetadata(front: SourceLine[]): MetadataResult {
  const missing: { field: string; line: number }[] = [];
  const nonBlank = front.filter((l) => l.text.trim() !== '');
  const fallbackLine = nonBlank[0]?.number ?? 1;
  const title = nonBlank[0]?.text.trim() ?? '';
  const authorityLine = nonBlank[1];
  const authority = authorityLine && !/:/.test(authorityLine.text) ? authorityLine.text.trim() : '';
  if (!authority) missing.push({ field: 'local authority', line: authorityLine?.number ?? fallbackLine });

  const inspector = field(nonBlank, /^(?:Reporting|Lead) inspector:/i);
  if (!inspector?.value) missing.push({ field: 'reporting inspector', line: fallbackLine });

  const age = field(nonBlank, /^Age group:/i);
  if (!age?.value) missing.push({ field: 'age group', line: fallbackLine });

  const publishedField = field(nonBlank, /^Published:/i);
  const publishedMatch = publishedField ? DATE.exec(publishedField.value) : null;
  const published = publishedMatch ? isoDate(publishedMatch[1]!, publishedMatch[2]!, publishedMatch[3]!) ?? '' : '';
  if (!published) missing.push({ field: 'published date', line: publishedField?.number ?? fallbackLine });

  const datesField = field(nonBlank, /^Inspection dates?:/i);
  const range = datesField ? DATE_RANGE.exec(datesField.value) : null;
  let inspectionDates = { start: '', end: '' };
  if (range) {
    const [, d1, m1, y1, d2, m2, y2] = range;
    inspectionDates = {
      start: isoDate(d1!, m1 ?? m2!, y1 ?? y2!) ?? '',
      end: isoDate(d2!, m2!, y2!) ?? '',
    };
  }
  if (!inspectionDates.start || !inspectionDates.end) {
    missing.push({ field: 'inspection dates', line: datesField?.number ?? fallbackLine });
  }

  return {
    metadata: {
      title,
      authority,
      inspector: inspector?.value ?? '',
      published,
      inspectionDates,
      ageGroup: age?.value ?? '',
    },
    missing,
  };
}

const AUTHORITY_PREFIXES =
  /^(?:the\s+)?(?:(?:london|royal|metropolitan)\s+borough\s+of|city\s+of|county\s+of|borough\s+of)\s+/i;
/** Starts only where a run of spaces starts, so a long run is not rescanned from each of its spaces. */
const AUTHORITY_SUFFIXES = /(?<!\s)\s+(?:county\s+|city\s+|borough\s+|metropolitan\s+borough\s+)?council$/i;

/** The place an authority is named after: "London Borough of Sutton" → "Sutton". */
export function placeOf(authority: string): string {
  return authority.replace(AUTHORITY_PREFIXES, '').replace(AUTHORITY_SUFFIXES, '').trim();
}

/**
 * A short readable id from the authority and the year of publication (or of
 * the inspection): "London Borough of Sutton", 2012 → "sutton-2012".
 */
export function reportId(metadata: Metadata, fallbackName: string): string {
  const place = placeOf(metadata.authority);
  const year = (metadata.published || metadata.inspectionDates.end).slice(0, 4);
  const slug = (place || fallbackName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return year ? `${slug}-${year}` : slug;
}
