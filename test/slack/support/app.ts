/**
 * The app as `npm start` runs it in HTTP mode, pointed at a stand-in Slack on
 * loopback, with its log lines collected. It answers on the main thread
 * unless `ANSWER_WORKERS` is set; its workers run the TypeScript source.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { type Running, type StartOptions, start } from '../../../src/main.js';
import { BOT_USER_ID, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, type FakeSlack } from './fake-slack.js';
import { SlackSender } from './signed.js';
import { TYPESCRIPT_WORKER_ARGV } from '../../support/typescript-workers.js';

export interface TestApp {
  running: Running;
  /** Every log line so far. */
  logs: string[];
  eventsUrl: string;
  sender: SlackSender;
}

export async function startHttpApp(fake: FakeSlack, env: NodeJS.ProcessEnv = {}, options: StartOptions = {}): Promise<TestApp> {
  const logs: string[] = [];
  // Its own data folder, unless the test keeps one across starts.
  const dataDir = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'app-data-'));
  const stderr = new PassThrough();
  stderr.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const running = await start({
    env: {
      SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
      SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      PORT: '0',
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'debug',
      ANSWER_WORKERS: '0',
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      ...env,
    },
    argv: [],
    stdin: Readable.from([]),
    stdout: new PassThrough(),
    stderr,
    envFile: false,
  }, { ...options, answerWorkers: { execArgv: TYPESCRIPT_WORKER_ARGV, ...options.answerWorkers } });
  if (dataDir) void running.done.then(() => rmSync(dataDir, { recursive: true, force: true }));
  const eventsUrl = `http://127.0.0.1:${running.port}/slack/events`;
  return { running, logs, eventsUrl, sender: new SlackSender(eventsUrl, FAKE_SIGNING_SECRET) };
}

let counter = 0;

/** An app_mention event from `user` in `channel`, addressed to the bot. */
export function mentionEvent(text: string, channel: string, user = `UMENTION${++counter}`) {
  const ts = `1750000000.${String(++counter).padStart(6, '0')}`;
  return { type: 'app_mention', user, text: `<@${BOT_USER_ID}> ${text}`, ts, channel, event_ts: ts };
}
