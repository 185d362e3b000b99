/**
 * The app as `npm start` runs it in HTTP mode, against a stand-in Slack that
 * fails on cue: Web API calls and response_urls that hang, reset, answer 500
 * or rate-limit; and how it starts and stops around them. Timeouts are scaled
 * down (test/slack/support/timings.ts). SIGTERM comes from a stand-in for the
 * process, so the test sees the exit instead of undergoing it.
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SignalTarget, stopOnSignals } from '../../src/main.js';
import { DEFAULT_TIMINGS } from '../../src/slack/timings.js';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { ACTION_SHARE } from '../../src/slack/render/answer.js';
import { type Fault, FakeSlack } from './support/fake-slack.js';
import { visibleText } from './support/limits.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';
import { FAST_TIMINGS, SCALE } from './support/timings.js';

const fake = new FakeSlack();
const handlers = createHandlers(loadEngine());
let app: TestApp;

beforeAll(async () => {
  await fake.start();
  app = await startHttpApp(fake, {}, { slackTimings: FAST_TIMINGS });
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
});

const logsAbout = (channel: string) => app.logs.filter((l) => l.includes(`channel ${channel}`));

/** Mentions the bot in `channel` and waits until the app has finished with it. */
async function mentionAndSettle(channel: string): Promise<void> {
  await app.sender.event(mentionEvent('What is the MASH?', channel));
  await fake.waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.args.channel === channel));
  await app.running.idle();
}

describe('posting an answer is never repeated blindly', () => {
  test('a chat.postMessage that hangs for 15 s before succeeding yields exactly one message', async () => {
    fake.failNextCalls('chat.postMessage', { hang: 15_000 / SCALE });
    await mentionAndSettle('CHANG');
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CHANG')).toHaveLength(1);
    await fake.waitFor(() => fake.postedTo('CHANG').length === 1);
    const given = logsAbout('CHANG').filter((l) => l.includes('ERROR'));
    expect(given).toHaveLength(1);
    expect(given[0]).toMatch(/Replying to a mention \(event Ev\d+, channel CHANG, user U\w+\) failed, and its reply was given up: chat\.postMessage got no answer within 0\.2 s; not repeated, as Slack may have acted on it/);
  });

  test.each([
    ['a reset', 'CLOSTRESET', { reset: true, tookEffect: true } as const],
    ['a 500', 'CLOST500', { status: 500, tookEffect: true } as const],
  ])('a post that Slack made but whose answer was lost to %s is not made again', async (_name, channel, fault) => {
    fake.failNextCalls('chat.postMessage', fault);
    await mentionAndSettle(channel);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel)).toHaveLength(1);
    expect(fake.postedTo(channel)).toHaveLength(1);
    expect(logsAbout(channel).filter((l) => l.includes('ERROR'))).toEqual([expect.stringContaining('not repeated, as Slack may have acted on it')]);
  });

  test('a rate-limited post is waited out for its Retry-After and then made once', async () => {
    fake.failNextCalls('chat.postMessage', { status: 429, retryAfter: 0 }, { status: 429, retryAfter: 0 });
    await mentionAndSettle('CLIMITED');
    await fake.waitFor(() => fake.postedTo('CLIMITED').length === 1);
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CLIMITED')).toHaveLength(3);
    expect(logsAbout('CLIMITED').filter((l) => l.includes('ERROR'))).toEqual([]);
  });

  test('a post rate-limited past what the app waits for is given up with one log line', async () => {
    fake.failNextCalls('chat.postMessage', ...Array(FAST_TIMINGS.rateLimitRetries + 1).fill({ status: 429, retryAfter: 0 }));
    await mentionAndSettle('CFLOODED');
    expect(fake.postedTo('CFLOODED')).toHaveLength(0);
    expect(logsAbout('CFLOODED').filter((l) => l.includes('ERROR'))).toEqual([expect.stringContaining('chat.postMessage was rate-limited 4 times in a row')]);

    fake.failNextCalls('chat.postMessage', { status: 429, retryAfter: 120 });
    await mentionAndSettle('CSLOWED');
    expect(logsAbout('CSLOWED').filter((l) => l.includes('ERROR'))).toEqual([expect.stringContaining('rate-limited for 120 s, longer than the app waits')]);
  });
});

let counter = 0;

/** Sends `/command text` from a new user, its response_url meeting `faults`; waits until the app is done with it. */
async function slash(command: string, text: string, ...faults: Fault[]) {
  const id = `slash-${++counter}`;
  const user = `USLASH${counter}`;
  fake.failNextResponses(id, ...faults);
  const res = await app.sender.command({ command, text, user_id: user, response_url: fake.responseUrl(id), channel_id: 'CSLASH' });
  expect(res.status).toBe(200);
  await fake.waitFor(() => fake.responsesFor(id).length > 0 || fake.postedTo(user).length > 0);
  await app.running.idle();
  return { id, user, attempts: fake.responseAttempts.filter((r) => r.id === id), direct: fake.postedTo(user), logs: app.logs.filter((l) => l.includes(`user ${user})`)) };
}

/** Presses Share on paragraph 20 in `channel`, its response_url meeting `faults`. */
async function share(channel: string, ...faults: Fault[]) {
  const id = `share-${++counter}`;
  const user = `USHARE${counter}`;
  fake.failNextResponses(id, ...faults);
  await app.sender.interaction({
    type: 'block_actions',
    user: { id: user, username: 'someone', name: 'someone', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1710000000.000100', channel_id: channel, is_ephemeral: true },
    trigger_id: '123.456.trigger',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: channel, name: 'general' },
    response_url: fake.responseUrl(id),
    actions: [{ action_id: ACTION_SHARE, block_id: 'b', text: { type: 'plain_text', text: 'x' }, value: 'sutton-2012:20', type: 'button', action_ts: '1710000000.1' }],
  });
  await fake.waitFor(() => fake.responseAttempts.some((r) => r.id === id));
  await app.running.idle();
  return { id, posted: fake.postedTo(channel), logs: app.logs.filter((l) => l.includes(`user ${user})`)) };
}

describe('answers through response_url', () => {
  test.each([
    ['a 500', { status: 500 }],
    ['a 429 with Retry-After', { status: 429, retryAfter: 0 }],
    ['a reset', { reset: true }],
  ] as [string, Fault][])('an /ask whose response_url fails once with %s is still delivered', async (_name, fault) => {
    const { id, attempts, direct, logs } = await slash('/ask', 'What is the MASH?', fault);
    expect(attempts).toHaveLength(2);
    const body = fake.responsesFor(id)[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks).toEqual(handlers.command('ask', 'What is the MASH?').blocks);
    expect(direct).toHaveLength(0);
    expect(logs).toEqual([]);
  });

  test('when every try fails, the answer goes to the person by direct message, with one warning', async () => {
    const { attempts, direct, logs } = await slash('/cite', '65', ...Array(FAST_TIMINGS.responseAttempts).fill({ status: 500 }));
    expect(attempts).toHaveLength(FAST_TIMINGS.responseAttempts);
    expect(direct).toHaveLength(1);
    expect(visibleText(direct[0]!.args)).toMatch(/^_I could not reply where you asked, so here is my answer._\n\*¶65\* · /);
    expect(logs).toEqual([expect.stringMatching(/WARN .*Answering \/cite \(channel CSLASH, user USLASH\d+\): the response_url post failed, as Slack answered HTTP 500, 5 times; sending the reply by direct message instead/)]);
  });

  test('an expired response_url is not tried again: the answer goes by direct message at once', async () => {
    const { attempts, direct } = await slash('/cite', '12', { status: 404 });
    expect(attempts).toHaveLength(1);
    expect(visibleText(direct[0]!.args)).toContain('*¶12* · ');
  });

  test('a Retry-After beyond the response_url’s 30 minutes is not waited for', async () => {
    const { attempts, direct, logs } = await slash('/cite', '13', { status: 429, retryAfter: 3600 });
    expect(attempts).toHaveLength(1);
    expect(direct).toHaveLength(1);
    expect(logs[0]).toContain('the response_url expires before another');
  });

  test('a response_url that gets no answer is not posted to again; the private answer goes by direct message', async () => {
    const { attempts, direct, logs } = await slash('/cite', '14', { hang: 'forever' });
    expect(attempts).toHaveLength(1);
    expect(direct).toHaveLength(1);
    expect(logs[0]).toContain('it got no answer within 0.2 s');
  });

  test('a Share whose response_url gets no answer is not posted again as the bot, and says so once', async () => {
    const { posted, logs } = await share('CSHAREHUNG', { hang: 'forever' });
    expect(posted).toHaveLength(0);
    expect(logs).toEqual([expect.stringMatching(/ERROR .*Sharing a citation .*it got no answer within 0\.2 s; not posted again, as Slack may have shown it/)]);
  });

  test('a Share whose response_url has expired is posted as the bot', async () => {
    const { posted } = await share('CSHAREGONE', { status: 404 });
    expect(posted).toHaveLength(1);
    expect(visibleText(posted[0]!.args)).toMatch(/^\*¶20\* · /);
  });
});

describe('start-up and shutdown', () => {
  test('an SLACK_API_URL over plain http to another machine stops start-up before the token is sent', async () => {
    const calls = fake.calls.length;
    await expect(startHttpApp(fake, { SLACK_API_URL: 'http://slack-proxy.example.org/api/' })).rejects.toThrow(/SLACK_API_URL uses http to another machine/);
    expect(fake.calls.length).toBe(calls);
  });

  test('LOG_LEVEL=error prints no INFO line, from start to stop', async () => {
    const quiet = await startHttpApp(fake, { LOG_LEVEL: 'error' }, { slackTimings: FAST_TIMINGS });
    // A rate limit and an unreachable response_url, which log at INFO and WARN; a missing channel, at ERROR.
    fake.failNextCalls('chat.postMessage', { status: 429, retryAfter: 0 });
    await quiet.sender.event(mentionEvent('What is the MASH?', 'CQUIET'));
    await quiet.sender.command({ command: '/cite', text: '65', user_id: 'UQUIET', response_url: 'http://127.0.0.1:1/unreachable' });
    await fake.waitFor(() => fake.postedTo('CQUIET').length === 1 && fake.postedTo('UQUIET').length === 1);
    fake.failNextCalls('chat.postMessage', { error: 'channel_not_found' });
    await quiet.sender.event(mentionEvent('What is the MASH?', 'CGONE'));
    await fake.waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.args.channel === 'CGONE'));
    await quiet.running.stop();
    expect(quiet.logs).toEqual([expect.stringMatching(/ ERROR .*channel CGONE.*channel_not_found/)]);
  });

  test('SIGTERM with a hung response_url exits within 10 s, saying what it does', async () => {
    // A response_url post may take as long as in production; the grace to finish is scaled down.
    const stuck = await startHttpApp(fake, {}, { slackTimings: { ...FAST_TIMINGS, responseTimeoutMs: DEFAULT_TIMINGS.responseTimeoutMs } });
    const exited = new Promise<number | undefined>((resolve) => {
      const process = Object.assign(new EventEmitter(), { exit: resolve });
      stopOnSignals(stuck.running, process satisfies SignalTarget);
      fake.failNextResponses('stuck', { hang: 'forever' });
      void stuck.sender.command({ command: '/ask', text: 'What is the MASH?', user_id: 'USTUCK', response_url: fake.responseUrl('stuck') });
      void fake.waitFor(() => fake.responseAttempts.some((r) => r.id === 'stuck')).then(() => process.emit('SIGTERM'));
    });
    const started = performance.now();
    const outOfTime = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000).unref());
    expect(await Promise.race([exited, outOfTime])).toBe(0);
    expect(performance.now() - started).toBeLessThan(10_000);

    const shutdown = stuck.logs.slice(stuck.logs.findIndex((l) => l.includes('Shutting down')));
    expect(shutdown[0]).toMatch(/INFO .*Shutting down \(SIGTERM\): taking no new requests; 1 reply in progress, given 0\.1 s to finish/);
    expect(shutdown.some((l) => /WARN .*Abandoning 1 reply still in progress after 0\.1 s/.test(l))).toBe(true);
    expect(shutdown.some((l) => /ERROR .*Answering \/ask \(channel C0CHANNEL, user USTUCK\) failed.*abandoned as the app shut down/.test(l))).toBe(true);
    expect(shutdown.at(-1)).toMatch(/INFO .*Stopped$/);
    // Nothing went by direct message: the app was stopping, and the post may yet show.
    expect(fake.postedTo('USTUCK')).toHaveLength(0);
  });
});
