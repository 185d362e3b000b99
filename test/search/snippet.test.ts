import { describe, expect, it } from 'vitest';
import { snippet, splitSentences } from '../../src/search/snippet.js';

const text =
  'Partnership working is adequate. The MASH went live in 2012 and is well staffed. ' +
  'Staff report good support.\n- ensure that the MASH audits its referrals';

describe('snippets', () => {
  it('splits sentences and bulleted lines verbatim', () => {
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Partnership working is adequate.',
      'The MASH went live in 2012 and is well staffed.',
      'Staff report good support.',
      '- ensure that the MASH audits its referrals',
    ]);
  });

  it('keeps the best sentences in order, marks matched words, and joins with an ellipsis', () => {
    const weights = new Map([
      ['mash', 3],
      ['audit', 2],
      ['staf', 0.5],
    ]);
    expect(snippet(splitSentences(text), weights)).toBe(
      'The **MASH** went live in 2012 and is well **staffed**. … - ensure that the **MASH** **audits** its referrals',
    );
  });

  it('keeps the first sentence when asked, for the verdict a judgement opens with', () => {
    const weights = new Map([['mash', 3]]);
    expect(snippet(splitSentences(text), weights, { first: true })).toBe(
      'Partnership working is adequate. … The **MASH** went live in 2012 and is well staffed.',
    );
  });

  it('marks the words of a phrase only where they stand together', () => {
    const sentences = splitSentences(
      'Staff from other agencies work together. They plan a multi-agency safeguarding hub (MASH).',
    );
    const phrases = [{ terms: ['multi', 'agenc', 'safeguard', 'hub'], weight: 2 }];
    expect(snippet(sentences, new Map([['mash', 3]]), { phrases })).toBe(
      'They plan a **multi**-**agency** **safeguarding** **hub** (**MASH**).',
    );
  });

  it('falls back to the first sentence when nothing matches', () => {
    expect(snippet(splitSentences(text), new Map())).toBe('Partnership working is adequate.');
  });
});
