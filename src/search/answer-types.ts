/**
 * Whether a paragraph holds the kind of thing a question asks for: a
 * person's or an organisation's name, a phone number, an address, an amount of money, a
 * date still to come (or anything from after the report was published).
 * Reports of this family seldom name anyone or give costs, so a question
 * asking for one is often answered only by the closest paragraphs, and the
 * answer must say what the report does not give.
 */
import type { ExpectedAnswer } from '../answer.js';
import { isEnglishWord } from './english-words.js';

const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Lord|Lady)\.?\s+[A-Z][a-z]+/;
/** Two capitalised words in a row, e.g. "Ann Smith"; a name when neither is an English word. */
const CAPITALISED_PAIR = /\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;
/** A UK postcode, or a numbered street: how an address is written. */
const ADDRESS = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b\d+[a-z]? [A-Z][a-z]+ (?:Road|Street|Lane|Avenue|Close|Way|Drive|Place|Square|Gardens|Crescent|Hill)\b/;
const PHONE = /(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
const MONEY = /£\s?\d|\b\d[\d,.]*\s?(?:million|billion|bn|m|k|pounds?)\b|\bpounds\b/i;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** What the answer says when a question asks for a figure and no paragraph shown gives one beside what it counts. */
export const NO_FIGURE = 'The report gives no figure for this.';
/** What the answer says when a figure is asked for a year no paragraph shown gives one for. */
export function noFigureFor(year: number): string {
  return `The report gives no figure for ${year}.`;
}
/** A grade question naming no judged area: reports grade a fixed set of areas, and this is not one. */
export const NO_GRADE = 'The report gives no grade for this on its own.';
/** A grade question asking what an earlier inspection gave: a report gives its own grades. */
export const NO_EARLIER_GRADE = 'The report gives only the grades of this inspection, not those of an earlier one.';
/** A grade question asking of a person: reports grade services, not the people in them. */
export const NO_PERSON_GRADE = 'The report grades services, not the people who work in them.';

/** What the answer says when the report does not give what was asked for. */
export const MISSING: Record<ExpectedAnswer, string> = {
  person: 'The report names no one in this role.',
  organisation: 'The report does not name the organisation.',
  phone: 'The report gives no phone number.',
  address: 'The report gives no address.',
  money: 'The report gives no costs or amounts of money.',
  date: 'The report gives no date for this.',
  later: 'The report says nothing of what happened after it was published.',
};

/**
 * Whether `text` holds what `expected` asks for. `published` (an ISO date)
 * tells which dates are still to come: a year after it, or a month of its
 * own year later than its month.
 */
export function holdsExpected(text: string, expected: ExpectedAnswer, published: string): boolean {
  switch (expected) {
    case 'phone':
      return PHONE.test(text);
    case 'address':
      return ADDRESS.test(text);
    case 'money':
      return MONEY.test(text);
    case 'person':
      return HONORIFIC_NAME.test(text) || [...text.matchAll(CAPITALISED_PAIR)].some((m) => !isEnglishWord(m[1]!.toLowerCase()) && !isEnglishWord(m[2]!.toLowerCase().split('-')[0]!));
    case 'organisation':
      return holdsOrganisationName(text);
    case 'date':
    case 'later':
      return holdsLaterDate(text, published);
  }
}

/**
 * A run of capitalised words inside a sentence ("the Jigsaw Runaways
 * Project", "Safer Sutton Partnership"): how reports name an organisation.
 * "An external agency" names none.
 */
const CAPITALISED_RUN = /(?<=[a-z,;:(]\s+)[A-Z][\w'’&-]+(?:,?\s+(?:of|and|for|the|on|in)?\s*[A-Z][\w'’&-]+)+/g;
/** A run naming a role ("the Strategic Director of Children's Services", "Chief Executive") names no organisation. */
const ROLE_WORD = /\b(?:Director|Head|Executive|Chief|Officer|Manager|Lead|Member|Chair|Nurse|Doctor|Consultant|Worker|Adviser|Advisor|Inspector)s?\b/;

function holdsOrganisationName(text: string): boolean {
  return [...text.matchAll(CAPITALISED_RUN)].some((m) => !ROLE_WORD.test(m[0]));
}

/**
 * Whether a question names a year after the one `published` (an ISO date)
 * falls in: "what did it get at the 2014 inspection?" asks what the report
 * cannot know.
 */
export function namesLaterYear(question: string, published: string): boolean {
  const year = Number(published.slice(0, 4));
  return year > 0 && [...question.matchAll(YEAR)].some((m) => Number(m[0]) > year);
}

/**
 * The years a question names ("in 2011", "2010/11" → 2010 and 2011), but not
 * those in `own` (the report's own years, which name the report).
 */
export function yearsNamed(question: string, own: ReadonlySet<number>): number[] {
  const years = new Set<number>();
  for (const m of question.matchAll(/\b((?:19|20)\d{2})(?:\s?[/-]\s?(\d{2}|(?:19|20)\d{2}))?\b/g)) {
    const first = Number(m[1]);
    years.add(first);
    if (m[2]) years.add(m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]));
  }
  return [...years].filter((y) => !own.has(y));
}

/**
 * Whether a paragraph gives anything for `year`: the year itself, or a
 * period running into or out of it ("2010-11", "2011/12").
 */
export function holdsYear(text: string, year: number): boolean {
  const short = (y: number) => String(y % 100).padStart(2, '0');
  const forms = [`${year}`, `${year - 1}[/-](?:${short(year)}|${year})`];
  return new RegExp(`\\b(?:${forms.join('|')})\\b`).test(text);
}

function holdsLaterDate(text: string, published: string): boolean {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  if (!year) return false;
  for (const m of text.matchAll(YEAR)) if (Number(m[0]) > year) return true;
  const sameYear = new RegExp(`\\b(${MONTHS})\\s+${year}\\b`, 'gi');
  for (const m of text.matchAll(sameYear)) {
    if (MONTHS.split('|').indexOf(m[1]!.toLowerCase()) + 1 > month) return true;
  }
  return false;
}
