/** The command handlers every surface shares, over the real engine. */
import { expect, test } from 'vitest';
import { loadEngine } from '../../src/search/engine.js';
import { APOLOGY, type Engine, createHandlers } from '../../src/slack/handlers.js';
import { ACTION_SHARE } from '../../src/slack/render/answer.js';
import { visibleText } from './support/limits.js';

const engine = loadEngine();
const handlers = createHandlers(engine);

test('/ask offers Share; a mention or direct message does not', () => {
  const ids = (share: boolean) =>
    handlers.question('What is the MASH?', { share }).blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
  expect(ids(true)).toContain(ACTION_SHARE);
  expect(ids(false)).not.toContain(ACTION_SHARE);
  expect(handlers.command('ask', 'What is the MASH?')).toEqual(handlers.question('What is the MASH?', { share: true }));
});

test('the answer cites what the engine found, in its order', () => {
  const answer = engine.ask('How many care leavers go to university?');
  const text = visibleText(handlers.question('How many care leavers go to university?', { share: false }));
  const cited = [...text.matchAll(/^\*¶(\d+)\*/gm)].map((m) => Number(m[1]));
  expect(cited).toEqual(answer.results.slice(0, 5).map((r) => r.paragraph));
});

test('an empty question greets; an empty /ask shows its usage', () => {
  expect(handlers.question(' \u0000 ', { share: false }).text).toMatch(/^Ask me anything about the report/);
  expect(handlers.command('ask', '').text).toMatch(/^Ask a question about the report, for example `\/ask /);
});

test('/cite accepts the forms people type, and the report id the app prints', () => {
  for (const ref of ['65', '¶65', 'para 65', 'paragraph 65', ' 65 ', 'p. 65', 'sutton-2012 65', 'SUTTON-2012 ¶65', 'sutton-2012:65', 'sutton-2012 para 65.']) {
    expect(visibleText(handlers.command('cite', ref)), ref).toMatch(/^\*¶65\* · /);
  }
  expect(visibleText(handlers.command('cite', 'year 11'))).toMatch(/^“year 11” is not a paragraph number/);
  expect(visibleText(handlers.command('cite', 'nowhere-2020 5'))).toMatch(/^No report "nowhere-2020"/);
});

test('/grade with an unknown area says so and names the areas', () => {
  const text = visibleText(handlers.command('grade', 'underwater basket weaving'));
  expect(text).toContain('underwater basket weaving');
  expect(text).toContain('Being healthy');
  expect(text).toContain('`/grade` with no area shows every judgement.');
});

test('/cite out of range passes on the engine\'s explanation with usage', () => {
  const text = visibleText(handlers.command('cite', '0'));
  expect(text).toContain('No paragraph 0');
  expect(text).toContain('/cite 65');
});

test('a button naming a paragraph that does not exist gets a plain answer', () => {
  expect(handlers.paragraph('sutton-2012:999', { share: false }).text).toMatch(/no longer available/);
  expect(handlers.paragraph('another-report:5', { share: false }).text).toMatch(/no longer available/);
});

test('an engine failure becomes an apology and is reported', () => {
  const errors: unknown[] = [];
  const broken: Engine = {
    reports: engine.reports,
    ask: () => {
      throw new Error('index exploded');
    },
    grade: () => {
      throw new Error('index exploded');
    },
    cite: () => {
      throw new Error('index exploded');
    },
    reportsAskedOf: () => null,
    findReports: () => [],
  };
  const h = createHandlers(broken, (e) => errors.push(e));
  expect(h.question('anything', { share: false }).text).toBe(APOLOGY);
  expect(h.command('grade', '').text).toBe(APOLOGY);
  expect(h.command('cite', '5').text).toBe(APOLOGY);
  expect(errors).toHaveLength(3);
});

test('/cite N reference gives the citation for a document; the word may come first or last', () => {
  const reference = handlers.command('cite', '65 reference');
  expect(reference.blocks.some((b) => b.type === 'rich_text')).toBe(true);
  expect(handlers.command('cite', 'reference ¶65')).toEqual(reference);
  expect(handlers.command('cite', 'sutton-2012 65 ref')).toEqual(reference);
  expect(handlers.reference('sutton-2012:65')).toEqual(reference);
  expect(reference.text).toBe('Ofsted (2012). Inspection of safeguarding and looked after children services: London Borough of Sutton. Published 29 May 2012, paragraph 65.');
  expect(visibleText(handlers.command('cite', 'reference'))).toMatch(/^`\/cite 65` shows paragraph 65/);
  expect(handlers.reference('sutton-2012:999').text).toMatch(/no longer available/);
});

test('a corrected paragraph is checked against the report the answer came from', () => {
  expect(handlers.correction('94', ['sutton-2012'])).toEqual({ paragraph: { report: 'sutton-2012', paragraph: 94 } });
  expect(handlers.correction('para 94.', [])).toEqual({ paragraph: { report: 'sutton-2012', paragraph: 94 } });
  expect(handlers.correction('sutton-2012 ¶12', ['sutton-2012'])).toEqual({ paragraph: { report: 'sutton-2012', paragraph: 12 } });
  expect(handlers.correction('0', ['sutton-2012'])).toEqual({ error: 'No paragraph 0: sutton-2012 has paragraphs 1–108.' });
  expect(handlers.correction('nowhere-2020 5', ['sutton-2012'])).toEqual({ error: expect.stringMatching(/^No report "nowhere-2020"/) });
  expect(handlers.correction('the one about care leavers', ['sutton-2012'])).toEqual({ error: 'Give a paragraph number, as in “65”.' });
});

test('a follow-up says how it was read, quoting what was said harmlessly, and tells the next follow-up what it answered', () => {
  const first = handlers.question('how are young people supported into education?', { share: false });
  expect(first.topic).toMatchObject({ question: 'how are young people supported into education?', first: { report: 'sutton-2012' } });
  const follow = handlers.question('and for <!channel>?', { share: false, earlier: first.topic });
  expect(visibleText(follow)).toMatch(/^_Reading this as: how are young people supported into education for &lt;!channel&gt;\?_/);
  expect(JSON.stringify(follow.blocks)).not.toContain('<!channel>');
  expect(follow.topic?.question).toBe('how are young people supported into education for <!channel>?');
});
