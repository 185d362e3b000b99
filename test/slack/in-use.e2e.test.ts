/**
 * What people do with answers, through the app as `npm start` runs it in
 * HTTP mode against a stand-in Slack on loopback: cite them in documents,
 * follow them up in a thread, and say whether they helped.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { referenceWithQuote } from '../../src/render/reference.js';
import { loadEngine } from '../../src/search/engine.js';
import { ACTION_COPY_CITATION } from '../../src/slack/render/reference.js';
import { FakeSlack } from './support/fake-slack.js';
import { type TestApp, startHttpApp } from './support/app.js';

const engine = loadEngine();
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
