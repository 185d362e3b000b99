/**
 * Answers off the acknowledgement path, against the app as `npm start` runs
 * it in HTTP mode with one answer worker and room for one question to wait:
 * a worker that is busy, one that dies while answering, and shutdown. The
 * worker is the app's own, with faults that a question can set off
 * (support/faulty-worker.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadEngine } from '../../src/search/engine.js';
import { BUSY } from '../../src/slack/async-handlers.js';
import { APOLOGY, createHandlers } from '../../src/slack/handlers.js';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';
import { FAST_TIMINGS } from './support/timings.js';

const fake = new FakeSlack();
const handlers = createHandlers(loadEngine());
const holds = mkdtempSync(join(tmpdir(), 'worker-holds-'));
let app: TestApp;

beforeAll(async () => {
  await fake.start();
  app = await startHttpApp(
    fake,
    { ANSWER_WORKERS: '1', ANSWER_QUEUE: '1' },
    { slackTimings: FAST_TIMINGS, answerWorkers: { file: new URL('./support/faulty-worker.ts', import.meta.url) } },
  );
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
  rmSync(holds, { recursive: true, force: true });
});

/** Resolves once `check` holds, looking every few milliseconds; the test's own timeout bounds the wait. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

let held = 0;
/** A folder for one held question: the worker writes `holding` in it, and waits for `release`. */
function holdFolder(): { dir: string; holding: () => boolean; release: () => void } {
  const dir = join(holds, String(++held));
  mkdirSync(dir);
  return { dir, holding: () => existsSync(join(dir, 'holding')), release: () => writeFileSync(join(dir, 'release'), '') };
}

const texts = (channel: string) => fake.postedTo(channel).map((c) => c.args.text as string);

describe('answers in a worker thread', () => {
  test('a mention is answered in its thread with exactly what the handlers give', async () => {
    const event = mentionEvent('How quickly are referrals allocated?', 'CWORKER');
    const { res } = await app.sender.event(event);
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.postedTo('CWORKER').length === 1);
    const post = fake.postedTo('CWORKER')[0]!.args;
    expect(post.thread_ts).toBe(event.ts);
    expect(post.blocks).toEqual(handlers.question('How quickly are referrals allocated?', { share: false }).blocks);
  });

  test('with the worker busy and the queue full, the next asker alone is told to try again, and the rest are answered', async () => {
    const hold = holdFolder();
    const first = mentionEvent(`hold:${hold.dir} What is the MASH?`, 'CBUSY', 'UFIRST');
    expect((await app.sender.event(first)).res.status).toBe(200);
    await until(hold.holding);
    const waiting = mentionEvent('What is the MASH?', 'CBUSY', 'USECOND');
    expect((await app.sender.event(waiting)).res.status).toBe(200);
    const turnedAway = mentionEvent('What is the MASH?', 'CBUSY', 'UTHIRD');
    expect((await app.sender.event(turnedAway)).res.status).toBe(200);

    await fake.waitFor(() => fake.callsTo('chat.postEphemeral').some((c) => c.args.user === 'UTHIRD'));
    const busy = fake.callsTo('chat.postEphemeral').find((c) => c.args.user === 'UTHIRD')!.args;
    expect(busy).toMatchObject({ channel: 'CBUSY', thread_ts: turnedAway.ts, text: BUSY });
    expect(fake.postedTo('CBUSY')).toHaveLength(0);

    hold.release();
    await fake.waitFor(() => fake.postedTo('CBUSY').length === 2);
    await app.running.idle();
    expect(fake.postedTo('CBUSY').map((c) => c.args.thread_ts).sort()).toEqual([first.ts, waiting.ts].sort());
    expect(texts('CBUSY')).not.toContain(BUSY);
  });

  test('a worker that dies while answering is replaced, its asker gets the apology, and the next question is answered', async () => {
    await app.sender.event(mentionEvent('please die now', 'CDIES'));
    await fake.waitFor(() => fake.postedTo('CDIES').length === 1);
    expect(texts('CDIES')).toEqual([APOLOGY]);
    expect(app.logs.some((l) => l.includes('ERROR') && l.includes('An answer worker stopped while answering (exit code 70)'))).toBe(true);

    await app.sender.event(mentionEvent('What is the Dragonflies unit?', 'CAFTERDEATH'));
    await fake.waitFor(() => fake.postedTo('CAFTERDEATH').length === 1);
    expect(fake.postedTo('CAFTERDEATH')[0]!.args.blocks).toEqual(handlers.question('What is the Dragonflies unit?', { share: false }).blocks);
    expect(app.running.workerThreads()).toBe(1);
  });

  test('a slash command goes through the worker too, privately', async () => {
    const res = await app.sender.command({ command: '/cite', text: '65', user_id: 'UCITE', response_url: fake.responseUrl('worker-cite') });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responsesFor('worker-cite').length === 1);
    const body = fake.responsesFor('worker-cite')[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks).toEqual(handlers.command('cite', '65').blocks);
  });

  test('shutdown ends the workers, giving up a question still being answered, with a log line', async () => {
    const hold = holdFolder();
    await app.sender.event(mentionEvent(`hold:${hold.dir} What is the MASH?`, 'CSHUTDOWN', 'USHUT'));
    await until(hold.holding);
    await app.running.stop('SIGTERM');
    hold.release();
    expect(app.running.workerThreads()).toBe(0);
    expect(fake.postedTo('CSHUTDOWN')).toHaveLength(0);
    const said = app.logs.join('\n');
    expect(said).toMatch(/Shutting down \(SIGTERM\): taking no new requests; 1 reply in progress/);
    expect(said).toMatch(/Abandoning 1 reply still in progress/);
    expect(said).toMatch(/Replying to a mention \(event Ev\d+, channel CSHUTDOWN, user USHUT\) failed, and its reply was given up: the answer workers were stopped/);
    expect(said).toMatch(/Ended 1 answer worker\n[\s\S]*Stopped/);
  });
});
