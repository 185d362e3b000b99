/** Reading a follow-up in the light of the thread's earlier question. */
import { describe, expect, test } from 'vitest';
import { type ThreadTopic, readFollowUp } from '../../src/follow-up/reading.js';

const education: ThreadTopic = {
  question: 'how are young people supported into education?',
  first: { report: 'sutton-2012', paragraph: 94, part: 'Services for looked after children', area: 'Economic well-being' },
};
const immediately: ThreadTopic = { question: 'What must be done immediately?', first: { report: 'sutton-2012', paragraph: 17, part: 'Safeguarding services' } };
const mash: ThreadTopic = { question: 'What is the MASH?', first: { report: 'sutton-2012', paragraph: 56, part: 'Safeguarding services', area: 'Ambition and prioritisation' } };
const nothing: ThreadTopic = { question: 'Who won the FA Cup?' };

const reading = (text: string, earlier: ThreadTopic | undefined) => {
  const r = readFollowUp(text, earlier);
  return r.kind === 'question' ? r.question : r.kind === 'paragraph' ? `¶${r.paragraph} of ${r.report}` : 'own';
};

describe('an elliptical follow-up takes its subject from the earlier question', () => {
  test.each([
    ['and for care leavers?', education, 'how are care leavers supported into education?'],
    ['What about care leavers', education, 'how are care leavers supported into education?'],
    ['ok, and for the disabled children?', education, 'how are disabled children supported into education?'],
    ['and training?', education, 'how are young people supported into education and training?'],
    ['what about within three months?', immediately, 'What must be done within three months?'],
    ['and within 6 months?', immediately, 'What must be done within 6 months?'],
    ['and for care leavers?', immediately, 'What must be done immediately for care leavers?'],
    ['and the LADO?', mash, 'What is the LADO?'],
    ['what grade was that?', education, 'what grade was Economic well-being given in Services for looked after children?'],
    ['How was it rated?', mash, 'what grade was Ambition and prioritisation given in Safeguarding services?'],
    ['and the grade?', education, 'what grade was Economic well-being given in Services for looked after children?'],
    ['what grade was that?', immediately, 'what grade was given for What must be done immediately?'],
    ['show me the full paragraph', education, '¶94 of sutton-2012'],
    ['Can you give me the whole paragraph please?', mash, '¶56 of sutton-2012'],
    ['that paragraph in full', immediately, '¶17 of sutton-2012'],
  ])('“%s”', (text, earlier, expected) => {
    expect(reading(text, earlier)).toBe(expected);
  });

  test('grade follow-ups swap the area of a grade question', () => {
    const grade: ThreadTopic = { question: 'What grade did staying safe get?' };
    expect(reading('and being healthy?', grade)).toBe('What grade did being healthy get?');
    expect(reading('what about for enjoying and achieving?', grade)).toBe('What grade did enjoying and achieving get?');
  });
});

describe('a question in its own right stands on its own', () => {
  test.each([
    ['how are care leavers supported into education?', education],
    ['what grade did health get?', education],
    ['What are the grades?', education],
    ['and how many care leavers go to university?', education],
    ['In Sutton, how many children are in care?', education],
    ['what is the MASH?', mash],
    ['paragraph 12', education],
    ['show me paragraph 12', education],
    ['why?', education],
    ['and for care leavers, who decides where they live and how often they are visited by their social worker?', education],
  ])('“%s”', (text, earlier) => {
    expect(reading(text, earlier)).toBe('own');
  });

  test('with no earlier question, or nothing it showed, nothing is carried over', () => {
    expect(reading('and for care leavers?', undefined)).toBe('own');
    expect(reading('show me the full paragraph', nothing)).toBe('own');
    expect(reading('', education)).toBe('own');
  });

  test('repeating the earlier question is not a new reading', () => {
    expect(reading('and for young people?', education)).toBe('own');
  });
});
