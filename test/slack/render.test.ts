import { describe, expect, test } from 'vitest';
import type { Answer, Citation, CitedParagraph, GradeAnswer } from '../../src/answer.js';
import { loadCorpus } from '../../src/report/corpus.js';
import type { Report } from '../../src/report/model.js';
import {
  ACTION_FULL_TEXT,
  ACTION_SHARE,
  parseCitationValue,
  renderAnswer,
  renderGrades,
  renderParagraph,
} from '../../src/slack/render/answer.js';
import { clip, fitBlocks, section, splitText } from '../../src/slack/render/blocks.js';
import { ACTION_COPY_CITATION } from '../../src/slack/render/reference.js';
import { graphemePrefix } from '../../src/graphemes.js';
import { gradeBadge } from '../../src/render/grade.js';
import { paragraphRanges } from '../../src/render/citation.js';
import { renderHome } from '../../src/slack/render/home.js';
import { cleanInput, escapeMrkdwn, snippetToMrkdwn, stripOwnMention, unescapeMrkdwn } from '../../src/slack/render/mrkdwn.js';
import { expectWithinLimits, visibleText } from './support/limits.js';

const report: Report = (() => {
  const corpus = loadCorpus();
  const sutton = corpus.reports.find((r) => r.id === 'sutton-2012');
  if (!sutton) throw new Error('the Sutton report did not load');
  return sutton;
})();

function cited(number: number): CitedParagraph {
  const p = report.paragraphs.find((x) => x.number === number);
  if (!p) throw new Error(`no paragraph ${number}`);
  return { ...p, report: report.id };
}

function citation(overrides: Partial<Citation> = {}): Citation {
  return {
    report: 'sutton-2012',
    paragraph: 56,
    part: 'Safeguarding services',
    heading: 'Safeguarding services › Ambition and prioritisation',
    path: ['Safeguarding services', 'Ambition and prioritisation'],
    grade: { value: 3, label: 'Adequate' },
    score: 10,
    text: 'The MASH went live in January 2012 & is <new>. It is working well.',
    snippet: 'The **MASH** went live in January 2012 & is <new>.',
    ...overrides,
  };
}

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    query: 'what is the MASH?',
    kind: 'answered',
    answered: true,
    confidence: 0.9,
    results: [citation()],
    judgements: [],
    recommendations: [],
    suggestions: [],
    ...overrides,
  };
}

describe('mrkdwn safety', () => {
  test('escapes the characters Slack treats as markup, so broadcasts and mentions show literally', () => {
    expect(escapeMrkdwn('<!channel> & <@U123> <!here>')).toBe('&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;!here&gt;');
    expect(unescapeMrkdwn(escapeMrkdwn('a < b && c > d'))).toBe('a < b && c > d');
  });

  test('snippet matches become Slack bold after escaping', () => {
    expect(snippetToMrkdwn('The **MASH** & <b>')).toBe('The *MASH* &amp; &lt;b&gt;');
  });

  test('input is cleaned of control characters and capped', () => {
    expect(cleanInput('what\u0000 is\u0007 the\u001b[31m MASH?\r\n').text).toBe('what is the [31m MASH?');
    const long = cleanInput('word '.repeat(2000));
    expect(long.truncated).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(500);
    expect(long.text.endsWith('word')).toBe(true);
  });

  test("only the bot's own mention is stripped", () => {
    expect(stripOwnMention('<@UBOT> what about <@UOTHER>?', 'UBOT')).toBe('what about <@UOTHER>?');
    expect(stripOwnMention('<@UBOT|ofsted> hello <@UBOT>', 'UBOT')).toBe('hello');
  });
});

describe('splitting long text', () => {
  test('chunks respect the limit, keep every word and prefer line and sentence ends', () => {
    const text = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} says something useful here.`).join(' ') + '\n- a bullet';
    const chunks = splitText(text, 500);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(500);
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    for (const c of chunks.slice(0, -1)) expect(c).toMatch(/[.\n]$|useful here\.$/);
  });

  test('never cuts through an entity', () => {
    const text = 'x'.repeat(97) + '&amp;' + 'y'.repeat(50);
    const chunks = splitText(text, 100);
    expect(chunks.every((c) => !/&[a-z]*$/.test(c))).toBe(true);
    expect(chunks.join('')).toBe(text);
  });

  test('too many blocks are cut with a note, within the limit', () => {
    const blocks = Array.from({ length: 80 }, (_, i) => section(`b${i}`));
    const fitted = fitBlocks(blocks);
    expect(fitted).toHaveLength(50);
    expect(fitted.at(-1)?.type).toBe('context');
  });
});

describe('answers', () => {
  test('each citation has its citation line, the snippet in bold, and id-carrying buttons', () => {
    const reply = renderAnswer(answer(), { share: true, fullText: true });
    const text = visibleText(reply);
    expect(text).toContain('*¶56* · Safeguarding services › Ambition and prioritisation · 🟡 Adequate');
    expect(text).toContain('The *MASH* went live in January 2012 &amp; is &lt;new&gt;.');
    const actions = reply.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements.map((e) => [e.action_id, e.value])).toEqual([
      [ACTION_SHARE, 'sutton-2012:56'],
      [ACTION_FULL_TEXT, 'sutton-2012:56'],
      [ACTION_COPY_CITATION, 'sutton-2012:56'],
    ]);
    expect(reply.text).toContain('¶56');
    expect(reply.text).not.toMatch(/[<>]/);
    expectWithinLimits(reply);
  });

  test('public replies have no Share button', () => {
    const reply = renderAnswer(answer(), { share: false, fullText: true });
    const ids = reply.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids).toEqual([ACTION_FULL_TEXT, ACTION_COPY_CITATION]);
  });

  test('not found is plain, helpful, and echoes the question harmlessly', () => {
    const reply = renderAnswer(
      answer({
        query: '<!channel> where is the <@U1> swimming pool?',
        kind: 'nothing',
        answered: false,
        results: [],
        suggestions: ['Leadership and management', 'health'],
      }),
      { share: true, fullText: true },
    );
    const text = visibleText(reply);
    expect(text).toContain("I couldn't find anything in the report");
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('Leadership and management, health');
    expect(text).toContain('/grade');
    expect(JSON.stringify(reply)).not.toContain('<!channel>');
    expect(JSON.stringify(reply)).not.toContain('<@U1>');
    expectWithinLimits(reply);
  });

  test('the closest paragraphs are labelled as such first, and keep their Share and Full paragraph buttons', () => {
    const reply = renderAnswer(answer({ kind: 'closest', answered: false, suggestions: ['Partnership working'] }), { share: true, fullText: true });
    const text = visibleText(reply);
    expect(reply.blocks[0]).toMatchObject({ type: 'section' });
    expect(text.indexOf("couldn't find a paragraph that answers this directly")).toBeLessThan(text.indexOf('¶56'));
    expect(reply.text).toMatch(/^I couldn't find a paragraph that answers this directly/);
    const ids = reply.blocks.flatMap((b) => (b.type === 'actions' ? b.elements.map((e) => e.action_id) : []));
    expect(ids).toEqual([ACTION_SHARE, ACTION_FULL_TEXT, ACTION_COPY_CITATION]);
    expect(text).toContain('Partnership working');
    expectWithinLimits(reply);
  });

  test('a closest answer says what the report does not give', () => {
    const reply = renderAnswer(answer({ kind: 'closest', answered: false, missing: 'The report names no one in this role.' }), { share: false, fullText: true });
    expect(visibleText(reply)).toContain('The report names no one in this role; the closest paragraphs are:');
  });

  test('a truncated question says so', () => {
    const reply = renderAnswer(answer(), { share: false, fullText: false, truncated: true });
    expect(visibleText(reply)).toContain('first 500 characters');
  });

  test('judgements and recommendations in an answer are grouped', () => {
    const reply = renderAnswer(
      answer({
        results: [],
        judgements: [
          { report: 'sutton-2012', part: 'Safeguarding services', area: 'Overall effectiveness', grade: 4, label: 'Inadequate', paragraphs: [9, 10, 11] },
          { report: 'sutton-2012', part: 'Services for looked after children', area: 'Being healthy', grade: 2, label: 'Good', paragraphs: [80] },
        ],
        recommendations: [
          { report: 'sutton-2012', paragraph: 17, part: 'Safeguarding services', timescale: 'Within three months', text: 'do b' },
          { report: 'sutton-2012', paragraph: 17, part: 'Safeguarding services', timescale: 'Immediately', text: 'do a' },
        ],
      }),
      { share: true, fullText: true },
    );
    const text = visibleText(reply);
    expect(text).toContain('*Safeguarding services*\n🔴 Inadequate — Overall effectiveness (¶9–11)');
    expect(text).toContain('*Services for looked after children*\n🟢 Good — Being healthy (¶80)');
    expect(text.indexOf('*Immediately*')).toBeLessThan(text.indexOf('*Within three months*'));
  });
});

describe('grades', () => {
  test('one mark per grade, with the word', () => {
    expect([1, 2, 3, 4].map((v) => gradeBadge({ value: v as 1, label: 'Good' }).split(' ')[0])).toEqual(['⭐', '🟢', '🟡', '🔴']);
  });

  test('the whole table is grouped by part', () => {
    const g: GradeAnswer = {
      query: '',
      judgements: report.judgements.map((j) => ({ ...j, report: report.id })),
      areas: [],
    };
    const reply = renderGrades(g);
    const text = visibleText(reply);
    expect(text).toContain('*Safeguarding services*');
    expect(text).toContain('*Services for looked after children*');
    for (const j of report.judgements) expect(text).toContain(`${gradeBadge({ value: j.grade, label: j.label })} — ${escapeMrkdwn(j.area)}`);
    expectWithinLimits(reply);
  });

  test("no match shows the engine's explanation, or else lists the areas", () => {
    const explained = renderGrades({ query: 'swimming', judgements: [], message: 'No judged area matches "swimming" & <x>.', areas: ['Being healthy'] });
    expect(visibleText(explained)).toContain('No judged area matches "swimming" &amp; &lt;x&gt;.');
    expect(visibleText(explained)).not.toContain('Areas you can ask about');
    const listed = renderGrades({ query: 'swimming', judgements: [], areas: ['Being healthy', 'Staying safe'] });
    expect(visibleText(listed)).toContain('No judgement matches “swimming”.');
    expect(visibleText(listed)).toContain('Areas you can ask about: Being healthy, Staying safe');
  });

  test('paragraph references collapse into ranges', () => {
    expect(paragraphRanges([11, 9, 10, 14, 16, 15])).toBe('¶9–11, ¶14–16');
    expect(paragraphRanges([8])).toBe('¶8');
  });
});

describe('every paragraph of the report', () => {
  test('fits Block Kit as a cited paragraph and as a citation, with nothing lost', () => {
    expect(report.paragraphs.length).toBe(108);
    expect(Math.max(...report.paragraphs.map((p) => p.text.length))).toBeGreaterThan(2900);
    for (const p of report.paragraphs) {
      const whole = renderParagraph({ ...p, report: report.id }, { share: true });
      expectWithinLimits(whole);
      const shown = unescapeMrkdwn(visibleText(whole)).replace(/\s+/g, '');
      expect(shown).toContain(p.text.replace(/^\s*- /gm, '• ').replace(/\s+/g, ''));

      const asCitation = renderAnswer(
        answer({
          results: [
            citation({ paragraph: p.number, text: p.text, snippet: p.text, heading: p.path.join(' › '), path: p.path, grade: p.grade }),
            citation({ paragraph: p.number, text: p.text, snippet: p.text.replace(/(\w{6,})/, '**$1**'), grade: p.grade }),
          ],
        }),
        { share: true, fullText: true },
      );
      expectWithinLimits(asCitation);
    }
  });

  test('a shared paragraph says who shared it', () => {
    const reply = renderParagraph(cited(65), { share: false, sharedBy: 'U123ABC' });
    expect(visibleText(reply)).toContain('Shared by <@U123ABC>');
    expect(visibleText(reply)).toMatch(/^\*¶65\* · /);
    const forged = renderParagraph(cited(65), { share: false, sharedBy: '!channel' });
    expect(JSON.stringify(forged)).not.toContain('<!channel>');
  });
});

describe('App Home', () => {
  test('summary, judgements by part, recommendations by timescale and how to ask, within view limits', () => {
    const view = renderHome([report]);
    expect(view.type).toBe('home');
    expectWithinLimits({ text: 'home', blocks: view.blocks }, 100);
    const text = visibleText(view);
    expect(text).toContain('*London Borough of Sutton*');
    expect(text).toContain('Richard Nash');
    expect(text).toContain('10 April 2012 to 20 April 2012');
    expect(text).toContain('29 May 2012');
    for (const j of report.judgements) expect(text).toContain(escapeMrkdwn(j.area));
    expect(text).toContain('*Immediately*');
    expect(text).toContain('*Within three months*');
    for (const r of report.recommendations) expect(unescapeMrkdwn(text)).toContain(r.text);
    expect(text).toContain('/ask');
    expect(text).toContain('/cite');
  });
});

test('citation values carry ids only and reject anything else', () => {
  expect(parseCitationValue('sutton-2012:65')).toEqual({ report: 'sutton-2012', paragraph: 65 });
  expect(parseCitationValue('sutton-2012:65; drop')).toBeUndefined();
  expect(parseCitationValue(undefined)).toBeUndefined();
});

test('adjacent bold words join into one run, which Slack renders', () => {
  expect(snippetToMrkdwn('a **multi**-**agency** hub and **child** **protection**')).toBe('a *multi-agency* hub and *child protection*');
});

describe('cutting text between characters', () => {
  const family = '👩\u200d👩\u200d👧\u200d👦';
  test('clip never ends inside an emoji, a flag or an accented letter', () => {
    for (const whole of [family, '👍🏽', '🇬🇧', 'e\u0301']) {
      const text = 'ab ' + whole + ' cd';
      for (let max = 4; max < text.length; max++) {
        const cut = clip(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.startsWith('ab ' + whole) || cut === 'ab…', `${JSON.stringify(whole)} at ${max}`).toBe(true);
      }
    }
  });

  test('graphemePrefix cuts where segmenting the whole text would, looking only near the cut', () => {
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = ['a', ' ', 'é', 'e\u0301', '👍🏽', '🇬🇧', family, '中', '\r\n', 'क्षि', '1\ufe0f\u20e3'];
    let text = '';
    for (let i = 0; i < 600; i++) text += pieces[(i * 7 + (i >> 3)) % pieces.length];
    const ends = new Set([...whole.segment(text)].map((s) => s.index + s.segment.length));
    for (let max = 1; max < text.length; max++) {
      const expected = Math.max(0, ...[...ends].filter((e) => e <= max));
      expect(graphemePrefix(text, max).length, `at ${max}`).toBe(expected);
    }
  });

  test('a long run with no space is split into sections between characters', () => {
    const text = 'x'.repeat(2999) + family + 'y'.repeat(10);
    const [first, second] = splitText(text, 3000);
    expect(first).toBe('x'.repeat(2999));
    expect(second).toBe(family + 'y'.repeat(10));
  });
});

test('App Home shows the commands’ <…> placeholders, escaped so Slack does not take them for links', () => {
  const text = visibleText(renderHome(loadCorpus().reports));
  expect(text).toContain('`/ask &lt;question&gt;`');
  expect(text).toContain('`/cite &lt;number&gt;`');
  expect(text).not.toMatch(/<question>|<number>/);
});
