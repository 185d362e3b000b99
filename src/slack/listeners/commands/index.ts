/** Slash commands: `/ask`, `/grade`, `/cite`, all answered privately. */
import type { App } from '@slack/bolt';
import { type CommandName, COMMANDS } from '../../handlers.js';
import { type ListenerContext, asMessage, limitFor, safely } from '../../context.js';

export function registerCommands(app: App, ctx: ListenerContext): void {
  for (const name of COMMANDS) {
    app.command(`/${name}`, async ({ ack, command, respond }) => {
      // Slack allows three seconds; acknowledge first, answer through response_url.
      await ack();
      await safely(ctx.logger, { what: `Answering /${name}`, channel: command.channel_id, user: command.user_id }, async () => {
        const reply = limitFor(ctx, command.user_id, 'private') ?? ctx.handlers.command(name as CommandName, command.text ?? '');
        await respond({ response_type: 'ephemeral', ...asMessage(reply) });
      });
    });
  }
}
