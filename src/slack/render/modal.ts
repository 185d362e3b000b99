/** The "Ask the report" modal opened from App Home, and the answer shown in it. */
import type { Block, Reply } from './blocks.js';
import { LIMITS, fitBlocks } from './blocks.js';

export const ASK_MODAL = 'ask_modal';
export const ASK_BLOCK = 'question';
export const ASK_INPUT = 'question_text';
export const ACTION_OPEN_ASK = 'open_ask_modal';

export interface InputBlock {
  type: 'input';
  block_id: string;
  optional?: boolean;
  label: { type: 'plain_text'; text: string };
  hint?: { type: 'plain_text'; text: string };
  element: {
    type: 'plain_text_input';
    action_id: string;
    multiline: boolean;
    max_length: number;
    placeholder: { type: 'plain_text'; text: string };
  };
}

export interface ModalView {
  type: 'modal';
  callback_id?: string;
  /** Carried to the submission unchanged; at most 3000 characters. */
  private_metadata?: string;
  title: { type: 'plain_text'; text: string };
  submit?: { type: 'plain_text'; text: string };
  close: { type: 'plain_text'; text: string };
  blocks: (Block | InputBlock)[];
}

export function askModal(): ModalView {
  return {
    type: 'modal',
    callback_id: ASK_MODAL,
    title: { type: 'plain_text', text: 'Ask the report' },
    submit: { type: 'plain_text', text: 'Ask' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [
      {
        type: 'input',
        block_id: ASK_BLOCK,
        label: { type: 'plain_text', text: 'Your question' },
        element: {
          type: 'plain_text_input',
          action_id: ASK_INPUT,
          multiline: false,
          max_length: 500,
          placeholder: { type: 'plain_text', text: 'How quickly are new referrals allocated?' },
        },
      },
    ],
  };
}

/** In place of the question form while the answer is found: the form's submission is acknowledged at once. */
export function workingModal(): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Ask the report' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '_Looking in the report…_' } }],
  };
}

/** The answer in place of the question form; buttons are left out, as a modal has no channel to share to. */
export function answerModal(reply: Reply): ModalView {
  const blocks = reply.blocks.filter((b) => b.type !== 'actions');
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Ask the report' },
    close: { type: 'plain_text', text: 'Done' },
    blocks: fitBlocks(blocks, LIMITS.viewBlocks),
  };
}
