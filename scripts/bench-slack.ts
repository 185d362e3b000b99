/**
 * `npm run bench:slack`: the app as `npm start` runs it in HTTP mode, in a
 * process of its own, over synthetic copies of the shipped report
 * (`synthetic-corpus.ts`), pointed at the stand-in Slack Web API on loopback
 * in this process, met with a burst of concurrent signed mentions, each from
 * its own person. It prints:
 *
 * - how long each request took to be acknowledged (Slack allows 3 s): p50, p99, max;
 * - how many mentions were answered, and how long from sending to the
 *   answer's chat.postMessage: p50, p99, max;
 * - the start: the first build of the corpus, and the start from the saved index.
 *
 * Options: `--reports N` (default 100), `--mentions N` (default 200),
 * `--workers N` (default: the app's own, one per core up to 4; 0 answers on the main thread).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_ANSWER_WORKERS } from '../src/config.js';
import { projectRoot } from '../src/paths.js';
import { readGoldSets } from '../src/search/evaluate.js';
import { BOT_USER_ID, FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET, FakeSlack } from '../test/slack/support/fake-slack.js';
import { SlackSender } from '../test/slack/support/signed.js';
import { writeCopies } from './synthetic-corpus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
};
const reports = Math.max(1, option('reports', 100));
const mentions = Math.max(1, option('mentions', 200));
const workers = option('workers', DEFAULT_ANSWER_WORKERS);

const scratch = mkdtempSync(join(tmpdir(), 'bench-slack-'));
try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const corpus = join(scratch, 'corpus');
  writeCopies(reports, corpus);
  const questions = readGoldSets()
    .filter((set) => set.status === 'tuned')
    .flatMap((set) => set.questions.map((q) => q.question));

  const fake = new FakeSlack();
  await fake.start();
  const errors: string[] = [];
  const env = {
    SLACK_BOT_TOKEN: FAKE_BOT_TOKEN,
    SLACK_SIGNING_SECRET: FAKE_SIGNING_SECRET,
    SLACK_APP_TOKEN: '',
    PORT: '0',
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'info',
    CORPUS_DIR: corpus,
    SAVED_INDEX_DIR: join(scratch, 'index'),
    DATA_DIR: join(scratch, 'data'),
    ANSWER_WORKERS: String(workers),
  };
  // The first start builds and saves the index; the second reads it back, as every later start does.
  const first = await launch(env, errors);
  await stop(first.app);
  const { app, port, ms: savedStart } = await launch(env, errors);
  try {
    const burst = await mentionBurst(port, fake, questions);
    const acks = burst.map((m) => m.ackMs);
    const answers = burst.flatMap((m) => (m.answerMs === undefined ? [] : [m.answerMs]));
    console.log(`${reports} reports (synthetic copies of the shipped report), ${mentions} concurrent mentions, ${workers === 0 ? 'answered on the main thread' : `${workers} answer worker${workers === 1 ? '' : 's'}`}\n`);
    const rows: [string, string][] = [
      ['first start: build the index, start the app (s)', (first.ms / 1000).toFixed(1)],
      ['start from the saved index (s)', (savedStart / 1000).toFixed(1)],
      ['ack p50 (ms)', ms(percentile(acks, 0.5))],
      ['ack p99 (ms)', ms(percentile(acks, 0.99))],
      ['ack max (ms)', ms(Math.max(...acks))],
      ['acks over 3 s', String(acks.filter((a) => a >= 3000).length)],
      ['answered', `${answers.length} of ${mentions}`],
      ['answer p50 (ms)', ms(percentile(answers, 0.5))],
      ['answer p99 (ms)', ms(percentile(answers, 0.99))],
      ['answer max (ms)', ms(Math.max(0, ...answers))],
      ['warnings and errors logged', String(errors.length)],
    ];
    for (const [label, value] of rows) console.log(label.padEnd(50) + value.padStart(10));
    for (const line of errors.slice(0, 5)) console.log(`  ${line}`);
  } finally {
    await stop(app);
    await fake.close();
  }
}

/** Starts `npm start`'s code with `env`; resolves once it listens, with its port and how long that took. */
async function launch(env: Record<string, string>, errors: string[]): Promise<{ app: ChildProcess; port: number; ms: number }> {
  const began = performance.now();
  const app = spawn(process.execPath, ['--no-regexp-tier-up', join(projectRoot, 'dist', 'src', 'main.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let seen = '';
  const port = await new Promise<number>((resolve, reject) => {
    app.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      errors.push(...text.split('\n').filter((l) => / (WARN|ERROR) /.test(l)));
      seen += text;
      const listening = /Listening for Slack on port (\d+)/.exec(seen);
      if (listening) resolve(Number(listening[1]));
    });
    app.on('exit', (code) => reject(new Error(`the app exited with code ${code} before listening:\n${seen}`)));
  });
  return { app, port, ms: performance.now() - began };
}

async function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null) return;
  const exited = once(app, 'exit');
  app.kill('SIGTERM');
  await exited;
}

interface Mention {
  ts: string;
  ackMs: number;
  answerMs?: number;
}

/** Sends every mention at once and waits until each is answered, or a minute has passed. */
async function mentionBurst(port: number, fake: FakeSlack, questions: string[]): Promise<Mention[]> {
  const sender = new SlackSender(`http://127.0.0.1:${port}/slack/events`, FAKE_SIGNING_SECRET);
  const channel = 'CBENCH';
  const sentAt = new Map<string, number>();
  const sent = await Promise.all(
    Array.from({ length: mentions }, async (_, i): Promise<Mention> => {
      const ts = `1760000000.${String(i).padStart(6, '0')}`;
      const text = `<@${BOT_USER_ID}> ${questions[i % questions.length]}`;
      const began = performance.now();
      sentAt.set(ts, began);
      const { res } = await sender.event({ type: 'app_mention', user: `UBENCH${i}`, text, ts, channel, event_ts: ts });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`a mention was answered with HTTP ${res.status}`);
      return { ts, ackMs: performance.now() - began };
    }),
  );
  const answered = () => fake.postedTo(channel).length >= mentions;
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, 60_000).unref());
  await Promise.race([fake.waitFor(answered), deadline]);
  const postedAt = new Map(fake.postedTo(channel).map((c) => [String(c.args.thread_ts), c.at]));
  return sent.map((m) => {
    const at = postedAt.get(m.ts);
    return at === undefined ? m : { ...m, answerMs: at - sentAt.get(m.ts)! };
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

function ms(value: number): string {
  return value.toFixed(value >= 100 ? 0 : 1);
}
