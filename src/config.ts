/**
 * Configuration from the environment (and `.env`), checked once at start so
 * that a mistake is reported by name before anything connects to Slack.
 * Error messages name variables and describe values; they never quote them.
 */
import { resolve } from 'node:path';
import { defaultFeedbackFile } from './paths.js';
import { availableParallelism } from 'node:os';
import { type Level, isLevel } from './slack/logger.js';

export type Mode = 'socket' | 'http' | 'local';

export interface Config {
  mode: Mode;
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  /** HTTP mode only. */
  port: number;
  /** Web API base URL, ending in "/". */
  apiUrl?: string;
  logLevel: Level;
  corpusDir?: string;
  /** Where votes on answers are appended, as JSON Lines; an absolute path. Default: {@link defaultFeedbackFile}. */
  feedbackFile?: string;
  /** The salt people's ids are hashed with in the feedback file; unset, a random one kept beside the file. */
  feedbackSalt?: string;
  /** Where the index is saved between runs; default `.cache/index`. */
  savedIndexDir?: string;
  /** Where the app keeps what it must remember across restarts; default `.data`. */
  dataDir?: string;
  /** Slack modes: threads that answer questions, each with its own engine; 0 answers on the main thread. */
  answerWorkers: number;
  /** Slack modes: questions that may wait for a worker; past that, the asker is told to try again shortly. */
  answerQueue: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

export const DEFAULT_PORT = 3000;

/** One worker per core, up to four: each holds a whole engine in memory. */
export const DEFAULT_ANSWER_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
export const DEFAULT_ANSWER_QUEUE = 500;

/** Every variable the app reads, with what it is for (also the order of `.env.example`). */
export const VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'PORT',
  'SLACK_API_URL',
  'LOG_LEVEL',
  'CORPUS_DIR',
  'FEEDBACK_FILE',
  'FEEDBACK_SALT',
  'SAVED_INDEX_DIR',
  'DATA_DIR',
  'ANSWER_WORKERS',
  'ANSWER_QUEUE',
] as const;

/** The feedback file FEEDBACK_FILE names (relative to the working directory), or the default in the data folder. */
export function feedbackFileFrom(env: NodeJS.ProcessEnv): string {
  const file = value(env, 'FEEDBACK_FILE');
  return file ? resolve(file) : defaultFeedbackFile;
}

/** Shorter salts make the hashes of known ids too easy to check. */
const MIN_SALT_LENGTH = 16;

/** This machine: the only place the bot token may be sent over plain http. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { forceLocal?: boolean } = {}): ConfigResult {
  const errors: string[] = [];
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');

  let mode: Mode;
  if (options.forceLocal) mode = 'local';
  else if (appToken) mode = 'socket';
  else if (signingSecret) mode = 'http';
  else if (botToken) {
    mode = 'local';
    errors.push(
      'SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (for Socket Mode) nor SLACK_SIGNING_SECRET (for HTTP mode) is. Set one of them, or unset SLACK_BOT_TOKEN to use the local conversation.',
    );
  } else mode = 'local';

  if (mode !== 'local') {
    if (!botToken) errors.push(`SLACK_BOT_TOKEN is missing; ${mode === 'socket' ? 'Socket Mode' : 'HTTP mode'} needs the bot token (xoxb-…) from OAuth & Permissions.`);
    else if (!/^xoxb-[A-Za-z0-9-]+$/.test(botToken)) errors.push('SLACK_BOT_TOKEN is malformed: it should start with "xoxb-" (the Bot User OAuth Token).');
  }
  if (mode === 'socket' && appToken && !/^xapp-[A-Za-z0-9-]+$/.test(appToken)) {
    errors.push('SLACK_APP_TOKEN is malformed: it should start with "xapp-" (an app-level token with the connections:write scope).');
  }
  if (mode === 'http' && signingSecret && !/^[A-Za-z0-9]{16,128}$/.test(signingSecret)) {
    errors.push('SLACK_SIGNING_SECRET is malformed: it should be the letters and digits shown under Basic Information › App Credentials.');
  }

  let port = DEFAULT_PORT;
  const rawPort = value(env, 'PORT');
  if (rawPort !== undefined) {
    if (/^\d{1,5}$/.test(rawPort) && Number(rawPort) <= 65535) port = Number(rawPort);
    else errors.push('PORT is malformed: it should be a whole number from 0 to 65535.');
  }

  let apiUrl: string | undefined;
  const rawApiUrl = value(env, 'SLACK_API_URL');
  if (rawApiUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(rawApiUrl);
    } catch {
      // Reported below.
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      errors.push('SLACK_API_URL is malformed: it should be an https URL such as https://slack.com/api/.');
    } else if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
      errors.push('SLACK_API_URL uses http to another machine, which would send the bot token unencrypted: use https, or http only to localhost.');
    } else {
      apiUrl = url.href.endsWith('/') ? url.href : url.href + '/';
    }
  }

  let logLevel: Level = 'info';
  const rawLevel = value(env, 'LOG_LEVEL')?.toLowerCase();
  if (rawLevel !== undefined) {
    if (isLevel(rawLevel)) logLevel = rawLevel;
    else errors.push('LOG_LEVEL is malformed: it should be one of debug, info, warn, error.');
  }

  const count = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(env, name);
    if (raw === undefined) return fallback;
    if (/^\d{1,6}$/.test(raw) && Number(raw) >= min && Number(raw) <= max) return Number(raw);
    errors.push(`${name} is malformed: it should be a whole number from ${min} to ${max}.`);
    return fallback;
  };
  const answerWorkers = count('ANSWER_WORKERS', DEFAULT_ANSWER_WORKERS, 0, 32);
  const answerQueue = count('ANSWER_QUEUE', DEFAULT_ANSWER_QUEUE, 1, 100_000);

  const corpusDir = value(env, 'CORPUS_DIR');
  const feedbackSalt = value(env, 'FEEDBACK_SALT');
  if (feedbackSalt !== undefined && feedbackSalt.length < MIN_SALT_LENGTH) {
    errors.push(`FEEDBACK_SALT is too short: it should be at least ${MIN_SALT_LENGTH} characters, or unset to have one made.`);
  }
  const savedIndexDir = value(env, 'SAVED_INDEX_DIR');
  const dataDir = value(env, 'DATA_DIR');
  if (errors.length > 0) return { ok: false, errors };
  const config: Config = { mode, port, logLevel, feedbackFile: feedbackFileFrom(env), answerWorkers, answerQueue };
  if (feedbackSalt) config.feedbackSalt = feedbackSalt;
  if (mode !== 'local') {
    if (botToken) config.botToken = botToken;
    if (mode === 'socket') config.appToken = appToken;
    if (signingSecret) config.signingSecret = signingSecret;
  }
  if (apiUrl) config.apiUrl = apiUrl;
  if (corpusDir) config.corpusDir = corpusDir;
  if (savedIndexDir) config.savedIndexDir = savedIndexDir;
  if (dataDir) config.dataDir = dataDir;
  return { ok: true, config };
}

/** Values the logger must never print. */
export function secretsOf(config: Config): string[] {
  return [config.botToken, config.appToken, config.signingSecret, config.feedbackSalt].filter((s): s is string => Boolean(s));
}
