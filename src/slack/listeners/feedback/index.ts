/**
 * Votes on answers: Helpful, Not helpful, and the form Not helpful opens.
 * Everything the vote needs comes with the request (the button's value, the
 * form's private_metadata); only the person who votes is told anything.
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { type ParagraphRef, type RatedAnswer, decodeRatedAnswer } from '../../../feedback/rated-answer.js';
import type { RecordOutcome } from '../../../feedback/store.js';
import type { VoteValue } from '../../../feedback/vote.js';
import { type ListenerContext, type Occasion, describeError, describeOccasion, limitFor, safely } from '../../context.js';
import { replyPrivately } from '../../delivery/replies.js';
import { callWebApi } from '../../delivery/web-api.js';
import { renderNotice } from '../../render/answer.js';
import { type Reply, clip } from '../../render/blocks.js';
import {
  ACTION_HELPFUL,
  ACTION_NOT_HELPFUL,
  COMMENT_BLOCK,
  COMMENT_INPUT,
  CORRECTION_BLOCK,
  CORRECTION_INPUT,
  COULD_NOT_RECORD,
  FEEDBACK_MODAL,
  MAX_COMMENT_LENGTH,
  STALE_BUTTON,
  feedbackDoneModal,
  helpfulThanks,
  notHelpfulModal,
  notHelpfulThanks,
} from '../../render/feedback.js';
import { cleanInput } from '../../render/mrkdwn.js';

/** Who voted, as Slack knows them; the store keeps only a salted hash of it. */
function voter(user: { id: string; team_id?: string }, team: { id?: string } | null | undefined): string {
  return `slack:${user.team_id ?? team?.id ?? ''}:${user.id}`;
}

interface Ballot {
  answer: RatedAnswer;
  voter: string;
  vote: VoteValue;
  corrected?: ParagraphRef | null;
  comment?: string;
}

/** Records a vote; a file that cannot be written is logged, naming it, and the outcome says so. */
async function record(ctx: ListenerContext, ballot: Ballot, occasion: Occasion): Promise<RecordOutcome> {
  const outcome = await ctx.feedback.record({ ...ballot, via: 'slack' });
  if (!outcome.recorded) {
    ctx.logger.error(`${describeOccasion(occasion)}: could not write the vote to the feedback file (FEEDBACK_FILE ${ctx.feedback.file}): ${outcome.reason}`);
  }
  return outcome;
}

/**
 * Takes the vote a button carries: undefined once it is recorded, else the
 * reply that says why it was not (an old button, too many at once, a file
 * that cannot be written).
 */
async function takeVote(ctx: ListenerContext, body: BlockAction, answer: RatedAnswer | undefined, vote: VoteValue, occasion: Occasion): Promise<Reply | undefined> {
  if (!answer) return renderNotice(STALE_BUTTON);
  const limited = limitFor(ctx, body.user.id, 'private');
  if (limited) return limited;
  const outcome = await record(ctx, { answer, voter: voter(body.user, body.team), vote }, occasion);
  return outcome.recorded ? undefined : renderNotice(COULD_NOT_RECORD);
}

export function registerFeedback(app: App, ctx: ListenerContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_HELPFUL, async ({ ack, action, body, client }) => {
    await ack();
    const target = { responseUrl: body.response_url, receivedAt: Date.now(), user: body.user.id };
    const occasion = { what: 'Recording a helpful vote', channel: body.channel?.id, user: body.user.id };
    await safely(ctx.logger, occasion, async () => {
      const refused = await takeVote(ctx, body, decodeRatedAnswer(action.value), 'helpful', occasion);
      await replyPrivately(ctx, client, target, refused ?? helpfulThanks(), occasion, { replace_original: false });
    });
  });

  app.action<BlockAction<ButtonAction>>(ACTION_NOT_HELPFUL, async ({ ack, action, body, client }) => {
    await ack();
    const target = { responseUrl: body.response_url, receivedAt: Date.now(), user: body.user.id };
    const occasion = { what: 'Recording a not-helpful vote', channel: body.channel?.id, user: body.user.id };
    await safely(ctx.logger, occasion, async () => {
      const answer = decodeRatedAnswer(action.value);
      // Recorded at once, so that a form closed unanswered still counts the vote.
      const refused = await takeVote(ctx, body, answer, 'not_helpful', occasion);
      if (refused || !answer) return replyPrivately(ctx, client, target, refused ?? renderNotice(STALE_BUTTON), occasion, { replace_original: false });
      try {
        const view = notHelpfulModal(answer, action.value ?? '');
        await callWebApi('views.open', () => client.views.open({ trigger_id: body.trigger_id, view: view as never }), ctx);
      } catch (error) {
        ctx.logger.warn(`${describeOccasion(occasion)}: the form could not be opened (${describeError(error)}); thanking the person instead`);
        await replyPrivately(ctx, client, target, notHelpfulThanks(), occasion, { replace_original: false });
      }
    });
  });

  app.view(FEEDBACK_MODAL, async ({ ack, view, body }) => {
    const occasion = { what: 'Recording a correction', user: body.user.id };
    await safely(ctx.logger, occasion, async () => {
      const answer = decodeRatedAnswer(view.private_metadata);
      if (!answer) return ack({ response_action: 'update', view: feedbackDoneModal(false) as never });
      const given = view.state.values[CORRECTION_BLOCK]?.[CORRECTION_INPUT]?.value ?? '';
      const comment = cleanInput(view.state.values[COMMENT_BLOCK]?.[COMMENT_INPUT]?.value ?? '', MAX_COMMENT_LENGTH).text;
      let corrected: ParagraphRef | null = null;
      if (given.trim()) {
        const correction = await ctx.handlers.correction(given, answer.reports);
        if ('error' in correction) return ack({ response_action: 'errors', errors: { [CORRECTION_BLOCK]: clip(correction.error, 200) } });
        corrected = correction.paragraph;
      }
      // The vote itself was recorded when the button was pressed.
      if (!corrected && !comment) return ack();
      const outcome = await record(ctx, { answer, voter: voter(body.user, body.team), vote: 'not_helpful', corrected, comment }, occasion);
      return ack({ response_action: 'update', view: feedbackDoneModal(outcome.recorded) as never });
    });
  });
}
