/**
 * The yardstick: plain MiniSearch with its default options over paragraph
 * text, as `npm run eval` and `npm run bench` compare against.
 */
import MiniSearch from 'minisearch';
import type { Report } from '../report/model.js';

export interface BaselineHit {
  report: string;
  paragraph: number;
  score: number;
}

export class BaselineSearch {
  readonly search = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: ['text'] });

  constructor(reports: Report[]) {
    this.search.addAll(reports.flatMap((r) => r.paragraphs.map((p) => ({ id: `${r.id}#${p.number}`, text: p.text }))));
  }

  /** Top hits for a question; never "not found" unless no word matches at all. */
  ask(query: string, limit = 5): BaselineHit[] {
    return this.search.search(query).slice(0, limit).map((hit) => {
      const [report, number] = String(hit.id).split('#') as [string, string];
      return { report, paragraph: Number(number), score: hit.score };
    });
  }
}
