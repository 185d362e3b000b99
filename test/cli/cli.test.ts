import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/ask.js';
import { citeCommand } from '../../src/cli/cite.js';
import { runFeedback } from '../../src/cli/feedback.js';
import { gradeCommand } from '../../src/cli/grade.js';
import { runQueryCommand, type QueryCommand } from '../../src/cli/query-command.js';

async function run<A>(command: QueryCommand<A>, argv: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const code = await runQueryCommand(command, argv, {
    stdin: Readable.from([input]),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

describe('ask', () => {
  it('prints the JSON answer shape', async () => {
    const { code, stdout } = await run(askCommand, ['--json', 'What is the MASH?']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer).toMatchObject({ query: 'What is the MASH?', kind: 'answered', answered: true, judgements: [] });
    expect(answer.confidence).toBeGreaterThan(0);
    expect(Object.keys(answer.results[0])).toEqual(
      expect.arrayContaining(['report', 'paragraph', 'part', 'heading', 'grade', 'score', 'text', 'snippet']),
    );
    expect(answer.results[0].grade).toEqual({ value: 3, label: 'Adequate' });
  });

  it('prints a readable answer, and says when the report does not say', async () => {
    const found = await run(askCommand, ['What', 'is', 'the', 'MASH?']);
    expect(found.stdout).toMatch(/^Q: What is the MASH\?\n¶56 · Safeguarding services › Ambition and prioritisation · 🟡 Adequate/);
    const missing = await run(askCommand, ['Who won the FA Cup?']);
    expect(missing.stdout).toContain('Nothing in the report answers this.');
    const closest = await run(askCommand, ['Who is the director of children’s services?']);
    expect(closest.stdout).toContain('The report names no one in this role; the closest paragraphs are:');
    expect(closest.stdout).toMatch(/¶\d+ · /);
  });

  it('answers one question per line in batch mode, in order, one JSON object per line', async () => {
    const questions = ['para 65', 'What is the MASH?', '', 'Who won the FA Cup?', 'what grade did being healthy get'];
    const { code, stdout } = await run(askCommand, ['--json', '-'], questions.join('\n') + '\n');
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => a.query)).toEqual(questions.filter(Boolean));
    expect(answers.map((a) => a.answered)).toEqual([true, true, false, true]);
    expect(answers[3].judgements[0]).toMatchObject({ area: 'Being healthy', grade: 2, label: 'Good' });
  });

  it('rejects bad usage', async () => {
    expect((await run(askCommand, [])).code).toBe(2);
    expect((await run(askCommand, ['--nope', 'x'])).code).toBe(2);
  });
});

describe('grade', () => {
  it('lists every judgement without an area', async () => {
    const { code, stdout } = await run(gradeCommand, ['--json']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.judgements.length).toBe(22);
    expect(Object.keys(answer.judgements[0])).toEqual(
      expect.arrayContaining(['report', 'part', 'area', 'grade', 'label', 'paragraphs']),
    );
  });

  it('gives an empty list and the areas for an unknown area', async () => {
    const { code, stdout } = await run(gradeCommand, ['--json', 'astrophysics']);
    expect(code).toBe(1);
    const answer = JSON.parse(stdout);
    expect(answer.judgements).toEqual([]);
    expect(answer.message).toContain('Economic well-being');
    const readable = await run(gradeCommand, ['astrophysics']);
    expect(readable.stdout).toContain('The areas are:');
  });

  it('reads areas from standard input in batch mode', async () => {
    const { stdout } = await run(gradeCommand, ['--json', '-'], 'leadership and management\nstaying safe\n');
    const answers = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(answers.map((a) => a.judgements.length)).toEqual([2, 1]);
  });
});

describe('cite', () => {
  it('prints the paragraph object, or an error object', async () => {
    const found = await run(citeCommand, ['--json', '¶65']);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.stdout)).toMatchObject({ report: 'sutton-2012', number: 65, part: 'Safeguarding services' });
    const missing = await run(citeCommand, ['--json', '999']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({ error: expect.any(String) });
  });

  it('gives the formal reference for documents, then the paragraph word for word', async () => {
    const { code, stdout } = await run(citeCommand, ['--reference', '65']);
    expect(code).toBe(0);
    const [reference, blank, quote] = stdout.split('\n');
    expect(reference).toBe(
      'Ofsted (2012). Inspection of safeguarding and looked after children services: London Borough of Sutton. Published 29 May 2012, paragraph 65.',
    );
    expect(blank).toBe('');
    expect(quote).toMatch(/^“Performance management and quality assurance are inadequate\. .*”$/);
    const json = JSON.parse((await run(citeCommand, ['--json', '--reference', '65'])).stdout);
    expect(json).toMatchObject({ number: 65, reference: expect.stringMatching(/^Ofsted \(2012\)\. .*paragraph 65\.\n\n“Performance/) });
  });

  it('answers references in batch mode in order', async () => {
    const { stdout } = await run(citeCommand, ['--json', '-'], 'para 93\n999\n1\n');
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.number ?? 'error')).toEqual([93, 'error', 1]);
  });
});

describe('feedback', () => {
  it('says when there are no votes yet, and refuses unknown arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedback-cli-'));
    try {
      let stdout = '';
      let stderr = '';
      const io = { stdin: Readable.from([]), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
      const file = join(dir, 'none.jsonl');
      expect(await runFeedback([], io, { FEEDBACK_FILE: file })).toBe(0);
      expect(stdout).toBe(`No votes yet in ${file}.\n`);
      stdout = '';
      expect(await runFeedback(['--gold', '--file', file], io, {})).toBe(0);
      expect(JSON.parse(stdout)).toEqual([]);
      expect(await runFeedback(['--nope'], io, {})).toBe(2);
      expect(stderr).toContain('usage: npm run --silent feedback -- [--gold] [--file FEEDBACK_FILE]');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
