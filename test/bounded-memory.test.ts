/** What the app remembers between requests stays bounded, however long it runs and whatever it is asked. */
import { expect, test } from 'vitest';
import { STEM_CACHE_SIZE, stem, stemCacheSize } from '../src/search/analysis.js';

test('the stem cache holds at most its size, and a word it has let go is stemmed again', () => {
  expect(stem('assessments')).toBe('assess');
  for (let i = 0; i < STEM_CACHE_SIZE + 5_000; i++) stem(`zq${i.toString(36)}ings`);
  expect(stemCacheSize()).toBe(STEM_CACHE_SIZE);
  expect(stem('assessments')).toBe('assess');
});
