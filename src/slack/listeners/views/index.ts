/** Modals: the "Ask the report" form opened from App Home. */
import type { App } from '@slack/bolt';
import { type ListenerContext, limitFor, safely } from '../../context.js';
import { callWebApi } from '../../delivery/web-api.js';
import { ACTION_OPEN_ASK, ASK_BLOCK, ASK_INPUT, ASK_MODAL, answerModal, askModal, workingModal } from '../../render/modal.js';

export function registerViews(app: App, ctx: ListenerContext): void {
  app.action(ACTION_OPEN_ASK, async ({ ack, body, client }) => {
    await ack();
    if (!('trigger_id' in body)) return;
    await safely(ctx.logger, { what: 'Opening the Ask modal', user: body.user.id }, async () => {
      await callWebApi('views.open', () => client.views.open({ trigger_id: body.trigger_id, view: askModal() as never }), ctx);
    });
  });

  app.view(ASK_MODAL, async ({ ack, view, body, client }) => {
    const question = view.state.values[ASK_BLOCK]?.[ASK_INPUT]?.value ?? '';
    if (!question.trim()) {
      await ack({ response_action: 'errors', errors: { [ASK_BLOCK]: 'Type a question about the report.' } });
      return;
    }
    const occasion = { what: 'Answering in the Ask modal', user: body.user.id };
    const limited = limitFor(ctx, body.user.id, 'private');
    // A limit is said within the acknowledgement; an answer, however long the workers take, replaces the form after it.
    if (limited) {
      await safely(ctx.logger, occasion, () => ack({ response_action: 'update', view: answerModal(limited) as never }));
      return;
    }
    await safely(ctx.logger, occasion, () => ack({ response_action: 'update', view: workingModal() as never }));
    await safely(ctx.logger, occasion, async () => {
      const reply = await ctx.handlers.question(question, { share: false, choices: ctx.choices.of(undefined, body.user.id) });
      await callWebApi('views.update', () => client.views.update({ view_id: view.id, view: answerModal(reply) as never }), ctx);
    });
  });
}
