/** The App Home tab: what the bot knows, and how to ask it. */
import type { Report } from '../../report/model.js';
import { type Block, LIMITS, button, context, divider, fitBlocks, header, section } from './blocks.js';
import { ACTION_OPEN_ASK } from './modal.js';
import { judgementBlocks, recommendationBlocks } from './answer.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { renderReportsHome } from './home-reports.js';

export interface HomeView {
  type: 'home';
  blocks: Block[];
  /** With several reports, the page of the list shown, so that a choice made on it can show it again. */
  private_metadata?: string;
}

export interface HomeOptions {
  /** With several reports, the page of the list to show, from 0. */
  page?: number;
  /** The reports the person chose to ask of, by id. */
  chosen?: string[];
}

/** "10 April 2012", from an ISO date; the input unchanged if it is not one. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function reportSummary(report: Report): string {
  const dates =
    report.inspectionDates.start === report.inspectionDates.end
      ? longDate(report.inspectionDates.start)
      : `${longDate(report.inspectionDates.start)} to ${longDate(report.inspectionDates.end)}`;
  return [
    `*${escapeMrkdwn(report.authority)}* — ${escapeMrkdwn(report.title)} (\`${escapeMrkdwn(report.id)}\`)`,
    `Inspected ${escapeMrkdwn(dates)} · published ${escapeMrkdwn(longDate(report.published))}`,
    `Reporting inspector: ${escapeMrkdwn(report.inspector)} · age group: ${escapeMrkdwn(report.ageGroup)}`,
  ].join('\n');
}

const HOW_TO_ASK = [
  '*How to ask*',
  '• Mention me in a channel: `@Ofsted Reports how quickly are referrals allocated?` — I answer in the thread.',
  '• Message me directly here, in the Messages tab.',
  // "<" and ">" are escaped, or Slack would take "<question>" for a link.
  '• `/ask &lt;question&gt;` — a private answer, with a button to share any citation with the channel.',
  '• `/grade [area]` — the judgements, e.g. `/grade health`; on its own, the whole table.',
  '• `/cite &lt;number&gt;` — one paragraph, word for word, e.g. `/cite 65`.',
  '• On any message, *More actions › Find in report* looks up what it says.',
].join('\n');

/** One report in full: its summary, judgements and areas for improvement. */
export function reportBlocks(report: Report): Block[] {
  const blocks: Block[] = [section(reportSummary(report))];
  if (report.judgements.length > 0) {
    blocks.push(header('Judgements'));
    blocks.push(...judgementBlocks(report.judgements.map((j) => ({ ...j, report: report.id }))));
  }
  if (report.recommendations.length > 0) {
    blocks.push(header('Areas for improvement'));
    blocks.push(...recommendationBlocks(report.recommendations.map((r) => ({ ...r, report: report.id }))));
  }
  blocks.push(divider());
  return blocks;
}

/** The ways to ask, and the button that opens the Ask form. */
export function howToAskBlocks(extra: string[] = []): Block[] {
  return [
    section([HOW_TO_ASK, ...extra].join('\n')),
    { type: 'actions', block_id: 'home-ask', elements: [button(ACTION_OPEN_ASK, 'Ask a question', 'home', 'primary')] },
    context('Every answer quotes the report word for word and cites its paragraph number.'),
  ];
}

export function renderHome(reports: Report[], options: HomeOptions = {}): HomeView {
  if (reports.length > 1) return renderReportsHome(reports, options);
  const blocks: Block[] = [header('Ofsted inspection reports')];
  if (reports.length === 0) {
    blocks.push(section('No reports are loaded yet.'));
  }
  for (const report of reports) blocks.push(...reportBlocks(report));
  blocks.push(...howToAskBlocks());
  return { type: 'home', blocks: fitBlocks(blocks, LIMITS.viewBlocks, '_Some of the report was left out to fit._') };
}
