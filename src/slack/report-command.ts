/**
 * `/report`: which reports questions go to when they name none. On its own
 * it says; with a name (an id, a place, a place and year, or several,
 * comma-separated) it chooses them for the person asking, and with
 * `channel` first for everyone asking in the channel; `all` clears the
 * choice; `list [place]` lists the reports. The choice itself is kept by
 * the caller (`report-choices.ts`): this only reads and replies.
 */
import type { Engine } from './handlers.js';
import type { Reply } from './render/blocks.js';
import { clip } from './render/blocks.js';
import { renderNotice } from './render/answer.js';
import { cleanInput, escapeMrkdwn } from './render/mrkdwn.js';
import { type ReportLabel, byPlaceAndYear, labelMrkdwn, reportLabel } from './render/report-label.js';
import { idList } from './render/scope-note.js';
import type { ReportChoices } from './scope.js';

export interface ReportCommandWhere {
  /** Used in a channel, where a choice can be the channel's; not in a direct message. */
  inChannel: boolean;
}

/** A choice to keep: whose, and which reports (null: none, so every report). */
export interface ReportChange {
  level: 'channel' | 'you';
  reports: string[] | null;
}

export interface ReportCommandResult {
  reply: Reply;
  change?: ReportChange;
}

/** Most reports one choice holds: a place's inspections over the years, or a handful compared. */
export const MAX_CHOSEN = 25;
/** Most reports `/report list` shows at once. */
const LISTED = 30;

const HINT = '`/report sutton-2012` chooses one for you; `/report channel sutton-2012` for everyone here; `/report all` asks of every report again; `/report list` shows them.';

export function createReportCommand(engine: Pick<Engine, 'reports' | 'findReports'>) {
  const labels = engine.reports.map(reportLabel);
  const hint = HINT.replaceAll('sutton-2012', engine.reports[0]?.id ?? 'sutton-2012');
  const total = engine.reports.length;

  const notice = (text: string): ReportCommandResult => ({ reply: renderNotice(text, hint) });

  function show(choices: ReportChoices, where: ReportCommandWhere): ReportCommandResult {
    const lines: string[] = [];
    if (where.inChannel && choices.channel?.length) lines.push(`Questions asked in this channel go to ${idList(choices.channel)}, the channel's choice.`);
    if (choices.you?.length) {
      lines.push(`${lines.length ? 'Elsewhere, your' : 'Your'} questions go to ${idList(choices.you)}, your choice.`);
    } else {
      lines.push(`${lines.length ? 'Elsewhere, you' : 'You'} have chosen no report, so your questions go to all ${total} reports.`);
    }
    lines.push('A question that names a report goes to that report.');
    return notice(lines.join('\n'));
  }

  function list(place: string): ReportCommandResult {
    const matching: ReportLabel[] = place ? engine.findReports(place).map((i) => labels[i]!) : [...labels];
    if (matching.length === 0) return notice(`No report is of “${escapeMrkdwn(clip(place, 100))}”.`);
    matching.sort(byPlaceAndYear);
    const lines = matching.slice(0, LISTED).map((l) => `• ${labelMrkdwn(l)}`);
    const more = matching.length - LISTED;
    if (more > 0) lines.push(`_and ${more} more; name a place to see its own, e.g. \`/report list ${escapeMrkdwn(matching[0]!.place)}\`_`);
    return notice(`*${matching.length} report${matching.length === 1 ? '' : 's'}${place ? ` of “${escapeMrkdwn(clip(place, 100))}”` : ''}*\n${lines.join('\n')}`);
  }

  function choose(level: ReportChange['level'], name: string): ReportCommandResult {
    const whose = level === 'channel' ? 'Questions asked in this channel, by anyone,' : 'Your questions';
    if (/^(?:all|every|none|clear|any)$/i.test(name)) {
      return { change: { level, reports: null }, reply: renderNotice(`${whose} now go to all ${total} reports.`, hint) };
    }
    const names = name.split(/\s*,\s*/).filter(Boolean);
    const unknown = names.filter((n) => engine.findReports(n).length === 0);
    if (unknown.length > 0) {
      return notice(`No report is called “${escapeMrkdwn(clip(unknown[0]!, 100))}”. \`/report list\` shows every report, and \`/report list PLACE\` those of one place.`);
    }
    const found = [...new Set(names.flatMap((n) => engine.findReports(n)))];
    if (found.length > MAX_CHOSEN) {
      return notice(`That means ${found.length} reports; choose at most ${MAX_CHOSEN}, by id, or by a place and a year (\`/report ${escapeMrkdwn(labels[found[0]!]!.place)} ${labels[found[0]!]!.year}\`).`);
    }
    const chosen = found.map((i) => labels[i]!).sort(byPlaceAndYear).map((l) => l.id);
    const reply = renderNotice(`${whose} now go to ${idList(chosen)}, unless they name another report.`, hint);
    return { change: { level, reports: chosen }, reply };
  }

  return (raw: string, choices: ReportChoices, where: ReportCommandWhere): ReportCommandResult => {
    if (total <= 1) return { reply: renderNotice(`Only one report is loaded${total ? `, \`${engine.reports[0]!.id}\`` : ''}, so every question goes to it.`) };
    const { text } = cleanInput(raw, 200);
    const listing = /^list\b\s*(.*)$/i.exec(text);
    if (listing) return list(listing[1]!.trim());
    const forChannel = /^channel\b\s*(.*)$/i.exec(text);
    const name = (forChannel ? forChannel[1]! : text).trim();
    if (forChannel && !where.inChannel) {
      return notice('This is a direct message, so there is no channel to choose for; `/report NAME` chooses for you.');
    }
    if (!name) return show(choices, where);
    return choose(forChannel ? 'channel' : 'you', name);
  };
}
