/** The answer workers' pool, with real worker threads running the app's worker, and faults set off by a question. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { AnswerLost, PoolClosed, WorkerPool, type WorkerPoolOptions } from '../../src/slack/workers/pool.js';
import { TYPESCRIPT_WORKER_ARGV } from '../support/typescript-workers.js';

const handlers = createHandlers(loadEngine());
const empty = mkdtempSync(join(tmpdir(), 'no-reports-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

function pool(options: Partial<WorkerPoolOptions> = {}) {
  const logged: string[] = [];
  const made = new WorkerPool({
    size: 1,
    maxQueue: 4,
    deadlineMs: 10_000,
    setup: {},
    file: new URL('./support/faulty-worker.ts', import.meta.url),
    execArgv: TYPESCRIPT_WORKER_ARGV,
    log: (level, line) => logged.push(`${level} ${line}`),
    ...options,
  });
  return { pool: made, logged };
}

test('a question past the deadline fails, its worker is ended and replaced, and the next is answered', async () => {
  const { pool: workers, logged } = pool({ deadlineMs: 300 });
  await workers.start();
  try {
    await expect(workers.run({ method: 'question', args: ['please hang', { share: false }] })).rejects.toThrow(
      new AnswerLost('a question took longer than 0.3 s'),
    );
    expect(logged).toContain('error An answer worker took longer than 0.3 s over a question; it gets an apology, and the worker is ended and replaced');
    // A question waiting for the new worker to load would have that time counted against it too.
    while (workers.ready === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const answer = await workers.run({ method: 'command', args: ['grade', 'health'] });
    expect(answer).toEqual(handlers.command('grade', 'health'));
    expect(workers.threads).toBe(1);
  } finally {
    await workers.close();
  }
  expect(workers.threads).toBe(0);
  await expect(workers.run({ method: 'usage', args: [] })).rejects.toBeInstanceOf(PoolClosed);
});

test('a worker that cannot load the engine stops the start, saying why', async () => {
  const { pool: workers } = pool({ setup: { corpusDir: empty } });
  await expect(workers.start()).rejects.toThrow(/^an answer worker could not start \(exit code 0: No report could be loaded/);
  await workers.close();
});
