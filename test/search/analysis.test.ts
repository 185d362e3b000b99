import { describe, expect, it } from 'vitest';
import { analyse, isStopWord, stem, stripSlackMarkup, tokenize } from '../../src/search/analysis.js';

describe('analysis', () => {
  it('stems with Porter and maps irregular plurals Porter misses', () => {
    expect(stem('children')).toBe('child');
    expect(stem('children')).toBe(stem('child'));
    expect(stem('people')).toBe(stem('person'));
    expect(stem('women')).toBe(stem('woman'));
    expect(stem('crises')).toBe(stem('crisis'));
    expect(stem('assessments')).toBe(stem('assessment'));
    expect(stem('safeguarding')).toBe('safeguard');
  });

  it('reads numbers written as words as digits, but not "one"', () => {
    expect(analyse('twenty-five days')).toEqual(analyse('25 days'));
    expect(analyse('within three months')).toEqual(analyse('within 3 months'));
    expect(analyse('twenty one children')).toEqual(analyse('21 children'));
    expect(analyse('one of the teams')).not.toContain('1');
    expect(analyse('under-18s')).toEqual(analyse('under 18'));
  });

  it('removes stop words, including question words and question padding', () => {
    expect(analyse('What did they say about the MASH?')).toEqual(['mash']);
    expect(analyse('How does it describe that, please?')).toEqual([]);
    expect(isStopWord('which')).toBe(true);
    expect(isStopWord('getting')).toBe(true); // an ending of the stop word "get"
    expect(isStopWord('placements')).toBe(false);
  });

  it('reads contractions as the small words they are', () => {
    expect(analyse("they're supposed to, aren't they? I don't know, it won't")).toEqual(['suppos']);
    expect(analyse('didn’t the LADO’s team')).toEqual(['lado', 'team']);
  });

  it('keeps figures and symbols that carry meaning', () => {
    expect(analyse('years 10 and 11')).toEqual(['year', '10', '11']);
    expect(tokenize('A&E staff').map((t) => t.normal)).toEqual(['a&e', 'staff']);
    expect(analyse("children's centres")).toEqual(['child', 'centr']);
  });

  it('keeps token offsets so words can be marked in place', () => {
    const text = 'The MASH went live';
    const [, mash] = tokenize(text);
    expect(text.slice(mash!.start, mash!.end)).toBe('MASH');
  });

  it('strips Slack markup before anything is searched', () => {
    expect(stripSlackMarkup('<@U123ABC> what about <#C1|general> A&amp;E?')).toBe('what about A&E?');
    expect(stripSlackMarkup('see <https://example.org|the report> &lt;now&gt;')).toBe('see the report <now>');
    expect(stripSlackMarkup('@bot quick q: who chairs the LSCB?')).toBe('quick q: who chairs the LSCB?');
    expect(stripSlackMarkup('email jo@example.org about it')).toBe('email jo@example.org about it');
    expect(stripSlackMarkup('what was wrong with assessments? @priya needs it')).toBe('what was wrong with assessments? needs it');
    expect(stripSlackMarkup('*bold* and _italic_ words')).toBe('bold and italic words');
    expect(stripSlackMarkup('<!here> para 65')).toBe('para 65');
  });
});
