import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { defaultFeedbackFile } from '../../src/paths.js';
import { DEFAULT_ANSWER_WORKERS, loadConfig, secretsOf } from '../../src/config.js';
import { createLogger, redact } from '../../src/slack/logger.js';
import { STEM_CACHE_SIZE, stem, stemCacheSize } from '../../src/search/analysis.js';
import { RateLimiter, SeenSet } from '../../src/slack/reliability.js';
import { ThreadTopics } from '../../src/slack/thread-topics.js';

describe('configuration', () => {
  const bot = 'xoxb-123-456-abcdef';
  const secret = 'f00dfeedcafe0123456789abcdefbeef';

  test('no Slack credentials means the local conversation', () => {
    expect(loadConfig({})).toEqual({
      ok: true,
      config: { mode: 'local', port: 3000, logLevel: 'info', feedbackFile: defaultFeedbackFile, answerWorkers: DEFAULT_ANSWER_WORKERS, answerQueue: 500 },
    });
    expect(loadConfig({ SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '  ' })).toMatchObject({ ok: true, config: { mode: 'local' } });
  });

  test('an app token selects Socket Mode, even when a signing secret is also set', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', SLACK_SIGNING_SECRET: secret });
    expect(r).toMatchObject({ ok: true, config: { mode: 'socket', appToken: 'xapp-1-A1-2-abc', botToken: bot } });
  });

  test('an empty app token with a signing secret selects HTTP mode on PORT', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: secret, PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9/api' });
    expect(r).toMatchObject({ ok: true, config: { mode: 'http', port: 8080, signingSecret: secret, apiUrl: 'http://127.0.0.1:9/api/' } });
  });

  test('each missing or malformed variable is named, and no value is quoted', () => {
    const r = loadConfig({ SLACK_SIGNING_SECRET: 'has spaces in it!', PORT: '70000', SLACK_API_URL: 'ftp://x', LOG_LEVEL: 'loud' });
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors;
    expect(errors.find((e) => e.startsWith('SLACK_BOT_TOKEN is missing'))).toBeDefined();
    expect(errors.find((e) => e.startsWith('SLACK_SIGNING_SECRET is malformed'))).toBeDefined();
    expect(errors.find((e) => e.startsWith('PORT is malformed'))).toBeDefined();
    expect(errors.find((e) => e.startsWith('SLACK_API_URL is malformed'))).toBeDefined();
    expect(errors.find((e) => e.startsWith('LOG_LEVEL is malformed'))).toBeDefined();
    expect(errors.join('\n')).not.toContain('has spaces in it');

    const wrongKind = loadConfig({ SLACK_BOT_TOKEN: 'xapp-oops', SLACK_APP_TOKEN: 'xoxb-oops' });
    expect(wrongKind.ok ? [] : wrongKind.errors).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is malformed/),
      expect.stringMatching(/^SLACK_APP_TOKEN is malformed/),
    ]);
    const orphan = loadConfig({ SLACK_BOT_TOKEN: bot });
    expect(orphan.ok ? [] : orphan.errors).toEqual([expect.stringMatching(/neither SLACK_APP_TOKEN .* nor SLACK_SIGNING_SECRET/)]);
  });

  test('SLACK_API_URL may use plain http only to this machine, where the token cannot be overheard', () => {
    const apiUrl = (url: string) => {
      const r = loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret, SLACK_API_URL: url });
      return r.ok ? r.config.apiUrl : r.errors.join(' ');
    };
    expect(apiUrl('https://slack-proxy.example.org/api')).toBe('https://slack-proxy.example.org/api/');
    for (const local of ['http://127.0.0.1:9/api/', 'http://127.8.0.1/api/', 'http://localhost:3000/api/', 'http://[::1]:8080/api/']) expect(apiUrl(local)).toBe(local);
    for (const remote of ['http://slack-proxy.example.org/api/', 'http://10.0.0.5/api/', 'http://127.0.0.1.example.org/api/']) {
      expect(apiUrl(remote)).toMatch(/^SLACK_API_URL uses http to another machine, which would send the bot token unencrypted/);
      expect(apiUrl(remote)).not.toContain('example.org');
    }
  });

  test('answer workers and their queue are whole numbers in range; 0 workers answers on the main thread', () => {
    expect(loadConfig({ ANSWER_WORKERS: '0', ANSWER_QUEUE: '20' })).toMatchObject({ ok: true, config: { answerWorkers: 0, answerQueue: 20 } });
    const bad = loadConfig({ ANSWER_WORKERS: 'lots', ANSWER_QUEUE: '0' });
    expect(bad.ok === false && bad.errors).toEqual([
      'ANSWER_WORKERS is malformed: it should be a whole number from 0 to 32.',
      'ANSWER_QUEUE is malformed: it should be a whole number from 1 to 100000.',
    ]);
    expect(loadConfig({ SAVED_INDEX_DIR: '/tmp/i', DATA_DIR: '/tmp/d' })).toMatchObject({ ok: true, config: { savedIndexDir: '/tmp/i', dataDir: '/tmp/d' } });
  });

  test('--local forces the local conversation whatever is set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret }, { forceLocal: true })).toMatchObject({ ok: true, config: { mode: 'local' } });
  });

  test('FEEDBACK_FILE is taken from the working directory; a FEEDBACK_SALT too short is refused, and one long enough is a secret', () => {
    expect(loadConfig({ FEEDBACK_FILE: 'votes/feedback.jsonl' })).toMatchObject({ ok: true, config: { feedbackFile: join(process.cwd(), 'votes/feedback.jsonl') } });
    const short = loadConfig({ FEEDBACK_SALT: 'pepper' });
    expect(short).toEqual({ ok: false, errors: [expect.stringMatching(/^FEEDBACK_SALT is too short/)] });
    expect(JSON.stringify(short)).not.toContain('pepper');
    const salted = loadConfig({ FEEDBACK_SALT: 'a-long-and-private-salt-value' });
    expect(salted.ok && secretsOf(salted.config)).toEqual(['a-long-and-private-salt-value']);
  });

  test('the secrets to redact are the tokens and the signing secret', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: bot, SLACK_SIGNING_SECRET: secret });
    expect(r.ok && secretsOf(r.config).sort()).toEqual([bot, secret].sort());
  });
});

describe('logging', () => {
  test('tokens of every kind and registered secrets are redacted, wherever they appear', () => {
    const lines: string[] = [];
    const secret = 'f00dfeedcafe0123456789abcdefbeef';
    const log = createLogger({ level: 'debug', secrets: [secret], write: (l) => lines.push(l) });
    log.info('token xoxb-123-456-abc and xapp-1-A2-3-def');
    log.error(new Error(`request failed with secret ${secret}`));
    log.debug({ headers: { Authorization: 'Bearer xoxp-999-888-zzz' }, nested: [secret] });
    const all = lines.join('\n');
    for (const leaked of ['xoxb-123-456-abc', 'xapp-1-A2-3-def', 'xoxp-999-888-zzz', secret]) expect(all).not.toContain(leaked);
    expect(all).toContain('xoxb-[redacted]');
    expect(all).toContain('request failed with secret [redacted]');
  });

  test('levels below the chosen one are dropped', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (l) => lines.push(l) });
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(lines.map((l) => l.split(' ').at(-1))).toEqual(['c', 'd']);
  });

  test('redact leaves ordinary text alone', () => {
    expect(redact('paragraph 65 says box-nothing, xoxb alone')).toBe('paragraph 65 says box-nothing, xoxb alone');
  });
});

describe('seen events', () => {
  test('remembers ids until they expire, and holds a bounded number', () => {
    let now = 0;
    const seen = new SeenSet(3, 1000, () => now);
    expect(seen.checkAndAdd('a')).toBe(false);
    expect(seen.checkAndAdd('a')).toBe(true);
    now = 1500;
    expect(seen.checkAndAdd('a')).toBe(false);
    for (const id of ['b', 'c', 'd', 'e']) seen.checkAndAdd(id);
    expect(seen.size).toBe(3);
    expect(seen.checkAndAdd('e')).toBe(true);
    expect(seen.checkAndAdd('a')).toBe(false);
  });
});

describe('per-user limit', () => {
  test('a burst is allowed, then refused (first refusal flagged), then allowed again as time passes', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 2, refillSeconds: 10, now: () => now });
    expect(['u', 'u', 'u', 'u'].map((u) => limiter.take(u))).toEqual(['allow', 'allow', 'limit-first', 'limit']);
    expect(limiter.take('someone else')).toBe('allow');
    expect(limiter.waitSeconds('u')).toBe(10);
    now = 10_000;
    expect(limiter.take('u')).toBe('allow');
  });

  test('a steady flood is one run, flagged once; a new run starts once the bucket is full again', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 2, refillSeconds: 10, now: () => now });
    const decisions: string[] = [];
    // Three requests every ten seconds, for a minute: one gets through each time the bucket refills by one.
    for (; now <= 60_000; now += 10_000) decisions.push(limiter.take('u'), limiter.take('u'), limiter.take('u'));
    expect(decisions.filter((d) => d === 'limit-first')).toHaveLength(1);
    expect(decisions.filter((d) => d === 'allow')).toHaveLength(2 + 6);
    now += 20_000;
    expect(['u', 'u', 'u'].map((u) => limiter.take(u))).toEqual(['allow', 'allow', 'limit-first']);
  });

  test('memory is bounded', () => {
    const limiter = new RateLimiter({ burst: 1, refillSeconds: 1, maxUsers: 100, now: () => 0 });
    for (let i = 0; i < 1000; i++) limiter.take(`U${i}`);
    expect(limiter.take('U999')).toBe('limit-first');
    expect(limiter.take('U0')).toBe('allow');
  });
});

describe('memory the engine keeps', () => {
  test('the stem cache holds at most its size, and a word it has let go is stemmed again', () => {
    expect(stem('assessments')).toBe('assess');
    for (let i = 0; i < STEM_CACHE_SIZE + 5_000; i++) stem(`zq${i.toString(36)}ings`);
    expect(stemCacheSize()).toBe(STEM_CACHE_SIZE);
    expect(stem('assessments')).toBe('assess');
  });
});

describe('ThreadTopics', () => {
  test('remembers each thread’s last question for a day, and holds a bounded number of threads', () => {
    let now = 0;
    const topics = new ThreadTopics(3, 1000, () => now);
    const key = ThreadTopics.key('C1', '1.1');
    expect(key).not.toBe(ThreadTopics.key('C1', '1.2'));
    expect(ThreadTopics.key('D1', undefined)).toBe('D1');
    topics.set(key, { question: 'first' });
    topics.set(key, { question: 'second' });
    expect(topics.get(key)).toEqual({ question: 'second' });
    for (const ts of ['2', '3', '4']) topics.set(ThreadTopics.key('C1', ts), { question: ts });
    expect(topics.size).toBe(3);
    expect(topics.get(key)).toBeUndefined();
    now = 999;
    expect(topics.get(ThreadTopics.key('C1', '4'))).toEqual({ question: '4' });
    now = 1000;
    expect(topics.get(ThreadTopics.key('C1', '4'))).toBeUndefined();
  });
});
