/**
 * Which reports a question goes to. A report named in the question wins
 * (the engine narrows to it); else the channel's chosen report, for everyone
 * asking there; else the asker's own; else every report.
 */

/** The reports chosen, by id, for the channel a question is asked in and for the person asking. */
export interface ReportChoices {
  channel?: string[];
  you?: string[];
}

/** The chosen reports that apply, and whose choice they are. */
export interface DefaultScope {
  reports: string[];
  from: 'channel' | 'you';
}

/** How a question was scoped, for the line that tells the asker. */
export type Searched =
  | { by: 'question' }
  | { by: 'choice'; scope: DefaultScope }
  | { by: 'none'; reports: number };

export function scopeOf(choices: ReportChoices | undefined): DefaultScope | undefined {
  if (choices?.channel?.length) return { reports: choices.channel, from: 'channel' };
  if (choices?.you?.length) return { reports: choices.you, from: 'you' };
  return undefined;
}

export interface ScopeSources {
  /** Every report id loaded. */
  ids: string[];
  /** Whether a text names reports of its own (`AnswerEngine.reportsAskedOf`). */
  namesReports(text: string): boolean;
}

/**
 * What to pass the engine for `text` (`report`, when a choice applies) and
 * how it was scoped. Chosen reports no longer loaded are passed over.
 */
export function scopeFor(text: string, choices: ReportChoices | undefined, sources: ScopeSources): { report?: string[]; searched: Searched } {
  if (sources.namesReports(text)) return { searched: { by: 'question' } };
  const scope = scopeOf(choices);
  const known = scope?.reports.filter((id) => sources.ids.includes(id)) ?? [];
  if (scope && known.length > 0) return { report: known, searched: { by: 'choice', scope: { ...scope, reports: known } } };
  return { searched: { by: 'none', reports: sources.ids.length } };
}
