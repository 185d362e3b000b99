/** What `npm run feedback` makes of the votes. */
import { describe, expect, test } from 'vitest';
import { correctionsAsGold, isoWeek, summarise } from '../../src/feedback/summary.js';
import type { VoteRecord } from '../../src/feedback/vote.js';

let n = 0;
function vote(fields: Partial<VoteRecord>): VoteRecord {
  return {
    time: `2025-06-0${(n++ % 9) + 1}T10:00:00.000Z`,
    answer: 'a1',
    user: 'u1',
    via: 'slack',
    vote: 'helpful',
    reports: ['sutton-2012'],
    question: 'What is the MASH?',
    kind: 'answered',
    shown: [{ report: 'sutton-2012', paragraph: 56 }],
    corrected: null,
    comment: null,
    ...fields,
  };
}

describe('the summary', () => {
  test('counts each person’s latest vote on an answer, by kind and by week', () => {
    const records = [
      vote({ user: 'u1', vote: 'not_helpful', time: '2025-06-02T09:00:00Z' }),
      vote({ user: 'u1', vote: 'helpful', time: '2025-06-02T09:05:00Z' }),
      vote({ user: 'u2', vote: 'helpful', time: '2025-06-03T09:00:00Z' }),
      vote({ answer: 'a2', user: 'u2', kind: 'closest', vote: 'not_helpful', question: 'Who is the director?', time: '2025-06-10T09:00:00Z' }),
      vote({ answer: 'a3', user: 'u3', kind: 'closest', vote: 'not_helpful', question: 'who is the director', time: '2025-06-11T09:00:00Z' }),
      vote({ answer: 'a4', user: 'u3', kind: 'nothing', vote: 'not_helpful', question: 'Who won the FA Cup?', time: '2025-06-11T10:00:00Z' }),
    ];
    const summary = summarise(records);
    expect(summary).toMatchObject({ votes: 5, helpful: 2, replaced: 1, people: 3, first: '2025-06-02T09:05:00Z', last: '2025-06-11T10:00:00Z' });
    expect(summary.byKind).toEqual({ answered: { helpful: 2, votes: 2 }, closest: { helpful: 0, votes: 2 }, nothing: { helpful: 0, votes: 1 } });
    expect(summary.byWeek).toEqual([
      { week: '2025-W23', share: { helpful: 2, votes: 2 } },
      { week: '2025-W24', share: { helpful: 0, votes: 3 } },
    ]);
    expect(summary.notHelpful).toEqual([
      { question: 'Who is the director?', votes: 2 },
      { question: 'Who won the FA Cup?', votes: 1 },
    ]);
  });

  test('weeks are ISO weeks, whose year is their Thursday’s', () => {
    expect(isoWeek('2025-06-02T00:00:00Z')).toBe('2025-W23');
    expect(isoWeek('2024-12-30T12:00:00Z')).toBe('2025-W01');
    expect(isoWeek('2021-01-03T12:00:00Z')).toBe('2020-W53');
  });
});

describe('corrections as gold questions', () => {
  test('one per question, as read, with the paragraphs people named, the most often named first; a later Helpful withdraws one', () => {
    const records = [
      vote({ answer: 'a1', user: 'u1', vote: 'not_helpful', question: 'and for care leavers?', readAs: 'how are care leavers supported into education?', corrected: { report: 'sutton-2012', paragraph: 93 } }),
      vote({ answer: 'a2', user: 'u2', vote: 'not_helpful', question: 'How are care leavers supported into education', corrected: { report: 'sutton-2012', paragraph: 94 } }),
      vote({ answer: 'a2', user: 'u3', vote: 'not_helpful', question: 'How are care leavers supported into education', corrected: { report: 'sutton-2012', paragraph: 94 } }),
      vote({ answer: 'a5', user: 'u4', vote: 'not_helpful', question: 'What is the LADO?', corrected: { report: 'sutton-2012', paragraph: 21 } }),
      vote({ answer: 'a5', user: 'u4', vote: 'helpful', question: 'What is the LADO?' }),
      vote({ answer: 'a6', user: 'u5', vote: 'not_helpful', question: 'Who won the FA Cup?' }),
    ];
    const gold = correctionsAsGold(records);
    expect(gold).toEqual([{ id: expect.stringMatching(/^feedback-[0-9a-f]{8}$/), question: 'how are care leavers supported into education?', gold: [94, 93], kind: 'feedback' }]);
    expect(correctionsAsGold(records)[0]!.id).toBe(gold[0]!.id);
    expect(summarise(records).corrections.map((c) => c.corrected!.paragraph)).toEqual([93, 94, 94]);
  });
});
