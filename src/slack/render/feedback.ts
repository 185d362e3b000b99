/**
 * Feedback on answers: the Helpful / Not helpful buttons every answer
 * carries, the short form "Not helpful" opens, and what the person is told.
 * Only the person who voted ever sees any of it.
 */
import type { RatedAnswer } from '../../feedback/rated-answer.js';
import { type ActionsBlock, type Reply, button, clip, context, section } from './blocks.js';
import type { InputBlock, ModalView } from './modal.js';
import { escapeMrkdwn } from './mrkdwn.js';

export const ACTION_HELPFUL = 'feedback_helpful';
export const ACTION_NOT_HELPFUL = 'feedback_not_helpful';
export const FEEDBACK_MODAL = 'feedback_modal';
export const CORRECTION_BLOCK = 'feedback_paragraph';
export const CORRECTION_INPUT = 'paragraph';
export const COMMENT_BLOCK = 'feedback_comment';
export const COMMENT_INPUT = 'comment';

/** The longest comment kept; a comment is a pointer for whoever reads the votes, not an essay. */
export const MAX_COMMENT_LENGTH = 500;

/** The two buttons, each carrying the answer they rate (see {@link import('../../feedback/rated-answer.js').encodeRatedAnswer}). */
export function feedbackActions(value: string): ActionsBlock {
  return {
    type: 'actions',
    elements: [button(ACTION_HELPFUL, '👍 Helpful', value), button(ACTION_NOT_HELPFUL, '👎 Not helpful', value)],
  };
}

/** Whether a block is the feedback buttons; the terminal shows them as commands to type. */
export function isFeedbackActions(block: { type: string; elements?: { action_id?: string }[] }): boolean {
  return block.type === 'actions' && (block.elements ?? []).some((e) => e.action_id === ACTION_HELPFUL);
}

const THANKS_HELPFUL = 'Thanks: noted as helpful. Change your mind with the other button; only your latest vote on an answer counts.';
export const COULD_NOT_RECORD = "Sorry, I couldn't record that just now. Please try again later.";
export const STALE_BUTTON = 'That button no longer works; ask the question again to rate the answer.';

export function helpfulThanks(): Reply {
  return { text: THANKS_HELPFUL, blocks: [section(THANKS_HELPFUL)] };
}

export function notHelpfulThanks(): Reply {
  const text = 'Thanks: noted as not helpful. Only your latest vote on an answer counts.';
  return { text, blocks: [section(text)] };
}

/** The example a paragraph field shows: a number alone for an answer from one report, an id first for one from several. */
function paragraphExample(reportIds: string[]): string {
  return reportIds.length > 1 ? `e.g. ${reportIds[0]} 65` : 'e.g. 65';
}

/**
 * "Not helpful": which paragraph does answer it, and a comment, both
 * optional. The answer goes along in private_metadata, so a submission
 * needs nothing the app remembers.
 */
export function notHelpfulModal(rated: RatedAnswer, metadata: string): ModalView {
  const question = rated.readAs ?? rated.question;
  const input = (block_id: string, label: string, action_id: string, multiline: boolean, max_length: number, placeholder: string, hint?: string): InputBlock => ({
    type: 'input',
    block_id,
    optional: true,
    label: { type: 'plain_text', text: label },
    element: { type: 'plain_text_input', action_id, multiline, max_length, placeholder: { type: 'plain_text', text: placeholder } },
    ...(hint ? { hint: { type: 'plain_text', text: hint } } : {}),
  });
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL,
    private_metadata: metadata,
    title: { type: 'plain_text', text: 'Not helpful' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Skip' },
    blocks: [
      section('Thanks: noted as not helpful. If you know where the report does answer it, say so, and it joins the questions the answers are measured on.'),
      context(`Your question: “${escapeMrkdwn(clip(question, 500))}”`),
      input(CORRECTION_BLOCK, 'Which paragraph answers it?', CORRECTION_INPUT, false, 100, paragraphExample(rated.reports), 'The paragraph number, as in /cite.'),
      input(COMMENT_BLOCK, 'Anything else?', COMMENT_INPUT, true, MAX_COMMENT_LENGTH, 'What was wrong with the answer'),
    ],
  };
}

/** What replaces the form once it is sent. */
export function feedbackDoneModal(recorded: boolean): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Not helpful' },
    close: { type: 'plain_text', text: 'Done' },
    blocks: [section(recorded ? 'Thank you: that is recorded.' : COULD_NOT_RECORD)],
  };
}
