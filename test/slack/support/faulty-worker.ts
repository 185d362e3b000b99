/**
 * An answer worker as the app runs it (the real engine and handlers, served
 * by the real `serveAnswers`), whose questions can fail as a worker thread
 * can in production:
 *
 * - "please die now" ends the thread while it answers, as running out of
 *   memory or a fault in native code would;
 * - "please hang" never finishes;
 * - "hold:DIR" writes DIR/holding, then waits until DIR/release exists.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Handlers } from '../../../src/slack/handlers.js';
import type { WorkerSetup } from '../../../src/slack/workers/protocol.js';
import { serveAnswers } from '../../../src/slack/workers/serve.js';

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

function misbehave(args: unknown[]): void {
  const said = JSON.stringify(args);
  if (said.includes('please die now')) process.exit(70);
  if (said.includes('please hang')) for (;;) sleep(10);
  const hold = /hold:(\S+?)["\s]/.exec(said)?.[1];
  if (hold) {
    writeFileSync(join(hold, 'holding'), '');
    while (!existsSync(join(hold, 'release'))) sleep(5);
  }
}

function withFaults(handlers: Handlers): Handlers {
  return new Proxy(handlers, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        misbehave(args);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

serveAnswers(parentPort!, workerData as WorkerSetup, withFaults);
