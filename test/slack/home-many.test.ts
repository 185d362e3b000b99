/**
 * App Home with a thousand reports: every page within Slack's limits, every
 * report on one. The reports are those `writeCopies` writes (the shipped
 * report under a thousand places and years), made from one parse, as their
 * texts differ only in those; parsing a thousand files would cost seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { parseReport } from '../../src/report/parse.js';
import { ACTION_HOME_CHOOSE, ACTION_HOME_PAGE, HOME_PAGE_SIZE } from '../../src/slack/render/home-reports.js';
import { renderHome } from '../../src/slack/render/home.js';
import { copyName } from '../../scripts/synthetic-corpus.js';
import { expectWithinLimits, visibleText } from './support/limits.js';

const file = join(defaultCorpusDir, '000_411fcbd83716260d.txt');
const sutton = parseReport(readFileSync(file, 'utf8'), file);
const reports = Array.from({ length: 1000 }, (_, i) => {
  const { place, year } = copyName(i);
  return { ...sutton, id: `${place.toLowerCase()}-${year}`, authority: sutton.authority.replace('Sutton', place), published: sutton.published.replace('2012', String(year)) };
});

const chosenOn = (view: ReturnType<typeof renderHome>) =>
  view.blocks.flatMap((b) => (b.type === 'section' && b.accessory?.action_id === ACTION_HOME_CHOOSE ? [b.accessory.value!] : []));
const pageButtons = (view: ReturnType<typeof renderHome>) =>
  view.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.filter((e) => e.action_id === ACTION_HOME_PAGE).map((e) => e.value) : []));

test('a thousand reports are listed a page at a time, each page within 100 blocks, every report on one page', () => {
  expect(reports).toHaveLength(1000);
  const pages = Math.ceil(1000 / HOME_PAGE_SIZE);
  const seen: string[] = [];
  for (let page = 0; page < pages; page++) {
    const view = renderHome(reports, { page });
    expectWithinLimits({ text: 'home', blocks: view.blocks }, 100);
    expect(view.private_metadata).toBe(String(page));
    seen.push(...chosenOn(view));
    expect(pageButtons(view)).toEqual([...(page > 0 ? [String(page - 1)] : []), ...(page < pages - 1 ? [String(page + 1)] : [])]);
  }
  expect(seen).toHaveLength(1000);
  expect(new Set(seen)).toEqual(new Set(reports.map((r) => r.id)));
});

test('a page past the end shows the last; a chosen report is shown in full and within the limit', () => {
  expect(visibleText(renderHome(reports, { page: 10_000 }))).toContain(`Reports ${1001 - HOME_PAGE_SIZE}–1000 of 1000`);
  const view = renderHome(reports, { page: 3, chosen: [reports[500]!.id, 'no-such-report-2020'] });
  expectWithinLimits({ text: 'home', blocks: view.blocks }, 100);
  expect(visibleText(view)).toContain(`Your questions go to \`${reports[500]!.id}\``);
  expect(visibleText(view)).toContain(reports[500]!.authority);
  expect(visibleText(view)).not.toContain('no-such-report-2020');
});
