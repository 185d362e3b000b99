/**
 * The app as `npm start` runs it in HTTP mode over a corpus folder of awkward
 * files: it starts promptly, says what it could not read, and answers from
 * the rest.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, startHttpApp } from './support/app.js';
import { visibleText } from './support/limits.js';

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
  writeFileSync(join(dir, 'sutton-spaces.txt'), withSpaceLines(SUTTON));
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
    const body = await command('cite', '66');
    expect(visibleText(body)).toMatch(/^\*¶66\* · /);
  });
});
