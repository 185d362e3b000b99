/**
 * What people do with answers, through the app as `npm start` runs it in
 * HTTP mode against a stand-in Slack on loopback: cite them in documents,
 * follow them up in a thread, and say whether they helped.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { referenceWithQuote } from '../../src/render/reference.js';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { ACTION_COPY_CITATION } from '../../src/slack/render/reference.js';
import { BOT_USER_ID, FakeSlack } from './support/fake-slack.js';
import { type TestApp, startHttpApp } from './support/app.js';
import { visibleText } from './support/limits.js';

const engine = loadEngine();
const handlers = createHandlers(engine);
const sutton = engine.reports[0]!;
const fake = new FakeSlack();
let app: TestApp;

beforeAll(async () => {
  await fake.start();
  app = await startHttpApp(fake);
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
});

let counter = 0;

const nextTs = () => `1740000000.${String(++counter).padStart(6, '0')}`;
const postsTo = (channel: string) => fake.postedTo(channel).map((c) => c.args);

/** Mentions the bot in `channel` (in a thread, when given) and resolves with its answer. */
async function mention(text: string, channel: string, where: { thread_ts?: string; ts?: string } = {}) {
  const before = postsTo(channel).length;
  const ts = where.ts ?? nextTs();
  await app.sender.event({ type: 'app_mention', user: `UASKER${++counter}`, text: `<@${BOT_USER_ID}> ${text}`, ts, channel, event_ts: ts, ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}) });
  await fake.waitFor(() => postsTo(channel).length > before);
  return { ts, post: postsTo(channel).at(-1)! };
}

/** A direct message to the bot, and its answer. */
async function directMessage(text: string, channel: string) {
  const before = postsTo(channel).length;
  const ts = nextTs();
  await app.sender.event({ type: 'message', channel, channel_type: 'im', user: 'UDMPERSON', text, ts, event_ts: ts });
  await fake.waitFor(() => postsTo(channel).length > before);
  return postsTo(channel).at(-1)!;
}

/** Presses a button on a message in `channel` as `user`; resolves with the id of its response_url. */
async function press(actionId: string, value: string, user: string, channel = 'CANSWERS') {
  const responseId = `press-${++counter}`;
  const res = await app.sender.interaction({
    type: 'block_actions',
    user: { id: user, username: 'someone', name: 'someone', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1740000000.000001', channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger-${responseId}`,
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: channel, name: 'general' },
    response_url: fake.responseUrl(responseId),
    actions: [{ action_id: actionId, block_id: 'b', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: '1740000000.1' }],
  });
  expect(res.status).toBe(200);
  return responseId;
}

const privateReply = async (responseId: string) => {
  await fake.waitFor(() => fake.responsesFor(responseId).length > 0);
  return fake.responsesFor(responseId)[0]!.body;
};

const EDUCATION = 'how are young people supported into education?';

describe('citations for documents', () => {
  const p65 = sutton.paragraphs.find((p) => p.number === 65)!;
  const REFERENCE_65 = 'Ofsted (2012). Inspection of safeguarding and looked after children services: London Borough of Sutton. Published 29 May 2012, paragraph 65.';
  const preformatted = (message: { blocks?: any[] }) => (message.blocks ?? []).filter((b) => b.type === 'rich_text').flatMap((b) => b.elements.flatMap((e: any) => e.elements.map((t: any) => t.text)));

  test('Copy citation gives the formal reference and paragraph 65 word for word, in a code block, privately', async () => {
    const reply = await privateReply(await press(ACTION_COPY_CITATION, 'sutton-2012:65', 'UCOPIER'));
    expect(reply).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const [code] = preformatted(reply);
    expect(code).toBe(`${REFERENCE_65}\n\n“${p65.text}”`);
    expect(code).toBe(referenceWithQuote(sutton, p65));
    expect(reply.blocks.find((b: any) => b.type === 'rich_text').elements[0].type).toBe('rich_text_preformatted');
  });

  test('/cite 65 reference, and the longest paragraph, give the same', async () => {
    for (const [text, number] of [['65 reference', 65], ['reference sutton-2012 ¶65', 65], ['78 ref', 78]] as const) {
      const id = `cite-${++counter}`;
      await app.sender.command({ command: '/cite', text, user_id: 'UCITER', response_url: fake.responseUrl(id) });
      const reply = await privateReply(id);
      expect(reply.response_type).toBe('ephemeral');
      const p = sutton.paragraphs.find((x) => x.number === number)!;
      expect(preformatted(reply)).toEqual([referenceWithQuote(sutton, p)]);
    }
  });
});

describe('follow-ups in a thread', () => {
  const citedIn = (message: { blocks?: any[] }) => [...visibleText(message).matchAll(/^\*¶(\d+)\*/gm)].map((m) => Number(m[1]));
  const contexts = (message: { blocks?: any[] }) => (message.blocks ?? []).filter((b) => b.type === 'context').map((b) => b.elements[0].text);

  test('“and for care leavers?” after “how are young people supported into education?” answers about care leavers’ education, saying how it was read', async () => {
    const first = await mention(EDUCATION, 'CFOLLOW');
    expect(contexts(first.post).join('\n')).not.toContain('Reading this as');

    const { post } = await mention('and for care leavers?', 'CFOLLOW', { thread_ts: first.ts });
    expect(post.thread_ts).toBe(first.ts);
    expect(contexts(post)[0]).toBe('_Reading this as: how are care leavers supported into education?_');
    const careLeavers = engine.ask('how are care leavers supported into education?').results.slice(0, 5);
    expect(citedIn(post)).toEqual(careLeavers.map((c) => c.paragraph));
    expect(careLeavers[0]!.text).toMatch(/care leavers/);
    expect(careLeavers[0]!.text).toMatch(/education/);

    const grade = await mention('what grade was that?', 'CFOLLOW', { thread_ts: first.ts });
    const area = careLeavers[0]!.path.at(-1);
    expect(contexts(grade.post)[0]).toBe(`_Reading this as: what grade was ${area} given in ${careLeavers[0]!.part}?_`);
    expect(visibleText(grade.post)).toContain(`🟡 Adequate — ${area}`);

    const whole = await mention('show me the full paragraph', 'CFOLLOW', { thread_ts: first.ts });
    const shownFirst = engine.ask(`what grade was ${area} given in ${careLeavers[0]!.part}?`).results[0]!;
    expect(contexts(whole.post)[0]).toBe(`_Reading this as: paragraph ${shownFirst.paragraph} of sutton-2012, the first the earlier answer showed_`);
    expect(visibleText(whole.post)).toContain(shownFirst.text.slice(0, 100).replace(/&/g, '&amp;'));
  });

  test('a full question in the thread stands on its own', async () => {
    const first = await mention(EDUCATION, 'CFULL');
    const { post } = await mention('What is the MASH?', 'CFULL', { thread_ts: first.ts });
    expect(post.blocks).toEqual(handlers.question('What is the MASH?', { share: false }).blocks);
  });

  test('in a thread the bot has not answered in, nothing is carried over', async () => {
    const { post } = await mention('and for care leavers?', 'CFRESH', { thread_ts: '1740000000.999999' });
    expect(contexts(post).join('\n')).not.toContain('Reading this as');
    expect(post.blocks).toEqual(handlers.question('and for care leavers?', { share: false }).blocks);
  });

  test('in a direct message, any message follows up on the one before', async () => {
    await directMessage('What must be done immediately?', 'DFOLLOW');
    const post = await directMessage('what about within three months?', 'DFOLLOW');
    expect(contexts(post)[0]).toBe('_Reading this as: What must be done within three months?_');
    expect(visibleText(post)).toContain('*Within three months*');
    expect(visibleText(post)).not.toContain('*Immediately*');
  });
});
