/** The per-user limit, over signed HTTP, with the clock held still so the outcome is exact. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadEngine } from '../../src/search/engine.js';
import { type SlackApp, createSlackApp } from '../../src/slack/app.js';
import { createLogger } from '../../src/slack/logger.js';
import { BOT_USER_ID, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FakeSlack } from './support/fake-slack.js';
import { visibleText } from './support/limits.js';
import { SlackSender } from './support/signed.js';

const fake = new FakeSlack();
let clock = 1_000_000;
let slack: SlackApp;
let sender: SlackSender;

beforeAll(async () => {
  await fake.start();
  slack = await createSlackApp({
    engine: loadEngine(),
    config: { mode: 'http', botToken: FAKE_BOT_TOKEN, signingSecret: FAKE_SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl, logLevel: 'error', answerWorkers: 0, answerQueue: 500 },
    logger: createLogger({ level: 'error', write: () => {} }),
    rateLimit: { burst: 3, refillSeconds: 60, now: () => clock },
  });
  const { port } = await slack.start();
  sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, FAKE_SIGNING_SECRET);
});

afterAll(async () => {
  await slack?.stop();
  await fake.close();
});

const posts = (channel: string) => fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

test('one person flooding mentions gets their burst answered, one polite note, then silence; others are unaffected', async () => {
  for (let i = 0; i < 8; i++) {
    await sender.event({ type: 'app_mention', user: 'UFLOOD', text: `<@${BOT_USER_ID}> What is the MASH?`, ts: `1730000000.00000${i}`, channel: 'CFLOOD' });
  }
  await sender.event({ type: 'app_mention', user: 'UCALM', text: `<@${BOT_USER_ID}> What is the MASH?`, ts: '1730000001.000000', channel: 'CCALM' });
  await slack.idle();
  const flood = posts('CFLOOD');
  expect(flood).toHaveLength(4);
  expect(flood.slice(0, 3).every((p) => visibleText(p.args).includes('¶'))).toBe(true);
  expect(flood[3]!.args.text).toMatch(/faster than I can keep up with\. Please wait about 60 seconds/);
  expect(flood[3]!.args.thread_ts).toBe('1730000000.000003');
  expect(posts('CCALM')).toHaveLength(1);
});

test('private commands explain the limit every time', async () => {
  for (let i = 0; i < 5; i++) {
    await sender.command({ command: '/cite', text: '65', user_id: 'UCMD', response_url: fake.responseUrl(`cmd-${i}`) });
  }
  await slack.idle();
  const bodies = [0, 1, 2, 3, 4].map((i) => fake.responsesFor(`cmd-${i}`)[0]!.body);
  expect(bodies.slice(0, 3).every((b) => visibleText(b).startsWith('*¶65*'))).toBe(true);
  expect(bodies.slice(3).every((b) => b.response_type === 'ephemeral' && /faster than I can keep up/.test(b.text))).toBe(true);
});

test('a steady flood, one mention let through each minute as the allowance comes back, is told once', async () => {
  let ts = 0;
  const mention = () => sender.event({ type: 'app_mention', user: 'USTEADY', text: `<@${BOT_USER_ID}> What is the MASH?`, ts: `1730000100.${String(++ts).padStart(6, '0')}`, channel: 'CSTEADY' });
  for (let minute = 0; minute < 5; minute++) {
    for (let i = 0; i < 4; i++) await mention();
    clock += 60_000;
  }
  await slack.idle();
  const notes = posts('CSTEADY').filter((p) => /faster than I can keep up/.test(p.args.text));
  expect(notes).toHaveLength(1);
  expect(posts('CSTEADY')).toHaveLength(3 + 4 + 1);
});

test('mentions with no user are limited too, by channel', async () => {
  for (let i = 0; i < 6; i++) {
    await sender.event({ type: 'app_mention', text: `<@${BOT_USER_ID}> What is the MASH?`, ts: `1730000200.00000${i}`, channel: 'CNOUSER' });
  }
  await slack.idle();
  expect(posts('CNOUSER')).toHaveLength(4);
  expect(posts('CNOUSER')[3]!.args.text).toMatch(/faster than I can keep up/);
});
