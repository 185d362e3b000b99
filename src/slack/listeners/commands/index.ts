/** Slash commands: `/ask`, `/grade`, `/cite`, all answered privately; `/report` has its own listener. */
import type { App } from '@slack/bolt';
import { type CommandName, COMMANDS } from '../../handlers.js';
import { type ListenerContext, limitFor, safely } from '../../context.js';
import { replyPrivately } from '../../delivery/replies.js';

export function registerCommands(app: App, ctx: ListenerContext): void {
  for (const name of COMMANDS) {
    app.command(`/${name}`, async ({ ack, command, client }) => {
      // Slack allows three seconds; acknowledge first, answer through response_url.
      await ack();
      const target = { responseUrl: command.response_url, receivedAt: Date.now(), user: command.user_id };
      const occasion = { what: `Answering /${name}`, channel: command.channel_id, user: command.user_id };
      await safely(ctx.logger, occasion, async () => {
        const choices = ctx.choices.of(command.channel_id, command.user_id);
        const reply = limitFor(ctx, command.user_id, 'private') ?? (await ctx.handlers.command(name as CommandName, command.text ?? '', choices));
        await replyPrivately(ctx, client, target, reply, occasion);
      });
    });
  }
}
