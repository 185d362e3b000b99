/**
 * The app as `npm start` runs it in HTTP mode over a corpus folder of awkward
 * files: it starts promptly, says what it could not read, and answers from
 * the rest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, startHttpApp } from './support/app.js';
import { visibleText } from './support/limits.js';
import { encodeWindows1252 } from '../support/windows-1252.js';

const SUTTON = readFileSync(join(defaultCorpusDir, '000_411fcbd83716260d.txt'), 'utf8');
const fake = new FakeSlack();
const dir = mkdtempSync(join(tmpdir(), 'corpus-e2e-'));
let app: TestApp;
let startMs: number;

/** The Sutton report with two lines of 200,000 spaces: one alone, one before a word. */
function withSpaceLines(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('65. '));
  lines.splice(at + 1, 0, '', ' '.repeat(200_000), '', ' '.repeat(200_000) + 'aside');
  return lines.join('\n');
}

let counter = 0;
async function command(name: string, text: string) {
  const id = `${name}-${++counter}`;
  await app.sender.command({ command: `/${name}`, text, user_id: `UCORPUS${counter}`, response_url: fake.responseUrl(id) });
  await fake.waitFor(() => fake.responsesFor(id).length > 0);
  return fake.responsesFor(id)[0]!.body;
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
