/**
 * Votes in the terminal conversation: `/helpful`, or `/unhelpful` with the
 * paragraph that does answer and a comment, both optional, on the last
 * answer shown. They go to the same feedback file as votes in Slack.
 */
import { userInfo } from 'node:os';
import { type ParagraphRef, type RatedAnswer, decodeRatedAnswer } from '../feedback/rated-answer.js';
import type { FeedbackStore } from '../feedback/store.js';
import type { Handlers } from '../slack/handlers.js';
import type { Logger } from '../slack/logger.js';
import type { Reply } from '../slack/render/blocks.js';
import { ACTION_HELPFUL, COULD_NOT_RECORD, MAX_COMMENT_LENGTH } from '../slack/render/feedback.js';
import { cleanInput } from '../slack/render/mrkdwn.js';

export interface TerminalFeedback {
  store: FeedbackStore;
  /** Who is at the terminal; only its salted hash is written. */
  voter: string;
  logger: Logger;
}

/** The person at the terminal, by their login name. */
export function terminalVoter(): string {
  try {
    return `terminal:${userInfo().username}`;
  } catch {
    // Some containers run under a user id with no name.
    return 'terminal:';
  }
}

/** "/helpful", "/unhelpful 94 it is about care leavers", "/not-helpful sutton-2012 ¶94". */
const VOTE = /^\/(helpful|unhelpful|not-helpful)(?:\s+(.*))?$/is;
/** A paragraph reference at the start of what follows /unhelpful: an optional report id, then a number. */
const LEADING_PARAGRAPH = /^((?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d{4}(?:-\d{1,3})?\s+)?(?:¶\s*|para(?:graph)?\.?\s*|p\.\s*)?\d{1,4})(?=$|[\s.,:;])[.,:;]?\s*(.*)$/is;

export function isVoteCommand(line: string): boolean {
  return VOTE.test(line.trim());
}

/** The answer a reply's Helpful button rates, if it has one. */
export function ratedIn(reply: Reply): RatedAnswer | undefined {
  for (const block of reply.blocks) {
    if (block.type !== 'actions') continue;
    const helpful = block.elements.find((e) => e.action_id === ACTION_HELPFUL);
    if (helpful) return decodeRatedAnswer(helpful.value);
  }
  return undefined;
}

/** Records the vote `line` gives on `rated`; returns what to tell the person. */
export async function voteInTerminal(line: string, rated: RatedAnswer | undefined, handlers: Handlers, feedback: TerminalFeedback | undefined): Promise<string> {
  const m = VOTE.exec(line.trim());
  if (!m) return '';
  if (!feedback) return 'Votes are not recorded in this conversation.';
  if (!rated) return 'There is no answer to rate yet: ask a question first.';
  const vote = m[1]!.toLowerCase() === 'helpful' ? 'helpful' : 'not_helpful';
  let corrected: ParagraphRef | null = null;
  let comment = '';
  if (vote === 'not_helpful') {
    const rest = m[2]?.trim() ?? '';
    const paragraph = LEADING_PARAGRAPH.exec(rest);
    if (paragraph) {
      const correction = handlers.correction(paragraph[1]!, rated.reports);
      if ('error' in correction) return `${correction.error} Nothing was recorded.`;
      corrected = correction.paragraph;
    }
    comment = cleanInput(paragraph ? paragraph[2] ?? '' : rest, MAX_COMMENT_LENGTH).text;
  }
  const outcome = await feedback.store.record({ answer: rated, voter: feedback.voter, via: 'terminal', vote, corrected, comment });
  if (!outcome.recorded) {
    feedback.logger.error(`Recording a vote from the terminal: could not write the vote to the feedback file (FEEDBACK_FILE ${feedback.store.file}): ${outcome.reason}`);
    return COULD_NOT_RECORD;
  }
  if (vote === 'helpful') return 'Thanks: noted as helpful. Only your latest vote on an answer counts.';
  const answered = corrected ? `, with ¶${corrected.paragraph} of ${corrected.report} as the paragraph that answers it` : '';
  return `Thanks: noted as not helpful${answered}. Only your latest vote on an answer counts.`;
}
