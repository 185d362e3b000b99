/** `/report`: which reports questions go to, for the person or for the channel; answered privately. */
import type { App } from '@slack/bolt';
import { type ListenerContext, limitFor, safely } from '../../context.js';
import { replyPrivately } from '../../delivery/replies.js';

export const REPORT_COMMAND = '/report';

export function registerReportCommand(app: App, ctx: ListenerContext): void {
  app.command(REPORT_COMMAND, async ({ ack, command, client }) => {
    await ack();
    const target = { responseUrl: command.response_url, receivedAt: Date.now(), user: command.user_id };
    const where = { channel: command.channel_id, user: command.user_id };
    const occasion = { what: `Answering ${REPORT_COMMAND}`, ...where };
    await safely(ctx.logger, occasion, async () => {
      const limited = limitFor(ctx, command.user_id, 'private');
      if (limited) return replyPrivately(ctx, client, target, limited, occasion);
      // Direct messages' ids start with D; a choice there is the person's own.
      const inChannel = !/^D/.test(command.channel_id);
      const result = await ctx.handlers.report(command.text ?? '', ctx.choices.of(command.channel_id, command.user_id), { inChannel });
      if (result.change) ctx.choices.apply(result.change, where);
      await replyPrivately(ctx, client, target, result.reply, occasion);
    });
  });
}
