/** What a vote carries of the answer it rates: small enough for a button, and safe to read back. */
import { describe, expect, test } from 'vitest';
import { MAX_ENCODED_LENGTH, type RatedAnswer, answerId, decodeRatedAnswer, encodeRatedAnswer } from '../../src/feedback/rated-answer.js';

const rated: RatedAnswer = {
  question: 'and for care leavers?',
  readAs: 'how are care leavers supported into education?',
  kind: 'answered',
  reports: ['sutton-2012'],
  shown: [94, 86, 93].map((paragraph) => ({ report: 'sutton-2012', paragraph })),
};

describe('the answer a vote is on', () => {
  test('reads back as it was written', () => {
    expect(decodeRatedAnswer(encodeRatedAnswer(rated))).toEqual(rated);
    const nothing: RatedAnswer = { question: 'Who won the FA Cup?', kind: 'nothing', reports: [], shown: [] };
    expect(decodeRatedAnswer(encodeRatedAnswer(nothing))).toEqual(nothing);
  });

  test('holds no markup Slack could act on, whatever the question says', () => {
    const encoded = encodeRatedAnswer({ ...rated, question: '<!channel> <@U123> & what is the MASH?' });
    expect(encoded).not.toMatch(/[<>&]/);
    expect(decodeRatedAnswer(encoded)?.question).toBe('<!channel> <@U123> & what is the MASH?');
  });

  test('fits a button at its longest, by cutting the questions, never the paragraphs, and never inside a character', () => {
    const long: RatedAnswer = {
      question: '<&>'.repeat(160) + '👩‍👩‍👧'.repeat(40),
      readAs: '"'.repeat(500),
      kind: 'closest',
      reports: ['a-report-with-a-long-name-2012', 'another-report-with-a-long-name-2013'],
      shown: Array.from({ length: 5 }, (_, i) => ({ report: i % 2 ? 'a-report-with-a-long-name-2012' : 'another-report-with-a-long-name-2013', paragraph: 100 + i })),
    };
    const encoded = encodeRatedAnswer(long);
    expect(encoded.length).toBeLessThanOrEqual(MAX_ENCODED_LENGTH);
    const back = decodeRatedAnswer(encoded)!;
    expect(back.shown).toEqual(long.shown);
    expect(long.question.startsWith(back.question)).toBe(true);
    expect(back.question).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  test('a tampered or foreign value is not taken for an answer', () => {
    for (const value of [undefined, '', 'sutton-2012:65', '{}', 'null', '{"q":"x","k":"maybe","r":[],"p":[]}', '{"q":"x","k":"answered","r":["a b"],"p":[]}', '{"q":"x","k":"answered","r":["a"],"p":[[1,5]]}', '{"q":"x","k":"answered","r":["a"],"p":[[0,-5]]}', 'x'.repeat(4000)]) {
      expect(decodeRatedAnswer(value), String(value)).toBeUndefined();
    }
  });

  test('is named by what was asked and shown, so that the same answer has the same name', () => {
    expect(answerId(rated)).toBe(answerId(JSON.parse(JSON.stringify(rated))));
    expect(answerId(rated)).not.toBe(answerId({ ...rated, shown: rated.shown.slice(1) }));
    expect(answerId(rated)).not.toBe(answerId({ ...rated, question: 'and for foster carers?' }));
  });
});
