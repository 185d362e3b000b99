/**
 * Answer workers: threads that each load the engine and run the handlers,
 * so that the main thread only acknowledges Slack's requests, posts replies
 * and routes calls. Calls wait in a bounded queue, first come first served;
 * when it is full a call is turned away at once ({@link PoolBusy}) rather
 * than left to grow the wait for everyone.
 *
 * A worker that dies is replaced, and the call it was answering fails with
 * {@link AnswerLost}, as does a call not answered within the deadline (its
 * worker, if it had one, is ended and replaced): every call settles.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CallMessage, HandlerCall, WorkerMessage, WorkerSetup } from './protocol.js';

export interface WorkerPoolOptions {
  /** Worker threads, each with its own engine. */
  size: number;
  /** Calls that may wait for a worker; one more is turned away. */
  maxQueue: number;
  /** From when a call is made: past this it fails, and a worker still on it is ended. */
  deadlineMs: number;
  setup: WorkerSetup;
  log: (level: 'info' | 'warn' | 'error', line: string) => void;
  /** The worker's module; default: the answer worker beside this one. */
  file?: URL;
  /** Node options for the workers; default: this process's. */
  execArgv?: string[];
  /** The first wait before trying again to start a worker that could not start; it doubles, to 30 s. */
  restartDelayMs?: number;
}

/** Every worker is busy and the queue is full. */
export class PoolBusy extends Error {
  constructor() {
    super('every answer worker is busy and the queue is full');
    this.name = 'PoolBusy';
  }
}

/** The call was not answered: its worker died, or the deadline passed. */
export class AnswerLost extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerLost';
  }
}

/** The pool was closed before the call was answered. */
export class PoolClosed extends Error {
  constructor() {
    super('the answer workers were stopped');
    this.name = 'PoolClosed';
  }
}

interface Job {
  id: number;
  call: HandlerCall;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  /** Why the worker is ending, when the pool ended it. */
  ending?: string;
  /** What the worker said or threw before it ended. */
  failure?: string;
}

const MAX_RESTART_DELAY_MS = 30_000;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private readonly file: URL;
  private nextId = 0;
  private closed = false;
  private restartDelayMs: number;
  private restartTimer: NodeJS.Timeout | undefined;
  /** While starting: told when every worker is ready, or when one cannot start. */
  private starting: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(private readonly options: WorkerPoolOptions) {
    // From the compiled code the worker is a .js file beside this one; from source (tests), a .ts file.
    this.file = options.file ?? new URL(`./answer-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
    this.restartDelayMs = options.restartDelayMs ?? 1_000;
  }

  /** Starts the workers; resolves once every one has loaded its engine, rejects if one cannot. */
  start(): Promise<void> {
    const started = new Promise<void>((resolve, reject) => (this.starting = { resolve, reject }));
    for (let i = 0; i < this.options.size; i++) this.spawn();
    return started;
  }

  /** Worker threads running now, ready or still loading. */
  get threads(): number {
    return this.slots.size;
  }

  /** Worker threads that have loaded their engine, answering or not. */
  get ready(): number {
    return [...this.slots].filter((s) => s.ready && !s.ending).length;
  }

  /** Runs a handler call in a worker; see the error classes for how it can fail. */
  run(call: HandlerCall): Promise<unknown> {
    if (this.closed) return Promise.reject(new PoolClosed());
    if (this.queue.length >= this.options.maxQueue && !this.idleSlot()) return Promise.reject(new PoolBusy());
    return new Promise((resolve, reject) => {
      const job: Job = { id: ++this.nextId, call, resolve, reject, timer: setTimeout(() => this.expire(job), this.options.deadlineMs) };
      job.timer.unref();
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Ends every worker; calls not yet answered fail with {@link PoolClosed}. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.restartTimer);
    const unanswered = [...this.queue.splice(0), ...[...this.slots].flatMap((s) => s.job ?? [])];
    for (const job of unanswered) this.settle(job, new PoolClosed());
    this.starting?.reject(new PoolClosed());
    const workers = [...this.slots].map((s) => s.worker);
    await Promise.all(workers.map((w) => w.terminate()));
    this.options.log('info', `Ended ${plural(workers.length, 'answer worker')}`);
  }

  private idleSlot(): Slot | undefined {
    for (const slot of this.slots) if (slot.ready && !slot.job && !slot.ending) return slot;
    return undefined;
  }

  private dispatch(): void {
    for (let slot = this.idleSlot(); slot && this.queue.length > 0; slot = this.idleSlot()) {
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, call: job.call } satisfies CallMessage);
    }
  }

  private settle(job: Job, outcome: { result: unknown } | Error): void {
    clearTimeout(job.timer);
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome.result);
  }

  private spawn(): void {
    const worker = new Worker(this.file, {
      workerData: this.options.setup,
      // The engine needs none of Slack's tokens or secrets, so its threads never hold them.
      env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('SLACK_'))),
      ...(this.options.execArgv ? { execArgv: this.options.execArgv } : {}),
    });
    const slot: Slot = { worker, ready: false };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => this.receive(slot, message));
    worker.on('error', (error) => (slot.failure ??= error.message));
    worker.on('exit', (code) => this.exited(slot, code));
  }

  private receive(slot: Slot, message: WorkerMessage): void {
    switch (message.type) {
      case 'ready':
        slot.ready = true;
        this.restartDelayMs = this.options.restartDelayMs ?? 1_000;
        if (this.starting && [...this.slots].every((s) => s.ready)) {
          this.starting.resolve();
          this.starting = undefined;
        }
        this.dispatch();
        return;
      case 'failed':
        slot.failure = message.message;
        return;
      case 'log':
        this.options.log(message.level, message.line);
        return;
      case 'done':
      case 'threw': {
        const job = slot.job;
        if (!job || job.id !== message.id) return;
        slot.job = undefined;
        this.settle(job, message.type === 'done' ? { result: message.result } : new AnswerLost(`the handler failed: ${message.message}`));
        if (message.type === 'threw') this.options.log('error', `An answer worker's handler failed: ${message.message}`);
        this.dispatch();
        return;
      }
    }
  }

  /** A call past its deadline: out of the queue, or its worker ended. */
  private expire(job: Job): void {
    const waiting = this.queue.indexOf(job);
    const seconds = `${this.options.deadlineMs / 1000} s`;
    if (waiting >= 0) {
      this.queue.splice(waiting, 1);
      this.options.log('error', `A question waited ${seconds} for an answer worker; it gets an apology`);
      job.reject(new AnswerLost(`no worker took it within ${seconds}`));
      return;
    }
    const slot = [...this.slots].find((s) => s.job === job);
    if (!slot) return;
    slot.job = undefined;
    slot.ending = `a question took longer than ${seconds}`;
    this.options.log('error', `An answer worker took longer than ${seconds} over a question; it gets an apology, and the worker is ended and replaced`);
    job.reject(new AnswerLost(slot.ending));
    void slot.worker.terminate();
  }

  private exited(slot: Slot, code: number): void {
    this.slots.delete(slot);
    if (this.closed) return;
    const why = slot.ending ?? `exit code ${code}${slot.failure ? `: ${slot.failure}` : ''}`;
    if (!slot.ready && !slot.ending) {
      if (this.starting) {
        this.starting.reject(new Error(`an answer worker could not start (${why})`));
        this.starting = undefined;
        return;
      }
      // One that cannot start will likely not start at once either: wait, longer each time.
      this.options.log('error', `An answer worker could not start (${why}); trying again in ${this.restartDelayMs / 1000} s`);
      this.restartTimer = setTimeout(() => this.spawn(), this.restartDelayMs);
      this.restartTimer.unref();
      this.restartDelayMs = Math.min(MAX_RESTART_DELAY_MS, this.restartDelayMs * 2);
      return;
    }
    const job = slot.job;
    if (job) {
      this.options.log('error', `An answer worker stopped while answering (${why}); its question gets an apology, and another worker is starting`);
      this.settle(job, new AnswerLost(`its worker stopped (${why})`));
    } else if (!slot.ending) {
      this.options.log('warn', `An answer worker stopped (${why}); another is starting`);
    }
    this.spawn();
  }
}
