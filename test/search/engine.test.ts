import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report/parse.js';
import { loadCorpus } from '../../src/report/corpus.js';
import type { JudgementResult } from '../../src/answer.js';
import type { Report } from '../../src/report/model.js';
import { AnswerEngine, loadEngine } from '../../src/search/engine.js';
import { isCount } from '../../src/search/shard.js';
import { describedAreas, readAreaDescriptions } from '../../src/search/areas.js';

let engine: AnswerEngine;
let reports: Report[];
const SAFEGUARDING = 'Safeguarding services';
const LOOKED_AFTER = 'Services for looked after children';

beforeAll(() => {
  reports = loadCorpus().reports;
  engine = new AnswerEngine(reports);
});

const numbers = (query: string) => engine.ask(query).results.map((r) => r.paragraph);
/** The paragraph that states a judgement's grade: its first. */
const verdictOf = (part: string, area: string) => reports[0]!.judgements.find((j) => j.part === part && j.area === area)!.paragraphs[0];

describe('answering questions', () => {
  it('cites paragraphs with part, heading, grade, verbatim text and a marked snippet', () => {
    const answer = engine.ask('What is the MASH?');
    expect(answer.answered).toBe(true);
    const top = answer.results[0]!;
    expect(top).toMatchObject({ report: 'sutton-2012', paragraph: 56, part: SAFEGUARDING, grade: { value: 3, label: 'Adequate' } });
    expect(top.heading).toBe('Safeguarding services › Ambition and prioritisation');
    expect(top.text).toBe(reports[0]!.paragraphs.find((p) => p.number === 56)!.text);
    expect(top.snippet).toContain('**MASH**');
    expect(top.text).toContain(top.snippet.split(' … ')[0]!.replace(/\*\*/g, ''));
  });

  it('reads sessions and one-to-ones with a manager as supervision', () => {
    const concepts = engine.trace('does she get regular one-to-ones with her manager?').understood!.concepts;
    expect(concepts.flatMap((c) => c.alternatives.map((a) => a.terms.join(' ')))).toContain('supervis');
  });

  it('reads a caller\'s worry as a concern, and how quick as how timely', () => {
    expect(numbers('When somebody phones in worried about the kids next door, how quick are they to act?')[0]).toBe(12);
  });

  it('finds acronyms and slang through the vocabulary', () => {
    expect(numbers('Are LAC health assessments done on time?').slice(0, 3)).toEqual(expect.arrayContaining([80]));
    expect(numbers('Do councillors champion the needs of kids?')[0]).toBe(57);
    expect(numbers('What happens to young people who turn up at the emergency department after drinking?')[0]).toBe(45);
  });

  it('does not let a synonym count as an extra matched term', () => {
    const plain = engine.ask('What is the MASH?').results[0]!;
    const twice = engine.ask('What is the MASH, the multi-agency safeguarding hub?').results[0]!;
    expect(twice.paragraph).toBe(plain.paragraph);
    expect(twice.score).toBeCloseTo(plain.score, 3);
  });

  it('corrects typos without letting a correction outrank an exact match', () => {
    expect(numbers('what did they say about leadersip and managment').slice(0, 2).sort()).toEqual([103, 57].sort());
    // "carers" is in the report, so no paragraph matching only a near word ("careers") comes first.
    for (const r of engine.ask('carers').results) expect(r.text).toMatch(/carers?\b/i);
  });

  it('prefers paragraphs holding figures for counting questions', () => {
    const answer = engine.ask('How many foster carers are there?');
    expect(answer.results[0]!.paragraph).toBe(6);
    expect(answer.results[0]!.text).toMatch(/78 foster carers/);
  });

  it('reads the old child protection register as child protection plans, and when the inspectors called as the time of the inspection', () => {
    const answer = engine.ask('How many children were on the protection register when the inspectors paid their visit?');
    expect(answer.results[0]!.paragraph).toBe(7);
    expect(answer.results[0]!.text).toMatch(/child protection plan/);
    expect(engine.ask('how many CLA were we looking after when they came in?').results[0]!.paragraph).toBe(7);
  });

  it('weighs what a question grants less than what it asks about', () => {
    const weightOf = (q: string, label: string) => engine.trace(q).understood!.concepts.find((c) => c.label === label)!.weight;
    const granted = 'why did the LSCB come in for criticism? thought they were doing good stuff on DV';
    expect(weightOf(granted, 'DV')).toBeCloseTo(weightOf('why did the LSCB come in for criticism over DV?', 'DV') / 2);
    expect(weightOf(granted, 'LSCB')).toBe(weightOf('why did the LSCB come in for criticism over DV?', 'LSCB'));
    expect(engine.ask(granted).results.slice(0, 3).map((r) => r.paragraph)).toContain(11);
  });

  it('does not answer "how many" from a paragraph with no figure beside what is counted', () => {
    const agency = engine.ask('How many social workers are agency staff?');
    expect(agency.answered).toBe(false);
    expect(agency.suggestions.length).toBeGreaterThan(0);
    // Number words are figures too: "ten young people at university", "proceeded to stage two".
    expect(numbers('How many care leavers go to university?')[0]).toBe(93);
    expect(numbers('How many complaints went to stage two?')[0]).toBe(22);
    // A paragraph of statistics beats one that mentions the same words once.
    expect(numbers('how many looked after children are there').slice(0, 2)).toContain(7);
  });

  it('answers "how many" with a stated total before a count of some of them', () => {
    // Paragraph 7: "there were 153 looked after children"; paragraph 86 gives shares of them.
    expect(numbers('how many kids does Sutton have in care?')[0]).toBe(7);
  });

  it('reads "numbers" and "figures" after what is counted as asking for figures, not as a search word', () => {
    // Paragraph 36 gives the conception rates; paragraph 6 only names "small numbers" of placements beside the service.
    expect(numbers('how have teenage pregnancy figures changed in Sutton?')[0]).toBe(36);
    // "The number of" asks for a count as "how many" does.
    expect(engine.trace('What was the number of children in care when the inspectors visited?').understood!.concepts.map((c) => c.label)).not.toContain('number');
  });

  it('does not take a year or a length of time for a count', () => {
    expect(['153', '32%', 'two', '2010', '2012/13', '2010-11'].map(isCount)).toEqual([true, true, true, false, false, false]);
    // Paragraph 6 lists the adoption team beside "(since January 2010)": no count of adoptions.
    const trace = engine.trace('How many children were adopted?');
    expect(trace.ranked!.find((r) => r.doc.paragraph.number === 6)?.features.figureBeside).toBe(false);
    // A phrase counts only as a phrase: "78 foster carers" beside "young people" elsewhere counts no young carers.
    const carers = engine.trace('How many young carers are there in Sutton?');
    expect(carers.ranked!.find((r) => r.doc.paragraph.number === 6)?.features.figureBeside).toBe(false);
    // Nor is an ordinal: paragraph 70's "third sector organisations … young carers".
    expect(carers.ranked!.find((r) => r.doc.paragraph.number === 70)?.features.figureBeside).toBe(false);
    expect(engine.trace('How many foster carers are there?').ranked![0]!.features).toMatchObject({ figureBeside: true });
    // Nor a length of time: paragraph 78's "Within three months: ensure that children …" counts no children.
    const inCare = engine.trace('How many children were in care at the time?');
    expect(inCare.ranked!.find((r) => r.doc.paragraph.number === 78)?.doc.figureTerms.size).toBe(0);
  });

  it('weighs a word of many senses little, however rare in the report', () => {
    const concepts = engine.trace('Are kids in care living outside the borough?').understood!.concepts;
    const weight = (label: string) => concepts.find((c) => c.label === label)!.weight;
    expect(weight('living')).toBeLessThanOrEqual(2);
    expect(weight('outside borough')).toBeGreaterThan(2);
  });

  it('reads "how long" as asking for a time, not for the word "long"', () => {
    expect(numbers('How long is the wait for a first CAMHS assessment?')[0]).toBe(43);
  });

  it('does not correct a real word into a word of the report', () => {
    // "spent" is not a slip for "sent", nor "excluded" for "included".
    expect(engine.ask("How much is spent on children's social care?").answered).toBe(false);
    expect(engine.ask('What did the report say about child trafficking?').answered).toBe(false);
    // A slip is still corrected.
    expect(numbers('how are allegatons against staff handeld')[0]).toBe(21);
  });

  it('answers "which areas were judged inadequate?" with every inadequate judgement', () => {
    const answer = engine.ask('which areas were judged inadequate?');
    expect(answer.judgements.map((j) => [j.part, j.area])).toEqual([
      [SAFEGUARDING, 'Overall effectiveness'],
      [SAFEGUARDING, 'Quality of provision'],
      [SAFEGUARDING, 'Performance management and quality assurance'],
      [LOOKED_AFTER, 'Performance management and quality assurance'],
    ]);
    expect(engine.ask('which areas in safeguarding were judged inadequate?').judgements.map((j) => j.area)).toEqual([
      'Overall effectiveness',
      'Quality of provision',
      'Performance management and quality assurance',
    ]);
    // A yes-or-no question about a part is answered by its overall judgement, whatever grade it names.
    for (const q of ['Is safeguarding good?', 'was safeguarding judged good?']) {
      expect(engine.ask(q).judgements.map((j) => [j.part, j.area, j.label]), q).toEqual([[SAFEGUARDING, 'Overall effectiveness', 'Inadequate']]);
    }
    expect(engine.ask('Why are looked after children services only adequate?').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Overall effectiveness'],
    ]);
    const why = engine.ask('why was safeguarding judged inadequate');
    expect(why.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Overall effectiveness']]);
    expect(why.results[0]!.paragraph).toBe(9);
  });

  it('knows curated acronyms the report spells out but never abbreviates, and "what does X stand for"', () => {
    // The report says "youth offending team", never "YOT".
    expect(numbers('How does the YOT work with CAMHS?')).toContain(105);
    expect(numbers('What does CASH stand for?')[0]).toBe(36);
  });

  it('answers what the grades mean from the paragraph that sets out the scale', () => {
    for (const q of ['What do the grades mean?', 'what does adequate mean in this report', 'what is the grading scale']) {
      expect(numbers(q), q).toEqual([3]);
    }
  });

  it('finds another word of the same family ("visitor" → "visiting")', () => {
    expect(numbers('Is there an independent visitor service?').slice(0, 3)).toContain(91);
  });

  it('maps irregular verb forms to their verb', () => {
    expect(numbers('How is domestic abuse picked up by health staff?')[0]).toBe(54);
    expect(numbers('Do they keep data on missing children?')[0]).toBe(20);
  });

  it('strips Slack markup before searching', () => {
    expect(numbers('<@U0123> what is the <#C1|general> MASH?')).toEqual(numbers('what is the MASH?'));
    expect(numbers('what happens at A&amp;E for kids who self harm')[0]).toBe(39);
  });

  it('says plainly when the report does not answer, with suggestions', () => {
    for (const q of ['Who won the FA Cup?', "Who won the men's 100 metres at the 2012 Olympics?", 'What is the weather like in Sutton?']) {
      const answer = engine.ask(q);
      expect(answer.kind, q).not.toBe('answered');
      expect(answer.answered, q).toBe(false);
      expect(answer.suggestions.length, q).toBeGreaterThan(0);
    }
    // Nothing in the report shares this question's meaning: no paragraph is shown.
    expect(engine.ask('Who won the FA Cup?')).toMatchObject({ kind: 'nothing', results: [] });
  });

  it('shows the closest paragraphs, labelled, when none answers directly', () => {
    const answer = engine.ask('How many kids in care got adopted last year in Sutton, and how much did it cost?');
    expect(answer.kind).toBe('closest');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.missing).toBe('The report gives no costs or amounts of money.');
  });

  it('says when no paragraph names the person a question asks for', () => {
    const answer = engine.ask('Who is the director of children’s services in Sutton?');
    expect(answer.kind).toBe('closest');
    expect(answer.missing).toBe('The report names no one in this role.');
    expect(answer.results.length).toBeGreaterThan(0);
  });
});

describe("everyday words for the report's terms", () => {
  it('reads grown-up services as adult services', () => {
    expect(engine.ask('what happens to disabled youngsters moving on to grown-up services?').results[0]!.paragraph).toBe(49);
  });

  it('reads weeks of school missed as the days reports count, and an abusive partner as domestic violence', () => {
    expect(engine.ask('How many children in care skipped four weeks of lessons or more?').results.slice(0, 3).map((r) => r.paragraph)).toContain(86);
    expect(engine.ask('Are A&E staff trained to spot an abusive partner at home?').results.slice(0, 3).map((r) => r.paragraph)).toContain(38);
  });

  it('reads being short of social workers as vacancies, and a big meeting as a conference', () => {
    expect(engine.ask('is the council short of social workers?').results.slice(0, 3).map((r) => r.paragraph)).toContain(77);
    expect(engine.ask('Who decides a child does not need the big meeting after enquiries?').results.slice(0, 3).map((r) => r.paragraph)).toContain(12);
  });
});

describe('everyday words for what happens to children', () => {
  it('reads social media grief as bullying, referrals bounced back as not meeting criteria, and moving to the adult side as transition', () => {
    expect(numbers('my sister is getting grief on instagram - how do schools deal with it?')[0]).toBe(19);
    expect(numbers('why do referrals to the kids mental health service get bounced back?')[0]).toBe(43);
    expect(numbers('is there a gap when disabled kids move over to the adult side?')[0]).toBe(49);
    // Children who look after family are young carers, not children in care; what children in care think is their views.
    expect(numbers('is there any backing for kids who look after family?')[0]).toBe(70);
    expect(numbers("why doesn't the council know what kids in care think of the help they get?").slice(0, 2)).toContain(92);
    // A first medical is the initial health assessment; family who could step in are found at family group meetings.
    expect(numbers('are the doctors who do the first medical for children coming into care overloaded?')[0]).toBe(80);
    expect(numbers('does the council check whether grandparents or other family could step in before care?')[0]).toBe(85);
    // Time spent with the child is direct work; being sent home from school is exclusion, not home education.
    expect(numbers('Do social workers spend time with the child, or is it mostly chatting to the parents?').slice(0, 2)).toEqual([25, 11]);
  });
});

describe('places', () => {
  it("reads a placement outside the report's own place as out of the borough", () => {
    expect(numbers('why do so many of them get put in placements outside Sutton?').slice(0, 2)).toContain(84);
  });
});

describe('questions that ask for a figure', () => {
  it('measures how much of what a question counts the best paragraph lacks', () => {
    expect(engine.trace('How many beds does Cedar Lodge have?').features!.countedMissing).toBe(1);
    expect(engine.trace('How many looked after children were there?').features!.countedMissing).toBe(0);
  });

  it('shows the closest paragraphs, saying so, when none gives a figure beside what is counted', () => {
    const iros = engine.ask('How many IROs are there in the team?');
    expect(iros).toMatchObject({ kind: 'closest', answered: false, missing: 'The report gives no figure for this.' });
    expect(iros.results.length).toBeGreaterThan(0);
    expect(engine.ask('How many care leavers are at university?')).toMatchObject({ kind: 'answered' });
  });

  it('says so when a figure is asked for a year no paragraph shown gives one for', () => {
    const conceptions = engine.ask("What was Sutton's under-18 conception rate in 2011?");
    expect(conceptions).toMatchObject({ kind: 'closest', missing: 'The report gives no figure for 2011.' });
    expect(conceptions.results[0]!.paragraph).toBe(36);
    // A period running through the year asked gives a figure for it.
    expect(engine.ask('What % of LAC missed 25+ days of school in 2010/11?').missing).toBeUndefined();
  });

  it('does not take a figure the question states for its answer', () => {
    // Paragraph 84 says many are placed "less than 20 miles away": no count of those further.
    const further = engine.trace('How many looked after children were placed more than 20 miles from Sutton?');
    expect(further.answer.results[0]!.paragraph).toBe(84);
    expect(further.features!.figureMissing).toBe(1);
    expect(further.answer.kind).not.toBe('answered');
  });

  it('reads no phrase across the start of a clause', () => {
    // "kids did the council have in care" is no question about the children in care council.
    const concepts = engine.trace('how many kids did the council have in care when the inspectors were in?').understood!.concepts;
    expect(concepts.map((c) => c.label)).not.toContain('kids council');
    expect(numbers('how many kids did the council have in care when the inspectors were in?')[0]).toBe(7);
  });
});

describe('grade questions', () => {
  it('answers an area shared by both parts with both judgements, side by side', () => {
    const answer = engine.ask('What grade did leadership and management get?');
    expect(answer.judgements.map((j) => [j.part, j.area, j.label])).toEqual([
      [SAFEGUARDING, 'Leadership and management', 'Adequate'],
      [LOOKED_AFTER, 'Leadership and management', 'Adequate'],
    ]);
    expect(answer.results.slice(0, 2).map((r) => r.paragraph)).toEqual([57, 103]);
  });

  it('narrows to the part the question names', () => {
    const answer = engine.ask('How was the overall effectiveness of safeguarding services judged?');
    expect(answer.judgements.map((j) => [j.part, j.grade])).toEqual([[SAFEGUARDING, 4]]);
    expect(answer.results[0]!.paragraph).toBe(9);
    const lac = engine.ask("what grade did performance management get in looked after children's services");
    expect(lac.judgements.map((j) => [j.part, j.label])).toEqual([[LOOKED_AFTER, 'Inadequate']]);
  });

  it('narrows to a part named by its acronym', () => {
    const answer = engine.ask('how was overall effectiveness for LAC rated');
    expect(answer.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Overall effectiveness']]);
    expect(engine.grade('LAC overall effectiveness').judgements.map((j) => j.part)).toEqual([LOOKED_AFTER]);
  });

  it('looks up every area a word names', () => {
    expect(engine.grade('health').judgements.map((j) => j.area).sort()).toEqual([
      'Being healthy',
      'The contribution of health agencies to keeping children and young people safe',
    ]);
    expect(engine.grade('leadership and management').judgements.map((j) => j.area)).toEqual([
      'Leadership and management',
      'Leadership and management',
    ]);
  });

  it('gets every shared area name right in both parts', () => {
    for (const area of ['Overall effectiveness', 'Capacity for improvement', 'Quality of provision', 'Ambition and prioritisation', 'Leadership and management', 'Performance management and quality assurance', 'Equality and diversity']) {
      const answer = engine.ask(`How was ${area.toLowerCase()} rated?`);
      expect(answer.judgements.map((j) => j.part), area).toEqual([SAFEGUARDING, LOOKED_AFTER]);
      expect(answer.judgements.every((j) => j.area === area), area).toBe(true);
    }
  });

  it('treats "is <area> good?" as a grade question when it names a whole area, or part of one within a part it names', () => {
    const answer = engine.ask('Is partnership working good?');
    expect(answer.judgements.map((j) => [j.area, j.label])).toEqual([['Partnership working', 'Adequate']]);
    expect(answer.results[0]!.paragraph).toBe(67);
    const why = engine.ask('Why is performance management of the LAC service inadequate?');
    expect(why.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Performance management and quality assurance']]);
    expect(why.results.map((r) => r.paragraph).slice(0, 3)).toEqual(expect.arrayContaining([106]));
    // Without a part, part of an area's name is not enough: "how good is the quality of … ?" is searched.
    expect(engine.ask('How good is the quality of the food?').judgements).toEqual([]);
  });

  it("shows a grade's verdict paragraphs, then the paragraph the question's words find", () => {
    const answer = engine.ask('did CAMHS waits pull down the health grade?');
    expect(answer.judgements[0]).toMatchObject({ area: 'Being healthy' });
    expect(answer.results.slice(0, 2).map((r) => r.paragraph)).toEqual([79, 82]);
    // The paragraph on CAMHS waiting times sits under the safeguarding part's health judgement.
    expect(answer.results[2]).toMatchObject({ paragraph: 43, part: SAFEGUARDING });
    expect(answer.results[2]!.snippet).toContain('**CAMHS**');
  });

  it('answers a grade asked of a service by the area covering it, though a common word names another whole', () => {
    // "health" names "Being healthy" whole; A&E is one of the health agencies keeping children safe.
    const answer = engine.ask('Does A&E count towards the health grade?');
    expect(answer.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'The contribution of health agencies to keeping children and young people safe' });
    expect(engine.ask('how healthy are kids in care?').judgements[0]).toMatchObject({ area: 'Being healthy' });
  });

  it('shows the judgement of the part a grade question names first', () => {
    const health = engine.ask('how did health partners do on the safeguarding side?');
    expect(health.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'The contribution of health agencies to keeping children and young people safe' });
    const lac = engine.ask('did LAC services pass overall or not');
    expect(lac.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Overall effectiveness']]);
  });

  it('finds the area a grade question names in everyday words', () => {
    const led = engine.ask('What rating did Ofsted give to how the LAC service is led?');
    expect(led.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Leadership and management']]);
    expect(led.results[0]!.paragraph).toBe(verdictOf(LOOKED_AFTER, 'Leadership and management'));
    expect(engine.ask('What grade did they get for listening to children in care?').judgements[0]!.area).toBe(
      'Making a positive contribution, including user engagement',
    );
    expect(engine.grade('school').judgements.map((j) => j.area)).toEqual(['Enjoying and achieving']);
    expect(engine.grade('how it is led').judgements.map((j) => j.part)).toEqual([SAFEGUARDING, LOOKED_AFTER]);
    // "On the whole" asks for the overall verdict of the part named.
    expect(engine.ask('On the whole, how were services for looked after children rated?').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Overall effectiveness'],
    ]);
  });

  it('answers an opening "overall" with the overall verdict of the part the area sits in', () => {
    const overall = engine.ask('Overall, did the council pass or fail on protecting children?');
    expect(overall.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Overall effectiveness']]);
    // "Overall" after the area judges the area as a whole.
    const health = engine.ask('how did health partners come out overall on the safeguarding side');
    expect(health.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'The contribution of health agencies to keeping children and young people safe' });
    // An opening "overall" that only sums up a grade asked outright leaves the area named.
    expect(engine.ask('Overall, how were the health outcomes of children in care graded?').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Being healthy'],
    ]);
  });

  it('favours the section of a judged area a question describes in everyday words', () => {
    const concepts = engine.trace('how are children in care doing at school').understood!.concepts;
    expect([...describedAreas(concepts, readAreaDescriptions())]).toEqual(['Enjoying and achieving']);
    const plain = new AnswerEngine(reports, { tuning: { describedAreaBoost: 1 } }).trace('how are children in care doing at school');
    const favoured = engine.trace('how are children in care doing at school');
    const scoreOf = (t: typeof plain, n: number) => t.ranked!.find((r) => r.doc.paragraph.number === n)!.score;
    // Paragraph 86 opens "Enjoying and achieving"; paragraph 93 sits under "Economic well-being".
    expect(scoreOf(favoured, 86) / scoreOf(plain, 86)).toBeCloseTo(1.15, 5);
    expect(scoreOf(favoured, 93) / scoreOf(plain, 93)).toBeCloseTo(1, 5);
    // A grade asked of no area is the overall verdict's, of the part named: its section is favoured.
    const failed = 'Why did inspectors conclude the LSCB had failed on child protection?';
    const [plainFailed, favouredFailed] = [new AnswerEngine(reports, { tuning: { describedAreaBoost: 1 } }).trace(failed), engine.trace(failed)];
    expect(scoreOf(favouredFailed, 11) / scoreOf(plainFailed, 11)).toBeCloseTo(1.15, 5);
    expect(scoreOf(favouredFailed, 65) / scoreOf(plainFailed, 65)).toBeCloseTo(1, 5);
    expect(favouredFailed.answer.results[0]).toMatchObject({ paragraph: 11, path: [SAFEGUARDING, 'Overall effectiveness'] });
    // Asked in many words, the description explains less of the question, and still favours its section.
    const checks = engine.ask("Why did the managers' checks of looked after children cases not make the work any better?");
    expect(checks.results[0]).toMatchObject({ path: [LOOKED_AFTER, 'Performance management and quality assurance'] });
  });

  it('reads past the names of the report and its inspectors when finding the area a grade question describes', () => {
    const headline = engine.ask("What was Ofsted's headline verdict on Sutton's child protection services?");
    expect(headline.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    // "keeping children safe" names the safeguarding part and describes one of its areas: the part's verdict, then the area's.
    const safe = engine.ask('What rating did the council get from Ofsted for keeping children safe?');
    expect(safe.judgements.map((j) => j.area)).toEqual(['Overall effectiveness', 'Children and young people are safe and feel safe']);
    expect(engine.ask('What grade did health agencies get for keeping children safe?').judgements[0]!.area).toMatch(/^The contribution of health agencies/);
    // "kept safe" describes the area; "children in care" names the part, though "safe" also names safeguarding.
    const placements = engine.ask('Were children in care judged to be kept safe in their placements?');
    expect(placements.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Staying safe']]);
    // Both parts' safety judgements are described in the same words: "danger" asked of foster children is theirs.
    const danger = engine.ask('For the fostered kids, how did Sutton score on keeping them out of danger?');
    expect(danger.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Staying safe']]);
  });

  it('knows the parts by their everyday names, and answers for each part a question names, the first named first', () => {
    // "child protection" is the everyday name of the safeguarding part.
    const cp = engine.ask('How was child protection rated overall?');
    expect(cp.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Overall effectiveness']]);
    const both = engine.ask('How did child protection and services for kids in care compare overall? What grade did each get?');
    expect(both.judgements.map((j) => [j.part, j.area])).toEqual([
      [SAFEGUARDING, 'Overall effectiveness'],
      [LOOKED_AFTER, 'Overall effectiveness'],
    ]);
    // Steering the service and its top officials name its leadership.
    expect(engine.ask('How were the top officials judged in the way they steer child protection?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Leadership and management' });
    // The care population is the children in care.
    expect(engine.ask('Was leadership for the care population any good?').judgements.map((j) => j.part)).toEqual([LOOKED_AFTER]);
    // Children in care by any everyday word for children.
    const youngsters = engine.ask('Was leadership better for youngsters in care than for child protection?');
    expect(youngsters.judgements.map((j) => j.part)).toEqual([LOOKED_AFTER, SAFEGUARDING]);
    const lacFirst = engine.ask('did LAC fail on QA too, or was that just CP?');
    expect(lacFirst.judgements.map((j) => j.part)).toEqual([LOOKED_AFTER, SAFEGUARDING]);
    expect(lacFirst.judgements.every((j) => j.area === 'Performance management and quality assurance')).toBe(true);
  });

  it('reads "overall" beside the everyday name of a part as asking for the part\'s overall verdict', () => {
    const answer = engine.ask('how did the council and its partners do overall on protecting children from harm?');
    expect(answer.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Overall effectiveness']]);
  });

  it('hears a grade asked for as a job done, a shortfall or how something is run', () => {
    expect(engine.ask('Did the inspectors think the council was doing a decent job of protecting children, or did it fall short?').judgements[0]).toMatchObject({ part: SAFEGUARDING });
    expect(engine.ask('How is child protection run? What about the people at the top?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Leadership and management' });
    expect(engine.ask('How ambitious is the council for its children in care, and what did that earn?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Ambition and prioritisation' });
  });

  it('hears a grade asked for as a list of grades, as any good, or as capable of getting better', () => {
    expect(engine.ask('leadership on safeguarding - was it good, adequate, or worse?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Leadership and management' });
    expect(engine.ask('so is the care system actually any good overall or nah').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('are they capable of getting better at looking after kids in care?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
  });

  it('hears a grade asked for as turning things around, day-to-day work, harm, or headline grades', () => {
    expect(engine.ask('Do the inspectors think the council can actually turn its child protection work around?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Capacity for improvement' });
    // Assessed as a grade asks it; cooperating is working together.
    expect(engine.ask('Was the input of the NHS bodies to child protection assessed as good?').judgements[0]).toMatchObject({ area: 'The contribution of health agencies to keeping children and young people safe' });
    expect(engine.ask('How well do police, schools, health and council cooperate in Sutton?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Partnership working' });
    // A grade named beside "anywhere" lists where it was given; a mark may be called a note.
    expect(engine.ask('was LAC rated inadequate anywhere?').judgements.map((j) => j.area)).toEqual(['Performance management and quality assurance']);
    expect(engine.ask('And the foster kids side, what final note it received overall?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('Was the leadership of child protection favourably assessed?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Leadership and management' });
    // The ways of comparing hint at a grade.
    expect(engine.ask('ambition and prioritisation - did SG and LAC get the same?').judgements.map((j) => j.area)).toEqual(['Ambition and prioritisation', 'Ambition and prioritisation']);
    expect(engine.ask('Is the quality control for foster kids as bad as for the safeguarding?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Performance management and quality assurance' });
    // Practice quality is the quality of practice; a watchful eye on the work is its quality assurance; having it within itself is capacity.
    expect(engine.ask('What grade did the practice quality in child protection receive?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Quality of provision' });
    expect(engine.ask('Did keeping a watchful eye on the standard of child protection social work get a pass?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Performance management and quality assurance' });
    expect(engine.ask('Has the council got it within itself to put child protection right?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Capacity for improvement' });
    // Repairing, remedying and rectifying are fixing.
    expect(engine.ask('Is the council able to rectify its child protection work?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Capacity for improvement' });
    expect(engine.ask('Is there any prospect of the care service being remedied?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(engine.ask('Was the day-to-day child protection service up to scratch?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Quality of provision' });
    expect(engine.ask('Rating for whether children in the borough are kept safe from harm?').judgements[0]).toMatchObject({ area: 'Children and young people are safe and feel safe' });
    // The words that name the part ("protecting children from harm") name no area beside "overall".
    expect(engine.ask('How did the council do overall on protecting children from harm?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(engine.ask('@bot headline grades for child protection pls').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
  });

  it('reads a description whose words stand a few words apart, but not one inside another phrase', () => {
    // "keeping … safe" describes safety around "vulnerable kids".
    const safe = engine.ask('Is the council any good at keeping vulnerable kids safe?');
    expect(safe.judgements.map((j) => j.area)).toEqual(['Children and young people are safe and feel safe']);
    // "independence" describes a care leaver's prospects, not the independent reviewing officers.
    const iro = engine.trace('What do the independent reviewing officers do well and what is lacking?');
    expect(iro.answer.judgements.map((j) => j.area)).not.toContain('Economic well-being');
  });

  it('does not take a word in passing for the area a grade question asks about', () => {
    // "protection" describes keeping children safe, but this question counts conference reports.
    const trace = engine.trace('how many child protection conference reports were rated inadequate?');
    expect(trace.route).toBe('search');
    expect(trace.answer.judgements.map((j) => j.area)).not.toContain('Children and young people are safe and feel safe');
  });

  it('shows first the verdict of the judgement the best paragraphs sit under when a grade question names no area', () => {
    const answer = engine.ask("How was the council's response to children who go missing rated?");
    const judgement = answer.judgements[0]!;
    expect(answer.results[0]!.paragraph).toBe(judgement.paragraphs[0]);
    expect(answer.results[0]!.text).toMatch(new RegExp(`is ${judgement.label.toLowerCase()}\\b`));
    // A question that only hints at a grade of something smaller than an area keeps the search's order.
    const hinted = engine.ask('Is the CDOP any good?');
    expect(hinted.judgements).toEqual([]);
  });

  it('shows the closest paragraphs, saying so, when a grade question names no judged area', () => {
    const fostering = engine.ask('What grade did the fostering service get?');
    expect(fostering.kind).toBe('closest');
    expect(fostering.missing).toBe('The report gives no grade for this on its own.');
    expect(fostering.results.length).toBeGreaterThan(0);
    expect(engine.ask('How was leadership and management of safeguarding graded?').kind).toBe('answered');
  });

  it('answers each side of a comparison, the first named first, carrying an area or a part across', () => {
    const areas = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    expect(areas("Was the health of looked after children rated higher than health's contribution to child protection?")).toEqual([
      `${LOOKED_AFTER} / Being healthy`,
      `${SAFEGUARDING} / The contribution of health agencies to keeping children and young people safe`,
    ]);
    // A side naming a part alone is asked of the area the other side names.
    expect(areas('How did we come out on ambition for safeguarding versus for looked after children?')).toEqual([
      `${SAFEGUARDING} / Ambition and prioritisation`,
      `${LOOKED_AFTER} / Ambition and prioritisation`,
    ]);
    // Two parts alone: their overall verdicts; "better or worse" says how they compare, not what is judged.
    expect(areas('Was child protection work rated better or worse than services for children in care?')).toEqual([
      `${SAFEGUARDING} / Overall effectiveness`,
      `${LOOKED_AFTER} / Overall effectiveness`,
    ]);
  });

  it('answers a grade question from the clause that names what is graded', () => {
    const answer = engine.ask('The leaders of the council, do they put child protection first? Did they get a good mark?');
    expect(answer.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Ambition and prioritisation']]);
    // Two whole areas named together are both answered, in the order named.
    const both = engine.ask('LAC overall effectiveness and capacity for improvement - what were they both graded?');
    expect(both.judgements.map((j) => j.area)).toEqual(['Overall effectiveness', 'Capacity for improvement']);
    // The words naming the part name no area of it: "child protection work" is no partnership working.
    expect(engine.ask('How was child protection work rated?').judgements.map((j) => j.area)).toEqual(['Overall effectiveness']);
  });

  it('says the report gives no grade of its own to what only falls under a judged area', () => {
    const camhs = engine.ask('Did CAMHS get its own grade?');
    expect(camhs.kind).toBe('closest');
    expect(camhs.missing).toBe('The report gives no grade for this on its own.');
    expect(camhs.judgements[0]!.area).toBe('Being healthy');
    expect(engine.ask('Is there a separate rating for leadership in LAC?').kind).toBe('answered');
    // A service, team or profession an area covers is not graded on its own either.
    const schools = engine.ask("What Ofsted grades did Sutton's secondary schools get?");
    expect(schools.kind).toBe('closest');
    expect(schools.missing).toBe('The report gives no grade for this on its own.');
    expect(engine.ask('How well do children in care do at school? What grade?').kind).toBe('answered');
    // The part beside a service only says whose it is; an area described besides it is graded.
    expect(engine.ask('What grade did the virtual school for looked after children get?').kind).toBe('closest');
    expect(engine.ask('What was the verdict on the virtual school and education support for looked after kids?').kind).toBe('answered');
    // What is said of the asker beside the clause that asks does not make the service an area.
    expect(engine.ask('What grade did the youth offending team get? Asking because we work closely with them').kind).toBe('closest');
    expect(engine.ask("What rating did the children's centres get? Our nursery works closely with one.").kind).toBe('closest');
  });

  it('lists the areas given a grade, or the best or worst given, and says when none got the grade asked', () => {
    const inadequate = engine.ask('Can someone list which areas were judged inadequate? Need it for a briefing.');
    expect(inadequate.kind).toBe('answered');
    expect(new Set(inadequate.judgements.map((j) => j.label))).toEqual(new Set(['Inadequate']));
    const best = engine.ask('What was the best score any area got?');
    expect(new Set(best.judgements.map((j) => j.label))).toEqual(new Set(['Good']));
    const above = engine.ask('Was anything at all rated higher than adequate, and if so which areas?');
    expect(new Set(above.judgements.map((j) => j.label))).toEqual(new Set(['Good']));
    expect(engine.ask('Did any area come out better than good?')).toMatchObject({ kind: 'closest', missing: 'No area was judged better than good.' });
    const failing = engine.ask('Which areas in the child protection half were judged to be outright failing?');
    expect(new Set(failing.judgements.map((j) => `${j.part} ${j.label}`))).toEqual(new Set([`${SAFEGUARDING} Inadequate`]));
    // Asked of both halves at once: the area so graded in each.
    const lowest = engine.ask('Which area got the lowest mark in both halves of the report?');
    expect(new Set(lowest.judgements.map((j) => j.area))).toEqual(new Set(['Performance management and quality assurance']));
    expect(lowest.judgements).toHaveLength(2);
    const every = engine.ask('Give me every area Sutton was given the lowest grade for, across the whole report.');
    expect(new Set(every.judgements.map((j) => j.label))).toEqual(new Set(['Inadequate']));
    const ends = engine.ask('Which areas came out worst, and which best?');
    const labels = ends.judgements.map((j) => j.label);
    expect(new Set(labels)).toEqual(new Set(['Inadequate', 'Good']));
    expect(labels.indexOf('Good')).toBeGreaterThan(labels.lastIndexOf('Inadequate'));
    const outstanding = engine.ask('Was anything rated outstanding?');
    expect(outstanding).toMatchObject({ kind: 'closest', missing: 'No area was judged outstanding.' });
    expect(new Set(outstanding.judgements.map((j) => j.label))).toEqual(new Set(['Good']));
  });

  it('reads a grade question through words that only say how sure the asker is, misspelt or not', () => {
    for (const q of [
      'Did Sutton basicaly fail on the child protection side?',
      'did sutton definitely fail on child protection',
      'did sutton apparantly fail on child protection',
      'did sutton totally fail on child protection',
    ]) {
      const answer = engine.ask(q);
      expect(answer.judgements[0], q).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness', label: 'Inadequate' });
    }
  });

  it('reads everyday ways of asking a grade: outlooks, write-ups, good bits, what is better', () => {
    const outlook = engine.ask('is the outlook for improving any different between safeguarding and the kids in care services?');
    expect(outlook.judgements.map((j) => j.area)).toEqual(['Capacity for improvement', 'Capacity for improvement']);
    const writeUp = engine.ask('Did management of the care service get a better write-up than management of child protection?');
    expect(writeUp.judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Leadership and management'],
      [SAFEGUARDING, 'Leadership and management'],
    ]);
    const goodBits = engine.ask("I've been told health for kids in care was one of the few good bits. Fair?");
    expect(goodBits.judgements.map((j) => [j.part, j.area, j.label])).toEqual([[LOOKED_AFTER, 'Being healthy', 'Good']]);
    expect(engine.ask('health for kids in care - was that the one bright spot?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
    const better = engine.ask('whats better - how good the frontline work is with kids in care, or the child protection work?');
    expect(better.judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Quality of provision'],
      [SAFEGUARDING, 'Quality of provision'],
    ]);
    // Not every "what's better" sets two parts side by side.
    expect(engine.ask("what's better for kids, fostering or adoption?").judgements).toEqual([]);
  });

  it('reads a grade quoted back after a comma, past an opening that says who is asking', () => {
    const answer = engine.ask("Health visitor asking - the looked after service's capacity for improvement, adequate? And what does that mean exactly?");
    expect(answer.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Capacity for improvement']]);
    // The scale that says what the grade means follows it.
    expect(answer.results.map((r) => r.paragraph)).toContain(3);
  });

  it('reads chances of improving and a ranking by grade as grade questions', () => {
    const likely = engine.ask('are the care services likely to get better? what did inspectors think of their chances');
    expect(likely.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Capacity for improvement']]);
    const shot = engine.ask('which has the better shot at improving, the care side or safeguarding?');
    expect(shot.judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Capacity for improvement'],
      [SAFEGUARDING, 'Capacity for improvement'],
    ]);
    const ranked = engine.ask('can you rank the outcomes for kids in care from best to worst?');
    expect(ranked.judgements).toHaveLength(5);
    expect(ranked.judgements[0]).toMatchObject({ area: 'Being healthy', label: 'Good' });
  });

  it('reads the top of a to-do list as priority, in a question asking for a mark', () => {
    const top = engine.ask('did the council get a decent mark for aiming high and putting protecting kids at the top of its to-do list?');
    expect(top.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Ambition and prioritisation']]);
    expect(engine.ask("what's on the council's to-do list?").recommendations.length).toBeGreaterThan(0);
  });

  it('reads a claim opened by what the asker is hearing', () => {
    const heard = engine.ask("Hearing the NHS lot got 'outstanding' for their role protecting kids. Legit or am I being spun?");
    expect(heard.judgements[0]).toMatchObject({ area: 'The contribution of health agencies to keeping children and young people safe', label: 'Good' });
  });

  it('reads a part named in everyday words with its side or half', () => {
    const worst = engine.ask('what did the care kids side of the report do worst at?');
    expect(worst.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Performance management and quality assurance']]);
    expect(engine.ask('how did the care kids side do?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    const stuff = engine.ask('is the council actually gonna be able to sort out the care stuff? did they say it can get better');
    expect(stuff.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Capacity for improvement']]);
  });

  it("reads the shorthand of the judged areas, contracted question words and grades asked after what is asked", () => {
    const shorthand = engine.ask('safeguarding OE vs CfI in Sutton - which one came out higher?');
    expect(shorthand.judgements.map((j) => [j.part, j.area])).toEqual([
      [SAFEGUARDING, 'Overall effectiveness'],
      [SAFEGUARDING, 'Capacity for improvement'],
    ]);
    const contracted = engine.ask("sum up sutton for me in like one line, how'd they do overall on both bits");
    expect(contracted.judgements.map((j) => j.area)).toEqual(['Overall effectiveness', 'Overall effectiveness']);
    expect(engine.ask('Health of kids in care: good news story or not?').judgements[0]).toMatchObject({ area: 'Being healthy' });
    const anyGood = engine.ask('The managers running services for kids in care, any good according to the inspectors?');
    expect(anyGood.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Leadership and management']]);
    const helm = engine.ask("Who's steering the ship on safeguarding, and did they get a decent grade for it?");
    expect(helm.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Leadership and management']]);
  });

  it("reads grades given as their number on the scale, and practitioners' short forms of their names", () => {
    const two = engine.ask('did anything get a 2?? or is it all 3s n 4s');
    expect(new Set(two.judgements.map((j) => j.label))).toEqual(new Set(['Good']));
    const threes = engine.ask('SG side - which ones came out as 3s?');
    expect(threes.judgements.length).toBeGreaterThan(1);
    expect(threes.judgements.every((j) => j.part === SAFEGUARDING && j.label === 'Adequate')).toBe(true);
    const inad = engine.ask('list of everything that got inad pls, both parts');
    expect(new Set(inad.judgements.map((j) => j.label))).toEqual(new Set(['Inadequate']));
    expect(engine.ask('LAC health - good or just adeq?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
    // A count is no grade: "stage 1s" are complaints.
    expect(engine.ask('how many stage 1s were there in 10/11?').judgements).toEqual([]);
  });

  it('reads idioms of improving and of being unsafe, and slips in short words', () => {
    const house = engine.ask('Which has the better chance of getting its house in order, the side dealing with child protection or the children in care side?');
    expect(house.judgements.map((j) => j.area)).toEqual(['Capacity for improvement', 'Capacity for improvement']);
    const unsafe = engine.ask("My mate on the fostering panel reckons kids in care were rated unsafe where they're placed. Is he right?");
    expect(unsafe.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Staying safe']]);
    const held = engine.ask('Why was education for kids in care held at adequate rather than good - what was holding it back?');
    expect(held.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Enjoying and achieving']]);
    const slips = engine.ask('wat did ofsted actualy say about the LAC service overal - good or jst ok??');
    expect(slips.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Overall effectiveness']]);
  });

  it('sets aside a part the asker says to forget, and reads a list wanted of every failing', () => {
    const forget = engine.ask('ok forget the protection stuff for a sec, the kids in care side how did that come out overall');
    expect(forget.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Overall effectiveness']]);
    const every = engine.ask('what did they do worst at, i want every single thing they flat out failed');
    expect(new Set(every.judgements.map((j) => j.label))).toEqual(new Set(['Inadequate']));
    expect(every.judgements.length).toBe(4);
  });

  it("answers a part's full scorecard, every outcome asked of together, and advocacy as children's say", () => {
    const scorecard = engine.ask('Give me the full scorecard for the care half of the report - every area and the mark it got.');
    expect(scorecard.judgements.length).toBeGreaterThan(8);
    expect(scorecard.judgements.every((j) => j.part === LOOKED_AFTER)).toBe(true);
    const outcomes = engine.ask('Did every one of the outcome areas for kids in care at least pass?');
    expect(outcomes.judgements).toHaveLength(5);
    const advocacy = engine.ask('the advocacy n independent visitor service for LAC — which bit of the grades is that in and hows it rated');
    expect(advocacy.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Making a positive contribution, including user engagement' });
  });

  it('reads aiming high enough, being more ambitious for one part or the other, and "any good" as no grade named', () => {
    const aim = engine.ask('did the council aim high enough for kids in care or was it kinda meh');
    expect(aim.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Ambition and prioritisation']]);
    const more = engine.ask('was sutton more ambitious for the child protection side or the care side, or same');
    expect(more.judgements.map((j) => [j.part, j.area])).toEqual([
      [SAFEGUARDING, 'Ambition and prioritisation'],
      [LOOKED_AFTER, 'Ambition and prioritisation'],
    ]);
    const anyGood = engine.ask('decision busters (the in care council group) - which grade is that part of and was it any good');
    expect(anyGood.judgements.map((j) => j.area)).toEqual(['Making a positive contribution, including user engagement']);
    // Whom the asker heard it from names no part.
    const heard = engine.ask('my neighbour fosters and she mentioned the inspection - did the council fail on the protecting-children side as a whole?');
    expect(heard.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Overall effectiveness']]);
    const bad = engine.ask('how bad did the safeguarding side do overall');
    expect(bad.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
  });

  it('lists failings asked for as a list, and the weakest of a part\'s outcomes named with words between', () => {
    const failed = engine.ask('what did they flat out fail on? list pls');
    expect(new Set(failed.judgements.map((j) => j.label))).toEqual(new Set(['Inadequate']));
    const weakest = engine.ask('weakest LAC outcome area?');
    expect(weakest.judgements.length).toBe(4);
    expect(weakest.judgements.every((j) => j.part === LOOKED_AFTER && j.label === 'Adequate')).toBe(true);
  });

  it('reads grades asked in formal words', () => {
    const regarded = engine.ask('How was the schooling of children in care regarded, by which I mean their lessons, their examinations and their pastimes?');
    expect(regarded.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Enjoying and achieving']]);
    const made = engine.ask("What was made of the council's aims, and of its sense of what ought to come first, in the matter of protecting children?");
    expect(made.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Ambition and prioritisation' });
    const together = engine.ask("And the bit about children the council looks after, taken all together, was that any good or just sort of middling? Sorry, I don't know the proper term for it.");
    expect(together.judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Overall effectiveness']]);
    const bettering = engine.ask('Which was thought the more promising, the prospects for bettering child protection or the prospects for bettering the lot of children in care?');
    expect(bettering.judgements.map((j) => j.area)).toEqual(['Capacity for improvement', 'Capacity for improvement']);
    const capable = engine.ask('Do the inspectors believe the council is capable of putting matters right where shielding children from abuse is concerned?');
    expect(capable.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Capacity for improvement']]);
    const better = engine.ask('Which was the better regarded, the standard of casework with youngsters in care or the standard of casework on the protection side?');
    expect(better.judgements.map((j) => j.area)).toEqual(['Quality of provision', 'Quality of provision']);
  });

  it('asks each thing named for its grade in turn, and a side in the part the other side names', () => {
    const both = engine.ask("need the grades for the health agencies' contribution and for quality of provision");
    expect(both.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'The contribution of health agencies to keeping children and young people safe' });
    expect(both.judgements.slice(1).map((j) => j.area)).toContain('Quality of provision');
    // "Better than" compares the sides: it is no getting better.
    const side = engine.ask('did health come out better than social care on the safeguarding side?');
    expect(side.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'The contribution of health agencies to keeping children and young people safe']]);
  });

  it('answers a grade said in everyday words, and every outcome when none is beyond the bar asked', () => {
    const good = engine.ask('was anything rated good at all or was it all average and worse?');
    expect(new Set(good.judgements.map((j) => j.label))).toEqual(new Set(['Good']));
    const below = engine.ask('did any of the outcome areas for LAC come in below adequate?');
    expect(below).toMatchObject({ kind: 'closest', missing: 'No area was judged worse than adequate.' });
    expect(below.judgements.map((j) => j.area)).toEqual([
      'Being healthy',
      'Staying safe',
      'Enjoying and achieving',
      'Making a positive contribution, including user engagement',
      'Economic well-being',
    ]);
    const poor = engine.ask('Were any of the outcome areas for kids in care actually rated poor, or were they all passable?');
    expect(poor.kind).toBe('closest');
    expect(poor.judgements).toHaveLength(5);
  });

  it('answers each area of a list, in the part named alone, and the areas given a grade however asked', () => {
    const each = engine.ask('For kids in care: health, safety, school, having a say, and getting set up for adult life. What was each of those graded?');
    expect(each.judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Being healthy'],
      [LOOKED_AFTER, 'Staying safe'],
      [LOOKED_AFTER, 'Enjoying and achieving'],
      [LOOKED_AFTER, 'Making a positive contribution, including user engagement'],
      [LOOKED_AFTER, 'Economic well-being'],
    ]);
    const good = engine.ask('Which areas came out good? Was it only the health ones?');
    expect(good.judgements).toHaveLength(2);
    expect(new Set(good.judgements.map((j) => j.label))).toEqual(new Set(['Good']));
    const minimum = engine.ask("On the safeguarding side, which bits only scraped through at 'meets minimum requirements'?");
    expect(new Set(minimum.judgements.map((j) => `${j.part} ${j.label}`))).toEqual(new Set([`${SAFEGUARDING} Adequate`]));
  });

  it('reads a grade asked as a score, a number on the scale, or what they got for something', () => {
    expect(engine.ask('On the 1 to 4 scale, what number did capacity for improvement get in each part?').judgements.map((j) => j.area)).toEqual([
      'Capacity for improvement',
      'Capacity for improvement',
    ]);
    expect(engine.ask('What did they get for keeping looked after children safe?').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Staying safe'],
    ]);
    // The report's own year names the report, not what is graded.
    expect(engine.ask('Did child protection fail their Ofsted in 2012?').judgements.map((j) => j.area)).toEqual(['Overall effectiveness']);
    // "X or Y" after a comparative sets the two side by side, the first named first.
    const worse = engine.ask('Which came out worse on quality assurance, the looked after children service or child protection?');
    expect(worse.judgements.map((j) => j.part)).toEqual([LOOKED_AFTER, SAFEGUARDING]);
    // "As strong as", and "then" typed for "than", set two areas side by side.
    const strong = engine.ask('Were care leavers prospects for jobs, uni and money judged as strong as their health?');
    expect(strong.judgements.map((j) => j.area)).toEqual(['Economic well-being', 'Being healthy']);
    const then = engine.ask('was the health side for kids in care rated higher then how they get on at school?');
    expect(then.judgements.map((j) => j.area)).toEqual(['Being healthy', 'Enjoying and achieving']);
    // "Children are protected" is an area (safety), not the name of the child protection part.
    const protectedAsked = engine.ask('did the judgement on whether children are actually protected come out higher than the overall CP verdict?');
    expect(protectedAsked.judgements.map((j) => j.area)).toEqual(['Children and young people are safe and feel safe', 'Overall effectiveness']);
    // Inspection shorthand names an area; a pass is a grade.
    expect(engine.ask('was A&P for LAC same as for safeguarding or did we get dinged on the LAC one?').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Ambition and prioritisation'],
      [SAFEGUARDING, 'Ambition and prioritisation'],
    ]);
    expect(engine.ask('E&D grade on both judgements pls').judgements.map((j) => j.area)).toEqual(['Equality and diversity', 'Equality and diversity']);
    expect(engine.ask('Did the council get a pass on whether children are kept from harm?').kind).toBe('answered');
    expect(engine.ask('Were the checks on the quality of work with looked after children also found wanting?').judgements.map((j) => j.area)).toEqual([
      'Performance management and quality assurance',
    ]);
    // Children placed with families are in care; "any better" compares nothing.
    expect(engine.ask('Was the council rated poor at keeping the kids placed with families like ours safe?').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Staying safe'],
    ]);
    expect(engine.ask("Why wasn't the mark for involving young people in care any better?").judgements.map((j) => j.area)).toEqual([
      'Making a positive contribution, including user engagement',
    ]);
    // What is asked is read from the words as meant, and as texted.
    expect(engine.ask('wat did they give for keeping kids in care safe n not being moved about loads').judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Staying safe'],
    ]);
    const slips = engine.ask('did the councl get inadequte for checkng its own work on kids in care??');
    expect(slips.judgements.map((j) => [j.part, j.area, j.label])).toEqual([[LOOKED_AFTER, 'Performance management and quality assurance', 'Inadequate']]);
    const same = engine.ask('The day-to-day standard of social work: was it marked the same for child protection and for children in care?');
    expect(same.judgements.map((j) => [j.part, j.area])).toEqual([
      [SAFEGUARDING, 'Quality of provision'],
      [LOOKED_AFTER, 'Quality of provision'],
    ]);
    expect(engine.ask('How were they rated on their aims and on putting the right things first for protecting children?').judgements.map((j) => j.area)).toEqual([
      'Ambition and prioritisation',
    ]);
  });

  it('reads a grade asked beside context, against another area, or with a part set aside', () => {
    const job = engine.ask("We run a job club. Were Sutton's services for getting care leavers into work and training any good?");
    expect(job.judgements.map((j) => j.area)).toEqual(['Economic well-being']);
    // A hint in one sentence does not make a grade of what another names.
    expect(engine.ask("What's wrong with the child protection plans? I keep hearing they're not up to scratch.").judgements).toEqual([]);
    const better = engine.ask("which did better, looking after kids in care's health or their education?");
    expect(better.judgements.map((j) => j.area)).toEqual(['Being healthy', 'Enjoying and achieving']);
    const aside = engine.ask('How did they score the vision and priority-setting for vulnerable children generally, not the looked after bit?');
    expect(aside.judgements.map((j) => [j.part, j.area])).toEqual([[SAFEGUARDING, 'Ambition and prioritisation']]);
    const quoted = engine.ask("Someone said the council's drive and priority-setting for safeguarding got 'good'. Is that right?");
    expect(quoted.judgements.map((j) => j.area)).toEqual(['Ambition and prioritisation']);
    expect(engine.ask("Is Ofsted sure we're capable of fixing the safeguarding problems? How did they score that?").judgements.map((j) => j.area)).toEqual([
      'Capacity for improvement',
    ]);
    expect(engine.ask("Taking children in care as a whole, where did Sutton land on Ofsted's scale?").judgements.map((j) => [j.part, j.area])).toEqual([
      [LOOKED_AFTER, 'Overall effectiveness'],
    ]);
    // Practitioners' shorthand for the areas.
    expect(engine.ask('PM&QA for safeguarding - what was the grade').judgements.map((j) => j.area)).toEqual(['Performance management and quality assurance']);
    expect(engine.ask('E&A judgement for LAC?').judgements.map((j) => [j.part, j.area])).toEqual([[LOOKED_AFTER, 'Enjoying and achieving']]);
    // "Overall" beside an area named by most of its name asks for that area's verdict.
    const health = engine.ask("Overall how was health's contribution to keeping children safe rated?");
    expect(health.judgements.map((j) => j.area)).toEqual(['The contribution of health agencies to keeping children and young people safe']);
    // A phrase known only as written ("do well at school") describes an area by its sense.
    const school = engine.ask('What rating did they get for helping children in care do well at school?');
    expect(school).toMatchObject({ kind: 'answered' });
    expect(school.judgements.map((j) => j.area)).toEqual(['Enjoying and achieving']);
    expect(engine.ask('How was the council marked on checking how good its own child protection work is?').judgements.map((j) => j.area)).toEqual([
      'Performance management and quality assurance',
    ]);
  });

  it('answers a grade asked of another council, of a person or of a later inspection as the closest the report comes', () => {
    const merton = engine.ask("What was Merton's overall grade?");
    expect(merton).toMatchObject({ kind: 'closest', missing: 'No report here is about Merton.' });
    expect(engine.ask('How does child protection here compare with Croydon?').kind).not.toBe('answered');
    // A partner named after a place is not another council.
    expect(engine.ask('Which services does Merton Primary Care Trust provide?').missing).toBeUndefined();
    const worker = engine.ask('What grade did my social worker get?');
    expect(worker).toMatchObject({ kind: 'closest', missing: 'The report grades services, not the people who work in them.' });
    const later = engine.ask('What did child protection get at the next inspection in 2014?');
    expect(later).toMatchObject({ kind: 'closest', missing: 'The report says nothing of what happened after it was published.' });
  });

  it('reads the part a question names after "on", and no further back than a comma', () => {
    expect(engine.ask('how were sutton rated for partnership working on the safeguarding part?').judgements.map((j) => `${j.part}/${j.area}`)).toEqual([
      `${SAFEGUARDING}/Partnership working`,
    ]);
    const worse = engine.ask('Which came out worse on quality assurance, the looked after children\'s service or child protection?');
    expect(new Set(worse.judgements.map((j) => j.area))).toEqual(new Set(['Performance management and quality assurance']));
  });

  it('knows children described by who looks after them, and overall verdicts asked in passing', () => {
    const looked = engine.ask('are the kids the council looks after doing well at school?');
    expect(looked.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Enjoying and achieving' });
    const together = engine.ask('Taking everything together, how did the inspectors rate the service the council gives to children it looks after?');
    expect(together.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    const verdict = engine.ask('What overall verdict did the inspectors reach on how well the council and the other agencies keep children from harm?');
    expect(verdict.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness', label: 'Inadequate' });
  });

  it('takes what is graded from the sentence that asks, past statements around it', () => {
    const asked = engine.ask('Lots of our LAC health assessments are for Sutton children. How was the care service rated overall?');
    expect(asked.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    // A question before it still names the area: "… service run? Did the people in charge get a decent rating?".
    const run = engine.ask("How's the children in care service run? Did the people in charge get a decent rating?");
    expect(run.judgements.map((j) => `${j.part}/${j.area}`)).toEqual([`${LOOKED_AFTER}/Leadership and management`]);
    const flunked = engine.ask('Heard on the radio that Sutton flunked on keeping kids safe. What was the overall verdict?');
    expect(flunked.judgements.map((j) => `${j.part}/${j.area}`)).toEqual([`${SAFEGUARDING}/Overall effectiveness`]);
  });

  it('reads the work itself, described beside an area that oversees it, as what that area is about', () => {
    const checks = engine.ask('How did they score the way the council checks up on its own social work?');
    expect(new Set(checks.judgements.map((j) => j.area))).toEqual(new Set(['Performance management and quality assurance']));
    expect(checks.kind).toBe('answered');
    expect(engine.ask('how was the quality of social work rated?').judgements[0]!.area).toBe('Quality of provision');
  });

  it('lists the grades of the part a question names as a half or a side', () => {
    const inadequate = engine.ask('Within the child protection half, which areas were graded inadequate?');
    expect(inadequate.judgements.map((j) => j.part)).toEqual([SAFEGUARDING, SAFEGUARDING, SAFEGUARDING]);
    expect(inadequate.judgements.every((j) => j.label === 'Inadequate')).toBe(true);
  });

  it('lists the grades of one part though the question names the other in passing', () => {
    const asked = engine.ask('Was anything on the children in care side rated inadequate, or was that only the child protection half?');
    expect(asked.judgements.map((j) => `${j.part}/${j.area}`)).toEqual([`${LOOKED_AFTER}/Performance management and quality assurance`]);
    expect(engine.ask("did the part of the report about children in care get any 'good' grades at all?").judgements.map((j) => j.area)).toEqual([
      'Being healthy',
    ]);
    // An area named in one clause is not replaced by a list another clause asks for.
    const qa = engine.ask('Which parts were marked inadequate for checking quality and using performance data - was it the same for child protection and for kids in care?');
    expect(new Set(qa.judgements.map((j) => j.area))).toEqual(new Set(['Performance management and quality assurance']));
  });

  it('reads no side of a comparison in who asks', () => {
    const higher = engine.ask('Playgroup leader. Was the overall grade for kids in care higher than the one for child protection?');
    expect(higher.judgements.map((j) => j.area)).toEqual(['Overall effectiveness', 'Overall effectiveness']);
  });

  it('reads "what did Sutton actually get overall for" as asking a grade', () => {
    expect(engine.ask('what did Sutton actually get overall for safeguarding in the 2012 inspection?').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
  });

  it('asks a side naming no part in the part the other side names', () => {
    const answer = engine.ask("Did health come out with a better grade than the council's child protection casework?");
    expect(answer.judgements.map((j) => `${j.part}/${j.area}`)).toEqual([
      `${SAFEGUARDING}/The contribution of health agencies to keeping children and young people safe`,
      `${SAFEGUARDING}/Quality of provision`,
    ]);
  });

  it('reads "in the end" and "at the end of the day" as asking for the overall verdict', () => {
    // Only the verdict: the words naming the part describe no area of their own here.
    const ended = engine.ask('as for protecting children, did Sutton fail in the end?');
    expect(ended.judgements.map((j) => `${j.part}/${j.area}`)).toEqual([`${SAFEGUARDING}/Overall effectiveness`]);
    expect(engine.ask('at the end of the day, was the care side any good?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Overall effectiveness',
    });
  });

  it('reads a grade frame word inside an area\'s description as what is graded', () => {
    expect(engine.ask('how was the standard of the work for child protection').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Quality of provision',
    });
    expect(engine.ask('what rating did the top brass get?').judgements[0]).toMatchObject({ area: 'Leadership and management' });
    // The area described before the work it oversees is the one asked of.
    expect(engine.ask('did the council fail on keeping an eye on the standard of its own social work?').judgements[0]).toMatchObject({
      area: 'Performance management and quality assurance',
    });
  });

  it('asks of the grade a claim states when the next clause asks whether it is true', () => {
    const answer = engine.ask("A friend said child protection got 'inadequate' overall. Is that true? my daughter has a plan");
    expect(answer.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness', label: 'Inadequate' });
  });

  it('keeps two areas joined by "and" as the sides when "or was one …" begins another question', () => {
    const answer = engine.ask('Did health and education for children in care get the same grade, or was one better?');
    expect(answer.judgements.map((j) => j.area).sort()).toEqual(['Being healthy', 'Enjoying and achieving']);
  });

  it('asks a side naming only its part of what the other side names, in that part', () => {
    const answer = engine.ask('was health rated higher for kids in care than for child protection?');
    expect(answer.judgements.map((j) => `${j.part}/${j.area}`)).toEqual([
      `${LOOKED_AFTER}/Being healthy`,
      `${SAFEGUARDING}/The contribution of health agencies to keeping children and young people safe`,
    ]);
    const leadership = engine.ask('did leadership come out better for kids in care than for keeping children safe?');
    expect(leadership.judgements.map((j) => j.area)).toEqual(['Leadership and management', 'Leadership and management']);
  });

  it('keeps the order the parts are asked in when a statement follows a question naming both', () => {
    const answer = engine.ask('Did child protection get a fail overall while the looked after children service just about passed? Asking for a briefing.');
    expect(answer.judgements.map((j) => j.part)).toEqual([SAFEGUARDING, LOOKED_AFTER]);
  });

  it('reads who made a claim, the asker checking it and a deadline as framing, not as what is graded', () => {
    const claimed = engine.ask('Checking before tonight: our MP says Sutton passed its inspection. Is that true for child protection?');
    expect(claimed.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    const printed = engine.ask('Was child protection rated a fail? Want to check before we go to print.');
    expect(printed.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    const none = engine.ask('the local paper says none of the areas were judged inadequate. Is that right?');
    expect(none.judgements.length).toBeGreaterThan(0);
    expect(none.judgements.every((j) => j.label === 'Inadequate')).toBe(true);
  });

  it('lists the areas at a grade when the question goes on to compare them with the rest', () => {
    const answer = engine.ask('Were any areas rated good, and how do they compare with the rest?');
    expect(answer.judgements.length).toBeGreaterThan(0);
    expect(answer.judgements.every((j) => j.label === 'Good')).toBe(true);
  });

  it('gives every area a word names when it speaks of them as several', () => {
    const areas = (q: string) => engine.ask(q).judgements.map((j) => j.area);
    expect(areas('how were the health bits rated?')).toEqual([
      'Being healthy',
      'The contribution of health agencies to keeping children and young people safe',
    ]);
    expect(areas('how was health rated?')).toEqual(['Being healthy']);
  });

  it('reads the middle grade in everyday words when areas are listed by it', () => {
    const answer = engine.ask('which outcomes for kids in care got a middling grade?');
    expect(answer.judgements.length).toBeGreaterThan(0);
    expect(answer.judgements.every((j) => j.label === 'Adequate')).toBe(true);
  });

  it('shows the paragraphs on a service named after the verdict of the area it falls under', () => {
    const answer = engine.ask('are GPs pulling their weight on spotting kids at risk?');
    expect(answer.judgements[0]).toMatchObject({ area: 'The contribution of health agencies to keeping children and young people safe' });
    const [, ...after] = answer.results.slice(0, 3);
    expect(after.some((c) => /\bGPs?\b/.test(c.text))).toBe(true);
  });

  it('compares the two things set "between … and …"', () => {
    const worse = engine.ask('between protecting children and looking after kids in care, which half of the report came out worse?');
    expect(worse.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness', label: 'Inadequate' });
    expect(worse.judgements.map((j) => j.part)).toContain(LOOKED_AFTER);
  });

  it('reads a stressed verb, a hyphenated bottom line and children described as protected', () => {
    expect(engine.ask('did the inspectors really judge child protection as inadequate overall?').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
    expect(engine.ask("What's the bottom-line verdict on whether children are protected from harm?").judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
    expect(engine.ask('How did hospitals score on protecting young people?').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'The contribution of health agencies to keeping children and young people safe',
    });
  });

  it('reads "which did they do best at and which worst at" as asking both ends within the part named', () => {
    const answer = engine.ask('For children in care, which did the council do best at, and which did they do worst at?');
    expect(answer.judgements[0]).toMatchObject({ part: LOOKED_AFTER, label: 'Good' });
    expect(answer.judgements.at(-1)).toMatchObject({ part: LOOKED_AFTER, label: 'Inadequate' });
  });

  it('reads school attendance and results as enjoying and achieving', () => {
    expect(engine.ask("The head wants to know how the council did for looked after pupils' attendance and results. What grade?").judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Enjoying and achieving',
    });
  });

  it('answers a grade asked beside what a grade means with the judgement first and the scale after it', () => {
    const answer = engine.ask('Capacity for improvement for looked after children: was it adequate? And what does adequate mean?');
    expect(answer.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(answer.results.at(-1)!.paragraph).toBe(3);
    expect(engine.ask('What do the grades mean?').results.map((r) => r.paragraph)).toEqual([3]);
  });

  it('lists both grades when each of two is claimed', () => {
    const answer = engine.ask('leadership got a 3 but the health agencies got a 2? confirm both');
    expect([...new Set(answer.judgements.map((j) => j.area))]).toEqual(['Leadership and management', 'The contribution of health agencies to keeping children and young people safe']);
  });

  it('does not take working with children, or the partnership as who acts, for partnership working', () => {
    expect(engine.ask('Complaints about adults who work with children: what grade covers that?').judgements[0]?.area).not.toBe('Partnership working');
    expect(engine.ask("How was the partnership's capacity to improve graded?").judgements[0]).toMatchObject({ area: 'Capacity for improvement' });
    expect(engine.ask('What grade did the council get for how it works with the police together?').judgements[0]).toMatchObject({ area: 'Partnership working' });
  });

  it('reads the children a council is legally responsible for as looked after children', () => {
    expect(engine.ask('Overall, what verdict did the council get for the children it is legally responsible for?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Overall effectiveness',
    });
  });

  it('does not take keeping for the health agencies whose area name holds it', () => {
    expect(engine.ask("did the council's work keeping kids away from abuse pass or fail overall?").judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
  });

  it('reads half an area name beside "overall" as a word, and a timescale beside a grade asked for as no deadline', () => {
    expect(engine.ask('Overall, was provision for looked after children rated OK?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('Overall, how was the quality of provision for looked after children rated?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Quality of provision' });
    const graded = engine.trace('Some families wait six months for CAMHS and need help. What grade did the health agencies get?');
    expect(graded.route).toBe('grade');
    expect(graded.answer.judgements[0]).toMatchObject({ area: 'The contribution of health agencies to keeping children and young people safe' });
  });

  it('reads "giv" as give when asking what a grade was', () => {
    expect(engine.ask('wat did ofsted giv for leadership?').judgements[0]).toMatchObject({ area: 'Leadership and management' });
  });

  it('shows first the part the asking clause names, after a statement about the other', () => {
    const answer = engine.ask('Leadership was adequate for child protection. Was it the same grade for children in care?');
    expect(answer.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Leadership and management' });
  });

  it('answers which came out best of everything graded, past what the answer is for', () => {
    expect(engine.ask('For my blog: of everything graded, what came out best?').judgements[0]).toMatchObject({ label: 'Good' });
  });

  it('says the report gives no grade of its own to a service whose name shares a word with an area', () => {
    for (const question of ['What grade did the adoption agency get?', 'what grade did the out of hours social work service get?']) {
      const answer = engine.ask(question);
      expect(answer.kind).toBe('closest');
      expect(answer.missing).toMatch(/no grade/i);
    }
  });

  it('reads an all-round verdict as the overall one, and differing from as comparing', () => {
    const answer = engine.ask('What was the all-round verdict for children in care, and did it differ from child protection?');
    expect(answer.judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(answer.judgements.map((j) => j.part)).toContain(SAFEGUARDING);
  });

  it('finds the best and the bottom of a list within the one part the question names', () => {
    const answer = engine.ask('Of the outcomes for children in care - health, school, jobs - which did best and which came bottom?');
    expect(answer.judgements[0]).toMatchObject({ part: LOOKED_AFTER, label: 'Good' });
    expect(answer.judgements.every((j) => j.part === LOOKED_AFTER)).toBe(true);
  });

  it('reads slips of the words that ask for a grade, and of an area name whose stem the report uses', () => {
    expect(engine.ask('what rateing did partnership working get').judgements[0]).toMatchObject({ area: 'Partnership working' });
    expect(engine.ask('what was the grde for leadership').judgements[0]).toMatchObject({ area: 'Leadership and management' });
    expect(engine.ask('overall effectivness for safeguarding?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(engine.ask('L&M grade?').judgements[0]).toMatchObject({ area: 'Leadership and management' });
    expect(engine.ask('QoP grade on the safeguarding side?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Quality of provision' });
    expect(engine.ask('what did LAC get overall').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
  });

  it('reads being able to sort out or fix whatever is wrong as the capacity to improve', () => {
    for (const question of ['Is the council able to sort its child protection problems out? What grade was that?', 'Are they capable of fixing the mess in child protection? Rating?']) {
      expect(engine.ask(question).judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Capacity for improvement' });
    }
  });

  it('reads the weakest area, turning things round and doing it properly as grade questions', () => {
    expect(engine.ask("For children in care, what was the weakest area in the inspectors' assessment?").judgements[0]).toMatchObject({ part: LOOKED_AFTER, label: 'Inadequate' });
    expect(engine.ask('Is the council capable of turning things round for children at risk?').judgements[0]).toMatchObject({ area: 'Capacity for improvement' });
    expect(engine.ask('All things considered, did the inspectors think the council looks after children in care properly?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Overall effectiveness',
    });
  });

  it('reads what an area managed or was marked as for the grade it got', () => {
    const good = engine.ask("Which areas on the child protection side managed a 'good'?");
    expect(good.judgements.map((j) => j.label)).toEqual(['Good']);
    expect(engine.ask('did the councils senior leadership get marked as inadequate for safeguarding?').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Leadership and management',
    });
  });

  it('reads "why did it come out so badly" as asking why a grade was given', () => {
    expect(engine.ask('Why did child protection come out so badly?').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(engine.ask('Why did safeguarding do so badly?').results[0]!.paragraph).toBe(verdictOf(SAFEGUARDING, 'Overall effectiveness'));
  });

  it('reads agencies listed as working together as partnership working, not as what each is graded on', () => {
    for (const question of [
      'Constituents often ask whether the agencies actually talk to each other. How was the joint working between the council, police, health and charities on child protection graded?',
      'How did the report score the council, police, health and the voluntary groups on working together to protect kids?',
      'How well are the council, the health service, the police and voluntary groups judged to be working together for children?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.kind).toBe('answered');
      expect(answer.judgements).toHaveLength(1);
      expect(answer.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Partnership working' });
    }
    // Named as areas of their own, without the services that work together, both are asked about.
    expect(engine.ask('How were health and partnership working graded?').judgements.map((j) => j.area)).toEqual(['Being healthy', 'Partnership working']);
  });

  it('gives this inspection\'s grades as the closest when asked for an earlier inspection\'s', () => {
    const earlier = engine.ask("What was Sutton's overall safeguarding grade in its previous full inspection back in 2009?");
    expect(earlier.kind).toBe('closest');
    expect(earlier.missing).toMatch(/earlier/);
    expect(earlier.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(engine.ask('What grade did Sutton get at its previous full safeguarding inspection before this one? Constituent wants to know if it\'s got worse').judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    // A year before the inspection is an earlier one's; the inspection's own year is this one.
    expect(engine.ask('What mark did child protection get back in 2009?')).toMatchObject({ kind: 'closest', missing: expect.stringMatching(/earlier/) });
    const own = engine.ask("What was Ofsted's overall verdict on child protection back in 2012?");
    expect(own.kind).toBe('answered');
    expect(own.missing).toBeUndefined();
    const last = engine.ask('What grade did Sutton get at its last inspection?');
    expect(last.kind).toBe('answered');
    expect(last.judgements).toHaveLength(reports[0]!.judgements.length);
  });

  it('reads "keep asking" as what people say, and "a proper say" as having a say', () => {
    expect(engine.ask('People in my local group keep asking what mark Sutton got overall for protecting children.').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
    expect(engine.ask('Do children in care get a proper say in how services are run? What grade did the inspectors give for that?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Making a positive contribution, including user engagement',
    });
  });

  it('sets aside who asks when they say so before the question', () => {
    const answer = engine.ask("I'm a hospital social worker and I'm curious: how was joint working graded?");
    expect(answer.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Partnership working' });
  });

  it('reads the prospect of getting better, being well run and what inspectors made of an area as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('What did Ofsted make of the prospects of the care service improving?')).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(first('Was the fostering and adoption side well run and managed?')).toMatchObject({ part: LOOKED_AFTER, area: 'Leadership and management' });
    expect(first('What did the inspectors make of partnership working?')).toMatchObject({ part: SAFEGUARDING, area: 'Partnership working' });
    // The safeguarding board is a body of its own, not the safeguarding part: no grade of its own.
    expect(engine.ask('What did the inspectors make of the safeguarding board?').judgements).toEqual([]);
  });

  it('checks a claimed pass or fail, and says where an area sat on the scale', () => {
    const claimed = engine.ask('My MP says the quality assurance failed in both halves. True?').judgements.map((j) => `${j.part} / ${j.label}`);
    expect(claimed).toEqual([`${SAFEGUARDING} / Inadequate`, `${LOOKED_AFTER} / Inadequate`]);
    expect(engine.ask("quality assurance for kids in care - am I right that it's inadequate?").judgements[0]).toMatchObject({ part: LOOKED_AFTER, grade: 4 });
    expect(engine.ask('On the four-point scale, where did health for children in care sit?').judgements[0]).toMatchObject({ area: 'Being healthy' });
    expect(engine.ask('Did leadership on both sides end up at the same level?').judgements.map((j) => j.area)).toEqual([
      'Leadership and management',
      'Leadership and management',
    ]);
  });

  it('lists the areas that failed, with or without the headline verdict', () => {
    const failed = (q: string) => engine.ask(q).judgements.map((j) => j.area);
    expect(failed('Which parts of child protection failed?')).toEqual(['Overall effectiveness', 'Quality of provision', 'Performance management and quality assurance']);
    expect(failed('Leaving the headline aside, which child protection areas fell below minimum requirements?')).toEqual([
      'Quality of provision',
      'Performance management and quality assurance',
    ]);
    expect(engine.ask('Which areas were inadequate?').judgements.length).toBe(4);
    expect(engine.ask('Which individual areas were inadequate?').judgements.every((j) => j.area !== 'Overall effectiveness')).toBe(true);
  });

  it('gives both sides of "which did better" in the order asked, each with its grade', () => {
    const parts = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area} = ${j.label}`);
    expect(parts('Which side did better overall, child protection or looked after children?')).toEqual([
      `${SAFEGUARDING} / Overall effectiveness = Inadequate`,
      `${LOOKED_AFTER} / Overall effectiveness = Adequate`,
    ]);
    expect(parts('Which side did worse overall, looked after children or child protection?')).toEqual([
      `${LOOKED_AFTER} / Overall effectiveness = Adequate`,
      `${SAFEGUARDING} / Overall effectiveness = Inadequate`,
    ]);
  });

  it('reads children placed away from their parents as children in care', () => {
    expect(engine.ask('How did Ofsted grade whether children living away from their parents are kept from harm?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Staying safe',
    });
  });

  it('reads being found failing, called good, having what it takes and coming off worse as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('is it true child protection casework was found to be failing?')).toMatchObject({ part: SAFEGUARDING, area: 'Quality of provision' });
    expect(first('Honestly, was anything in the care section called good by inspectors?')).toMatchObject({ part: LOOKED_AFTER, grade: 2 });
    expect(first('Has the looked after service got what it takes to improve?')).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(first('How well run is the service for children in care?')).toMatchObject({ part: LOOKED_AFTER, area: 'Leadership and management' });
    expect(first('Which came off worse overall: children in care or child protection?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(first("What did inspectors think of the council's drive on child protection - good or not?")).toMatchObject({ area: 'Ambition and prioritisation' });
  });

  it('reads a mark given, coming out the same, and whether inspectors think the council can put things right', () => {
    const areas = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    expect(areas('Did Ofsted give the council a good mark for the health of children in care?')[0]).toBe(`${LOOKED_AFTER} / Being healthy`);
    expect(areas('Leadership: did the child protection and the children in care services come out the same?')).toEqual([
      `${SAFEGUARDING} / Leadership and management`,
      `${LOOKED_AFTER} / Leadership and management`,
    ]);
    expect(areas('Do the inspectors reckon the council can actually fix its child protection work?')[0]).toBe(`${SAFEGUARDING} / Capacity for improvement`);
    expect(areas('was PM&QA inadequate in both halves?')).toHaveLength(2);
    // Who asks, said first, is set aside: "I'm a worried nan.", "School governor calling."
    expect(areas("I'm a worried nan. How was leadership for kids in care rated?")[0]).toBe(`${LOOKED_AFTER} / Leadership and management`);
  });

  it('reads the children a council has taken on or fosters as children in care, and "i.e." as joining only', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first("How well placed is the council to improve for the kids it's taken on? What did inspectors score that?")).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Capacity for improvement',
    });
    expect(first('Are the children it fosters having fun and doing well at school? What grade?')).toMatchObject({ part: LOOKED_AFTER, area: 'Enjoying and achieving' });
    expect(engine.ask('Which parts did the council fail, i.e. found inadequate?').judgements.length).toBe(4);
    expect(first("how did the inspection rate the council's quality assurance of child protection work?")).toMatchObject({
      part: SAFEGUARDING,
      area: 'Performance management and quality assurance',
    });
  });

  it('reads summing up, being safe in the inspectors\' eyes, how something was assessed and where it came out as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('Taking the looked after service in the round, how did the inspectors sum it up?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(first('Do the inspectors reckon children here are safe and feel safe?')).toMatchObject({ area: 'Children and young people are safe and feel safe' });
    expect(first('How were leadership and management of safeguarding assessed?')).toMatchObject({ part: SAFEGUARDING, area: 'Leadership and management' });
    expect(engine.ask('how are kids with autism assessed').judgements).toEqual([]);
    expect(first('where did partnership working come out in the inspection?')).toMatchObject({ area: 'Partnership working' });
    expect(first('Quality of provision: was it worse for child protection than for children in care?')).toMatchObject({ part: SAFEGUARDING, area: 'Quality of provision' });
    expect(engine.ask('Was there any difference in how the two halves assessed leadership and management?').judgements).toHaveLength(2);
  });

  it('reads health partners as the health agencies, and a partner at home as no partnership', () => {
    expect(engine.ask('How were health partners rated?').judgements.map((j) => j.area)).toEqual([
      'The contribution of health agencies to keeping children and young people safe',
    ]);
    expect(engine.ask('My partner asked me: overall, do the inspectors think children in Sutton are safe?').judgements[0]).toMatchObject({
      area: 'Overall effectiveness',
    });
  });

  it('reads how inspectors found something, being picked out as a strength, and somewhere in between as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('How did the inspectors find the services for children in care, taken as a whole?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(first('Was the health of looked after children picked out as a strength?')).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
    expect(first('Senior leadership on the safeguarding side: strong, weak or somewhere in between?')).toMatchObject({ part: SAFEGUARDING, area: 'Leadership and management' });
    expect(engine.ask('Where did the council fail to meet even the minimum requirements?').judgements.every((j) => j.grade === 4)).toBe(true);
  });

  it('reads coming down on something, seeing it differently, finding it acceptable and the overall score as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first("how did Ofsted come down on Sutton's safeguarding services as a whole?")).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(first('Did Ofsted think the quality of provision for looked after children was acceptable?')).toMatchObject({ part: LOOKED_AFTER, area: 'Quality of provision' });
    expect(engine.ask('did Ofsted see leadership and management of child protection any differently from the care side?').judgements).toHaveLength(2);
    expect(first("whats the overall score for how the council cares for the young people it's responsible for?")).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Overall effectiveness',
    });
  });

  it('reads strong points, being found equally wanting, assessed alike and the bottom of the scale as grade questions', () => {
    const areas = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    expect(areas('Is health one of the strong points for children in care?')[0]).toBe(`${LOOKED_AFTER} / Being healthy`);
    expect(areas('Was quality assurance found equally wanting in both halves?')).toHaveLength(2);
    expect(areas('Was leadership and management assessed alike for both parts?')).toHaveLength(2);
    expect(engine.ask('Which areas ended up at the very bottom of the scale?').judgements.every((j) => j.grade === 4)).toBe(true);
  });

  it('takes the area the asking clause names over what the whole question only says of the part', () => {
    expect(engine.ask("Nurse here, I'm in and out of the children's ward at St Helier all week. How well did the NHS side do at keeping children safe?").judgements[0]).toMatchObject({
      area: 'The contribution of health agencies to keeping children and young people safe',
    });
  });

  it('reads services named beside the area they contribute to as their contribution, unless that area is named itself', () => {
    const health = 'The contribution of health agencies to keeping children and young people safe';
    expect(engine.ask('What mark did the NHS trusts get for their part in protecting youngsters from harm?').judgements[0]).toMatchObject({ area: health });
    expect(engine.ask("For a GP surgery's newsletter: how was 'children are safe and feel safe' graded?").judgements[0]).toMatchObject({
      area: 'Children and young people are safe and feel safe',
    });
    expect(engine.ask('How safe are children in Sutton, by the grade?').judgements[0]).toMatchObject({ area: 'Children and young people are safe and feel safe' });
  });

  it('takes the overall area named by its whole name over an acronym of another area said in passing', () => {
    expect(engine.ask('For the QA group on Monday: how was overall effectiveness of safeguarding rated?').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
  });

  it('sets aside who made a claim being checked, and reads "across the board" as overall', () => {
    expect(engine.ask('A friend in a local parents group on Facebook claimed the NHS side of protecting youngsters got outstanding. Is that right?').judgements[0]).toMatchObject({
      area: 'The contribution of health agencies to keeping children and young people safe',
    });
    const board = engine.ask("Someone told me Sutton's children's services were rated inadequate across the board. True?");
    expect(board.judgements.map((j) => j.area)).toEqual(['Overall effectiveness', 'Overall effectiveness']);
  });

  it('answers what a stated grade means with that grade, not with what the asking clause goes on to name', () => {
    const answer = engine.ask("I read that child protection was 'inadequate'. What does that verdict mean for a family whose social worker does assessments?");
    expect(answer.judgements[0]).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
  });

  it('reads the part a possessive names, keeping what is asked of it', () => {
    expect(engine.ask("What conclusion did the inspectors reach on the council's capacity to improve its safeguarding services?").judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Capacity for improvement',
    });
  });

  it('sets aside a part named in everyday words at the start, and only a part', () => {
    expect(engine.ask('Leaving the child protection stuff aside, how did they rate Sutton overall for kids who are in care?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Overall effectiveness',
    });
    expect(engine.ask('were they marked down for not asking care leavers what we actually think?').judgements[0]?.part).toBe(LOOKED_AFTER);
  });

  it('reads having it in them, or being a lost cause, as capacity to improve', () => {
    expect(engine.ask('Has the council got it in them to sort child protection out, or is it a lost cause?').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Capacity for improvement',
    });
  });

  it('compares two areas set side by side after "which was worse:", jobs among them', () => {
    const answer = engine.ask('Which was worse: how kids in care do at school or how they get jobs?');
    expect(answer.judgements.map((j) => j.area)).toEqual(['Enjoying and achieving', 'Economic well-being']);
  });

  it('lists what a part failed on', () => {
    const answer = engine.ask('What did child protection fail on?');
    expect(answer.judgements.map((j) => j.area)).toEqual(['Overall effectiveness', 'Quality of provision', 'Performance management and quality assurance']);
  });

  it('answers a comparison with the side that names an area when the other names nothing graded', () => {
    const answer = engine.ask('How did the hospitals do on keeping kids safe - better or worse than the council?');
    expect(answer.judgements[0]).toMatchObject({ area: 'The contribution of health agencies to keeping children and young people safe' });
  });

  it('reads a standard denied as not met', () => {
    const answer = engine.ask("Why weren't the assessments of risk seen as good enough?");
    expect(answer.results[0]?.paragraph).toBe(23);
  });

  it('sets aside a fact-check and the short version asked for', () => {
    expect(engine.ask('Fact-check: how was the care service rated?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('Why was safeguarding marked as failing? I need the short version for cabinet.').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
  });

  it('sets aside whom the answer is for, and searches what the report says in its own words', () => {
    const paragraphs = (q: string) => engine.ask(q).results.map((r) => r.paragraph);
    // Assessments: "priya", "training" and "programme" would pull in the recommendation lists.
    expect(paragraphs('what was wrong w our assessments specifically? @priya needs it for the training programme')[0]).toBe(23);
    // Supervision that does not change practice: "not clear how supervision has positively influenced practice".
    expect(paragraphs("are they saying our supervision in the CP teams isn't changing practice?")[0]).toBe(66);
    // "Get a kicking" is criticism: the board's failings, not its funding bids.
    expect(paragraphs('why did the LSCB get such a kicking?')[0]).toBe(11);
  });

  it('reads why something was marked so badly as asking its grade', () => {
    expect(engine.ask('why was the looked after side marked so low?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
  });

  it('reads being happy with something, doing right by children and having it in it to turn things round as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first("Were the inspectors satisfied enough with how children in foster homes are kept out of harm's way?")).toMatchObject({ part: LOOKED_AFTER, area: 'Staying safe' });
    expect(first('Were they happy with how foster children do in class?')).toMatchObject({ part: LOOKED_AFTER, area: 'Enjoying and achieving' });
    expect(first('Overall, was the council doing right by the children it looks after?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(first('Does the council have it in it to turn child protection around?')).toMatchObject({ part: SAFEGUARDING, area: 'Capacity for improvement' });
    expect(first('To be blunt, did the part on shielding children from abuse and neglect fail?')).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
  });

  it('keeps the kind of harm asked about, and takes an age for no count', () => {
    expect(numbers('How many children had protection plans, and what was the main type of harm?')[0]).toBe(7);
    expect(engine.ask('How many child deaths did the death review panel look at?')).toMatchObject({ kind: 'closest' });
    expect(engine.ask('On average, how long does a child wait to be adopted?')).toMatchObject({ kind: 'closest' });
  });

  it('reads grades asked in text-speak, past what the asker heard and who else is meant', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('wat mark did ppl in care get overall lol')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(first('heard the care side got the lowest mark somewhere, which bit was it?')).toMatchObject({ part: LOOKED_AFTER, area: 'Performance management and quality assurance' });
    expect(first('Did inspectors pass or fail the council on keeping kids like ours from harm overall?')).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(first('I need to know whether the care service met minimum requirements overall.')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('Was the protection side better than the care side?').judgements.map((j) => `${j.part} / ${j.area}`)).toEqual(
      expect.arrayContaining([`${SAFEGUARDING} / Overall effectiveness`, `${LOOKED_AFTER} / Overall effectiveness`]),
    );
  });

  it('asks among the outcomes for children when a question asks which of them did best, worst or got a grade', () => {
    const areas = (q: string) => engine.ask(q).judgements.map((j) => j.area);
    expect(areas('Of the outcomes for kids in care (health, safety, school, jobs), which one was strongest?')).toEqual(['Being healthy']);
    const adequate = areas('Which of the outcome areas for looked after children only got adequate?');
    expect(adequate).toContain('Staying safe');
    expect(adequate).not.toContain('Capacity for improvement');
  });

  it('reads a score named after what it is of, and one side worse than another, as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('Was there a separate equality and diversity score for children in care?')).toMatchObject({ part: LOOKED_AFTER, area: 'Equality and diversity' });
    expect(first("Is it any worse for care kids' safety than for children on the child protection side?")).toMatchObject({ part: LOOKED_AFTER, area: 'Staying safe' });
    expect(engine.ask('what was the average GCSE score for children in care?').judgements).toEqual([]);
  });

  it('reads pride, drive, being up to the job, doing decently and getting better from here as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('Is the health of children in care something the council can hold its head up about?')).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
    expect(first('Were the managers running the looked after children service up to the job?')).toMatchObject({ part: LOOKED_AFTER, area: 'Leadership and management' });
    expect(first('All in all, are kids in care looked after decently by the council or not?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(first('Could the care service get better from here?')).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(first('Did the council show real ambition for the children it looks after, or was it going through the motions?')).toMatchObject({ part: LOOKED_AFTER, area: 'Ambition and prioritisation' });
    expect(engine.ask('Where did the council fall down worst?').judgements.every((j) => j.grade === 4)).toBe(true);
  });

  it('reads hope of improving, succeeding and failing in the passive as grade words, not as what is graded', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('Is there any hope of things improving for children in care?')).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(first('Will the care service improve?')).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(engine.ask('can foster carers improve their training?').judgements).toEqual([]);
    // "Managed" as succeeding names no leadership and management; as running a service it does.
    expect(engine.ask('Did they manage to get a good grade on anything?').judgements.map((j) => j.label)).toEqual(['Good', 'Good']);
    expect(first('Was the service for children in care well managed?')).toMatchObject({ area: 'Leadership and management' });
    expect(first('Why was CP failed overall?')).toMatchObject({ area: 'Overall effectiveness', label: 'Inadequate' });
    expect(engine.ask('was the referral passed to the team?').judgements).toEqual([]);
  });

  it('reads a grade as its number, a pass or fail as a noun, "good or better" as a bar, and the outcomes together', () => {
    const graded = (q: string) => engine.ask(q).judgements.map((j) => `${j.area}=${j.label}`);
    expect(graded('can someone confirm PM & QA was a 4 in both the safeguarding and LAC bits?')).toEqual([
      'Performance management and quality assurance=Inadequate',
      'Performance management and quality assurance=Inadequate',
    ]);
    expect(engine.ask('was anything on the kids in care side an outright fail?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, label: 'Inadequate' });
    expect(graded('was there anything they did well at, like rated good or better?').every((g) => g.endsWith('=Good'))).toBe(true);
    expect(graded('was anything rated outstanding or better?').every((g) => g.endsWith('=Good'))).toBe(true);
    expect(engine.ask('was anything rated outstanding or better?').kind).toBe('closest');
    const outcomes = graded('how were the outcomes for children in care rated?');
    expect(outcomes).toHaveLength(5);
    expect(outcomes[0]).toBe('Being healthy=Good');
  });

  it('reads dropped g\'s, grades said as coming out, neither failing nor good, and what is put first', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(engine.ask('wat did they say needs doin about CAMHS waits').results[0]?.paragraph).toBe(17);
    const adequate = engine.ask("which safeguarding bits came out just 'adequate'? need a list for our cicc meeting").judgements;
    expect(adequate.length).toBeGreaterThan(3);
    expect(adequate.every((j) => j.part === SAFEGUARDING && j.label === 'Adequate')).toBe(true);
    const between = engine.ask('for protecting kids at home, which bits just about scraped through - not failing but not good either?').judgements;
    expect(between.length).toBeGreaterThan(3);
    expect(between.every((j) => j.part === SAFEGUARDING && j.label === 'Adequate')).toBe(true);
    expect(first('r the council bosses & councillors serious about putting kids safety first?? wat mark did they get for that')).toMatchObject({
      area: 'Ambition and prioritisation',
    });
    expect(first('if my kid ever ended up in care, how good is sutton at that overall?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('are kids safer in care or at home, going by the marks they gave?').judgements.length).toBeGreaterThan(0);
  });

  it('reads the formal, courteous and euphemistic registers\' grade questions as asking of the judgement they describe', () => {
    const cases: [string, Partial<JudgementResult>][] = [
      ["Might I trouble you to tell me whether Sutton's arrangements for protecting children from harm were deemed acceptable?", { part: SAFEGUARDING, area: 'Overall effectiveness' }],
      ["Pray, what was the general verdict upon the borough's provision for the children it has taken into its care?", { part: LOOKED_AFTER, area: 'Overall effectiveness' }],
      ['Did the inspectors believe that Sutton possesses the wherewithal to mend its child protection work?', { part: SAFEGUARDING, area: 'Capacity for improvement' }],
      ["Was the health of the youngsters in the council's care considered by the inspectors to be well attended to?", { part: LOOKED_AFTER, area: 'Being healthy' }],
      ["Was the service for children in the council's charge thought able to better itself?", { part: LOOKED_AFTER, area: 'Capacity for improvement' }],
      ["Forgive my curiosity: how were the council's aspirations, and its ordering of priorities, for children at risk marked?", { area: 'Ambition and prioritisation' }],
      ['Are the children whom Sutton looks after kept from harm where they are placed, and what mark did that receive?', { part: LOOKED_AFTER, area: 'Staying safe' }],
      ['Is the safeguarding service fit for purpose?', { part: SAFEGUARDING, area: 'Overall effectiveness' }],
      ['Would the inspectors describe the safeguarding service as effective?', { part: SAFEGUARDING, area: 'Overall effectiveness' }],
      ['Did the care side meet the required standard?', { part: LOOKED_AFTER, area: 'Overall effectiveness' }],
      ['Is Sutton keeping its children safe?', { part: SAFEGUARDING, area: 'Overall effectiveness' }],
      ['Councillors and bosses, were they ambitious enough for vulnerable kids or was it a bit meh?', { part: SAFEGUARDING, area: 'Ambition and prioritisation' }],
      // A part named only in what the question grants is not the part asked of.
      [
        'In respect of the children in care, how was quality assurance rated, seeing that the same was found so wanting on the safeguarding side?',
        { part: LOOKED_AFTER, area: 'Performance management and quality assurance' },
      ],
      ['my mate reckons the kids in care side of things was only just ok, not good. is that right?', { part: LOOKED_AFTER }],
      ['For kids in care, was the checking up on how good the work is any good or rubbish?', { part: LOOKED_AFTER, area: 'Performance management and quality assurance' }],
      ['How did the standard of provision for children in care stand relative to that for children in need of protection?', { area: 'Quality of provision' }],
      // The Latinate register: appraisals, determinations, approbation, the inspectors' estimation.
      ['What appraisal was made of partnership working?', { area: 'Partnership working' }],
      ["What was the inspectorate's determination regarding the capacity to improve of child protection?", { part: SAFEGUARDING, area: 'Capacity for improvement' }],
      ['With what degree of approbation did the inspectors view the aspirations and the ordering of priorities of the council?', { area: 'Ambition and prioritisation' }],
      ['How did the services for children in care fare in the estimation of the inspectors?', { part: LOOKED_AFTER, area: 'Overall effectiveness' }],
      ['How were the co-operative endeavours between the council and the voluntary sector graded?', { area: 'Partnership working' }],
      // Understatement and euphemism: finding favour, thought feeble, the greatest cause for disquiet.
      ["Did the council's ambition for children in care find favour with the inspectors?", { part: LOOKED_AFTER, area: 'Ambition and prioritisation' }],
      ['Was the leadership of both services thought rather feeble?', { area: 'Leadership and management' }],
      ['Which aspect of the care service gave the inspectors the greatest cause for disquiet?', { part: LOOKED_AFTER, label: 'Inadequate' }],
    ];
    for (const [question, judgement] of cases) expect(engine.ask(question).judgements[0], question).toMatchObject(judgement);
    expect(
      engine.ask('Which did the inspectors consider the better placed to effect improvement, child protection or the care service?').judgements.map((j) => j.area),
    ).toEqual(['Capacity for improvement', 'Capacity for improvement']);
    // A system said to be fit for purpose is no judged area: its paragraph answers.
    expect(engine.ask('Is the electronic recording system fit for purpose?').judgements).toEqual([]);
  });

  it('lists the judgements a formal or roundabout question names by their grade', () => {
    const cases: [string, (j: JudgementResult) => boolean][] = [
      ['whats the best thing sutton got marked on?', (j) => j.label === 'Good'],
      ['Which areas received the most favourable judgements anywhere in the report?', (j) => j.label === 'Good'],
      ['In which areas did Sutton attain a grade superior to that of mere adequacy?', (j) => j.label === 'Good'],
      ["In which respects were the borough's services found to fall below even the minimum standard required of them?", (j) => j.label === 'Inadequate'],
      ["Which areas were, to use the inspectors' own rather blunt currency, found not to meet even the minimum standard expected?", (j) => j.label === 'Inadequate'],
      ["Which of the judgements on the safeguarding side were merely passable, 'adequate' I believe the word is?", (j) => j.part === SAFEGUARDING && j.label === 'Adequate'],
    ];
    for (const [question, named] of cases) {
      const judgements = engine.ask(question).judgements;
      expect(judgements.length, question).toBeGreaterThan(1);
      expect(judgements.every(named), question).toBe(true);
    }
  });

  it('answers how the authority did, asked of nothing smaller, with every part\'s overall verdict', () => {
    for (const q of ['Did Sutton do well?', 'How did the council do in the inspection?', 'Was Sutton any good?', 'Did the inspectors give Sutton a good report?']) {
      expect(engine.ask(q).judgements.map((j) => [j.part, j.area])).toEqual([
        [SAFEGUARDING, 'Overall effectiveness'],
        [LOOKED_AFTER, 'Overall effectiveness'],
      ]);
    }
    // Something smaller named, or nothing at all, is no question of the whole.
    expect(engine.ask('Is it adequate?').judgements).toEqual([]);
    expect(engine.ask('What was the result of the inspection?').judgements.length).toBeGreaterThan(2);
  });

  it('reads strengths, weakest points and what let a part down as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('Is leadership in Sutton strong?')).toMatchObject({ area: 'Leadership and management' });
    expect(first('Was partnership working a strength?')).toMatchObject({ area: 'Partnership working' });
    expect(first("What's Sutton's score for keeping kids safe?")).toMatchObject({ part: SAFEGUARDING });
    expect(engine.ask("What was Sutton's weakest point?").judgements.every((j) => j.label === 'Inadequate')).toBe(true);
    expect(engine.ask('Which bits let the kids in care down?').judgements).toEqual([
      expect.objectContaining({ part: LOOKED_AFTER, label: 'Inadequate' }),
    ]);
  });

  it('reads idioms of doing well, failing and bouncing back as grade questions, and a choice after a dash', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first("After a verdict that damning, do inspectors think the council's got it in them to fix child protection?")).toMatchObject({
      part: SAFEGUARDING,
      area: 'Capacity for improvement',
    });
    expect(first('word is the NHS came out of this smelling of roses when it comes to protecting kids. fair?')).toMatchObject({ label: 'Good' });
    expect(first('Kids in care: did the council pass, fail or land somewhere in the middle?')).toMatchObject({ part: LOOKED_AFTER, area: 'Overall effectiveness' });
    expect(engine.ask('Which is in better shape to bounce back, child protection or the care service?').judgements.map((j) => j.area)).toEqual([
      'Capacity for improvement',
      'Capacity for improvement',
    ]);
    expect(first('So quality control flopped on both sides, child protection and the care system?')).toMatchObject({
      area: 'Performance management and quality assurance',
    });
    expect(engine.ask('did anything actually get rated good or was it all meh').judgements.every((j) => j.label === 'Good')).toBe(true);
    expect(first('I heard the hospitals/NHS part in protecting children got a good - true?')).toMatchObject({ label: 'Good' });
    // "Graded higher" compares; it is no "higher education".
    expect(engine.ask('For kids in care, which was graded higher - their health or their education?').judgements.map((j) => j.area)).toEqual([
      'Being healthy',
      'Enjoying and achieving',
    ]);
  });

  it('reads "pass or not", "any gud" and getting better from a long way off as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('ambition & priorities for safeguarding - pass or not?')).toMatchObject({ part: SAFEGUARDING, area: 'Ambition and prioritisation' });
    expect(first('was the health side of things for kids in care actually any gud??')).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
    expect(first("Can the service for the children Sutton looks after realistically get better from here, in Ofsted's view?")).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Capacity for improvement',
    });
    expect(engine.ask('is adequate a pass or a fail?').results[0]?.paragraph).toBe(3);
  });

  it('reads long messages: an aside between dashes, "rather than", an embedded "how Sutton did", sparing the reading', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(
      first(
        "Residents keep asking me about this report and I don't want to fob them off. Can someone tell me in plain terms how Sutton did overall on the child protection side of things?",
      ),
    ).toMatchObject({ part: SAFEGUARDING, area: 'Overall effectiveness' });
    expect(
      engine.ask("Rather than wade through the whole thing, could you just tell me which areas Ofsted marked as the absolute worst?").judgements.every(
        (j) => j.label === 'Inadequate',
      ),
    ).toBe(true);
    // "Rather than" sets one thing aside; it compares nothing.
    const good = engine.ask("I'd like something positive to say. Which bits did Sutton come out of well, i.e. got a proper good mark rather than just scraping through?");
    expect(good.judgements.map((j) => j.label)).toEqual(['Good', 'Good']);
    // "Independent reviewers" are no independent living.
    expect(first('What grade did the checking and monitoring side of the looked after service get? I hear the independent reviewers are not supervised.')).toMatchObject({
      area: 'Performance management and quality assurance',
    });
    expect(first('And the children in care and youngsters who have left care, did that side scrape through or fall flat overall?')).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Overall effectiveness',
    });
  });

  it('reads faith in putting things right, "as poor for one as for another", a better job and marks any higher as grade questions', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first("Do the inspectors reckon the council's got what it takes to turn child protection around, or are they on a hiding to nothing?")).toMatchObject({
      part: SAFEGUARDING,
      area: 'Capacity for improvement',
    });
    expect(first('I was told the inspectors had no faith the council could sort out its children in care service. Is that right?')).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Capacity for improvement',
    });
    expect(first('Was keeping a check on quality just as poor for children in care as it was for child protection?')).toMatchObject({
      area: 'Performance management and quality assurance',
    });
    expect(first("whos doing a better job at the top, the kids in care managers or the child protection ones?")).toMatchObject({ area: 'Leadership and management' });
    expect(engine.ask('Was keeping kids in care safe marked any higher than keeping at-risk kids safe at home?').judgements.map((j) => j.area)).toEqual([
      'Staying safe',
      'Children and young people are safe and feel safe',
    ]);
  });

  it('reads bars in everyday words, parts compared overall, a part set aside in brackets, and a time given to act', () => {
    const graded = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    const labels = (q: string) => engine.ask(q).judgements.map((j) => j.label);
    expect(labels('And what did Sutton do best at, was anything marked better than just getting by?')).toEqual(['Good', 'Good']);
    expect(labels('Which areas, in either half, were judged to go beyond the minimum required?').every((l) => l === 'Good')).toBe(true);
    expect(labels('Across the whole inspection, which areas were found not to meet minimum standards?').every((l) => l === 'Inadequate')).toBe(true);
    // Denied of what is named, a bar asks that thing's grade.
    expect(graded("Why wasn't the kids in care side marked any higher than middling? What held it back?")[0]).toBe(`${LOOKED_AFTER} / Overall effectiveness`);
    expect(graded('Which came off better in the end, protecting kids at risk or caring for the kids in care?')).toEqual([
      `${SAFEGUARDING} / Overall effectiveness`,
      `${LOOKED_AFTER} / Overall effectiveness`,
    ]);
    expect(graded("how'd they rate on keepin looked after kids safe where they live? (not the CP stuff, the in care bit)")[0]).toBe(`${LOOKED_AFTER} / Staying safe`);
    expect(graded('leadership - better on the care side or the CP side?')).toEqual([`${LOOKED_AFTER} / Leadership and management`, `${SAFEGUARDING} / Leadership and management`]);
    expect(graded('was the council ambitious enough for its looked-after kids according to the inspectors?')[0]).toBe(`${LOOKED_AFTER} / Ambition and prioritisation`);
    expect(graded('council press release says services for kids in care were judged good overall. can i run with that?')[0]).toBe(`${LOOKED_AFTER} / Overall effectiveness`);
    expect(graded('Be honest with me, was Sutton up to much at protecting children from harm, taken as a whole?')[0]).toBe(`${SAFEGUARDING} / Overall effectiveness`);
    const deadline = engine.ask('someone says ofsted gave the nhs three months to sort out capacity at CAMHS - is that right?');
    expect(deadline.judgements).toEqual([]);
    expect(deadline.results[0]?.paragraph).toBe(17);
  });

  it('reads a framed comparison, the best thing about a part, tanking, bad news and a count of middling areas', () => {
    const graded = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    expect(graded('whose frontline practice got judged worse - CP or us in LAC?')).toEqual([
      `${SAFEGUARDING} / Quality of provision`,
      `${LOOKED_AFTER} / Quality of provision`,
    ]);
    expect(graded('what was the best thing about the kids in care services according to ofsted?')).toEqual([`${LOOKED_AFTER} / Being healthy`]);
    expect(engine.ask('did anything get a good rating at all or was it all bad news??').judgements.map((j) => j.label)).toEqual(['Good', 'Good']);
    expect(engine.ask('was QA on the care side a fail - did it tank?').judgements[0]).toMatchObject({
      part: LOOKED_AFTER,
      area: 'Performance management and quality assurance',
    });
    const middling = engine.ask('how many of the kids in care areas were just middling, not good but not failing either?').judgements;
    expect(middling.length).toBeGreaterThan(5);
    expect(middling.every((j) => j.part === LOOKED_AFTER && j.label === 'Adequate')).toBe(true);
  });

  it('reads the health services named in the safeguarding part as the health agencies there', () => {
    const first = (q: string) => engine.ask(q).judgements[0];
    expect(first('how did camhs do on safeguarding?')).toMatchObject({ part: SAFEGUARDING, area: 'The contribution of health agencies to keeping children and young people safe' });
    expect(first('how did the NHS lot do on their bit of safeguarding? camhs, school nurses, a&e n all that')).toMatchObject({ part: SAFEGUARDING });
    expect(first('how did camhs do for kids in care?')).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
    expect(engine.ask('did CAMHS get its own rating?').kind).toBe('closest');
  });

  it('reads a grade got "in" a report, "wil" and a frame ending on "the better overall verdict"', () => {
    expect(engine.ask('Did anything at all get a Good in this report?').judgements.map((j) => j.label)).toEqual(['Good', 'Good']);
    expect(engine.ask('wil things get beter for kids in care in sutton?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Capacity for improvement' });
    expect(engine.ask('Which got the better overall verdict - child protection or the looked after kids service?').judgements.map((j) => j.area)).toEqual([
      'Overall effectiveness',
      'Overall effectiveness',
    ]);
  });

  it('reads "which went better" after a part named first, and a grade doubted as spin', () => {
    expect(engine.ask('For children in care, which went better – their health or their schooling?').judgements.map((j) => j.area)).toEqual([
      'Being healthy',
      'Enjoying and achieving',
    ]);
    expect(engine.ask('health for kids in care - genuinely good or just council spin?').judgements[0]).toMatchObject({ part: LOOKED_AFTER, area: 'Being healthy' });
  });

  it('reads "just ok", the whole picture, the care team, where Ofsted landed, a guess and how fixable as grade questions', () => {
    const graded = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    const justOk = engine.ask('how many things on the kids in care side did they get just ok for').judgements;
    expect(justOk.length).toBeGreaterThan(5);
    expect(justOk.every((j) => j.part === LOOKED_AFTER && j.label === 'Adequate')).toBe(true);
    expect(graded('Give me the whole picture in one line. How did Sutton come out across both halves of this thing?')).toEqual([
      `${SAFEGUARDING} / Overall effectiveness`,
      `${LOOKED_AFTER} / Overall effectiveness`,
    ]);
    expect(graded('Is the care team capable of getting better, per the inspectors?')).toEqual([`${LOOKED_AFTER} / Capacity for improvement`]);
    expect(graded("Do children in Sutton actually feel safe? What'd Ofsted land on for that")[0]).toBe(`${SAFEGUARDING} / Children and young people are safe and feel safe`);
    expect(graded('Safeguarding leadership - let me guess, inadequate like the rest?')).toEqual([`${SAFEGUARDING} / Leadership and management`]);
    expect(graded('Improvement potential, safeguarding vs care - does one side look more fixable than the other?')).toEqual([
      `${SAFEGUARDING} / Capacity for improvement`,
      `${LOOKED_AFTER} / Capacity for improvement`,
    ]);
    expect(engine.ask('can they fix the IT system?').judgements).toEqual([]);
  });

  it('reads flunking, ambition asked of what inspectors thought, drive, and a frame graded more harshly', () => {
    const graded = (q: string) => engine.ask(q).judgements.map((j) => `${j.part} / ${j.area}`);
    expect(graded('someone at our trustees meeting reckoned the council flunked on safeguarding. is that actually right?')).toEqual([
      `${SAFEGUARDING} / Overall effectiveness`,
    ]);
    expect(graded('did ofsted think the council was ambitious enough for kids in care n had the right priorities?')).toEqual([
      `${LOOKED_AFTER} / Ambition and prioritisation`,
    ]);
    expect(graded('did they give a mark for how driven the council is on keeping kids safe? what was it')).toEqual([`${SAFEGUARDING} / Ambition and prioritisation`]);
    expect(
      graded('Which was graded more harshly: the headline safeguarding verdict, or the judgement on whether children are protected and feel protected?'),
    ).toEqual([`${SAFEGUARDING} / Overall effectiveness`, `${SAFEGUARDING} / Children and young people are safe and feel safe`]);
  });

  it('reads protecting kids from harm as the safeguarding part, whose overall verdict comes first', () => {
    expect(engine.ask('she reckons sutton failed on protecting kids from harm is that actually true did they fail').judgements[0]).toMatchObject({
      part: SAFEGUARDING,
      area: 'Overall effectiveness',
    });
  });

  it('lists the areas at the bare minimum, and everything across both parts unless the same is asked of each', () => {
    const adequate = engine.ask('How many areas only hit the bare minimum?').judgements;
    expect(adequate.length).toBeGreaterThan(5);
    expect(adequate.every((j) => j.label === 'Adequate')).toBe(true);
    const worst = engine.ask('Across both parts of the inspection, which areas came out worst?').judgements;
    expect(worst.map((j) => j.area)).toContain('Overall effectiveness');
    expect(worst.every((j) => j.label === 'Inadequate')).toBe(true);
    const inBoth = engine.ask('Which area got the lowest mark in both halves?').judgements;
    expect(new Set(inBoth.map((j) => j.area))).toEqual(new Set(['Performance management and quality assurance']));
  });

  it('still reads a grade called by its name, beside what it means, as the scale', () => {
    expect(numbers('So many things are called adequate. Is that a pass or a fail?')[0]).toBe(3);
  });

  it('looks grades up by area, all of them without one', () => {
    expect(engine.grade().judgements).toHaveLength(reports[0]!.judgements.length);
    expect(engine.grade('being healthy').judgements.map((j) => j.label)).toEqual(['Good']);
    const unknown = engine.grade('astrophysics');
    expect(unknown.judgements).toEqual([]);
    expect(unknown.message).toContain('Leadership and management');
  });
});

describe('recommendations', () => {
  it('answers by timescale and part, with the introducing paragraph first', () => {
    const answer = engine.ask('What must be done within three months for looked after children?');
    expect(answer.recommendations.length).toBeGreaterThan(5);
    expect(answer.recommendations.every((r) => r.timescale === 'Within three months' && r.part === LOOKED_AFTER)).toBe(true);
    expect(answer.results[0]!.paragraph).toBe(78);
  });

  it('narrows to the part named in everyday words', () => {
    const answer = engine.ask('what must be done about child protection straight away?');
    expect(answer.results[0]!.paragraph).toBe(17);
    expect(answer.recommendations.length).toBeGreaterThan(0);
    expect(answer.recommendations.every((r) => r.part === SAFEGUARDING && r.timescale === 'Immediately')).toBe(true);
  });

  it('answers "immediately" for safeguarding from paragraph 17', () => {
    const answer = engine.ask('What must be done immediately to improve safeguarding?');
    expect(answer.results[0]!.paragraph).toBe(17);
    expect(new Set(answer.recommendations.map((r) => r.timescale))).toEqual(new Set(['Immediately']));
    expect(answer.recommendations.every((r) => r.part === SAFEGUARDING)).toBe(true);
  });

  it('hears what inspectors asked someone to do, or said had to be fixed, as asking for recommendations', () => {
    expect(engine.trace('What have the inspectors asked the health trust to do about school nurses?').route).toBe('recommendation');
    expect(engine.trace('What did Ofsted say had to be fixed about child protection plans?').route).toBe('recommendation');
    expect(engine.trace('What was the council directed to do without delay about child protection plans?').route).toBe('recommendation');
    expect(engine.trace('What were managers instructed to do about supervision?').route).toBe('recommendation');
    expect(engine.trace('Which jobs did the inspectors say the council had to get on with at once?').route).toBe('recommendation');
    expect(engine.trace('Was there anything for children in care that the council was given half a year to put right?').route).toBe('recommendation');
    // A past errand is no obligation asked about.
    expect(engine.trace("Once had to take a poorly kid to St Helier's casualty. Do they check there if a child keeps turning up?").route).toBe('search');
  });

  it('narrows to a part named in passing only when what is asked is recommended there', () => {
    const answer = engine.ask('must every CIN, CP and LAC case be audited immediately?');
    expect(answer.recommendations[0]!.part).toBe(SAFEGUARDING);
    expect(answer.recommendations[0]!.text).toMatch(/audit/);
    expect(engine.ask('What must be done for LAC within three months?').recommendations.every((r) => r.part === LOOKED_AFTER)).toBe(true);
  });

  it('answers from the list holding the recommendation asked about, and from those addressed to whom the question names', () => {
    expect(engine.ask('What exactly is the local safeguarding board itself being told to do, and how quickly?').results[0]!.paragraph).toBe(17);
    expect(engine.ask('What are the three month actions for the LSCB?').results[0]!.paragraph).toBe(17);
    expect(engine.ask("What are the health bodies asked to do about children's mental health services, and what's the deadline?").results[0]!.paragraph).toBe(17);
    expect(engine.ask('By when does the recording system have to be sorted out?').results[0]!.paragraph).toBe(78);
  });

  it('reads "urgent" and "immediate" as a timescale only of what must be done', () => {
    const medical = engine.ask('Where does a child go if they need an urgent medical examination after suspected sexual abuse?');
    expect(medical.recommendations).toEqual([]);
    expect(medical.results.slice(0, 3).map((r) => r.paragraph)).toContain(55);
    expect(new Set(engine.ask('What are the immediate actions for LAC?').recommendations.map((r) => r.timescale))).toEqual(new Set(['Immediately']));
  });

  it('answers a question about the inspection itself from the report\'s account of it', () => {
    expect(engine.ask('Who did the inspecting? Was it just Ofsted people?').results[0]!.paragraph).toBe(1);
  });

  it('answers how long a wait is from the paragraph giving lengths of time, not the one full of counts', () => {
    expect(engine.ask("How long do families have to wait for help from the children's mental health service?").results[0]!.paragraph).toBe(43);
  });

  it('shows the recommendations as the closest when asked when Ofsted comes back, but answers by when they are due', () => {
    expect(engine.ask('When is Ofsted due back to check progress against the recommendations?')).toMatchObject({
      kind: 'closest',
      missing: 'The report gives no date for this.',
    });
    expect(engine.ask('What is the deadline for the recording system recommendation?').kind).toBe('answered');
  });

  it('shows the recommendations as the closest, saying so, when a question about them asks for money', () => {
    const answer = engine.ask("What's the budget attached to the improvement plan the council has to deliver?");
    expect(answer.kind).toBe('closest');
    expect(answer.missing).toBe('The report gives no costs or amounts of money.');
    expect(answer.results[0]!.paragraph).toBe(17);
    expect(engine.ask('What must be done immediately to improve safeguarding?').kind).toBe('answered');
    // Sums in pounds and levels of expenditure are money too.
    for (const asked of ['What sums of money, in pounds, has the council committed to the improvement plan?', 'What level of expenditure on children in care was recorded?']) {
      expect(engine.ask(asked)).toMatchObject({ kind: 'closest', missing: 'The report gives no costs or amounts of money.' });
    }
  });
});

describe('paragraph references and part filters', () => {
  it('cites a referenced paragraph directly', () => {
    for (const q of ['para 65', '¶65', 'paragraph 65', 'sutton-2012 65']) {
      const answer = engine.ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.results.map((r) => r.paragraph), q).toEqual([65]);
    }
  });

  it('says why when a referenced paragraph does not exist', () => {
    const answer = engine.ask('para 999');
    expect(answer.answered).toBe(false);
    expect(answer.suggestions.join(' ')).toContain('1–108');
  });

  it('looks paragraphs up by number, or says why not', () => {
    for (const ref of ['65', 'para 65', '¶65', 'paragraph 65', 'sutton-2012 65', 65]) {
      const cited = engine.cite(ref);
      expect('paragraph' in cited && cited.paragraph.number, String(ref)).toBe(65);
    }
    expect(engine.cite('999')).toEqual({ error: expect.stringContaining('1–108') });
    expect(engine.cite('nowhere-2020 5')).toEqual({ error: expect.stringContaining('No report') });
    expect(engine.cite('hello')).toHaveProperty('error');
  });

  it('narrows the search to a part named in the question or given as an option', () => {
    const named = engine.ask("How is the quality of provision in looked after children's services?");
    expect(named.results.length).toBeGreaterThan(0);
    expect(named.results.every((r) => r.part === LOOKED_AFTER)).toBe(true);
    expect(named.results[0]!.paragraph).toBe(97);
    const option = engine.ask('supervision of social workers', { part: 'safeguarding' });
    expect(option.results.length).toBeGreaterThan(0);
    expect(option.results.every((r) => r.part === SAFEGUARDING)).toBe(true);
  });
});

describe('loadEngine', () => {
  it('loads the default corpus', () => {
    expect(loadEngine().reports.map((r) => r.id)).toEqual(['sutton-2012']);
  });

  it('fails plainly on an empty corpus folder', () => {
    expect(() => loadEngine('/nonexistent-folder')).toThrow(/No report could be loaded/);
  });
});

describe('several reports', () => {
  let both: AnswerEngine;
  beforeAll(() => {
    const fernhill = parseReport(readFileSync(join(import.meta.dirname, '../fixtures/corpus/fernhill-2013.txt'), 'utf8'), 'fernhill-2013.txt');
    both = new AnswerEngine([...reports, fernhill]);
  });

  it('cites each answer with its own report', () => {
    expect(both.ask('What is the MASH?').results.every((r) => r.report === 'sutton-2012')).toBe(true);
    expect(both.ask('what did the ferry crossing project do for waiting times').results[0]).toMatchObject({ report: 'fernhill-2013', paragraph: 4 });
    expect(both.ask('What is the MASH?', { report: 'fernhill-2013' }).results.every((r) => r.report === 'fernhill-2013')).toBe(true);
  });

  it('asks which report when a paragraph number is in several', () => {
    expect(both.cite('3')).toEqual({ error: expect.stringContaining('Several reports have a paragraph 3') });
    expect(both.cite('fernhill-2013 3')).toMatchObject({ paragraph: { report: 'fernhill-2013', number: 3 } });
    expect(both.cite('65')).toMatchObject({ paragraph: { report: 'sutton-2012', number: 65 } });
  });

  it('gives the judgements of every report, each named', () => {
    const overall = both.grade('overall effectiveness').judgements.map((j) => `${j.report} ${j.part} ${j.label}`);
    expect(overall).toEqual([
      'sutton-2012 Safeguarding services Inadequate',
      'sutton-2012 Services for looked after children Adequate',
      'fernhill-2013 Safeguarding services Good',
      'fernhill-2013 Services for looked after children Adequate',
    ]);
  });
});
