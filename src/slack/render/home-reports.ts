/**
 * App Home with several reports: which the person's questions go to, the
 * chosen one in full, and every report a page at a time, each with a button
 * to choose it. However many reports, the view stays within Slack's 100 blocks.
 */
import type { Report } from '../../report/model.js';
import { gradeBadge } from '../../render/grade.js';
import { type Block, type SectionBlock, LIMITS, button, fitBlocks, header, section } from './blocks.js';
import { type HomeOptions, type HomeView, howToAskBlocks, reportBlocks } from './home.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { byPlaceAndYear, labelMrkdwn, reportLabel } from './report-label.js';
import { idList } from './scope-note.js';

export const ACTION_HOME_PAGE = 'home_page';
export const ACTION_HOME_CHOOSE = 'home_choose_report';
export const ACTION_HOME_ALL = 'home_all_reports';

/** Reports listed on one page of the Home tab. */
export const HOME_PAGE_SIZE = 10;

const CHOOSING = [
  '• `/report &lt;name&gt;` — choose the report your questions go to, e.g. `/report sutton-2012`, or a place for all its reports; `/report all` to ask of every report again.',
  '• `/report channel &lt;name&gt;` — choose it for everyone asking in a channel.',
];

/** "Safeguarding services: 🔴 Inadequate · Services for looked after children: 🟡 Adequate", from each part's overall judgement. */
function overallGrades(report: Report): string {
  return report.judgements
    .filter((j) => /^overall effectiveness$/i.test(j.area))
    .map((j) => `${escapeMrkdwn(j.part || 'Overall')}: ${gradeBadge({ value: j.grade, label: j.label })}`)
    .join(' · ');
}

function reportRow(report: Report, chosen: boolean): SectionBlock {
  const grades = overallGrades(report);
  const text = `${chosen ? '✅ ' : ''}*${labelMrkdwn(reportLabel(report))}*${grades ? `\n${grades}` : ''}`;
  const row: SectionBlock = section(text);
  if (!chosen) row.accessory = button(ACTION_HOME_CHOOSE, 'Choose', report.id);
  return row;
}

export function renderReportsHome(reports: Report[], options: HomeOptions): HomeView {
  const ids = new Set(reports.map((r) => r.id));
  const chosen = (options.chosen ?? []).filter((id) => ids.has(id));
  const blocks: Block[] = [header('Ofsted inspection reports')];
  if (chosen.length > 0) {
    const status = section(
      `Your questions go to ${idList(chosen)}, unless they name another report, or are asked in a channel that has chosen its own.`,
    );
    status.accessory = button(ACTION_HOME_ALL, 'Ask of every report', 'all');
    blocks.push(status);
    if (chosen.length === 1) blocks.push(...reportBlocks(reports.find((r) => r.id === chosen[0])!));
  } else {
    blocks.push(
      section(
        `*${reports.length} reports* are loaded, and your questions go to all of them. Choose one below, ` +
          `or name one in a question, e.g. “how quickly are referrals allocated in \`${reports[0]!.id}\`?”`,
      ),
    );
  }

  const sorted = reports.map((report) => ({ report, label: reportLabel(report) })).sort((a, b) => byPlaceAndYear(a.label, b.label));
  const pages = Math.ceil(sorted.length / HOME_PAGE_SIZE);
  const page = Math.min(Math.max(0, Math.floor(options.page ?? 0)), pages - 1);
  const shown = sorted.slice(page * HOME_PAGE_SIZE, (page + 1) * HOME_PAGE_SIZE);
  blocks.push(header(`Reports ${page * HOME_PAGE_SIZE + 1}–${page * HOME_PAGE_SIZE + shown.length} of ${sorted.length}`));
  for (const { report } of shown) blocks.push(reportRow(report, chosen.includes(report.id)));
  const turns = [];
  if (page > 0) turns.push(button(ACTION_HOME_PAGE, `◀ Previous ${HOME_PAGE_SIZE}`, String(page - 1)));
  if (page < pages - 1) turns.push(button(ACTION_HOME_PAGE, `Next ${Math.min(HOME_PAGE_SIZE, sorted.length - (page + 1) * HOME_PAGE_SIZE)} ▶`, String(page + 1)));
  if (turns.length > 0) blocks.push({ type: 'actions', block_id: 'home-pages', elements: turns });

  blocks.push(...howToAskBlocks(CHOOSING));
  return { type: 'home', private_metadata: String(page), blocks: fitBlocks(blocks, LIMITS.viewBlocks, '_Some of this page was left out to fit._') };
}
