/**
 * What people call a report: its id ("sutton-2012", or "sutton-2012-2" for
 * a second report of the same name and year), its place ("Sutton",
 * "London Borough of Sutton"), or its place and year ("Sutton 2012",
 * "Sutton's 2012 inspection"). Used to narrow a question or a command to the
 * reports it names.
 */
import { placeOf } from '../report/metadata.js';
import type { Report } from '../report/model.js';
import { normalizeWord, tokenize } from './analysis.js';
import { escapeRegExp } from '../reg-exp.js';
import { isEnglishWord } from './english-words.js';

/** The longest place name, in words, that is looked for ("Bath and North East Somerset"). */
const MAX_PLACE_WORDS = 6;
const REPORT_ID = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{4}(?:-\d+)?\b/gi;

export class ReportNames {
  private readonly ids = new Map<string, number>();
  /** A place's words, lower case, joined by spaces → its reports. */
  private readonly places = new Map<string, number[]>();
  /** What each place of several words begins with, up to each space: no other run of words is looked up. */
  private readonly placeStarts = new Set<string>();
  private readonly years: number[];
  /** "Outside Sutton", "out of the London Borough of Sutton": any place of the reports, longest first. */
  private readonly outsidePlace: RegExp;

  constructor(reports: Report[]) {
    this.years = reports.map((r) => Number((r.published || r.inspectionDates.end).slice(0, 4)) || 0);
    reports.forEach((report, i) => {
      this.ids.set(report.id.toLowerCase(), i);
      for (const name of new Set([placeOf(report.authority), report.authority])) {
        const key = wordsOf(name).join(' ');
        if (!key) continue;
        const list = this.places.get(key) ?? [];
        list.push(i);
        this.places.set(key, list);
      }
    });
    for (const key of this.places.keys()) {
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) this.placeStarts.add(key.slice(0, space));
    }
    const places = [...this.places.keys()].sort((a, b) => b.length - a.length).map((key) => key.split(' ').map(escapeRegExp).join('\\s+'));
    this.outsidePlace = places.length
      ? new RegExp(`\\b(outside|out of|away from|beyond)\\s+(?:of\\s+)?(?:the\\s+)?(?:${places.join('|')})\\b`, 'gi')
      : /$^/g;
  }

  /** The reports a name means, exactly: an id, or a place with or without a year. */
  find(name: string): number[] {
    const id = this.ids.get(name.trim().toLowerCase());
    if (id !== undefined) return [id];
    const words = wordsOf(name);
    const year = words.length > 1 && /^\d{4}$/.test(words[words.length - 1]!) ? Number(words.pop()) : null;
    const reports = this.places.get(words.join(' ')) ?? [];
    return year === null ? reports : reports.filter((r) => this.years[r] === year);
  }

  /** The reports a text names anywhere: ids, else places (with a year beside them, that year's). */
  named(text: string): number[] {
    const byId = [...text.matchAll(REPORT_ID)].flatMap((m) => this.ids.get(m[0].toLowerCase()) ?? []);
    if (byId.length > 0) return [...new Set(byId)];
    const tokens = tokenize(text);
    const words = tokens.map((t) => normalizeWord(t.word));
    const years = new Set(words.filter((w) => /^(?:19|20)\d{2}$/.test(w)).map(Number));
    const found = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const longest = this.placeStarts.has(words[i]!) ? Math.min(MAX_PLACE_WORDS, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const reports = this.places.get(words.slice(i, i + n).join(' '));
        if (!reports) continue;
        // A place that is also a word ("Reading", "Bath") is a place only when written as one.
        if (n === 1 && isEnglishWord(words[i]!) && !/^[A-Z]/.test(tokens[i]!.word)) continue;
        const ofYear = reports.filter((r) => years.has(this.years[r]!));
        for (const r of ofYear.length ? ofYear : reports) found.add(r);
        i += n - 1;
        break;
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** A text without the report ids in it ("sutton-2012 health" → "health"). */
  strip(text: string): string {
    return text.replace(REPORT_ID, (id) => (this.ids.has(id.toLowerCase()) ? ' ' : id)).replace(/\s+/g, ' ').trim();
  }

  /**
   * A place children are placed outside of, said as the reports say it: "placements outside
   * Sutton" → "placements outside the borough".
   */
  outsideAsBorough(text: string): string {
    return text.replace(this.outsidePlace, '$1 the borough');
  }
}

function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => normalizeWord(t.word));
}
