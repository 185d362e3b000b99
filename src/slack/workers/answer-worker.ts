/** An answer worker thread, as the app starts it (see `pool.ts`). */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerSetup } from './protocol.js';
import { serveAnswers } from './serve.js';

if (!parentPort) throw new Error('answer-worker runs only as a worker thread');
serveAnswers(parentPort, workerData as WorkerSetup);
