import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/search/question.js';

describe('reading a question', () => {
  it('finds paragraph references in every usual form', () => {
    for (const q of ['65', 'para 65', 'para. 65', '¶65', '¶ 65', 'paragraph 65', 'what does paragraph 65 say?']) {
      expect(readQuestion(q).paragraph, q).toEqual({ number: 65 });
    }
    expect(readQuestion('sutton-2012 65').paragraph).toEqual({ report: 'sutton-2012', number: 65 });
    expect(readQuestion('How many complaints were made in 2010-11?').paragraph).toBeUndefined();
  });

  it('recognises grade questions', () => {
    expect(readQuestion('What grade did leadership and management get?').grade).toBe(true);
    expect(readQuestion('How was overall effectiveness judged?').grade).toBe(true);
    expect(readQuestion('how were they rated for staying safe').grade).toBe(true);
    expect(readQuestion('How do LAC do in their GCSEs?').grade).toBe(false);
    expect(readQuestion('Is partnership working good?')).toMatchObject({ grade: false, gradeHint: true });
    expect(readQuestion('How well is leadership working?').gradeHint).toBe(true);
    expect(readQuestion('Was the service for children in care good overall?').gradeHint).toBe(true);
    expect(readQuestion('What was Sutton best at?').gradeExtreme).toBe('best');
    expect(readQuestion('How many areas were inadequate?')).toMatchObject({ grade: true, listing: true, gradeNamed: 4 });
    expect(readQuestion('What was the worst thing in the report?').gradeExtreme).toBe('worst');
    expect(readQuestion('Which was worse: how kids in care do at school or how they get jobs?').gradeHint).toBe(true);
    // "rate" the verb asks for a grade; "rate" the noun does not.
    expect(readQuestion('how did they rate economic wellbeing').grade).toBe(true);
    expect(readQuestion('What is the staff sickness rate?').grade).toBe(false);
  });

  it('hears a grade of its own asked for', () => {
    for (const q of ['Did CAMHS get its own grade?', 'What rating did school nursing get on its own?', 'Is there a separate rating for the IRO service?']) {
      expect(readQuestion(q).ownGradeAsked, q).toBe(true);
    }
    expect(readQuestion('Are care leavers helped to stand on their own feet? How was that rated?').ownGradeAsked).toBe(false);
    expect(readQuestion('Does CAMHS work on its own?').ownGradeAsked).toBe(false);
  });

  it('hears what a question asks for that reports often do not give', () => {
    expect(readQuestion('Which outside organisation is doing the case audit?').expected).toBe('organisation');
    expect(readQuestion('Which agency hardly ever refers to the LADO?').expected).toBeUndefined();
    expect(readQuestion('Is there a name for the interim head they brought in?').expected).toBe('person');
    expect(readQuestion('How much a week do foster carers get paid?').expected).toBe('money');
    expect(readQuestion("What's the address of the Haven?").expected).toBe('address');
    expect(readQuestion('Did they address the concerns about plans?').expected).toBeUndefined();
    expect(readQuestion('Does the report address the weaknesses in planning?').expected).toBeUndefined();
    expect(readQuestion('who was chair of the LSCB at the time - name?').expected).toBe('person');
    expect(readQuestion('Has child protection improved since? Any follow-up findings?').expected).toBe('later');
    expect(readQuestion('Has child protection got better since this inspection came out?').expected).toBe('later');
    // The inspection before is the report's to tell.
    expect(readQuestion('Has child protection improved since the last inspection?').expected).toBeUndefined();
  });

  it('hears grades asked as marks, lists by grade, what they gave, or whether something was OK', () => {
    expect(readQuestion('So what got inadequate? Want a list').grade).toBe(true);
    expect(readQuestion('How do they do on keeping kids healthy? Was that one of the better marks?').grade).toBe(true);
    expect(readQuestion('What did they give us for that?').grade).toBe(true);
    expect(readQuestion('How did the inspectors judge the people running safeguarding?').grade).toBe(true);
    expect(readQuestion('Is it true Sutton got inadequate for keeping children safe?').grade).toBe(true);
    expect(readQuestion('Did the council get credit for making vulnerable kids a priority?').grade).toBe(true);
    expect(readQuestion('Have families got good support?').grade).toBe(false);
    expect(readQuestion('how did they mark the social work on the protection side?').grade).toBe(true);
    expect(readQuestion('so what was the overall verdict on how Sutton protects kids?').overallAsked).toBe(true);
    expect(readQuestion("was it the same as its overall verdict?").overallAsked).toBe(false);
    expect(readQuestion('is anything going to be done about the waits for CAMHS?').recommendation).toBe(true);
    expect(readQuestion('how many inspectors came out to do it?').recommendation).toBe(false);
    expect(readQuestion('What were the health bosses told to do about waits?').recommendation).toBe(true);
    expect(readQuestion('Was the schooling for children in care OK? Asking for a neighbour').gradeHint).toBe(true);
    expect(readQuestion("Which bits only met 'minimum requirements'?").gradeNamed).toBe(3);
    expect(readQuestion('How do LAC do in their GCSEs?')).toMatchObject({ grade: false, gradeHint: false });
  });

  it('hears a question about the inspection itself', () => {
    expect(readQuestion('Who did the inspecting? Was it just Ofsted people?').inspectionAsked).toBe(true);
    expect(readQuestion('What did the inspectors find about CAMHS?').inspectionAsked).toBe(false);
    expect(readQuestion('How many case files did the inspectors go through?').inspectionAsked).toBe(true);
  });

  it('hears a clause at the start that may set something aside', () => {
    expect(readQuestion('Putting the child protection stuff aside, how was Sutton rated?').except).toEqual({
      clause: 'Putting the child protection stuff aside, ',
      what: 'the child protection stuff',
    });
  });

  it('hears a clause at the end that may set something aside', () => {
    expect(readQuestion('How was ambition rated, not the looked after lot?').except).toEqual({ clause: ', not the looked after lot?', what: 'the looked after lot' });
    // "The looked after bit" is read as the looked after side, the part's everyday name.
    expect(readQuestion('How was ambition rated, not the looked after bit?').except).toEqual({ clause: ', not the looked after side?', what: 'the looked after side' });
    expect(readQuestion('How was ambition rated?').except).toBeUndefined();
  });

  it('hears a grade asked of a person, or the best or worst grade asked for', () => {
    expect(readQuestion('did my social worker get a rating?').personGradeAsked).toBe(true);
    expect(readQuestion("How was my son's IRO rated?").personGradeAsked).toBe(true);
    expect(readQuestion('How were social workers rated?').personGradeAsked).toBe(false);
    expect(readQuestion('what was the best score any area got?')).toMatchObject({ grade: true, gradeExtreme: 'best' });
    expect(readQuestion('which area came out worst?').gradeExtreme).toBe('worst');
    expect(readQuestion('what is the best way to refer a child?').gradeExtreme).toBeUndefined();
  });

  it('reads the grade a grade question names', () => {
    expect(readQuestion('which areas were judged inadequate?').gradeNamed).toBe(4);
    expect(readQuestion('what was rated good').gradeNamed).toBe(2);
    expect(readQuestion('what did the report say about good practice').gradeNamed).toBeUndefined();
  });

  it('reads what a count is of, to the end of its clause', () => {
    expect(readQuestion('How many kids were on child protection plans, and what was the main reason?').countedText).toBe(
      'kids were on child protection plans',
    );
    expect(readQuestion('how many case files did the inspectors read?').countedText).toBe('case files');
    expect(readQuestion('what percentage of care leavers are in education when the inspectors came?').countedText).toBe(
      'care leavers are in education',
    );
    expect(readQuestion('How long do families wait for CAMHS?').countedText).toBeUndefined();
    expect(readQuestion('what % of CLA have had a dental check')).toMatchObject({ figureWanted: true });
    expect(readQuestion('no. of kids on CP plans at the time?')).toMatchObject({ figureWanted: true, countedText: 'kids on CP plans' });
    // "A number of" is "some", not a count.
    expect(readQuestion('were a number of children seen late?').figureWanted).toBe(false);
    expect(readQuestion('Do police notifications inflate the number of contacts?').figureWanted).toBe(false);
    expect(readQuestion('What is the number of looked after children?').figureWanted).toBe(true);
    expect(readQuestion('were a number of children seen late?').countedText).toBeUndefined();
    // A rate, a percentage of something or an average asks for a figure too; "the rate of progress" does not.
    expect(readQuestion('what % of care leavers are in suitable accommodation?')).toMatchObject({
      figureWanted: true,
      countedText: 'care leavers are in suitable accommodation',
    });
    expect(readQuestion("What's the vacancy rate for social workers?").figureWanted).toBe(true);
    expect(readQuestion('What is the average number of cases each social worker carries?').figureWanted).toBe(true);
    expect(readQuestion('What is the rate of progress?').figureWanted).toBe(false);
    expect(readQuestion('re-referral rate for CSC - does the report give it?').figureWanted).toBe(true);
  });

  it('does not search for the words that only frame a question', () => {
    expect(readQuestion('How many kids were on CP plans, and what was the main reason?').text).not.toMatch(/\b(?:main|reason)\b/);
    expect(readQuestion('What number of kids were on a protection plan at that point?').text).not.toMatch(/\b(?:number|point)\b/);
    // "The council and its partners" is the council, not their partnership working.
    expect(readQuestion('how did the council and its partners do overall?').text).not.toMatch(/partners/);
    expect(readQuestion('As a councillor I want it straight: how did they do?').text).not.toMatch(/straight/);
  });

  it('tells questions that want a figure from those that want a time', () => {
    expect(readQuestion('How many care leavers go to university?')).toMatchObject({ counting: true, figureWanted: true });
    expect(readQuestion('How long do families wait for CAMHS?')).toMatchObject({ counting: true, figureWanted: false });
    // "how long" frames the question; "long" is not searched for.
    expect(readQuestion('How long do families wait for CAMHS?').text).not.toMatch(/\blong\b/);
    // Nor is "often" in "as often as they should": the report's "it is often not clear" is no answer.
    expect(readQuestion('are children visited as often as the rules say?').text).not.toMatch(/\boften\b/);
    // "end up" only says that it happens.
    expect(readQuestion('Do kids in care end up living outside the borough?').text).not.toMatch(/\bend\b/);
  });

  it('recognises recommendation questions and their timescale', () => {
    expect(readQuestion('What must be done immediately to improve safeguarding?')).toMatchObject({
      recommendation: true,
      timescale: 'Immediately',
    });
    expect(readQuestion('What needs to happen within 3 months?').timescale).toBe('Within three months');
    expect(readQuestion('what are the recommendations for CAMHS').recommendation).toBe(true);
    expect(readQuestion('How long do families wait, is it six months?').recommendation).toBe(false);
    // How long they have got to put something right asks its deadline; how long families wait does not.
    expect(readQuestion('how long have they got to sort out health summaries for care leavers?').recommendation).toBe(true);
    expect(readQuestion('How long do families have to wait for housing?').recommendation).toBe(false);
    // What the inspectors wanted, or what the council was told or meant to do, in plain words.
    expect(readQuestion('What did the inspectors want the council to do about adoption?').recommendation).toBe(true);
    expect(readQuestion('Was the council told to review its audits?').recommendation).toBe(true);
    expect(readQuestion('What does the report require the LSCB itself to do immediately?').recommendation).toBe(true);
    expect(readQuestion('Have they been ordered to fix the recording system?').recommendation).toBe(true);
    expect(readQuestion('What jobs has the council been given to finish within three months?').recommendation).toBe(true);
    expect(readQuestion('What has the council been told it must get cracking on right now, not next month?')).toMatchObject({ recommendation: true, timescale: 'Immediately' });
    // Asking children what they think is how the inspection heard them, not an action.
    expect(readQuestion('Did inspectors ask children how safe they feel?').recommendation).toBe(false);
    // An obligation with an action, a deadline, or a demand.
    for (const asked of [
      'What action must the LSCB take?',
      'What should the council be doing about care plans?',
      'By when does the recording system have to be sorted out?',
      'What is the deadline for fixing the IRO service?',
      'what changes were asked for in the fostering service',
    ]) {
      expect(readQuestion(asked).recommendation, asked).toBe(true);
    }
    expect(readQuestion('Do social workers visit as often as they should?').recommendation).toBe(false);
    expect(readQuestion("what's the timescale for a first CAMHS assessment?").recommendation).toBe(false);
    expect(readQuestion('Were social workers meant to visit more often?').recommendation).toBe(true);
    // Being told something by a carer is not a recommendation.
    expect(readQuestion('is it true foster kids get told to move out at 16?').recommendation).toBe(false);
  });

  it('reads idioms of meeting a standard as hinting at a grade, and "on the whole" as overall', () => {
    expect(readQuestion('Did their checks pass muster?').gradeHint).toBe(true);
    expect(readQuestion('is the IRO service up to scratch').gradeHint).toBe(true);
    expect(readQuestion('On the whole, how did they do?').text).toMatch(/^overall\b/);
    // Outside a grade question the same phrase only frames it.
    expect(readQuestion('On the whole, how many children are in care?').text).not.toMatch(/overall|whole/);
  });

  it('reads everyday ways of asking for a mark as grade questions', () => {
    expect(readQuestion('Did the NHS get a good mark for keeping children safe?').grade).toBe(true);
    expect(readQuestion('Do hospitals pull their weight on keeping children safe?').gradeHint).toBe(true);
    expect(readQuestion('Are they any good at getting care leavers into jobs?').gradeHint).toBe(true);
    expect(readQuestion('Do foster carers get a good allowance?')).toMatchObject({ grade: false, gradeHint: false });
    expect(readQuestion('What did they make of support at school, good or just OK?').gradeHint).toBe(true);
    expect(readQuestion('Are children in care kept healthy?').gradeHint).toBe(true);
    expect(readQuestion('Are care leavers doing well in work and training?').gradeHint).toBe(true);
    // A grade as its number, what one part got for an area, a grade claimed to be checked.
    expect(readQuestion('leadership got a 3 apparently?').grade).toBe(true);
    expect(readQuestion('They got a 2 children placed out of borough?').grade).toBe(false);
    expect(readQuestion('what did the LAC side get for health?').grade).toBe(true);
    expect(readQuestion('so partnership working was inadequate, right?').gradeHint).toBe(true);
    expect(readQuestion('Health first: was it good? Then staffing.').gradeHint).toBe(true);
    expect(readQuestion('dashboard q: what did health get?').text).not.toMatch(/dashboard/);
    expect(readQuestion('leadership - same for both halves?').gradeHint).toBe(true);
    expect(readQuestion('anything rated inadequate for kids in care?').grade).toBe(true);
    expect(readQuestion("what's the best the council got?").gradeExtreme).toBe('best');
    expect(readQuestion('partnership working score').grade).toBe(true);
    expect(readQuestion('the bosses - how were they marked?').grade).toBe(true);
    expect(readQuestion("They keep saying 'adequate'. Is that a pass or a fail?").scale).toBe(true);
    expect(readQuestion('what did partnership working come out as?').grade).toBe(true);
    // Where it sat on the scale, whether it was satisfactory, how it measured up, its bottom line.
    expect(readQuestion('What level was partnership working given?').grade).toBe(true);
    expect(readQuestion('which box did health land in?').grade).toBe(true);
    expect(readQuestion('Was partnership working satisfactory?').gradeHint).toBe(true);
    expect(readQuestion('How did the health agencies measure up?').gradeHint).toBe(true);
    expect(readQuestion('Were inspectors happy with the leadership?').gradeHint).toBe(true);
    expect(readQuestion("What's the bottom line on leadership?").gradeHint).toBe(true);
    expect(readQuestion('Is the fostering service fit for purpose?').gradeHint).toBe(true);
    expect(readQuestion('How many children were placed out of borough?')).toMatchObject({ grade: false, gradeHint: false });
    expect(readQuestion('What did the fostering service get?').grade).toBe(true);
    expect(readQuestion('How was leadership ranked?').grade).toBe(true);
    expect(readQuestion('Was leadership rated requires improvement?').text).toMatch(/rated adequate/);
    expect(readQuestion('Which areas require improvement?').text).toMatch(/require improvement/);
    expect(readQuestion('what did ofsted say leadership was?').gradeHint).toBe(true);
    expect(readQuestion('Ofsted said leadership was adequate - is that right?').gradeHint).toBe(true);
    expect(readQuestion('was leadership ok according to ofsted').gradeHint).toBe(true);
    expect(readQuestion('was health marked any better?').grade).toBe(true);
    expect(readQuestion('Could the leaving care service turn itself round?').gradeHint).toBe(true);
    expect(readQuestion('What have they got to sort out for care leavers?').recommendation).toBe(true);
    expect(readQuestion('Of the four possible marks, which areas got the second-best one?')).toMatchObject({ grade: true, gradeNamed: 2 });
    expect(readQuestion('which areas got the second lowest grade?')).toMatchObject({ gradeNamed: 3 });
    expect(readQuestion('how many kids in care were off school for five weeks?').text).toMatch(/25 days/);
    expect(readQuestion('did it take five weeks to get a CAMHS appointment?').text).not.toMatch(/25 days/);
    expect(readQuestion('Did health get the highest possible mark?').text).toMatch(/got outstanding|get outstanding/);
    expect(readQuestion("what was the weakest area in the inspectors' assessment?")).toMatchObject({ gradeExtreme: 'worst' });
    expect(readQuestion('was the watchdog harsher on child protection than on the care side?').gradeHint).toBe(true);
    expect(readQuestion('did Ofsted find the care planning acceptable?').gradeHint).toBe(true);
    expect(readQuestion('was it inadequate across the board?')).toMatchObject({ listing: true, everyPart: true });
    expect(readQuestion('Is leadership any good, grade wise?').text).not.toMatch(/wise/);
  });

  it('reads a question past who is asking, unless who asks is its subject', () => {
    expect(readQuestion('Local journalist here – what was the headline verdict?').text).toBe('what was the headline verdict?');
    expect(readQuestion('IRO here - does the IRO service publish an annual report?').text).not.toMatch(/here/);
    expect(readQuestion('As a care leaver, what help is there with housing?').text).toMatch(/care leaver/);
    expect(readQuestion('What was the verdict on the service as a whole?')).toMatchObject({ grade: true, overallAsked: true });
  });

  it('tells an overall verdict asked for from an area judged as a whole', () => {
    expect(readQuestion('Overall, did the council pass or fail on protecting children?').overallAsked).toBe(true);
    expect(readQuestion('bottom line, how did we come out on protecting children?').overallAsked).toBe(true);
    expect(readQuestion('how did health partners come out overall on the safeguarding side').overallAsked).toBe(false);
    expect(readQuestion('Overall, how many children are in care?').overallAsked).toBe(false);
    expect(readQuestion('What overall verdict did the inspectors reach on child protection?').overallAsked).toBe(true);
    expect(readQuestion('Taking everything together, how was the care service rated?').overallAsked).toBe(true);
    expect(readQuestion('All things considered, how was the care service rated?').overallAsked).toBe(true);
  });

  it('recognises counting questions', () => {
    expect(readQuestion('How many foster carers are there?').counting).toBe(true);
    expect(readQuestion('What proportion of pupils speak English as an additional language?').counting).toBe(true);
    expect(readQuestion('Who provides community health services?').counting).toBe(false);
  });

  it('knows when a question asks for a person, a phone number, money or a date to come', () => {
    const expects = (q: string) => readQuestion(q).expected;
    expect(expects("Who is Sutton's director of children's services?")).toBe('person');
    expect(expects('what is the name of the LSCB chair')).toBe('person');
    expect(expects('Who is responsible for allegations against staff?')).toBeUndefined();
    expect(expects('what number do I ring if I am worried about a child')).toBe('phone');
    expect(expects('How much does the council spend on agency staff?')).toBe('money');
    expect(expects('what do foster carers get paid')).toBe('money');
    expect(expects("What's the budget attached to the improvement plan?")).toBe('money');
    expect(expects('what’s the name of the LSCB chair')).toBe('person');
    expect(expects('How much progress has been made?')).toBeUndefined();
    expect(expects('When will Ofsted reinspect?')).toBe('date');
    expect(expects('When is the next inspection due?')).toBe('date');
    expect(expects('When did the MASH go live?')).toBeUndefined();
    // What came after the report: the next visit, inspectors coming back, years later.
    expect(expects('Was Sutton any better the next time Ofsted visited?')).toBe('later');
    expect(expects('Did things improve when the inspectors came back?')).toBe('later');
    expect(expects('Was it still inadequate two years later?')).toBe('later');
    expect(expects('How many kids were in care when the inspectors came round?')).toBeUndefined();
  });

  it('sets framing phrases aside from what is searched', () => {
    // The formal register's courtesies and asides.
    expect(readQuestion('Might someone tell me, to put it plainly, how the leadership was judged? I should be grateful.').text).not.toMatch(/someone|plainly|grateful/);
    expect(readQuestion("I am given to understand the checks were poor. I'm assuming that is so?").text).not.toMatch(/given|understand|assuming/);
    expect(readQuestion("I've a feeling the checks failed, have I got it right?").text).not.toMatch(/feeling|got|right/);
    expect(readQuestion('Dear friends, I trust you are keeping well. Might I trouble you to tell me why the checks were poor?').text).not.toMatch(/friends|trust|well|trouble/i);
    expect(readQuestion('Why did the inspectors take so dim a view of the checks?').text).not.toMatch(/dim|view/);
    expect(readQuestion('These days, how quickly are referrals allocated?').text).toBe(', how quickly are referrals allocated?');
    expect(readQuestion('According to the report, is the MASH working so far?').text).not.toMatch(/report|so far/i);
    expect(readQuestion('I heard the CAMHS wait is long').text).not.toMatch(/heard/i);
    const aside = readQuestion("new to the children's brief, sorry if this is basic - how many kids are in care?").text;
    expect(aside).not.toMatch(/brief|sorry|basic/i);
    expect(aside).toMatch(/kids are in care/);
  });

  it('reads what a question grants, to the next comma or the end', () => {
    expect(readQuestion('Why was the LSCB criticised when it has done decent work on DV and substance misuse?').concessions).toEqual([
      'when it has done decent work on DV and substance misuse',
    ]);
    expect(readQuestion('Why is GP engagement still weak despite progress on training, and what is being done?').concessions).toEqual(['despite progress on training']);
    expect(readQuestion('Why is GP engagement still weak?').concessions).toBeUndefined();
    // The asker's own reasons, however many.
    expect(readQuestion('Before I accept the conclusions, how many case records were read, since the weight I attach to them depends on it?').concessions).toEqual([
      'Before I accept the conclusions',
      'since the weight I attach to them depends on it',
    ]);
  });

  it('sets aside an opening that only says who asks', () => {
    expect(readQuestion('Playgroup leader. Was the overall grade for kids in care higher?').text).toBe('Was the overall grade for kids in care higher?');
    expect(readQuestion('Hospital social worker at St Helier here. What rating did health get?').text).toBe('What rating did health get?');
    expect(readQuestion('Quick q from a hospital SW: how was health rated?').text).toBe('how was health rated?');
    expect(readQuestion('I sit on the safeguarding board. For kids in care, how was health rated?').text).toBe('For kids in care, how was health rated?');
    expect(readQuestion('I chair the corporate parenting panel. How many children were in care?').text).toBe('How many children were in care?');
    expect(readQuestion('Putting together a package for the evening bulletin: which areas got the top mark?').text).not.toMatch(/package|bulletin/);
    // An opening naming the subject is kept.
    expect(readQuestion('Child protection. How was it rated?').text).toBe('Child protection. How was it rated?');
    // Asides: the asker's age, when something began.
    expect(readQuestion('im 15 and i look after my dad. is there help?').text).not.toMatch(/15/);
    expect(readQuestion('My care plan has goals from two years ago. Why?').text).not.toMatch(/years|ago/);
  });

  it('reads children described by who looks after them as looked after children', () => {
    expect(readQuestion('are the kids the council looks after doing well?').text).toMatch(/looked after kids doing well/);
    expect(readQuestion('how are children we look after kept safe').text).toMatch(/looked after children kept safe/);
    expect(readQuestion('do the staff look after children well?').text).toMatch(/look after children/);
    expect(readQuestion('is there hope for the children the council has taken into its care?').text).toMatch(/looked after children\?/);
    expect(readQuestion('was there drive for the children it has in its charge?').text).toMatch(/looked after children\?/);
    expect(readQuestion('how was the schooling of children in the care of the council graded?').text).toMatch(/looked after children graded/);
  });

  it('strips Slack markup first', () => {
    expect(readQuestion('<@U1> para 65').paragraph).toEqual({ number: 65 });
    expect(readQuestion('<@U1> what is A&amp;E?').text).toBe('what is A&E?');
  });
});
