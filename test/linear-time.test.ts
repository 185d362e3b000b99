/**
 * Every function where text from a user or a report meets a regular
 * expression, fed 100,000 characters of its worst case. Linear work takes a
 * few milliseconds; work that grows with the square of the length takes
 * seconds, so the bound tells one from the other with room to spare on a
 * busy machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFollowUp } from '../src/follow-up/reading.js';
import { mrkdwnToText } from '../src/local/terminal.js';
import { parseParagraphReference } from '../src/report/reference.js';
import { parseReport } from '../src/report/parse.js';
import { clip, splitText } from '../src/slack/render/blocks.js';
import { cleanInput, reportTextToMrkdwn, snippetToMrkdwn, stripOwnMention } from '../src/slack/render/mrkdwn.js';

const N = 100_000;
const BOUND_MS = 200;

/** Repeats `unit` to `N` characters. */
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** The fastest of three runs, so one pause of the machine does not count against the code. */
function fastestMs(work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function expectLinear(work: () => unknown): void {
  expect(fastestMs(work)).toBeLessThan(BOUND_MS);
}

describe('text from Slack', () => {
  test.each([
    ['unclosed mentions of the bot', fill('<@UBOTFAKE1|')],
    ['unclosed mentions of the bot, with a label', fill('<@UBOTFAKE1|x ')],
  ])('stripOwnMention: %s', (_name, text) => {
    expectLinear(() => stripOwnMention(text, 'UBOTFAKE1'));
  });

  test.each([
    ['whitespace', fill(' ')],
    ['control, bidi and zero-width characters', fill(' \u0000\u200b\u202e\u200d')],
  ])('cleanInput: %s', (_name, text) => {
    expectLinear(() => cleanInput(text));
  });

  test.each([
    ['a run of spaces', fill(' ')],
    ['a run of tabs', fill('\t')],
    ['report ids and hyphens', fill('a-')],
    ['paragraph words', fill('para ')],
  ])('parseParagraphReference: %s', (_name, text) => {
    expectLinear(() => parseParagraphReference(text + 'x'));
  });
});

describe('follow-ups', () => {
  test.each([
    ['spaces then a word', fill(' ') + 'x'],
    ['closing marks then a word', fill('?.') + 'x'],
    ['words after “and for”', 'and for ' + fill('care ')],
  ])('readFollowUp: %s, as the follow-up and as the earlier question', (_name, text) => {
    expectLinear(() => readFollowUp(text, { question: 'what is the MASH?' }));
    expectLinear(() => readFollowUp('and for care leavers?', { question: text }));
    expectLinear(() => readFollowUp('what about the LADO?', { question: 'what is ' + text }));
  });
});

describe('text quoted from a report', () => {
  test.each([
    ['empty lines', fill('\n')],
    ['blank lines', fill(' \n ')],
    ['spaces', fill(' ')],
  ])('reportTextToMrkdwn: %s', (_name, text) => {
    expectLinear(() => reportTextToMrkdwn(text));
  });

  test.each([
    ['unclosed bold', '**' + fill(' ')],
    ['many bold words', fill('**a** ')],
  ])('snippetToMrkdwn: %s', (_name, text) => {
    expectLinear(() => snippetToMrkdwn(text));
  });

  test.each([
    ['unclosed links', fill('<a')],
    ['unclosed mentions', fill('<@U1|')],
    ['unclosed labelled links', fill('<a|b')],
    ['unclosed bold', fill(' *a')],
  ])('mrkdwnToText: %s', (_name, text) => {
    expectLinear(() => mrkdwnToText(text, { color: false }));
  });
});

describe('cutting text to Slack’s limits', () => {
  test.each([
    ['tabs', fill('\t')],
    ['capitals', fill('A')],
    ['emoji families', fill('👩\u200d👩\u200d👧 ')],
    ['flags with no space', fill('🇬🇧')],
  ])('clip and splitText: %s', (_name, text) => {
    expectLinear(() => {
      clip(text, 3000);
      splitText(text);
    });
  });
});

describe('report files', () => {
  const fixture = readFileSync(join(import.meta.dirname, 'fixtures/corpus/fernhill-2013.txt'), 'utf8');
  const after = '4. Capacity for improvement is outstanding.';
  /** The fixture with `line` as a line of its own after paragraph 4's. */
  const withLine = (line: string) => fixture.replace(/^(4\. Capacity for improvement is outstanding\..*)$/m, `$1\n${line}`);

  test('the fixture has the line the cases are put after', () => {
    expect(fixture).toContain(after);
    expect(withLine('EXTRA')).toContain('\nEXTRA\n');
  });

  test.each([
    ['a line of spaces', fill(' ')],
    ['spaces inside a line', 'x' + fill(' ') + 'y'],
    ['a line of tabs, like a contents row', fill('\t') + 'x'],
    ['tabs and spaces before a page number', fill('\t ') + 'x 7'],
    ['a grade line left open', 'Grade 1 (' + fill(' ') + 'x'],
    ['a heading with spaces before no grade', 'Capacity' + fill(' ') + 'x'],
    ['a heading with many unfinished grades', fill('**Grade 1 (')],
    ['a scale row with tabs and a line separator', 'Good (Grade 2)' + fill('\t') + 'A\u2028B'],
    ['a bullet with spaces and a line separator', '- ' + fill(' ') + 'a\u2028b'],
    ['a footnote with spaces and a line separator', '¹' + fill(' ') + 'a\u2028b'],
    ['an unclosed acronym in capitals', '(' + fill('A')],
    ['an acronym-like run of letters and ampersands', fill('A&') + ' (x'],
    ['an acronym after many optional words', fill('and ') + '(BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA)'],
  ])('parseReport: %s', (_name, line) => {
    const text = withLine(line);
    expectLinear(() => parseReport(text, 'hostile.txt'));
  });

  test('parseReport: an authority name with a long run of spaces', () => {
    const text = fixture.replace('Royal Borough of Fernhill', 'Royal Borough of' + fill(' ') + 'Fernhill x');
    expectLinear(() => parseReport(text, 'hostile.txt'));
  });
});
