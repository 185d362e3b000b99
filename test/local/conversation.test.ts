/** The local conversation, driven through standard input as `npm start` is when piped. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { StartupError, start } from '../../src/main.js';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { replyTo } from '../../src/local/conversation.js';
import { mrkdwnToText, renderForTerminal } from '../../src/local/terminal.js';

const engine = loadEngine();
const handlers = createHandlers(engine);
const SUTTON = readFileSync(join(defaultCorpusDir, '000_411fcbd83716260d.txt'));

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A corpus folder holding `files`, removed after the test. */
function corpusOf(files: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'conversation-corpus-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function converse(input: string, env: NodeJS.ProcessEnv = {}): Promise<{ out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const running = await start({ env, argv: [], stdin: Readable.from([input]), stdout, stderr, envFile: false });
  expect(running.mode).toBe('local');
  await running.done;
  return { out, err };
}

describe('npm start without Slack credentials', () => {
  test('answers questions and slash commands from piped input, then ends at end of input', async () => {
    const { out, err } = await converse('/grade\nwhat is the MASH?\n\n/cite 65\n/cite banana\n');
    expect(err).toBe('');
    expect(out).toContain('London Borough of Sutton');
    expect(out).toContain('> /grade\nAll judgements\nSafeguarding services\n🔴 Inadequate — Overall effectiveness (¶9–14)');
    expect(out).toContain('> what is the MASH?\n¶');
    expect(out).toContain('> /cite 65\n¶65 · Safeguarding services › Performance management and quality assurance · 🔴 Inadequate · sutton-2012\nPerformance management and quality assurance are inadequate.');
    expect(out).toContain('“banana” is not a paragraph number.');
    // Readable as plain text: no Slack escapes or markup left over, no colour codes when piped.
    expect(out).not.toMatch(/&amp;|&lt;|&gt;|\*¶|\u001b\[/);
  });

  test('each reply is exactly what the Slack handler would send, shown as text', async () => {
    const { out } = await converse('/cite 2\nHow quickly are new referrals allocated to a social worker?\n');
    expect(out).toContain(renderForTerminal(handlers.command('cite', '2'), { color: false }));
    expect(out).toContain(renderForTerminal(handlers.question('How quickly are new referrals allocated to a social worker?', { share: false }), { color: false }));
    // Report text with "&" comes out as written.
    expect(out).toContain('Sutton and Merton Primary Care Trust, Epsom & St Helier');
  });

  test('output closed early (npm start | head) ends the conversation quietly', async () => {
    let writes = 0;
    const closedEarly = new Writable({
      write(_chunk, _encoding, done) {
        // The reader takes the first line and goes, as `head -1` does.
        done(++writes > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }) : null);
      },
    });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const running = await start({ env: {}, argv: [], stdin: Readable.from(['/grade\n'.repeat(200)]), stdout: closedEarly, stderr, envFile: false });
    await expect(running.done).resolves.toBeUndefined();
    expect(err).toBe('');
    expect(writes).toBeLessThan(10);
  });

  test('/quit ends the conversation before the rest of the input', async () => {
    const { out } = await converse('/quit\n/grade\n');
    expect(out).not.toContain('All judgements');
  });

  test('--local forces the conversation even with Slack credentials set', async () => {
    const stdout = new PassThrough();
    const running = await start({
      env: { SLACK_BOT_TOKEN: 'xoxb-1-2-3', SLACK_SIGNING_SECRET: 'f00dfeedcafe0123456789abcdefbeef' },
      argv: ['--local'],
      stdin: Readable.from(['/cite 1\n']),
      stdout,
      stderr: new PassThrough(),
      envFile: false,
    });
    expect(running.mode).toBe('local');
    await running.done;
  });

  test('bad configuration stops start-up with a message naming each variable', async () => {
    const attempt = start({
      env: { SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 'short', PORT: 'eighty' },
      argv: [],
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      envFile: false,
    });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toThrow(/SLACK_BOT_TOKEN is malformed[\s\S]*SLACK_SIGNING_SECRET is malformed[\s\S]*PORT is malformed/);
    await expect(attempt).rejects.not.toThrow(/not-a-token/);
  });
});

describe('citations for documents in the conversation', () => {
  test('/cite 65 reference prints the formal reference and the paragraph exactly', async () => {
    const { out } = await converse('/cite 65 reference\n');
    const p65 = engine.reports[0]!.paragraphs.find((p) => p.number === 65)!;
    expect(out).toContain(
      '> /cite 65 reference\nCitation for a document: ¶65 of `sutton-2012`, ready to paste.\n' +
        `Ofsted (2012). Inspection of safeguarding and looked after children services: London Borough of Sutton. Published 29 May 2012, paragraph 65.\n\n“${p65.text}”\n`,
    );
  });
});

describe('follow-ups in the conversation', () => {
  test('a follow-up is read in the light of the question before it; a full question stands on its own', async () => {
    const { out } = await converse('how are young people supported into education?\nand for care leavers?\nWhat is the MASH?\n');
    expect(out).toContain('> and for care leavers?\nReading this as: how are care leavers supported into education?\n');
    expect(out).toContain(`> What is the MASH?\n${renderForTerminal(handlers.question('What is the MASH?', { share: false }), { color: false })}`);
  });
});

describe('votes in the conversation', () => {
  test('/helpful and /unhelpful rate the last answer, with the paragraph that answers it checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conversation-feedback-'));
    folders.push(dir);
    const file = join(dir, 'feedback.jsonl');
    const { out } = await converse('/helpful\nhow are young people supported into education?\n/unhelpful 999\n/unhelpful 94 it is about care leavers\n/helpful\n', { FEEDBACK_FILE: file });
    expect(out).toContain('Was this helpful? Type /helpful, or /unhelpful [the paragraph that answers it] [a comment].');
    expect(out).toContain('> /helpful\nThere is no answer to rate yet: ask a question first.');
    expect(out).toContain('> /unhelpful 999\nNo paragraph 999: sutton-2012 has paragraphs 1–108. Nothing was recorded.');
    expect(out).toContain('> /unhelpful 94 it is about care leavers\nThanks: noted as not helpful, with ¶94 of sutton-2012 as the paragraph that answers it.');
    const votes = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(votes.map((v) => [v.vote, v.corrected, v.comment, v.via])).toEqual([
      ['not_helpful', { report: 'sutton-2012', paragraph: 94 }, 'it is about care leavers', 'terminal'],
      ['helpful', null, null, 'terminal'],
    ]);
    expect(votes[0].question).toBe('how are young people supported into education?');
  });

  test('a vote that cannot be recorded is said, and logged naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conversation-feedback-'));
    folders.push(dir);
    writeFileSync(join(dir, 'blocker'), 'not a folder');
    const file = join(dir, 'blocker', 'feedback.jsonl');
    const { out, err } = await converse('What is the MASH?\n/helpful\n/cite 65\n', { FEEDBACK_FILE: file });
    expect(out).toContain("> /helpful\nSorry, I couldn't record that just now.");
    expect(out).toContain('> /cite 65\n¶65 · ');
    expect(err).toMatch(new RegExp(`ERROR .*could not write the vote to the feedback file \\(FEEDBACK_FILE ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): (ENOTDIR|EEXIST)`));
  });
});

describe('lines and rendering', () => {
  test('plain lines are questions; commands go to their handlers; unknown commands get help', () => {
    expect(replyTo(handlers, '   ')).toBeUndefined();
    expect(replyTo(handlers, '/help')).toBe('help');
    expect(replyTo(handlers, '/exit')).toBe('quit');
    expect(replyTo(handlers, '/GRADE health')).toEqual(handlers.command('grade', 'health'));
    expect(replyTo(handlers, 'What is the Dragonflies unit?')).toEqual(handlers.question('What is the Dragonflies unit?', { share: false }));
    expect(replyTo(handlers, '/ask')).toEqual(handlers.usage('ask'));
    const unknown = replyTo(handlers, '/frobnicate now');
    expect(typeof unknown === 'object' && unknown.text).toContain('There is no /frobnicate command.');
  });

  test('the help shown for an unknown command keeps its <…> placeholders', () => {
    const shown = renderForTerminal(replyTo(handlers, '/frobnicate') as Exclude<ReturnType<typeof replyTo>, string | undefined>, { color: false });
    expect(shown).toContain('/ask <question>   the same as typing the question');
    expect(shown).toContain('/cite <number>    a paragraph word for word');
  });

  test('mrkdwn becomes plain text, or bold and dim on a terminal', () => {
    expect(mrkdwnToText('*¶65* · A &amp; B &lt;x&gt; _note_ (*MASH*)', { color: false })).toBe('¶65 · A & B <x> note (MASH)');
    expect(mrkdwnToText('*bold*', { color: true })).toBe('\u001b[1mbold\u001b[22m');
  });
});

test('the local conversation never loads Bolt: only the Slack modes import it, lazily', async () => {
  const { readFileSync } = await import('node:fs');
  const { dirname, join, resolve } = await import('node:path');
  const { projectRoot } = await import('../../src/paths.js');
  const seen = new Set<string>();
  const external = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // Static value imports only: `import type` is erased, `await import()` is lazy.
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else external.add(spec);
    }
  };
  visit(join(projectRoot, 'src/main.ts'));
  expect(seen.has(join(projectRoot, 'src/local/terminal.ts'))).toBe(true);
  expect(external.has('dotenv')).toBe(true);
  expect([...external].filter((s) => s.startsWith('@slack/'))).toEqual([]);
  expect(seen.has(join(projectRoot, 'src/slack/app.ts'))).toBe(false);
});

describe('with two copies of the report, as sutton-2012 and sutton-2012-2', () => {
  test('/cite takes every report id the conversation prints, and says which to name when a number is in both', async () => {
    const dir = corpusOf({ 'a.txt': SUTTON, 'b.txt': SUTTON });
    const first = await converse('', { CORPUS_DIR: dir });
    const printed = [...first.out.matchAll(/\(`([a-z0-9-]+)`\)\n/g)].map((m) => m[1]!);
    expect(printed).toEqual(['sutton-2012', 'sutton-2012-2']);
    const { out } = await converse(printed.map((id) => `/cite ${id} 65\n`).join('') + '/cite 65\n', { CORPUS_DIR: dir });
    for (const id of printed) expect(out).toContain(`> /cite ${id} 65\n¶65 · Safeguarding services › Performance management and quality assurance · 🔴 Inadequate · ${id}\n`);
    expect(out).toContain('> /cite 65\nSeveral reports have a paragraph 65; say which, e.g. "sutton-2012 65".');
    expect(out).toContain('with several reports, name one first, as in `/cite sutton-2012 65`. The reports are `sutton-2012`, `sutton-2012-2`.');
  });
});

test('the terminal takes the same report names and /report as Slack, remembering the choice for the conversation', async () => {
  const dir = corpusOf({ 'a.txt': SUTTON, 'b.txt': SUTTON });
  const { out } = await converse(
    '/report sutton-2012-2\n/cite 65\nhow quickly are referrals allocated?\n/report\n/report all\n/ask sutton-2012 how quickly are referrals allocated?\n/report nowhere\n',
    { CORPUS_DIR: dir },
  );
  expect(out).toContain('> /report sutton-2012-2\nYour questions now go to `sutton-2012-2`, unless they name another report.');
  expect(out).toContain('> /cite 65\n¶65 · Safeguarding services › Performance management and quality assurance · 🔴 Inadequate · sutton-2012-2\n');
  const scoped = out.slice(out.indexOf('> how quickly'), out.indexOf('> /report\n'));
  expect(scoped).toMatch(/· sutton-2012-2\n/);
  expect(scoped).not.toMatch(/· sutton-2012\n/);
  expect(scoped).toContain('Searched `sutton-2012-2`, your report.');
  expect(out).toContain('> /report\nYour questions go to `sutton-2012-2`, your choice.');
  expect(out).toContain('> /report all\nYour questions now go to all 2 reports.');
  const named = out.slice(out.indexOf('> /ask sutton-2012 how quickly'), out.indexOf('> /report nowhere'));
  expect(named).toMatch(/· sutton-2012\n/);
  expect(named).not.toMatch(/· sutton-2012-2\n/);
  expect(out).toContain('> /report nowhere\nNo report is called “nowhere”.');
});

test('files in the corpus that cannot be loaded are named on standard error, and the conversation goes on', async () => {
  const dir = corpusOf({ 'a.txt': SUTTON, 'broken.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]) });
  const { out, err } = await converse('/cite 65\n', { CORPUS_DIR: dir });
  expect(err).toMatch(/ ERROR .*Could not load a report: .*broken\.txt:1: this is not a text file\n$/);
  expect(out).toContain('> /cite 65\n¶65 · ');
});
