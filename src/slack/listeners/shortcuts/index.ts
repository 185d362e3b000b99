/** The message shortcut "Find in report": a private answer to a message's text. */
import type { App, MessageShortcut } from '@slack/bolt';
import { type ListenerContext, limitFor, safely } from '../../context.js';
import { replyPrivately } from '../../delivery/replies.js';
import { renderNotice } from '../../render/answer.js';

export const SHORTCUT_FIND = 'find_in_report';

export function registerShortcuts(app: App, ctx: ListenerContext): void {
  app.shortcut<MessageShortcut>(SHORTCUT_FIND, async ({ ack, shortcut, client }) => {
    await ack();
    const target = { responseUrl: shortcut.response_url, receivedAt: Date.now(), user: shortcut.user.id };
    const occasion = { what: 'Answering the Find in report shortcut', channel: shortcut.channel?.id, user: shortcut.user.id };
    await safely(ctx.logger, occasion, async () => {
      const text = shortcut.message.text ?? '';
      const reply =
        limitFor(ctx, shortcut.user.id, 'private') ??
        (text.trim()
          ? await ctx.handlers.question(text, { share: true, choices: ctx.choices.of(shortcut.channel?.id, shortcut.user.id) })
          : renderNotice('That message has no text to look up in the report.'));
      await replyPrivately(ctx, client, target, reply, occasion);
    });
  });
}
