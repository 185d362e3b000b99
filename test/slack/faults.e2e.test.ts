/**
 * The app as `npm start` runs it in HTTP mode, against a stand-in Slack that
 * fails on cue: Web API calls and response_urls that hang, reset, answer 500
 * or rate-limit. Timeouts are scaled down (test/slack/support/timings.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';
import { FAST_TIMINGS, SCALE } from './support/timings.js';

const fake = new FakeSlack();
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
