import { describe, expect, it } from 'vitest';
import { OtherAuthorities } from '../../src/search/other-authorities.js';

describe('other authorities a question names', () => {
  const others = new OtherAuthorities(['Sutton']);

  it('finds other councils by full or short name, first named first, never the loaded reports’ own', () => {
    expect(others.named('How did Croydon do compared with Sutton and Kingston upon Thames?')).toEqual(['Croydon', 'Kingston upon Thames']);
    expect(others.named("What was Merton's grade?")).toEqual(['Merton']);
    expect(others.named('How did Sutton do?')).toEqual([]);
  });

  it('takes a place that is also a word only when written as a name', () => {
    expect(others.named('Is Reading better?')).toEqual(['Reading']);
    expect(others.named('is the reading age of children in care improving?')).toEqual([]);
    expect(others.named('Reading the report, how did they do?')).toEqual([]);
  });

  it('takes a partner named after a place for the partner', () => {
    expect(others.named('What does Merton Primary Care Trust do?')).toEqual([]);
    expect(others.named('Is Kingston Hospital involved?')).toEqual([]);
    expect(others.named('the Sutton and Merton health services')).toEqual([]);
  });
});
