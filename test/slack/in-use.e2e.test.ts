/**
 * What people do with answers, through the app as `npm start` runs it in
 * HTTP mode against a stand-in Slack on loopback: cite them in documents,
 * follow them up in a thread, and say whether they helped.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runFeedback } from '../../src/cli/feedback.js';
import { referenceWithQuote } from '../../src/render/reference.js';
import { readVotes } from '../../src/feedback/store.js';
import { latestVotes } from '../../src/feedback/vote.js';
import { decodeRatedAnswer } from '../../src/feedback/rated-answer.js';
import { loadEngine } from '../../src/search/engine.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { SHORTCUT_FIND } from '../../src/slack/listeners/shortcuts/index.js';
import { ACTION_HELPFUL, ACTION_NOT_HELPFUL, COMMENT_BLOCK, COMMENT_INPUT, CORRECTION_BLOCK, CORRECTION_INPUT, FEEDBACK_MODAL } from '../../src/slack/render/feedback.js';
import { ACTION_COPY_CITATION } from '../../src/slack/render/reference.js';
import { BOT_USER_ID, FakeSlack } from './support/fake-slack.js';
import { type TestApp, startHttpApp } from './support/app.js';
import { expectWithinLimits, visibleText } from './support/limits.js';

const engine = loadEngine();
const handlers = createHandlers(engine);
const sutton = engine.reports[0]!;
const fake = new FakeSlack();
const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
const dataDir = join(dir, 'data');
const feedbackFile = join(dataDir, 'feedback.jsonl');
let app: TestApp;

beforeAll(async () => {
  await fake.start();
  app = await startHttpApp(fake, { FEEDBACK_FILE: feedbackFile });
});

afterAll(async () => {
  await app?.running.stop();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
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

const buttonsOf = (message: { blocks?: any[] }) => (message.blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements);
const feedbackValue = (message: { blocks?: any[] }) => buttonsOf(message).find((b: any) => b.action_id === ACTION_NOT_HELPFUL)!.value as string;

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

/** Sends the "Not helpful" form as `user`; resolves with Bolt's acknowledgement, parsed. */
async function submitForm(metadata: string, user: string, paragraph: string, comment = '') {
  const res = await app.sender.interaction({
    type: 'view_submission',
    team: { id: 'T0FAKE', domain: 'fake' },
    user: { id: user, name: 'someone', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    trigger_id: '123.456.trigger',
    view: {
      id: 'VFEEDBACK',
      type: 'modal',
      callback_id: FEEDBACK_MODAL,
      private_metadata: metadata,
      state: {
        values: {
          [CORRECTION_BLOCK]: { [CORRECTION_INPUT]: { type: 'plain_text_input', value: paragraph || null } },
          [COMMENT_BLOCK]: { [COMMENT_INPUT]: { type: 'plain_text_input', value: comment || null } },
        },
      },
    },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return text ? JSON.parse(text) : {};
}

const fileLines = () => readFileSync(feedbackFile, 'utf8').split('\n').filter(Boolean);
const privateReply = async (responseId: string) => {
  await fake.waitFor(() => fake.responsesFor(responseId).length > 0);
  return fake.responsesFor(responseId)[0]!.body;
};

async function feedbackCommand(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runFeedback(argv, { stdin: Readable.from([]), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } }, { FEEDBACK_FILE: feedbackFile });
  return { code, stdout, stderr };
}

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
    expect(decodeRatedAnswer(feedbackValue(post))).toMatchObject({ question: 'and for care leavers?', readAs: 'how are care leavers supported into education?' });

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

describe('feedback on answers', () => {
  let educationAnswer: Record<string, any>;

  test('an answer to a mention carries Helpful and Not helpful, and each citation a Copy citation button', async () => {
    educationAnswer = (await mention(EDUCATION, 'CFEED')).post;
    const ids = buttonsOf(educationAnswer).map((b: any) => b.action_id);
    expect(ids.filter((id: string) => id === ACTION_HELPFUL || id === ACTION_NOT_HELPFUL)).toEqual([ACTION_HELPFUL, ACTION_NOT_HELPFUL]);
    const cited = engine.ask(EDUCATION).results.slice(0, 5);
    expect(buttonsOf(educationAnswer).filter((b: any) => b.action_id === ACTION_COPY_CITATION).map((b: any) => b.value)).toEqual(cited.map((c) => `sutton-2012:${c.paragraph}`));
    expectWithinLimits(educationAnswer);
  });

  test('a direct message, /ask and the Find in report shortcut carry them too', async () => {
    const dm = await directMessage('What is the MASH?', 'DFEEDBACK');
    const command = `ask-${++counter}`;
    await app.sender.command({ command: '/ask', text: 'What is the MASH?', user_id: 'UASK', response_url: fake.responseUrl(command) });
    const shortcut = `shortcut-${++counter}`;
    await app.sender.interaction({
      type: 'message_action',
      callback_id: SHORTCUT_FIND,
      trigger_id: '123.456.trigger',
      response_url: fake.responseUrl(shortcut),
      team: { id: 'T0FAKE', domain: 'fake' },
      channel: { id: 'C0CHANNEL', name: 'general' },
      user: { id: 'USHORTCUT', name: 'someone' },
      message: { type: 'message', user: 'U0AUTHOR', text: 'Who won the FA Cup?', ts: '1740000000.000200' },
      message_ts: '1740000000.000200',
      token: 'legacy-verification-token',
      action_ts: '1740000000.3',
    });
    for (const message of [dm, await privateReply(command), await privateReply(shortcut)]) {
      expect(buttonsOf(message).map((b: any) => b.action_id)).toEqual(expect.arrayContaining([ACTION_HELPFUL, ACTION_NOT_HELPFUL]));
    }
    // Even an answer that found nothing can be marked, and corrected.
    expect(decodeRatedAnswer(feedbackValue(await privateReply(shortcut)))).toMatchObject({ question: 'Who won the FA Cup?', kind: 'nothing', shown: [] });
  });

  test('pressing Not helpful writes one line with the question, the paragraphs shown and the vote, and no raw user id; the channel sees nothing', async () => {
    const postsBefore = fake.callsTo('chat.postMessage').length;
    const responseId = await press(ACTION_NOT_HELPFUL, feedbackValue(educationAnswer), 'UVOTER01');
    await fake.waitFor(() => fake.callsTo('views.open').length === 1);
    await app.running.idle();

    const lines = fileLines();
    expect(lines).toHaveLength(1);
    const vote = JSON.parse(lines[0]!);
    expect(vote).toMatchObject({
      question: EDUCATION,
      kind: 'answered',
      reports: ['sutton-2012'],
      shown: engine.ask(EDUCATION).results.slice(0, 5).map((c) => ({ report: 'sutton-2012', paragraph: c.paragraph })),
      vote: 'not_helpful',
      corrected: null,
      comment: null,
      via: 'slack',
    });
    expect(Date.now() - Date.parse(vote.time)).toBeLessThan(60_000);
    expect(vote.user).toMatch(/^[0-9a-f]{32}$/);
    expect(readFileSync(feedbackFile, 'utf8')).not.toContain('UVOTER01');
    // The salt the hash is made with was made once, beside the file, for its owner alone.
    expect(statSync(`${feedbackFile}.salt`).mode & 0o777).toBe(0o600);

    const opened = fake.callsTo('views.open')[0]!.args;
    expect(opened.trigger_id).toBe(`trigger-${responseId}`);
    expect(opened.view.callback_id).toBe(FEEDBACK_MODAL);
    expect(opened.view.private_metadata).toBe(feedbackValue(educationAnswer));
    expect(visibleText(opened.view)).toContain(EDUCATION);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(postsBefore);
    expect(fake.responsesFor(responseId)).toEqual([]);
  });

  test('pressing it again from the same user replaces rather than adds a vote, and so does a later Helpful', async () => {
    const value = feedbackValue(educationAnswer);
    await press(ACTION_NOT_HELPFUL, value, 'UVOTER01');
    await fake.waitFor(() => fake.callsTo('views.open').length === 2);
    let { records } = await readVotes(feedbackFile);
    expect(records).toHaveLength(2);
    expect(latestVotes(records)).toHaveLength(1);

    const thanks = await privateReply(await press(ACTION_HELPFUL, value, 'UVOTER01'));
    expect(thanks).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(thanks)).toMatch(/^Thanks: noted as helpful/);
    ({ records } = await readVotes(feedbackFile));
    expect(latestVotes(records).map((v) => v.vote)).toEqual(['helpful']);
  });

  test('npm run feedback counts that person once, with their latest vote', async () => {
    const { stdout } = await feedbackCommand([]);
    expect(stdout).toMatch(/^1 vote from 1 person, .*: 1 helpful, 0 not helpful \(100% helpful\)\./);
    expect(stdout).toContain('2 earlier votes were replaced');
  });

  test('a paragraph given in the form is checked against the report, and recorded with the comment', async () => {
    const value = feedbackValue(educationAnswer);
    await press(ACTION_NOT_HELPFUL, value, 'UCORRECTOR');
    await fake.waitFor(() => fake.callsTo('views.open').length === 3);
    const linesBefore = fileLines().length;

    for (const [typed, error] of [
      ['999', /^No paragraph 999: sutton-2012 has paragraphs 1–108\.$/],
      ['banana', /^Give a paragraph number, as in “65”\.$/],
    ] as const) {
      const refused = await submitForm(value, 'UCORRECTOR', typed);
      expect(refused.response_action).toBe('errors');
      expect(refused.errors[CORRECTION_BLOCK]).toMatch(error);
    }
    expect(fileLines()).toHaveLength(linesBefore);

    const done = await submitForm(value, 'UCORRECTOR', '¶94', 'It is about <!channel> care leavers\u0000 in particular');
    expect(done.response_action).toBe('update');
    expect(visibleText(done.view)).toContain('Thank you');
    const last = JSON.parse(fileLines().at(-1)!);
    expect(last).toMatchObject({ question: EDUCATION, vote: 'not_helpful', corrected: { report: 'sutton-2012', paragraph: 94 }, comment: 'It is about <!channel> care leavers in particular' });
  });

  test('npm run --silent feedback -- --gold prints the question corrected through the form, with its corrected paragraph', async () => {
    const gold = await feedbackCommand(['--gold']);
    expect(gold.code).toBe(0);
    const questions = JSON.parse(gold.stdout);
    expect(Array.isArray(questions)).toBe(true);
    expect(questions).toContainEqual({ id: expect.stringMatching(/^feedback-[0-9a-f]{8}$/), question: EDUCATION, gold: [94], kind: 'feedback' });

    const summary = await feedbackCommand([]);
    expect(summary.stdout).toContain(`${EDUCATION}\n      answered by sutton-2012 ¶94`);
  });

  test('when the form cannot be opened, the vote still counts and the person is thanked privately', async () => {
    fake.failNextCalls('views.open', { error: 'expired_trigger_id' });
    const linesBefore = fileLines().length;
    const reply = await privateReply(await press(ACTION_NOT_HELPFUL, feedbackValue(educationAnswer), 'ULATE'));
    expect(reply.response_type).toBe('ephemeral');
    expect(visibleText(reply)).toMatch(/^Thanks: noted as not helpful/);
    expect(fileLines()).toHaveLength(linesBefore + 1);
    expect(app.logs.some((l) => /WARN .*user ULATE\): the form could not be opened \(.*expired_trigger_id\)/.test(l))).toBe(true);
  });

  test('concurrent votes are each written as one whole line', async () => {
    const { post } = await mention(`${'How are care leavers helped into education, employment and training, '.repeat(6)}and by whom?`, 'CFEED');
    const value = feedbackValue(post);
    const linesBefore = fileLines().length;
    // One person pressing five times stays within what one person may do at once.
    const voters = [...Array.from({ length: 40 }, (_, i) => `UCROWD${String(i).padStart(3, '0')}`), ...Array(5).fill('UREPEAT')];
    await Promise.all(voters.map((user, i) => press(i % 2 ? ACTION_HELPFUL : ACTION_NOT_HELPFUL, value, user)));
    await app.running.idle();

    const lines = fileLines().slice(linesBefore);
    expect(lines).toHaveLength(45);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const { records, skipped } = await readVotes(feedbackFile);
    expect(skipped).toEqual([]);
    const onThisAnswer = latestVotes(records).filter((r) => r.question === decodeRatedAnswer(value)!.question);
    expect(onThisAnswer).toHaveLength(41);
  });

  test('an unwritable feedback file is a clear log line and a private “couldn’t record that”, never a crash', async () => {
    // The data folder becomes a plain file, so nothing can be written inside it.
    renameSync(dataDir, `${dataDir}-aside`);
    writeFileSync(dataDir, 'not a folder');
    try {
      const value = feedbackValue(educationAnswer);
      const helpful = await privateReply(await press(ACTION_HELPFUL, value, 'UBLOCKED'));
      expect(helpful.response_type).toBe('ephemeral');
      expect(visibleText(helpful)).toBe("Sorry, I couldn't record that just now. Please try again later.");
      const opened = fake.callsTo('views.open').length;
      const unhelpful = await privateReply(await press(ACTION_NOT_HELPFUL, value, 'UBLOCKED'));
      expect(visibleText(unhelpful)).toContain("couldn't record that");
      expect(fake.callsTo('views.open')).toHaveLength(opened);
      const form = await submitForm(value, 'UBLOCKED', '94');
      expect(visibleText(form.view)).toContain("couldn't record that");

      const logged = app.logs.filter((l) => l.includes('could not write the vote to the feedback file'));
      expect(logged).toHaveLength(3);
      expect(logged[0]).toMatch(new RegExp(`ERROR .*Recording a helpful vote \\(channel CANSWERS, user UBLOCKED\\): could not write the vote to the feedback file \\(FEEDBACK_FILE ${feedbackFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): (ENOTDIR|EEXIST)`));
      // And the app goes on answering.
      expect(visibleText((await mention('What is the MASH?', 'CAFTERFAIL')).post)).toContain('*¶56*');
    } finally {
      rmSync(dataDir);
      renameSync(`${dataDir}-aside`, dataDir);
    }
  });

  test('a tampered vote gets a plain answer and writes nothing', async () => {
    const linesBefore = fileLines().length;
    const reply = await privateReply(await press(ACTION_HELPFUL, '{"q":"x","k":"sure","r":[],"p":[]}', 'UTAMPER'));
    expect(visibleText(reply)).toMatch(/^That button no longer works/);
    expect(fileLines()).toHaveLength(linesBefore);
  });
});
