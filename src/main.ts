/**
 * `npm start`: read the configuration, load the reports, then serve Slack in
 * Socket Mode or HTTP mode, or, with no Slack credentials, hold a
 * conversation in the terminal.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { config as loadDotenv } from 'dotenv';
import { type Config, type Mode, loadConfig, secretsOf } from './config.js';
import { type LoadReportsOptions, loadReports } from './load-reports.js';
import type { AnswerEngine } from './search/engine.js';
import { defaultSavedIndexDir } from './search/saved-index.js';
import { createHandlers } from './slack/handlers.js';
import { type Logger, createLogger, redact } from './slack/logger.js';
import type { SlackTimings } from './slack/timings.js';
import type { WorkerPoolOptions } from './slack/workers/pool.js';
import { runConversation } from './local/conversation.js';
import { terminalVoter } from './local/feedback.js';
import { feedbackStoreFor } from './feedback/store.js';

export interface MainIO {
  env: NodeJS.ProcessEnv;
  argv: string[];
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  /** A `.env` file to read, or false to read none. Defaults to `.env` in the working directory. */
  envFile?: string | false;
}

export interface Running {
  mode: Mode;
  /** The bound port, in HTTP mode. */
  port?: number;
  /** Resolves when the app has finished: at the end of input in local mode, after stop() otherwise. */
  done: Promise<void>;
  /** Resolves once every request received so far has been fully handled. */
  idle(): Promise<void>;
  /** Answer worker threads running (0 in the terminal, or when answering on the main thread). */
  workerThreads(): number;
  /** Stops within a few seconds, abandoning what is still in progress; `reason` goes in the log. */
  stop(reason?: string): Promise<void>;
}

/** The part of the process a signal stops: the process itself, or a stand-in in tests. */
export interface SignalTarget {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code?: number): void;
}

/** The longest a stop on a signal may take before the process exits anyway: well past the Slack app's own bound. */
export const FORCED_EXIT_MS = 9_000;

/** How long an answer worker may take over one question before it is ended and the asker gets an apology. */
export const ANSWER_DEADLINE_MS = 30_000;

/** What tests change about the app; `npm start` changes nothing. */
export interface StartOptions {
  /** Timeouts and retry pacing of the Slack modes. */
  slackTimings?: Partial<SlackTimings>;
  /** How answer workers are started and bounded (the worker's module, Node options, the deadline). */
  answerWorkers?: Partial<Omit<WorkerPoolOptions, 'log' | 'setup'>>;
  /** How often a long first build says how far it has got, and the clock it reads. */
  progress?: LoadReportsOptions['progress'];
}

export class StartupError extends Error {}

export async function start(io: MainIO, options: StartOptions = {}): Promise<Running> {
  if (io.envFile !== false) loadDotenv({ quiet: true, processEnv: io.env as Record<string, string>, ...(io.envFile ? { path: io.envFile } : {}) });
  const result = loadConfig(io.env, { forceLocal: io.argv.includes('--local') });
  if (!result.ok) {
    throw new StartupError(
      ['The configuration has problems:', ...result.errors.map((e) => `  - ${e}`), 'See .env.example for every variable.'].join('\n'),
    );
  }
  const config = result.config;
  const logger = createLogger({
    level: config.logLevel,
    secrets: secretsOf(config),
    write: (line) => io.stderr.write(line + '\n'),
  });

  let engine;
  try {
    // In the terminal a first build shows one line of progress; in Slack mode, log lines.
    const interactive = config.mode === 'local' && Boolean((io.stderr as { isTTY?: boolean }).isTTY);
    engine = loadReports(config.corpusDir, logger, {
      interactive,
      write: (text) => io.stderr.write(text),
      ...(config.savedIndexDir ? { savedIndexDir: config.savedIndexDir } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
    });
  } catch (error) {
    throw new StartupError(`Could not load the reports${config.corpusDir ? ` from CORPUS_DIR` : ''}: ${(error as Error).message}.`);
  }

  if (config.mode === 'local') return startLocal(io, engine, logger, config);
  return startSlack(config, engine, logger, options);
}

function startLocal(io: MainIO, engine: AnswerEngine, logger: Logger, config: Config): Running {
  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
  const done = runConversation({
    handlers: createHandlers(engine, (error) => logger.error('The engine failed:', error)),
    reports: engine.reports,
    input: io.stdin,
    output: io.stdout,
    interactive,
    color: interactive && !io.env.NO_COLOR,
    feedback: {
      store: feedbackStoreFor(config),
      voter: terminalVoter(),
      logger,
    },
  });
  return { mode: 'local', done, idle: () => done, workerThreads: () => 0, stop: async () => {} };
}

async function startSlack(config: Config, engine: AnswerEngine, logger: Logger, options: StartOptions): Promise<Running> {
  // Bolt and its dependencies load only when Slack is wanted, so the local conversation starts quickly.
  const { createSlackApp } = await import('./slack/app.js');
  // With workers, each loads the engine from the index saved just now; this thread's copy is let go.
  const answers =
    config.answerWorkers > 0
      ? {
          workers: {
            size: config.answerWorkers,
            maxQueue: config.answerQueue,
            deadlineMs: ANSWER_DEADLINE_MS,
            setup: { ...(config.corpusDir ? { corpusDir: config.corpusDir } : {}), savedIndexDir: config.savedIndexDir ?? defaultSavedIndexDir },
            ...options.answerWorkers,
          },
        }
      : { engine };
  let slack;
  try {
    slack = await createSlackApp({ ...answers, config, logger, ...(options.slackTimings ? { timings: options.slackTimings } : {}) });
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  const { port } = await slack.start();
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  let stopping: Promise<void> | undefined;
  return {
    mode: config.mode,
    ...(port !== undefined ? { port } : {}),
    done,
    idle: () => slack.idle(),
    workerThreads: () => slack.workerThreads(),
    stop(reason?: string) {
      stopping ??= slack.stop(reason).finally(finish);
      return stopping;
    },
  };
}

/** SIGINT and SIGTERM stop the app, then exit; a stop that does not finish in time is cut short. */
export function stopOnSignals(running: Running, target: SignalTarget = process): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    target.once(signal, () => {
      setTimeout(() => target.exit(1), FORCED_EXIT_MS).unref();
      running.stop(signal).then(
        () => target.exit(0),
        () => target.exit(1),
      );
    });
  }
}

async function main(): Promise<void> {
  const io: MainIO = { env: process.env, argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  let running: Running;
  try {
    running = await start(io);
  } catch (error) {
    const message = error instanceof StartupError ? error.message : `Could not start: ${(error as Error)?.stack ?? String(error)}`;
    process.stderr.write(redact(message) + '\n');
    process.exitCode = 1;
    return;
  }
  if (running.mode !== 'local') {
    // One failed promise somewhere must not take the bot down for everyone.
    process.on('unhandledRejection', (reason) => process.stderr.write(redact(`Unhandled rejection: ${String(reason)}`) + '\n'));
    stopOnSignals(running);
  }
  await running.done;
}

const invokedDirectly = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) await main();
