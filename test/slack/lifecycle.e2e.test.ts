/**
 * The app as `npm start` runs it, from start to stop: what it logs at the
 * level asked for, and how it stops on SIGTERM while a reply is stuck on a
 * response_url that never answers. The signal comes from a stand-in for the
 * process, so the test sees the exit instead of undergoing it.
 */
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type SignalTarget, stopOnSignals } from '../../src/main.js';
import { DEFAULT_TIMINGS } from '../../src/slack/timings.js';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';
import { FAST_TIMINGS } from './support/timings.js';

const fake = new FakeSlack();
let app: TestApp;

beforeAll(async () => {
  await fake.start();
  // A response_url post may take as long as in production; the grace to finish is scaled down.
  app = await startHttpApp(fake, {}, { slackTimings: { ...FAST_TIMINGS, responseTimeoutMs: DEFAULT_TIMINGS.responseTimeoutMs } });
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
});

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
  const exited = new Promise<number | undefined>((resolve) => {
    const process = Object.assign(new EventEmitter(), { exit: resolve });
    stopOnSignals(app.running, process satisfies SignalTarget);
    fake.failNextResponses('stuck', { hang: 'forever' });
    void app.sender.command({ command: '/ask', text: 'What is the MASH?', user_id: 'USTUCK', response_url: fake.responseUrl('stuck') });
    void fake.waitFor(() => fake.responseAttempts.some((r) => r.id === 'stuck')).then(() => process.emit('SIGTERM'));
  });
  const started = performance.now();
  const outOfTime = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000).unref());
  expect(await Promise.race([exited, outOfTime])).toBe(0);
  expect(performance.now() - started).toBeLessThan(10_000);

  const shutdown = app.logs.slice(app.logs.findIndex((l) => l.includes('Shutting down')));
  expect(shutdown[0]).toMatch(/INFO .*Shutting down \(SIGTERM\): taking no new requests; 1 reply in progress, given 0\.1 s to finish/);
  expect(shutdown.some((l) => /WARN .*Abandoning 1 reply still in progress after 0\.1 s/.test(l))).toBe(true);
  expect(shutdown.some((l) => /ERROR .*Answering \/ask \(channel C0CHANNEL, user USTUCK\) failed.*abandoned as the app shut down/.test(l))).toBe(true);
  expect(shutdown.at(-1)).toMatch(/INFO .*Stopped$/);
  // Nothing went by direct message: the app was stopping, and the post may yet show.
  expect(fake.postedTo('USTUCK')).toHaveLength(0);
});
