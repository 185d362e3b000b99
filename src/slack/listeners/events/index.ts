/** Events API: mentions in channels, direct messages and the App Home tab. */
import type { App } from '@slack/bolt';
import { type ListenerContext, NO_UNFURL, asMessage, limitFor, safely } from '../../context.js';
import { stripOwnMention } from '../../render/mrkdwn.js';
import type { Reply } from '../../render/blocks.js';

export function registerEvents(app: App, ctx: ListenerContext): void {
  app.event('app_mention', async ({ event, context, client }) => {
    // A bot's message that mentions us (including our own) would start a loop.
    if ('bot_id' in event && event.bot_id) return;
    if ('subtype' in event && event.subtype) return;
    const threadTs = event.thread_ts ?? event.ts;
    await safely(ctx.logger, 'Replying to a mention', async () => {
      const limited = limitFor(ctx, event.user, 'public');
      if (limited === null) return;
      const reply = limited ?? answer(ctx, stripOwnMention(event.text ?? '', context.botUserId));
      await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...NO_UNFURL, ...asMessage(reply) });
    });
  });

  app.event('message', async ({ event, context, client }) => {
    // Only plain new messages in a direct conversation with the bot: edits,
    // deletions, joins and the like arrive as subtypes, and bots (this one
    // included) never get an answer.
    if (event.channel_type !== 'im') return;
    if (event.subtype !== undefined) return;
    if (event.bot_id || (context.botUserId && event.user === context.botUserId)) return;
    const user = event.user;
    await safely(ctx.logger, 'Replying to a direct message', async () => {
      const limited = limitFor(ctx, user, 'public');
      if (limited === null) return;
      const reply = limited ?? answer(ctx, stripOwnMention(event.text ?? '', context.botUserId));
      await client.chat.postMessage({
        channel: event.channel,
        ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
        ...NO_UNFURL,
        ...asMessage(reply),
      });
    });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await safely(ctx.logger, 'Publishing the App Home tab', async () => {
      await client.views.publish({ user_id: event.user, view: ctx.handlers.home() as never });
    });
  });
}

function answer(ctx: ListenerContext, text: string): Reply {
  return ctx.handlers.question(text, { share: false });
}
