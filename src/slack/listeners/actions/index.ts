/** Buttons on answers: share a citation with the channel, read the whole paragraph, or copy its citation for a document. */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { type ListenerContext, limitFor, safely } from '../../context.js';
import { replyPrivately, shareInChannel } from '../../delivery/replies.js';
import { ACTION_FULL_TEXT, ACTION_SHARE } from '../../render/answer.js';
import { ACTION_COPY_CITATION } from '../../render/reference.js';

export function registerActions(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_SHARE, async ({ ack, action, body, client }) => {
    await ack();
    const target = { responseUrl: body.response_url, receivedAt: Date.now(), user: body.user.id, channel: body.channel?.id ?? body.container?.channel_id };
    const occasion = { what: 'Sharing a citation', channel: target.channel, user: target.user };
    await safely(ctx.logger, occasion, async () => {
      const limited = limitFor(ctx, body.user.id, 'private');
      if (limited) return replyPrivately(ctx, client, target, limited, occasion, { replace_original: false });
      // response_url can post for everyone in any conversation the command
      // was used in, so sharing needs no channel membership and no extra scope.
      const reply = await ctx.handlers.paragraph(action.value, { share: false, sharedBy: body.user.id });
      return shareInChannel(ctx, client, target, reply, occasion);
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_FULL_TEXT, async ({ ack, action, body, client }) => {
    await ack();
    const target = { responseUrl: body.response_url, receivedAt: Date.now(), user: body.user.id };
    const occasion = { what: 'Showing a full paragraph', channel: body.channel?.id, user: body.user.id };
    await safely(ctx.logger, occasion, async () => {
      // Offer Share only where the answer was private; a public one is already shared.
      const share = body.container?.is_ephemeral === true;
      const reply = await ctx.handlers.paragraph(action.value, { share });
      await replyPrivately(ctx, client, target, reply, occasion, { replace_original: false });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_COPY_CITATION, async ({ ack, action, body, client }) => {
    await ack();
    const target = { responseUrl: body.response_url, receivedAt: Date.now(), user: body.user.id };
    const occasion = { what: 'Giving a citation for a document', channel: body.channel?.id, user: body.user.id };
    await safely(ctx.logger, occasion, async () => {
      const reply = limitFor(ctx, body.user.id, 'private') ?? (await ctx.handlers.reference(action.value));
      await replyPrivately(ctx, client, target, reply, occasion, { replace_original: false });
    });
  });
}
