/** Buttons on answers: share a citation with the channel, or read the whole paragraph. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { type ListenerContext, NO_UNFURL, asMessage, describeError, limitFor, safely } from '../../context.js';
import { callWebApi } from '../../delivery/web-api.js';
import { ACTION_FULL_TEXT, ACTION_SHARE } from '../../render/answer.js';

export function registerActions(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_SHARE, async ({ ack, action, body, respond, client }) => {
    await ack();
    const occasion = { what: 'Sharing a citation', channel: body.channel?.id, user: body.user.id };
    await safely(ctx.logger, occasion, async () => {
      const limited = limitFor(ctx, body.user.id, 'private');
      if (limited) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...asMessage(limited) });
        return;
      }
      const reply = ctx.handlers.paragraph(action.value, { share: false, sharedBy: body.user.id });
      try {
        // response_url can post for everyone in any conversation the command
        // was used in, so sharing needs no channel membership and no extra scope.
        await respond({ response_type: 'in_channel', replace_original: false, ...NO_UNFURL, ...asMessage(reply) });
      } catch (error) {
        // A response_url lasts 30 minutes and 5 uses; after that, post as the
        // bot, which works wherever it is a member.
        const channel = body.channel?.id ?? body.container?.channel_id;
        if (!channel) throw error;
        ctx.logger.warn('Sharing through response_url failed; posting as the bot instead:', describeError(error));
        await callWebApi('chat.postMessage', () => client.chat.postMessage({ channel, ...NO_UNFURL, ...asMessage(reply) }), ctx);
      }
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_FULL_TEXT, async ({ ack, action, body, respond }) => {
    await ack();
    await safely(ctx.logger, { what: 'Showing a full paragraph', channel: body.channel?.id, user: body.user.id }, async () => {
      // Offer Share only where the answer was private; a public one is already shared.
      const share = body.container?.is_ephemeral === true;
      const reply = ctx.handlers.paragraph(action.value, { share });
      await respond({ response_type: 'ephemeral', replace_original: false, ...asMessage(reply) });
    });
  });
}
