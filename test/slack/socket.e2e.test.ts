/**
 * The app as `npm start` runs it when SLACK_APP_TOKEN is set: it opens a
 * Socket Mode connection through apps.connections.open, acknowledges each
 * envelope, and answers a redelivered event only once.
 */
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Running, start } from '../../src/main.js';
import { createHandlers } from '../../src/slack/handlers.js';
import { loadEngine } from '../../src/search/engine.js';
import { BOT_USER_ID, FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FakeSlack } from './support/fake-slack.js';
import { FakeSocketMode } from './support/fake-socket.js';
import { visibleText } from './support/limits.js';

const fake = new FakeSlack();
const socket = new FakeSocketMode();
const handlers = createHandlers(loadEngine());
const logs: string[] = [];
let running: Running;

beforeAll(async () => {
  await fake.start();
  socket.attach(fake.server!);
  const stderr = new PassThrough();
  stderr.on('data', (c: Buffer) => logs.push(c.toString('utf8')));
  running = await start({
    env: { SLACK_BOT_TOKEN: FAKE_BOT_TOKEN, SLACK_APP_TOKEN: FAKE_APP_TOKEN, SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'debug', ANSWER_WORKERS: '0' },
    argv: [],
    stdin: Readable.from([]),
    stdout: new PassThrough(),
    stderr,
    envFile: false,
  });
});

afterAll(async () => {
  await running?.stop();
  socket.close();
  await fake.close();
});

function eventEnvelope(envelopeId: string, eventId: string, event: Record<string, unknown>, retryAttempt = 0) {
  return {
    envelope_id: envelopeId,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: retryAttempt,
    retry_reason: retryAttempt ? 'timeout' : '',
    payload: {
      token: 'legacy',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      event,
      type: 'event_callback',
      event_id: eventId,
      event_time: 1710000000,
      authorizations: [{ team_id: 'T0FAKE', user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    },
  };
}

test('connects with the app token through apps.connections.open', () => {
  expect(running.mode).toBe('socket');
  expect(fake.callsTo('apps.connections.open')[0]?.authorization).toBe(`Bearer ${FAKE_APP_TOKEN}`);
  expect(socket.connections).toBe(1);
});

test('a mention is acknowledged and answered in its thread; a redelivery is acknowledged and not answered again', async () => {
  const event = { type: 'app_mention', user: 'USOCK1', text: `<@${BOT_USER_ID}> What is the Dragonflies unit?`, ts: '1710000000.000500', channel: 'CSOCK', event_ts: '1710000000.000500' };
  socket.send(eventEnvelope('env-1', 'EvSock1', event));
  await socket.waitFor(() => socket.acked('env-1'));
  await fake.waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.args.channel === 'CSOCK'));

  socket.send(eventEnvelope('env-2', 'EvSock1', event, 1));
  await socket.waitFor(() => socket.acked('env-2'));
  await running.idle();
  const posts = fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CSOCK');
  expect(posts).toHaveLength(1);
  expect(posts[0]!.args.thread_ts).toBe('1710000000.000500');
  expect(posts[0]!.args.blocks).toEqual(handlers.question('What is the Dragonflies unit?', { share: false }).blocks);
});

test('slash commands arrive over the socket and are answered privately through response_url', async () => {
  socket.send({
    envelope_id: 'env-cmd',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'legacy',
      team_id: 'T0FAKE',
      channel_id: 'CSOCK',
      user_id: 'USOCK2',
      command: '/cite',
      text: '46',
      api_app_id: 'A0FAKE',
      response_url: fake.responseUrl('sock-cite'),
      trigger_id: '1.2.3',
    },
  });
  await socket.waitFor(() => socket.acked('env-cmd'));
  await fake.waitFor(() => fake.responsesFor('sock-cite').length === 1);
  const body = fake.responsesFor('sock-cite')[0]!.body;
  expect(body.response_type).toBe('ephemeral');
  expect(visibleText(body)).toMatch(/^\*¶46\* · /);
});

test('the app token never reaches the logs', () => {
  const all = logs.join('');
  expect(all).toContain('Socket Mode');
  expect(all).not.toContain(FAKE_APP_TOKEN);
  expect(all).not.toContain(FAKE_BOT_TOKEN);
});
