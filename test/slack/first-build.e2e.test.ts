/**
 * A first build in Slack mode, as `npm start` runs it in HTTP mode: the
 * reports are parsed and indexed before the app listens, and the log says
 * how far it has got every few seconds. The clock is a stand-in that moves
 * three seconds each time it is read, so the lines are exact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeCopies } from '../../scripts/synthetic-corpus.js';
import { FakeSlack } from './support/fake-slack.js';
import { startHttpApp } from './support/app.js';

const fake = new FakeSlack();
const scratch = mkdtempSync(join(tmpdir(), 'first-build-'));
const env = { CORPUS_DIR: join(scratch, 'corpus'), SAVED_INDEX_DIR: join(scratch, 'index'), LOG_LEVEL: 'info' };

beforeAll(async () => {
  writeCopies(4, env.CORPUS_DIR);
  await fake.start();
});

afterAll(async () => {
  await fake.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Starts the app over a corpus never indexed, stops it, and returns its progress lines. */
async function progressLines(): Promise<string[]> {
  let clock = 0;
  const app = await startHttpApp(fake, env, { progress: { now: () => (clock += 3000) } });
  await app.running.stop();
  return app.logs.filter((l) => / INFO .*Index(ing|ed) /.test(l)).map((l) => l.replace(/^.* INFO \[[^\]]+\] /, ''));
}

test('a first build logs how far it has got every few seconds, then what it did', async () => {
  expect(await progressLines()).toEqual([
    'Indexing reports: 1 of 4 (25%), about 9 s left.',
    'Indexing reports: 3 of 4 (75%), about 3 s left.',
    'Indexed 4 reports in 12 s (4 built, 0 read from the saved index).',
  ]);
});
