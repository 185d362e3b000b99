/**
 * The app as `npm start` runs it in HTTP mode, driven over signed HTTP by a
 * stand-in Slack on loopback, with the real engine over the real corpus,
 * answering in two worker threads; every reply is compared with what the
 * handlers give in this thread.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Running } from '../../src/main.js';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { ACTION_FULL_TEXT, ACTION_SHARE } from '../../src/slack/render/answer.js';
import { ACTION_OPEN_ASK, ASK_BLOCK, ASK_INPUT, ASK_MODAL } from '../../src/slack/render/modal.js';
import { SHORTCUT_FIND } from '../../src/slack/listeners/shortcuts/index.js';
import { ACTION_COPY_CITATION } from '../../src/slack/render/reference.js';
import { BOT_USER_ID, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FakeSlack } from './support/fake-slack.js';
import { startHttpApp } from './support/app.js';
import { expectWithinLimits, visibleText } from './support/limits.js';
import { SlackSender, postSigned } from './support/signed.js';

const engine = loadEngine();
const handlers = createHandlers(engine);
const fake = new FakeSlack();
let logs: string[] = [];
let running: Running;
let sender: SlackSender;
let eventsUrl: string;

let counter = 0;
/** A fresh user id per request, so the per-user limit never interferes (it has its own test). */
const nextUser = () => `U${String(++counter).padStart(6, '0')}`;
const nextTs = () => `1710000000.${String(++counter).padStart(6, '0')}`;

beforeAll(async () => {
  await fake.start();
  // Quick retries, so that an unreachable response_url is given up at once.
  ({ running, logs, eventsUrl, sender } = await startHttpApp(fake, { ANSWER_WORKERS: '2' }, { slackTimings: { retryFirstMs: 5, retryMaxMs: 20 } }));
});

afterAll(async () => {
  await running?.stop();
  await fake.close();
});

function mention(text: string, where: { channel: string; ts?: string; thread_ts?: string; user?: string }) {
  return {
    type: 'app_mention',
    user: where.user ?? nextUser(),
    text,
    ts: where.ts ?? nextTs(),
    ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}),
    channel: where.channel,
    event_ts: where.ts ?? '1710000000.000001',
  };
}

const postsTo = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

async function command(command: string, text: string) {
  const id = `${command.slice(1)}-${++counter}`;
  const res = await sender.command({ command, text, user_id: nextUser(), response_url: fake.responseUrl(id) });
  expect(res.status).toBe(200);
  await fake.waitFor(() => fake.responsesFor(id).length > 0);
  return fake.responsesFor(id)[0]!.body;
}

function buttons(message: { blocks?: any[] }) {
  return (message.blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements);
}

function blockAction(actionId: string, value: string, responseId: string, ephemeral: boolean) {
  return {
    type: 'block_actions',
    user: { id: nextUser(), username: 'someone', name: 'someone', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1710000000.000100', channel_id: 'C0CHANNEL', is_ephemeral: ephemeral },
    trigger_id: '123.456.trigger',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: 'C0CHANNEL', name: 'general' },
    response_url: fake.responseUrl(responseId),
    actions: [{ action_id: actionId, block_id: 'b', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: '1710000000.1' }],
  };
}

describe('start-up and request verification', () => {
  test('the app signed in with auth.test using the bot token, and started its answer workers', () => {
    const auth = fake.callsTo('auth.test');
    expect(auth.length).toBeGreaterThanOrEqual(1);
    expect(auth[0]!.authorization).toBe(`Bearer ${FAKE_BOT_TOKEN}`);
    expect(running.mode).toBe('http');
    expect(running.workerThreads()).toBe(2);
    expect(logs.some((l) => l.includes('INFO') && l.includes('Starting 2 answer workers'))).toBe(true);
  });

  test('a bad signature, a stale timestamp and a missing signature are refused with 401 and do nothing', async () => {
    const before = fake.calls.length;
    const body = JSON.stringify({ type: 'event_callback', event_id: 'EvForged', event: mention('what is the MASH?', { channel: 'CFORGED' }) });
    const forged = await postSigned(eventsUrl, body, 'application/json', { secret: 'not-the-secret-at-all-000000' });
    expect(forged.status).toBe(401);
    const stale = await postSigned(eventsUrl, body, 'application/json', { secret: FAKE_SIGNING_SECRET, timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    const command = await sender.command({ command: '/ask', text: 'x', user_id: 'U1', response_url: fake.responseUrl('forged') }, { signature: 'v0=' + '0'.repeat(64) });
    expect(command.status).toBe(401);
    await running.idle();
    expect(fake.calls.length).toBe(before);
    expect(postsTo('CFORGED')).toHaveLength(0);
  });

  test('url_verification is answered with its challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' });
    const res = await postSigned(eventsUrl, body, 'application/json', { secret: FAKE_SIGNING_SECRET });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('abc123');
  });
});

describe('mentions and direct messages', () => {
  test('a mention is answered in a thread on the message, with the mention stripped', async () => {
    const ts = nextTs();
    const { res } = await sender.event(mention(`<@${BOT_USER_ID}> What is the MASH?`, { channel: 'CMENTION', ts }));
    expect(res.status).toBe(200);
    await fake.waitFor(() => postsTo('CMENTION').length === 1);
    const post = postsTo('CMENTION')[0]!.args;
    expect(post.thread_ts).toBe(ts);
    expect(post.unfurl_links).toBe('false');
    expect(post.unfurl_media).toBe('false');
    const expected = handlers.question('What is the MASH?', { share: false });
    expect(post.text).toBe(expected.text);
    expect(post.blocks).toEqual(expected.blocks);
    const top = engine.ask('What is the MASH?').results[0]!;
    expect(visibleText(post)).toContain(`*¶${top.paragraph}* · `);
    expect(visibleText(post)).not.toContain(BOT_USER_ID);
    expect(buttons(post).map((b: any) => b.action_id)).not.toContain(ACTION_SHARE);
    expectWithinLimits(post);
  });

  test('a bare mention gets a short greeting on how to ask', async () => {
    await sender.event(mention(`<@${BOT_USER_ID}>`, { channel: 'CBARE' }));
    await fake.waitFor(() => postsTo('CBARE').length === 1);
    expect(visibleText(postsTo('CBARE')[0]!.args)).toMatch(/^Ask me anything about the report/);
  });

  test('a mention inside a thread is answered in that thread', async () => {
    await sender.event(mention(`<@${BOT_USER_ID}> how many care leavers go to university?`, { channel: 'CTHREAD', thread_ts: '1700000000.000001' }));
    await fake.waitFor(() => postsTo('CTHREAD').length === 1);
    expect(postsTo('CTHREAD')[0]!.args.thread_ts).toBe('1700000000.000001');
  });

  test('a direct message is answered; bots, the bot itself, edits and other subtypes are not', async () => {
    const dm = (extra: Record<string, unknown>) => ({ type: 'message', channel: 'DDIRECT', channel_type: 'im', text: 'Is there a named GP for safeguarding?', ts: nextTs(), ...extra });
    await sender.event(dm({ user: 'UBOTTER', bot_id: 'BOTHER', subtype: 'bot_message' }));
    await sender.event(dm({ user: 'UBOTTER', bot_id: 'BOTHER' }));
    await sender.event(dm({ user: BOT_USER_ID }));
    await sender.event(dm({ subtype: 'message_changed', message: { text: 'edited' } }));
    await sender.event(dm({ subtype: 'message_deleted' }));
    await sender.event(dm({ user: nextUser(), subtype: 'channel_join' }));
    await sender.event({ ...dm({ user: nextUser() }), channel: 'CPUBLIC', channel_type: 'channel' });
    await running.idle();
    expect(postsTo('DDIRECT')).toHaveLength(0);
    expect(postsTo('CPUBLIC')).toHaveLength(0);

    await sender.event(dm({ user: nextUser() }));
    await fake.waitFor(() => postsTo('DDIRECT').length === 1);
    const post = postsTo('DDIRECT')[0]!.args;
    expect(post.thread_ts).toBeUndefined();
    expect(post.blocks).toEqual(handlers.question('Is there a named GP for safeguarding?', { share: false }).blocks);
  });

  test('long input with control characters and broadcast mentions is answered calmly and pings no one', async () => {
    const noisy = `<@${BOT_USER_ID}> <!channel> <!here> <!everyone> <@U999OTHER> \u0000\u0007 what is the \u001b[31mMASH? ` + 'blah '.repeat(2000);
    await sender.event(mention(noisy, { channel: 'CNOISY' }));
    await fake.waitFor(() => postsTo('CNOISY').length === 1);
    const post = postsTo('CNOISY')[0]!.args;
    const all = JSON.stringify(post);
    for (const ping of ['<!channel>', '<!here>', '<!everyone>', '<@U999OTHER>']) expect(all).not.toContain(ping);
    expect(all).not.toMatch(/\\u000[07]|\\u001b/);
    expect(visibleText(post)).toContain('first 500 characters');
    expectWithinLimits(post);
  });
});

describe('slash commands and buttons', () => {
  test('/ask answers privately, with Share and Full paragraph buttons carrying ids', async () => {
    const body = await command('/ask', 'How quickly are new referrals allocated to a social worker?');
    expect(body.response_type).toBe('ephemeral');
    const expected = handlers.command('ask', 'How quickly are new referrals allocated to a social worker?');
    expect(body.blocks).toEqual(expected.blocks);
    const share = buttons(body).filter((b: any) => b.action_id === ACTION_SHARE);
    expect(share.length).toBeGreaterThan(0);
    for (const b of share) expect(b.value).toMatch(/^sutton-2012:\d+$/);
    expectWithinLimits(body);
  });

  test('Share posts the citation for everyone; Full paragraph shows the whole paragraph privately', async () => {
    const res = await sender.interaction(blockAction(ACTION_SHARE, 'sutton-2012:65', 'share-65', true));
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responsesFor('share-65').length === 1);
    const shared = fake.responsesFor('share-65')[0]!.body;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(shared.unfurl_links).toBe(false);
    const p65 = engine.reports[0]!.paragraphs.find((p) => p.number === 65)!;
    expect(visibleText(shared)).toMatch(/^\*¶65\* · Safeguarding services › Performance management and quality assurance · 🔴 Inadequate · sutton-2012\n/);
    expect(visibleText(shared)).toContain(p65.text.slice(0, 200));
    expect(visibleText(shared)).toMatch(/Shared by <@U\d+>/);
    expect(buttons(shared)).toHaveLength(0);

    await sender.interaction(blockAction(ACTION_FULL_TEXT, 'sutton-2012:78', 'full-78', true));
    await fake.waitFor(() => fake.responsesFor('full-78').length === 1);
    const full = fake.responsesFor('full-78')[0]!.body;
    expect(full.response_type).toBe('ephemeral');
    const p78 = engine.reports[0]!.paragraphs.find((p) => p.number === 78)!;
    expect(visibleText(full).replace(/\s+/g, '')).toContain(p78.text.replace(/^\s*- /gm, '• ').replace(/&/g, '&amp;').replace(/\s+/g, ''));
    expect(buttons(full).map((b: any) => b.action_id)).toEqual([ACTION_SHARE, ACTION_COPY_CITATION]);
    expectWithinLimits(full);
  });

  test('when the response_url cannot be reached, Share posts as the bot instead', async () => {
    const payload = { ...blockAction(ACTION_SHARE, 'sutton-2012:20', 'unused', true), response_url: 'http://127.0.0.1:1/expired', channel: { id: 'CSHARE', name: 'x' } };
    await sender.interaction(payload);
    await fake.waitFor(() => postsTo('CSHARE').length === 1);
    expect(visibleText(postsTo('CSHARE')[0]!.args)).toMatch(/^\*¶20\* · /);
  });

  test('a tampered button value gets a plain answer, not an error', async () => {
    await sender.interaction(blockAction(ACTION_SHARE, 'sutton-2012:65<!channel>', 'tampered', true));
    await fake.waitFor(() => fake.responsesFor('tampered').length === 1);
    expect(JSON.stringify(fake.responsesFor('tampered')[0]!.body)).not.toContain('<!channel>');
  });

  test('/grade with no area shows the whole table by part; with an area, the matching judgements', async () => {
    const all = await command('/grade', '');
    expect(all.response_type).toBe('ephemeral');
    const table = visibleText(all);
    for (const j of engine.reports[0]!.judgements) expect(table).toContain(j.area.replace(/&/g, '&amp;'));
    expect(table).toContain('*Safeguarding services*');
    expect(table).toContain('*Services for looked after children*');

    const health = await command('/grade', 'being healthy');
    const expected = engine.grade('being healthy');
    expect(expected.judgements.length).toBeGreaterThan(0);
    expect(health.blocks).toEqual(handlers.command('grade', 'being healthy').blocks);
    expect(visibleText(health)).toContain('🟢 Good — Being healthy');
  });

  test('/cite N shows the paragraph with its citation, a Share button and a Copy citation button', async () => {
    const body = await command('/cite', '65');
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toMatch(/^\*¶65\* · /);
    expect(buttons(body).map((b: any) => [b.action_id, b.value])).toEqual([
      [ACTION_SHARE, 'sutton-2012:65'],
      [ACTION_COPY_CITATION, 'sutton-2012:65'],
    ]);
  });

  test('/cite sutton-2012 65, as the report id is printed, answers', async () => {
    const body = await command('/cite', 'sutton-2012 65');
    expect(visibleText(body)).toMatch(/^\*¶65\* · Safeguarding services › Performance management and quality assurance · 🔴 Inadequate · sutton-2012\n/);
  });

  test('empty or bad arguments get short usage help, privately', async () => {
    for (const [cmd, text, hint] of [
      ['/ask', '', '/ask How quickly'],
      ['/ask', '   \u0000  ', '/ask How quickly'],
      ['/cite', '', '/cite 65'],
      ['/cite', 'banana', '/cite 65'],
      ['/cite', '<!channel>', '/cite 65'],
      ['/cite', '999', '/cite 65'],
    ] as const) {
      const body = await command(cmd, text);
      expect(body.response_type).toBe('ephemeral');
      expect(visibleText(body)).toContain(hint);
      expect(JSON.stringify(body)).not.toContain('<!channel>');
      expect(body.blocks.length).toBeLessThanOrEqual(3);
    }
  });

  test('every paragraph of the report, cited over HTTP, respects the Block Kit limits', async () => {
    const numbers = engine.reports[0]!.paragraphs.map((p) => p.number);
    expect(numbers).toHaveLength(108);
    const bodies = await Promise.all(numbers.map((n) => command('/cite', String(n))));
    bodies.forEach((body, i) => {
      expectWithinLimits(body);
      expect(visibleText(body)).toMatch(new RegExp(`^\\*¶${numbers[i]}\\* · `));
    });
  });
});

describe('App Home, the message shortcut and the Ask modal', () => {
  test('opening App Home publishes the summary, judgements, recommendations and how to ask', async () => {
    await sender.event({ type: 'app_home_opened', user: 'UHOME01', channel: 'DHOME', tab: 'home', event_ts: '1710000000.1' });
    await sender.event({ type: 'app_home_opened', user: 'UHOME02', channel: 'DHOME', tab: 'messages', event_ts: '1710000000.2' });
    await fake.waitFor(() => fake.callsTo('views.publish').length >= 1);
    await running.idle();
    const published = fake.callsTo('views.publish');
    expect(published.map((c) => c.args.user_id)).toEqual(['UHOME01']);
    const view = published[0]!.args.view;
    expect(view.type).toBe('home');
    expectWithinLimits({ text: 'home', blocks: view.blocks }, 100);
    const text = visibleText(view);
    expect(text).toContain('London Borough of Sutton');
    expect(text).toContain('Richard Nash');
    expect(text).toContain('*Immediately*');
    expect(text).toContain('/grade');
  });

  test('"Find in report" answers the message privately', async () => {
    const res = await sender.interaction({
      type: 'message_action',
      callback_id: SHORTCUT_FIND,
      trigger_id: '123.456.trigger',
      response_url: fake.responseUrl('shortcut-1'),
      team: { id: 'T0FAKE', domain: 'fake' },
      channel: { id: 'C0CHANNEL', name: 'general' },
      user: { id: nextUser(), name: 'someone' },
      message: { type: 'message', user: 'U0AUTHOR', text: 'Are statutory visits to children in care made on time?', ts: '1710000000.000200' },
      message_ts: '1710000000.000200',
      token: 'legacy-verification-token',
      action_ts: '1710000000.3',
    });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responsesFor('shortcut-1').length === 1);
    const body = fake.responsesFor('shortcut-1')[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks).toEqual(handlers.question('Are statutory visits to children in care made on time?', { share: true }).blocks);
  });

  test('the Ask button on App Home opens a modal whose submission shows the answer', async () => {
    await sender.interaction({ ...blockAction(ACTION_OPEN_ASK, 'home', 'unused', false), container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' } });
    await fake.waitFor(() => fake.callsTo('views.open').length === 1);
    const opened = fake.callsTo('views.open')[0]!.args;
    expect(opened.trigger_id).toBe('123.456.trigger');
    expect(opened.view.callback_id).toBe(ASK_MODAL);

    const submit = (value: string) =>
      sender.interaction({
        type: 'view_submission',
        team: { id: 'T0FAKE', domain: 'fake' },
        user: { id: nextUser(), name: 'someone', team_id: 'T0FAKE' },
        api_app_id: 'A0FAKE',
        token: 'legacy-verification-token',
        trigger_id: '123.456.trigger',
        view: { id: 'VASK', type: 'modal', callback_id: ASK_MODAL, state: { values: { [ASK_BLOCK]: { [ASK_INPUT]: { type: 'plain_text_input', value } } } } },
      });
    // The submission is acknowledged at once with a working view, which the answer then replaces.
    const working = (await (await submit('What is the Dragonflies unit?')).json()) as any;
    expect(working.response_action).toBe('update');
    expect(visibleText(working.view)).toContain('Looking in the report');
    await fake.waitFor(() => fake.callsTo('views.update').length === 1);
    const updated = fake.callsTo('views.update')[0]!.args;
    expect(updated.view_id).toBe('VASK');
    expect(updated.view.blocks).toEqual(
      handlers.question('What is the Dragonflies unit?', { share: false }).blocks.filter((b) => b.type !== 'actions'),
    );
    const empty = (await (await submit('   ')).json()) as any;
    expect(empty.response_action).toBe('errors');
  });
});

describe('reliability', () => {
  test('a retried event is acknowledged and answered once', async () => {
    const event = mention(`<@${BOT_USER_ID}> Where are children examined after alleged sexual abuse?`, { channel: 'CRETRY' });
    const first = await sender.event(event);
    expect(first.res.status).toBe(200);
    await fake.waitFor(() => postsTo('CRETRY').length === 1);
    for (const retryNum of [1, 2]) {
      const retry = await sender.event(event, { eventId: first.eventId, retryNum });
      expect(retry.res.status).toBe(200);
    }
    await running.idle();
    expect(postsTo('CRETRY')).toHaveLength(1);
  });

  test('a retry arriving while the first delivery is still being answered is also dropped', async () => {
    const event = mention(`<@${BOT_USER_ID}> What is the MASH?`, { channel: 'CRACE' });
    const eventId = 'EvRace0001';
    const results = await Promise.all([sender.event(event, { eventId }), sender.event(event, { eventId, retryNum: 1 }), sender.event(event, { eventId, retryNum: 2 })]);
    for (const r of results) expect(r.res.status).toBe(200);
    await fake.waitFor(() => postsTo('CRACE').length >= 1);
    await running.idle();
    expect(postsTo('CRACE')).toHaveLength(1);
  });

  test('200 concurrent mentions are each answered once, in their own thread', async () => {
    const sent = Array.from({ length: 200 }, (_, i) => ({ ts: `1720000000.${String(i).padStart(6, '0')}`, user: `UCONC${String(i).padStart(4, '0')}` }));
    const questions = ['What is the MASH?', 'Are there enough qualified social workers?', 'How many care leavers go to university?', 'What is the Dragonflies unit?'];
    const responses = await Promise.all(
      sent.map((m, i) => sender.event(mention(`<@${BOT_USER_ID}> ${questions[i % questions.length]}`, { channel: 'CCONC', ts: m.ts, user: m.user }))),
    );
    expect(responses.every((r) => r.res.status === 200)).toBe(true);
    await fake.waitFor(() => postsTo('CCONC').length >= 200);
    await running.idle();
    const posts = postsTo('CCONC');
    expect(posts).toHaveLength(200);
    expect(new Set(posts.map((p) => p.args.thread_ts))).toEqual(new Set(sent.map((m) => m.ts)));
    for (const p of posts) {
      const i = sent.findIndex((m) => m.ts === p.args.thread_ts);
      expect(p.args.blocks).toEqual(handlers.question(questions[i % questions.length]!, { share: false }).blocks);
    }
  });

  test('a failing Web API call is logged, and the next request is served', async () => {
    fake.failWhen = (call) => (call.args.channel === 'CFAIL' ? { error: 'channel_not_found' } : call.args.channel === 'CFAIL500' ? { status: 500 } : undefined);
    try {
      await sender.event(mention(`<@${BOT_USER_ID}> What is the MASH?`, { channel: 'CFAIL' }));
      await sender.event(mention(`<@${BOT_USER_ID}> What is the MASH?`, { channel: 'CFAIL500' }));
      await fake.waitFor(() => postsTo('CFAIL').length >= 1 && postsTo('CFAIL500').length >= 1);
      await running.idle();
      expect(logs.some((l) => l.includes('ERROR') && l.includes('channel_not_found'))).toBe(true);

      await sender.event(mention(`<@${BOT_USER_ID}> What is the MASH?`, { channel: 'CAFTER' }));
      await fake.waitFor(() => postsTo('CAFTER').length === 1);
      const after = await command('/cite', '12');
      expect(visibleText(after)).toMatch(/^\*¶12\*/);
    } finally {
      fake.failWhen = () => undefined;
    }
  });

  test('a response_url that cannot be reached is logged, the answer goes by direct message, and the app goes on', async () => {
    const user = nextUser();
    const res = await sender.command({ command: '/cite', text: '5', user_id: user, response_url: 'http://127.0.0.1:1/expired' });
    expect(res.status).toBe(200);
    await fake.waitFor(() => postsTo(user).length === 1);
    expect(visibleText(postsTo(user)[0]!.args)).toMatch(/^_I could not reply where you asked, so here is my answer._\n\*¶5\*/);
    expect(logs.some((l) => l.includes('WARN') && l.includes(`Answering /cite (channel C0CHANNEL, user ${user})`) && l.includes('its connection failed'))).toBe(true);
    const after = await command('/cite', '6');
    expect(visibleText(after)).toMatch(/^\*¶6\*/);
  });

  test('no secret ever reaches the logs', async () => {
    await running.idle();
    expect(logs.length).toBeGreaterThan(0);
    const all = logs.join('\n');
    expect(all).not.toContain(FAKE_BOT_TOKEN);
    expect(all).not.toContain(FAKE_SIGNING_SECRET);
    expect(all).not.toContain(FAKE_BOT_TOKEN.slice(5));
  });
});
