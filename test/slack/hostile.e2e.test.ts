/**
 * Hostile and awkward input, against the app as `npm start` runs it in HTTP
 * mode: requests and questions that must neither stall the bot for everyone
 * else nor reach anyone they name, and a corpus folder of awkward files,
 * from which it must start promptly, say what it could not read, and answer
 * from the rest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { FAKE_SIGNING_SECRET, FakeSlack } from './support/fake-slack.js';
import { type TestApp, mentionEvent, startHttpApp } from './support/app.js';
import { postSigned, signature } from './support/signed.js';
import { visibleText } from './support/limits.js';
import { encodeWindows1252 } from '../support/windows-1252.js';

const SUTTON = readFileSync(join(defaultCorpusDir, '000_411fcbd83716260d.txt'), 'utf8');
const fake = new FakeSlack();
const dir = mkdtempSync(join(tmpdir(), 'awkward-corpus-'));
let app: TestApp;
let startMs: number;

/** The Sutton report with two lines of 200,000 spaces: one alone, one before a word. */
function withSpaceLines(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('65. '));
  lines.splice(at + 1, 0, '', ' '.repeat(200_000), '', ' '.repeat(200_000) + 'aside');
  return lines.join('\n');
}

beforeAll(async () => {
  await fake.start();
  writeFileSync(join(dir, '1-sutton-spaces.txt'), withSpaceLines(SUTTON));
  // Bytes of a picture, no text at all.
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xd8]));
  // The same report saved as Windows-1252: sutton-2012-2, as the id is taken.
  writeFileSync(join(dir, '2-sutton-windows-1252.txt'), encodeWindows1252(SUTTON));
  // Reading a named pipe would wait for a writer that never comes.
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const started = performance.now();
  app = await startHttpApp(fake, { CORPUS_DIR: dir });
  startMs = performance.now() - started;
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
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

/**
 * Sends a request's headers and the first kilobyte of a body of `length`
 * bytes, the rest never: resolves with the status if the app answers anyway.
 */
function statusBeforeBody(url: string, headers: Record<string, string>, length: number): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': String(length) } }, (res) => {
      resolve(res.statusCode);
      res.resume();
      req.destroy();
    });
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.write('x'.repeat(1024));
  });
}

describe('requests refused at the door, before a listener sees them', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const body = JSON.stringify({ type: 'event_callback', event_id: 'EvDoor', event: mentionEvent('What is the MASH?', 'CDOOR') });

  test('a request signed with a timestamp one day ahead gets 401', async () => {
    const res = await postSigned(app.eventsUrl, body, 'application/json', { secret: FAKE_SIGNING_SECRET, timestamp: now() + 86_400 });
    expect(res.status).toBe(401);
    expect(app.logs).toContainEqual(expect.stringMatching(/WARN .*Refused a request with 401: its timestamp is 86400 s ahead of the clock/));
    const behind = await postSigned(app.eventsUrl, body, 'application/json', { secret: FAKE_SIGNING_SECRET, timestamp: now() - 86_400 });
    expect(behind.status).toBe(401);
    await app.running.idle();
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CDOOR')).toHaveLength(0);
  });

  test('an unsigned body is refused before it is sent, not buffered first', async () => {
    const status = await statusBeforeBody(app.eventsUrl, { 'content-type': 'application/json' }, 3 * 1024 * 1024);
    expect(status).toBe(401);
  });

  test('a signed request too large to be Slack’s is refused with 413 before its body is sent', async () => {
    const ts = now();
    const headers = { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': signature(FAKE_SIGNING_SECRET, ts, '') };
    expect(await statusBeforeBody(app.eventsUrl, headers, 2 * 1024 * 1024)).toBe(413);
  });

  test('a signed body that is not a Slack payload (null, a list, a number, a form with a null payload) gets 400', async () => {
    for (const [raw, type] of [
      ['null', 'application/json'],
      ['[]', 'application/json'],
      ['5', 'application/json'],
      ['payload=null', 'application/x-www-form-urlencoded'],
    ] as const) {
      const res = await postSigned(app.eventsUrl, raw, type, { secret: FAKE_SIGNING_SECRET });
      expect(res.status, raw).toBe(400);
    }
    const after = await app.sender.event(mentionEvent('What is the MASH?', 'CAFTERNULL'));
    expect(after.res.status).toBe(200);
    await fake.waitFor(() => fake.postedTo('CAFTERNULL').length === 1);
  });

  test('Slack’s unsigned ssl_check is still answered', async () => {
    const res = await fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ssl_check=1&token=legacy' });
    expect(res.status).toBe(200);
  });
});

describe('what a question is made of', () => {
  /** Mentions the bot with `text` in `channel`; resolves with the reply posted there. */
  async function reply(text: string, channel: string) {
    await app.sender.event(mentionEvent(text, channel));
    await fake.waitFor(() => fake.postedTo(channel).length === 1);
    return fake.postedTo(channel)[0]!.args;
  }

  test('zero-width characters inside a word leave it one word', async () => {
    const plain = await reply('What is the MASH?', 'CPLAINWORD');
    const hidden = await reply('What is the M\u200dA\u200bS\u00adH\u2060?', 'CHIDDENWORD');
    expect(hidden.blocks).toEqual(plain.blocks);
  });

  test('bidirectional controls are not echoed; a family emoji, joined by zero-width joiners, is echoed whole', async () => {
    const family = '👩\u200d👩\u200d👧';
    const answer = await reply(`\u202eWho won the cup\u202c \u2066${family}\u2069?`, 'CBIDI');
    const all = JSON.stringify(answer);
    for (const control of ['\u202e', '\u202c', '\u2066', '\u2069']) expect(all).not.toContain(control);
    expect(visibleText(answer)).toContain(`“Who won the cup ${family}?”`);
  });

  test('a long question quoted back is cut between characters, never inside an emoji', async () => {
    // The quote is cut at 199 code units, which here falls inside the family.
    const question = 'qz'.repeat(98) + ' 👩\u200d👩\u200d👧\u200d👦 and then some more';
    const answer = await reply(question, 'CLONGEMOJI');
    const shown = visibleText(answer);
    expect(shown).toContain(`“${'qz'.repeat(98)}…”`);
    expect(JSON.stringify(answer)).not.toMatch(/\\ud83d(?!\\udc)|\ufffd/i);
  });
});

let counter = 0;
async function command(name: string, text: string) {
  const id = `${name}-${++counter}`;
  await app.sender.command({ command: `/${name}`, text, user_id: `UCORPUS${counter}`, response_url: fake.responseUrl(id) });
  await fake.waitFor(() => fake.responsesFor(id).length > 0);
  return fake.responsesFor(id)[0]!.body;
}

describe('a corpus of awkward files', () => {
  test('a report line of 200,000 spaces, alone or before a word, loads in under 5 s', async () => {
    expect(startMs).toBeLessThan(5_000);
    const body = await command('cite', 'sutton-2012 66');
    expect(visibleText(body)).toMatch(/^\*¶66\* · /);
  });

  const logged = (level: string, file: string) => app.logs.filter((l) => l.includes(` ${level} `) && l.includes(file));

  test('a binary broken.txt is named in the app’s log while the app answers', async () => {
    expect(logged('ERROR', 'broken.txt')).toEqual([expect.stringMatching(/Could not load a report: .*broken\.txt:\d+: this is not a text file$/)]);
    expect(visibleText(await command('cite', 'sutton-2012 12'))).toMatch(/^\*¶12\* · /);
  });

  test('a named pipe called pipe.txt is skipped, and said so, without holding up start-up', () => {
    expect(logged('ERROR', 'pipe.txt')).toEqual([expect.stringContaining('this is a named pipe, not a regular file; skipped')]);
  });

  test('a Windows-1252 copy of the report is decoded correctly and named in a warning', async () => {
    expect(logged('WARN', '2-sutton-windows-1252.txt')).toContainEqual(expect.stringMatching(/2-sutton-windows-1252\.txt:\d+: this is not UTF-8, so it was read as Windows-1252/));
    const utf8 = visibleText(await command('cite', 'sutton-2012 4'));
    const windows = visibleText(await command('cite', 'sutton-2012-2 4'));
    expect(windows.replace(/sutton-2012-2/, 'sutton-2012')).toBe(utf8);
    expect(windows).toContain('46,275¹ children');
    expect(windows).toContain('_¹ ONS Mid 2010 Population Estimates_');
  });
});
