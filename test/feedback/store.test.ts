/** The feedback file: whole lines however many votes come at once, salted hashes, and failures that are outcomes. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { RatedAnswer } from '../../src/feedback/rated-answer.js';
import { FeedbackStore, readVotes } from '../../src/feedback/store.js';

const dir = mkdtempSync(join(tmpdir(), 'feedback-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answer: RatedAnswer = { question: 'What is the MASH?', kind: 'answered', reports: ['sutton-2012'], shown: [{ report: 'sutton-2012', paragraph: 56 }] };

describe('the feedback store', () => {
  test('makes its folder, and writes 300 votes cast at once as 300 whole lines, in the order they were cast', async () => {
    const file = join(dir, 'new', 'folder', 'feedback.jsonl');
    const store = new FeedbackStore(file, { salt: 'a-salt-for-the-tests' });
    // Long comments, so that a torn or interleaved write would show.
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) => store.record({ answer, voter: `slack:T1:U${i}`, via: 'slack', vote: i % 3 ? 'helpful' : 'not_helpful', comment: `${i} `.repeat(3000) })),
    );
    expect(outcomes.every((o) => o.recorded)).toBe(true);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(300);
    expect(lines.map((line) => Number(JSON.parse(line).comment.split(' ')[0]))).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect((await readVotes(file)).skipped).toEqual([]);
  });

  test('keeps people as salted hashes: the same person the same, another person and another salt different', async () => {
    const file = join(dir, 'hashes.jsonl');
    const store = new FeedbackStore(file, { salt: 'a-salt-for-the-tests' });
    const other = new FeedbackStore(file, { salt: 'another-salt-for-tests' });
    for (const [s, voter] of [[store, 'slack:T1:UALICE'], [store, 'slack:T1:UALICE'], [store, 'slack:T1:UBOB'], [other, 'slack:T1:UALICE']] as const) {
      await s.record({ answer, voter, via: 'slack', vote: 'helpful' });
    }
    const users = (await readVotes(file)).records.map((r) => r.user);
    expect(users[0]).toBe(users[1]);
    expect(new Set(users).size).toBe(3);
    expect(readFileSync(file, 'utf8')).not.toMatch(/ALICE|BOB|slack:/);
  });

  test('without FEEDBACK_SALT, makes a salt once beside the file, for its owner only, and keeps using it', async () => {
    const file = join(dir, 'salted', 'feedback.jsonl');
    await new FeedbackStore(file).record({ answer, voter: 'terminal:ann', via: 'terminal', vote: 'helpful' });
    const salt = readFileSync(`${file}.salt`, 'utf8');
    expect(salt.trim()).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(`${file}.salt`).mode & 0o777).toBe(0o600);
    await new FeedbackStore(file).record({ answer, voter: 'terminal:ann', via: 'terminal', vote: 'not_helpful' });
    expect(readFileSync(`${file}.salt`, 'utf8')).toBe(salt);
    const [first, second] = (await readVotes(file)).records;
    expect(first!.user).toBe(second!.user);
  });

  test('a file that cannot be written is an outcome with its reason, and the next vote is tried afresh', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where a folder should be');
    const store = new FeedbackStore(join(blocker, 'feedback.jsonl'));
    const outcome = await store.record({ answer, voter: 'slack:T1:U1', via: 'slack', vote: 'helpful' });
    expect(outcome).toEqual({ recorded: false, reason: expect.stringMatching(/ENOTDIR|EEXIST/) });
    rmSync(blocker);
    expect((await store.record({ answer, voter: 'slack:T1:U1', via: 'slack', vote: 'helpful' })).recorded).toBe(true);
  });

  test('reading skips lines that hold no vote, and a file not yet made holds none', async () => {
    const file = join(dir, 'mixed.jsonl');
    await new FeedbackStore(file, { salt: 'a-salt-for-the-tests' }).record({ answer, voter: 'slack:T1:U1', via: 'slack', vote: 'helpful' });
    writeFileSync(file, readFileSync(file, 'utf8') + '{"torn": \n\n{"vote":"helpful"}\n', { flag: 'w' });
    const read = await readVotes(file);
    expect(read.records).toHaveLength(1);
    expect(read.skipped).toEqual([2, 4]);
    expect(await readVotes(join(dir, 'none-yet.jsonl'))).toEqual({ records: [], skipped: [] });
  });
});
