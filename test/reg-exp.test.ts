import { describe, expect, it } from 'vitest';
import { escapeRegExp, phraseAlternation } from '../src/reg-exp.js';

describe('phraseAlternation', () => {
  const phrases = ['at present', 'atm', 'actual', 'actually', "haven't a clue", 'in short', 'in the end'];
  const flat = new RegExp(`\\b(?:${[...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '[\\s-]+').replace(/'/g, "['’]")).join('|')})\\b`, 'gi');
  const factored = new RegExp(`\\b(?:${phraseAlternation(phrases)})\\b`, 'gi');

  it('factors shared beginnings and matches what the flat alternation matches', () => {
    expect(phraseAlternation(['at present', 'atm'])).toBe('at(?:[\\s-]+present|m)');
    const texts = [
      'Actually, at present the plan is in short supply',
      'in-the-end they haven’t a clue atm',
      'actualities and attempts at presently',
      'In the end, IN SHORT: actual figures',
    ];
    for (const text of texts) expect(text.match(factored)).toEqual(text.match(flat));
  });

  it('prefers the longer of two phrases where one begins the other', () => {
    expect('they actually did'.match(factored)).toEqual(['actually']);
    expect(phraseAlternation(['a.b', 'a+c'], ' ')).toBe('a(?:\\.b|\\+c)');
  });
});
