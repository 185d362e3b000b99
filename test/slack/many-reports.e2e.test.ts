/**
 * Slack with many reports, against the app as `npm start` runs it in HTTP
 * mode, answering on the main thread (`workers.e2e.test.ts` covers the
 * workers): 9 synthetic copies of the shipped report (`writeCopies`) and
 * Sutton's, as inspected in 2012 and in 2015. A report
 * named in a question narrows it; `/report` chooses one for a person or a
 * channel, kept across restarts; unscoped answers say once which other
 * reports print a paragraph; `/grade` compares; App Home pages and chooses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { ACTION_HOME_ALL, ACTION_HOME_CHOOSE, ACTION_HOME_PAGE, HOME_PAGE_SIZE } from '../../src/slack/render/home-reports.js';
import { CHOICES_FILE } from '../../src/slack/report-choices.js';
import { writeCopies } from '../../scripts/synthetic-corpus.js';
import { BOT_USER_ID, FakeSlack } from './support/fake-slack.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';
import { expectWithinLimits, visibleText } from './support/limits.js';

const scratch = mkdtempSync(join(tmpdir(), 'many-reports-'));
const corpus = join(scratch, 'corpus');
const env = { CORPUS_DIR: corpus, SAVED_INDEX_DIR: join(scratch, 'index'), DATA_DIR: join(scratch, 'data') };
const fake = new FakeSlack();
let app: TestApp;
let handlers: ReturnType<typeof createHandlers>;
let reportCount = 0;

beforeAll(async () => {
  writeCopies(9, corpus);
  const sutton = readFileSync(join(defaultCorpusDir, '000_411fcbd83716260d.txt'), 'utf8');
  writeFileSync(join(corpus, 'sutton-2012.txt'), sutton);
  writeFileSync(join(corpus, 'sutton-2015.txt'), sutton.replace(/\b2012\b/g, '2015'));
  await fake.start();
  app = await startHttpApp(fake, env);
  const engine = loadEngine(corpus, { savedIndex: env.SAVED_INDEX_DIR });
  reportCount = engine.reports.length;
  handlers = createHandlers(engine);
}, 60_000);

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
  rmSync(scratch, { recursive: true, force: true });
});

let counter = 0;

async function command(command: string, text: string, who: { user?: string; channel?: string } = {}) {
  const id = `many-${++counter}`;
  const res = await app.sender.command({ command, text, user_id: who.user ?? `UMANY${counter}`, channel_id: who.channel ?? 'CMANY', response_url: fake.responseUrl(id) });
  expect(res.status).toBe(200);
  await fake.waitFor(() => fake.responsesFor(id).length > 0);
  const body = fake.responsesFor(id)[0]!.body;
  expectWithinLimits(body);
  return body;
}

async function mention(text: string, channel: string, user = `UMANY${++counter}`) {
  await app.sender.event(mentionEvent(text, channel, user));
  await fake.waitFor(() => fake.postedTo(channel).length > 0);
  const post = fake.postedTo(channel).at(-1)!.args;
  fake.calls.splice(fake.calls.findIndex((c) => c.args === post), 1);
  expectWithinLimits(post);
  return post;
}

/** The report ids on the citation lines of a reply ("*¶65* · … · sutton-2012"). */
const citedReports = (message: { blocks?: unknown[] }) =>
  [...visibleText(message).matchAll(/^\*¶\d+\* · .* · ([a-z0-9-]+)$/gm)].map((m) => m[1]);

describe('a report named in a question or command narrows it', () => {
  test('/ask sutton-2012 how quickly… cites that report alone, as the handlers do', async () => {
    const text = 'sutton-2012 how quickly are referrals allocated to a social worker?';
    const body = await command('/ask', text);
    expect(body.blocks).toEqual(handlers.command('ask', text).blocks);
    expect(citedReports(body).length).toBeGreaterThan(0);
    expect(new Set(citedReports(body))).toEqual(new Set(['sutton-2012']));
    expect(visibleText(body)).not.toContain('Searched');
  });

  test('a mention naming a place and year goes to that report; /cite with a report id too', async () => {
    const post = await mention(`<@${BOT_USER_ID}> what is the MASH in Sutton 2015?`, 'CNAMED');
    expect(new Set(citedReports(post))).toEqual(new Set(['sutton-2015']));
    expect(visibleText(await command('/cite', 'sutton-2015 65'))).toMatch(/^\*¶65\* · .* · sutton-2015\n/);
  });
});

describe('an unscoped question over many reports', () => {
  test('cites each paragraph once, saying in one line which other reports print it, and that it searched them all', async () => {
    const post = await mention(`<@${BOT_USER_ID}> What is the MASH?`, 'CUNSCOPED');
    expect(post.blocks).toEqual(handlers.question('What is the MASH?', { share: false }).blocks);
    const text = visibleText(post);
    const cited = [...text.matchAll(/^\*¶(\d+)\*/gm)].map((m) => m[1]);
    expect(new Set(cited).size).toBe(cited.length);
    expect(text).toMatch(new RegExp(`The same paragraph is in [a-z0-9-]+ \\(¶56\\), [a-z0-9-]+ \\(¶56\\), [a-z0-9-]+ \\(¶56\\) and ${reportCount - 4} more reports\\.`));
    expect(text).toContain(`Searched all ${reportCount} reports. Name one in your question, or choose one with \`/report\`.`);
  });
});

describe('/report chooses the reports questions go to', () => {
  test('for a person: their mentions, /grade and /cite use it; a report named in a question still wins', async () => {
    const user = 'UCHOOSER';
    const chosen = await command('/report', 'sutton-2012', { user });
    expect(visibleText(chosen)).toContain('Your questions now go to `sutton-2012`, unless they name another report.');

    const post = await mention(`<@${BOT_USER_ID}> how quickly are referrals allocated?`, 'CPERSON', user);
    expect(new Set(citedReports(post))).toEqual(new Set(['sutton-2012']));
    expect(visibleText(post)).toContain('Searched `sutton-2012`, your report. Name another in your question, or change it with `/report`.');
    expect(visibleText(await command('/cite', '65', { user }))).toMatch(/^\*¶65\* · .* · sutton-2012\n/);
    expect(visibleText(await command('/grade', 'being healthy', { user }))).toContain('🟢 Good — Being healthy');

    const elsewhere = await mention(`<@${BOT_USER_ID}> how quickly are referrals allocated in sutton-2015?`, 'CPERSON', user);
    expect(new Set(citedReports(elsewhere))).toEqual(new Set(['sutton-2015']));
  });

  test('on its own says what is chosen; `all` clears it', async () => {
    const user = 'UCLEARS';
    await command('/report', 'sutton-2012', { user });
    expect(visibleText(await command('/report', '', { user }))).toContain('Your questions go to `sutton-2012`, your choice.');
    expect(visibleText(await command('/report', 'all', { user }))).toContain(`Your questions now go to all ${reportCount} reports.`);
    expect(visibleText(await mention(`<@${BOT_USER_ID}> What is the MASH?`, 'CCLEARED', user))).toContain(`Searched all ${reportCount} reports`);
  });

  test("for a channel: a place's reports, for everyone asking there, ahead of their own choice", async () => {
    await command('/report', 'ashford-2009', { user: 'UOWN' });
    expect(visibleText(await command('/report', 'channel Sutton', { channel: 'CSUTTON' }))).toContain(
      'Questions asked in this channel, by anyone, now go to `sutton-2012` and `sutton-2015`',
    );
    const post = await mention(`<@${BOT_USER_ID}> how quickly are referrals allocated?`, 'CSUTTON', 'UOWN');
    expect(citedReports(post).length).toBeGreaterThan(0);
    expect(citedReports(post).every((id) => id === 'sutton-2012' || id === 'sutton-2015')).toBe(true);
    // The two print the same paragraphs: each is cited once, from the first, with the other named.
    expect(visibleText(post)).toContain('The same paragraph is in sutton-2015 (¶');
    expect(visibleText(post)).toContain("Searched `sutton-2012` and `sutton-2015`, this channel's reports.");
    const shown = visibleText(await command('/report', '', { user: 'UOWN', channel: 'CSUTTON' }));
    expect(shown).toContain("Questions asked in this channel go to `sutton-2012` and `sutton-2015`, the channel's choice.\nElsewhere, your questions go to `ashford-2009`, your choice.");
  });

  test('bad names get a friendly answer that pings no one, and a channel choice needs a channel', async () => {
    const unknown = await command('/report', '<!channel> nowhere-2031');
    expect(visibleText(unknown)).toContain('No report is called “&lt;!channel&gt; nowhere-2031”');
    expect(JSON.stringify(unknown)).not.toContain('<!channel>');
    expect(visibleText(await command('/report', 'channel sutton-2012', { channel: 'D0DIRECT' }))).toMatch(/^This is a direct message, so there is no channel to choose for/);
    const listed = visibleText(await command('/report', 'list'));
    expect(listed).toContain(`*${reportCount} reports*`);
    expect(listed).toContain('• Sutton 2015 (`sutton-2015`)');
  });
});

describe('/grade over several reports', () => {
  test('compares every report compactly: counts a grade, with the first few named', async () => {
    const body = await command('/grade', 'overall effectiveness');
    const text = visibleText(body);
    expect(text).toContain(`*Judgements matching “overall effectiveness” in ${reportCount} reports*`);
    expect(text).toContain(`*Safeguarding services › Overall effectiveness*\n🔴 Inadequate: ${reportCount} — Ashford 2009, Brookford 2009, Calford 2009 and ${reportCount - 3} more`);
    expect(body.blocks.length).toBeLessThan(10);
    const all = await command('/grade', '');
    expect(visibleText(all)).toContain(`*All judgements in ${reportCount} reports*`);
  });

  test('lists a few reports one line each, with authority, year and grade', async () => {
    const text = visibleText(await command('/grade', 'being healthy Sutton'));
    expect(text).toContain('*Services for looked after children › Being healthy*\n🟢 Good — Sutton 2012 (`sutton-2012`)\n🟢 Good — Sutton 2015 (`sutton-2015`)');
  });
});

describe('App Home with many reports', () => {
  const published = (user: string) => fake.callsTo('views.publish').filter((c) => c.args.user_id === user);

  function press(user: string, actionId: string, value: string, page: string) {
    return app.sender.interaction({
      type: 'block_actions',
      user: { id: user, username: 'someone', name: 'someone', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      container: { type: 'view', view_id: 'VHOME' },
      trigger_id: '123.456.trigger',
      team: { id: 'T0FAKE', domain: 'fake' },
      view: { id: 'VHOME', type: 'home', private_metadata: page },
      actions: [{ action_id: actionId, block_id: 'b', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: '1710000000.1' }],
    });
  }

  test('pages through the reports, and a report chosen there is the one questions go to', async () => {
    const user = 'UHOMEMANY';
    await app.sender.event({ type: 'app_home_opened', user, channel: 'DHOME', tab: 'home', event_ts: '1710000000.1' });
    await fake.waitFor(() => published(user).length === 1);
    const first = published(user)[0]!.args.view;
    expectWithinLimits({ text: 'home', blocks: first.blocks }, 100);
    expect(first.blocks).toEqual(handlers.home({ page: 0 }).blocks);
    expect(visibleText(first)).toContain(`*${reportCount} reports* are loaded, and your questions go to all of them.`);
    expect(visibleText(first)).toContain(`Reports 1–${HOME_PAGE_SIZE} of ${reportCount}`);
    const choose = (view: any) => view.blocks.flatMap((b: any) => (b.accessory?.action_id === ACTION_HOME_CHOOSE ? [b.accessory.value] : []));
    expect(choose(first)).toHaveLength(HOME_PAGE_SIZE);

    await press(user, ACTION_HOME_PAGE, '1', '0');
    await fake.waitFor(() => published(user).length === 2);
    const second = published(user)[1]!.args.view;
    expect(second.private_metadata).toBe('1');
    expect(visibleText(second)).toContain(`Reports ${HOME_PAGE_SIZE + 1}–${reportCount} of ${reportCount}`);
    expect(new Set([...choose(first), ...choose(second)]).size).toBe(reportCount);

    await press(user, ACTION_HOME_CHOOSE, 'sutton-2015', '1');
    await fake.waitFor(() => published(user).length === 3);
    const chosen = published(user)[2]!.args.view;
    expect(chosen.private_metadata).toBe('1');
    expect(visibleText(chosen)).toContain('Your questions go to `sutton-2015`');
    expect(visibleText(chosen)).toContain('London Borough of Sutton');
    const post = await mention(`<@${BOT_USER_ID}> What is the MASH?`, 'CHOMECHOSEN', user);
    expect(new Set(citedReports(post))).toEqual(new Set(['sutton-2015']));

    await press(user, ACTION_HOME_ALL, 'all', '1');
    await fake.waitFor(() => published(user).length === 4);
    expect(visibleText(published(user)[3]!.args.view)).toContain('your questions go to all of them');
  });
});

describe('after a restart', () => {
  test('is kept across restarts, in the data folder', async () => {
    await command('/report', 'brookford-2009', { user: 'UKEPT' });
    // Stopping saves every choice made so far.
    await app.running.stop();
    const again = await startHttpApp(fake, env);
    try {
      const id = 'kept';
      await again.sender.command({ command: '/report', text: '', user_id: 'UKEPT', channel_id: 'CMANY', response_url: fake.responseUrl(id) });
      await fake.waitFor(() => fake.responsesFor(id).length > 0);
      expect(visibleText(fake.responsesFor(id)[0]!.body)).toContain('Your questions go to `brookford-2009`, your choice.');
    } finally {
      await again.running.stop();
    }
    const saved = JSON.parse(readFileSync(join(env.DATA_DIR, CHOICES_FILE), 'utf8'));
    expect(saved.people.UKEPT).toEqual(['brookford-2009']);
    expect(saved.channels.CSUTTON).toEqual(['sutton-2012', 'sutton-2015']);
  });
});
