/**
 * Hostile input over signed HTTP, against the app as `npm start` runs it: it
 * must neither stall the bot for everyone else nor reach anyone it names.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';

const fake = new FakeSlack();
let app: TestApp;

beforeAll(async () => {
  await fake.start();
  app = await startHttpApp(fake);
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
});

/** Milliseconds from sending a mention in `channel` to its answer being posted. */
async function answerTime(channel: string, send: () => Promise<unknown> = () => app.sender.event(mentionEvent('What is the MASH?', channel))): Promise<number> {
  const started = performance.now();
  await send();
  await fake.waitFor(() => fake.postedTo(channel).length > 0);
  return performance.now() - started;
}

test('a 40,000-character hostile mention delays another user’s answer by no more than 400 ms', async () => {
  // The slowest kind of text for a mention pattern: mentions of the bot that never close.
  const hostile = '<@UBOTFAKE1|'.repeat(3334).slice(0, 40_000);
  let alone = Infinity;
  for (let i = 0; i < 3; i++) alone = Math.min(alone, await answerTime(`CALONE${i}`));

  const withHostile = await answerTime('CAFTER', async () => {
    await app.sender.event({ ...mentionEvent('', 'CHOSTILE', 'UHOSTILE'), text: hostile });
    await app.sender.event(mentionEvent('What is the MASH?', 'CAFTER', 'UCALM'));
  });
  expect(withHostile - alone).toBeLessThanOrEqual(400);
  await fake.waitFor(() => fake.postedTo('CHOSTILE').length === 1);
  expect(fake.postedTo('CAFTER')[0]!.args.blocks).toEqual(fake.postedTo('CALONE0')[0]!.args.blocks);
});
