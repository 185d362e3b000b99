/**
 * The Slack app: one factory used by `npm start` and by the end-to-end tests,
 * so the tests exercise exactly what runs in production.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, type Logger as BoltLogger, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { feedbackStoreFor } from '../feedback/store.js';
import { type AsyncHandlers, asyncHandlers, inThread } from './async-handlers.js';
import { type ListenerContext, describeError } from './context.js';
import { type Engine, createHandlers } from './handlers.js';
import { registerListeners } from './listeners/index.js';
import type { Level, Logger } from './logger.js';
import { RateLimiter, type RateLimitOptions, SeenSet } from './reliability.js';
import { ReportChoiceStore, defaultDataDir } from './report-choices.js';
import { MAX_BODY_BYTES, guardRequests } from './request-guard.js';
import { DEFAULT_TIMINGS, type SlackTimings, seconds } from './timings.js';
import { ThreadTopics } from './thread-topics.js';
import { settlesWithin } from './wait.js';
import { WorkerPool, type WorkerPoolOptions } from './workers/pool.js';

export interface SlackAppOptions {
  /** Answers in this thread, from this engine; used when `workers` is not given. */
  engine?: Engine;
  /** Answers in worker threads instead, each loading the engine from the saved index. */
  workers?: Omit<WorkerPoolOptions, 'log'>;
  config: Config;
  logger: Logger;
  rateLimit?: RateLimitOptions;
  /** Timeouts and retry pacing; the defaults unless given. */
  timings?: Partial<SlackTimings>;
}

export interface SlackApp {
  app: App;
  /** The bot's own user id, from auth.test. */
  botUserId: string;
  /** Starts listening; resolves with the bound port in HTTP mode. */
  start(): Promise<{ port?: number }>;
  /** Resolves once every request received so far has been fully handled. */
  idle(): Promise<void>;
  /** Answer worker threads running (0 when answering in this thread). */
  workerThreads(): number;
  /**
   * Stops taking requests, gives the replies in progress the shutdown grace
   * to finish, abandons the rest, and closes the connection to Slack.
   * `reason` (e.g. "SIGTERM") goes in the log.
   */
  stop(reason?: string): Promise<void>;
}

/** After the grace, how long abandoned replies get to unwind, and the connection to close. */
const CLOSING_MS = 1_000;

const replies = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 6, refillSeconds: 5 };

const LEVELS: Record<Level, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

function boltLogger(logger: Logger): BoltLogger {
  return {
    debug: (...m) => logger.debug(...m),
    info: (...m) => logger.info(...m),
    warn: (...m) => logger.warn(...m),
    error: (...m) => logger.error(...m),
    setLevel: (level) => logger.setLevel(level as Level),
    getLevel: () => LEVELS[logger.getLevel()],
    setName: (name) => logger.setName(name),
  };
}

/** Bolt's HTTP receiver on /slack/events, with {@link guardRequests} at its door. */
function guardedReceiver(signingSecret: string, port: number, logger: Logger, logLevel: LogLevel): HTTPReceiver {
  const endpoint = '/slack/events';
  const receiver = new HTTPReceiver({ signingSecret, endpoints: endpoint, port, logger: boltLogger(logger), logLevel, bodyLimit: MAX_BODY_BYTES });
  receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret, logger, endpoint });
  return receiver;
}

export async function createSlackApp(options: SlackAppOptions): Promise<SlackApp> {
  const { config, logger, engine } = options;
  if (config.mode === 'local' || !config.botToken) throw new Error('createSlackApp needs Socket Mode or HTTP mode configuration');
  if (!engine && !options.workers) throw new Error('createSlackApp needs an engine or answer workers');
  const timings: SlackTimings = { ...DEFAULT_TIMINGS, ...options.timings };
  const clientOptions: webApi.WebClientOptions = {
    // The client repeats nothing itself: a post that timed out may have been
    // made, and rate limits are waited out by callWebApi, which knows that.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger(logger),
    // Method names can never redirect calls, and so the token, elsewhere.
    allowAbsoluteUrls: false,
    timeout: timings.apiTimeoutMs,
  };
  if (config.apiUrl) clientOptions.slackApiUrl = config.apiUrl;

  // Checking the token here gives a clear message at start rather than a
  // failure on the first event, and tells us the bot's own ids. auth.test
  // changes nothing, so this one call may be repeated.
  const probe = new webApi.WebClient(config.botToken, {
    ...clientOptions,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 },
    rejectRateLimitedCalls: false,
  });
  let botUserId: string;
  let botId: string;
  try {
    const auth = await probe.auth.test();
    botUserId = auth.user_id ?? '';
    botId = auth.bot_id ?? '';
    logger.info(`Signed in to Slack as ${auth.user ?? 'the bot'} in ${auth.team ?? 'the workspace'}`);
  } catch (error) {
    throw new Error(`Could not sign in to Slack with SLACK_BOT_TOKEN: ${describeError(error)}`);
  }

  // Without it Bolt sets the logger it is given to INFO, whatever LOG_LEVEL says.
  const logLevel = LEVELS[config.logLevel];
  const app = new App({
    token: config.botToken,
    botUserId,
    botId,
    logger: boltLogger(logger),
    logLevel,
    clientOptions,
    ...(config.mode === 'socket'
      ? { socketMode: true, appToken: config.appToken }
      : { receiver: guardedReceiver(config.signingSecret ?? '', config.port, logger, logLevel) }),
  });

  const inFlight = new Set<Promise<unknown>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });

  // Slack redelivers an event it thinks was missed (HTTP retries with
  // X-Slack-Retry-Num, Socket Mode reconnects). Bolt has already acknowledged
  // it by now; answering it again would duplicate the reply.
  const seen = new SeenSet();
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && seen.checkAndAdd(eventId)) {
      logger.debug(`Skipping event ${eventId}, already handled (retry ${context.retryNum ?? 'n/a'}, ${context.retryReason ?? 'redelivery'})`);
      return;
    }
    await next();
  });

  let pool: WorkerPool | undefined;
  let handlers: AsyncHandlers;
  if (options.workers) {
    pool = new WorkerPool({ ...options.workers, log: (level, line) => logger[level](line) });
    const size = options.workers.size;
    logger.info(`Starting ${size} answer worker${size === 1 ? '' : 's'}`);
    try {
      await pool.start();
    } catch (error) {
      await pool.close();
      throw new Error(`Could not start the answer workers: ${describeError(error)}`);
    }
    const running = pool;
    handlers = asyncHandlers((method, args) => running.run({ method, args }));
  } else {
    handlers = inThread(createHandlers(engine!, (error) => logger.error('The engine failed:', describeError(error))));
  }

  const shutdown = new AbortController();
  const ctx: ListenerContext = {
    handlers,
    logger,
    limiter: new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    choices: new ReportChoiceStore(config.dataDir ?? defaultDataDir, logger),
    timings,
    signal: shutdown.signal,
    feedback: feedbackStoreFor(config),
    threads: new ThreadTopics(),
  };
  registerListeners(app, ctx);

  app.error(async (error) => {
    logger.error('Unhandled error in a listener:', describeError(error));
  });

  async function idle(): Promise<void> {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  }

  let server: Server | undefined;
  async function stop(reason?: string): Promise<void> {
    const grace = timings.shutdownGraceMs;
    logger.info(`Shutting down${reason ? ` (${reason})` : ''}: taking no new requests; ${replies(inFlight.size)} in progress, given ${seconds(grace)} to finish`);
    const closing = app.stop().catch((error: unknown) => logger.warn('Closing the connection to Slack failed:', describeError(error)));
    if (!(await settlesWithin(idle(), grace))) {
      logger.warn(`Abandoning ${replies(inFlight.size)} still in progress after ${seconds(grace)}`);
    }
    // Cuts short every wait between tries and every response_url post.
    shutdown.abort(new Error('the app is shutting down'));
    // Questions still with a worker are given up with the rest.
    await pool?.close();
    await settlesWithin(idle(), CLOSING_MS);
    server?.closeAllConnections();
    await settlesWithin(Promise.all([closing, ctx.choices.flush()]), CLOSING_MS);
    logger.info('Stopped');
  }

  return {
    app,
    botUserId,
    async start() {
      if (config.mode === 'socket') {
        await app.start();
        logger.info('Connected to Slack in Socket Mode');
        return {};
      }
      server = (await app.start(config.port)) as Server;
      const port = (server.address() as AddressInfo).port;
      logger.info(`Listening for Slack on port ${port} at /slack/events`);
      return { port };
    },
    idle,
    workerThreads: () => pool?.threads ?? 0,
    stop,
  };
}
