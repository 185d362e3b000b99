/** Events API: mentions in channels, direct messages and the App Home tab. */
import type { App } from '@slack/bolt';
import { isBusyReply } from '../../async-handlers.js';
import { type ListenerContext, NO_UNFURL, asMessage, limitFor, limitKey, safely } from '../../context.js';
import { callWebApi } from '../../delivery/web-api.js';
import { homeFor } from '../actions/home.js';
import { stripOwnMention } from '../../render/mrkdwn.js';
import type { Reply } from '../../render/blocks.js';
import type { ReportChoices } from '../../scope.js';
import { ThreadTopics } from '../../thread-topics.js';

/** The event's id, from the envelope every Events API request has. */
function eventId(body: unknown): string | undefined {
  const id = (body as { event_id?: unknown }).event_id;
  return typeof id === 'string' ? id : undefined;
}

export function registerEvents(app: App, ctx: ListenerContext): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    // A bot's message that mentions us (including our own) would start a loop.
    if ('bot_id' in event && event.bot_id) return;
    if ('subtype' in event && event.subtype) return;
    const threadTs = event.thread_ts ?? event.ts;
    const thread = ThreadTopics.key(event.channel, threadTs);
    const occasion = { what: 'Replying to a mention', event: eventId(body), channel: event.channel, user: event.user };
    await safely(ctx.logger, occasion, async () => {
      const limited = limitFor(ctx, limitKey(event.user, event.channel), 'public');
      if (limited === null) return;
      const choices = ctx.choices.of(event.channel, event.user);
      const reply = limited ?? (await answer(ctx, stripOwnMention(event.text ?? '', context.botUserId), choices, thread));
      const message = { channel: event.channel, thread_ts: threadTs, ...NO_UNFURL, ...asMessage(reply) };
      // "Too busy" is for the asker alone; the channel need not read it.
      if (isBusyReply(reply) && event.user) {
        const user = event.user;
        await callWebApi('chat.postEphemeral', () => client.chat.postEphemeral({ ...message, user }), ctx);
        return;
      }
      await callWebApi('chat.postMessage', () => client.chat.postMessage(message), ctx);
      remember(ctx, thread, reply);
    });
  });

  app.event('message', async ({ event, body, context, client }) => {
    // Only plain new messages in a direct conversation with the bot: edits,
    // deletions, joins and the like arrive as subtypes, and bots (this one
    // included) never get an answer.
    if (event.channel_type !== 'im') return;
    if (event.subtype !== undefined) return;
    if (event.bot_id || (context.botUserId && event.user === context.botUserId)) return;
    const user = event.user;
    const thread = ThreadTopics.key(event.channel, event.thread_ts);
    const occasion = { what: 'Replying to a direct message', event: eventId(body), channel: event.channel, user };
    await safely(ctx.logger, occasion, async () => {
      const limited = limitFor(ctx, limitKey(user, event.channel), 'public');
      if (limited === null) return;
      const choices = ctx.choices.of(event.channel, user);
      const reply = limited ?? (await answer(ctx, stripOwnMention(event.text ?? '', context.botUserId), choices, thread));
      const message = {
        channel: event.channel,
        ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
        ...NO_UNFURL,
        ...asMessage(reply),
      };
      await callWebApi('chat.postMessage', () => client.chat.postMessage(message), ctx);
      remember(ctx, thread, reply);
    });
  });

  app.event('app_home_opened', async ({ event, body, client }) => {
    if (event.tab !== 'home') return;
    const occasion = { what: 'Publishing the App Home tab', event: eventId(body), user: event.user };
    await safely(ctx.logger, occasion, async () => {
      const view = await homeFor(ctx, event.user);
      await callWebApi('views.publish', () => client.views.publish({ user_id: event.user, view: view as never }), ctx);
    });
  });
}

/** The answer to `text`, asked of the reports chosen there; a follow-up is read in the light of the thread's earlier question. */
function answer(ctx: ListenerContext, text: string, choices: ReportChoices, thread: string): Promise<Reply> {
  return ctx.handlers.question(text, { share: false, choices, earlier: ctx.threads.get(thread) });
}

/** Once an answer is posted, the thread's next question is read in its light. */
function remember(ctx: ListenerContext, thread: string, reply: Reply): void {
  if (reply.topic) ctx.threads.set(thread, reply.topic);
}
