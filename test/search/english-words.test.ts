import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/search/english-words.js';

describe('isEnglishWord', () => {
  it('knows every word of the list, including the few it holds out of order', () => {
    const words = readFileSync(wordListPath, 'utf8').trim().split('\n');
    expect(words.filter((w) => !isEnglishWord(w))).toEqual([]);
  });

  it('knows words and not slips', () => {
    for (const w of ['spent', 'excluded', 'trafficking', 'right']) expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['managment', 'childern', 'safegaurding', 'allegatons', '', 'zzzz']) expect(isEnglishWord(w), w).toBe(false);
  });
});
