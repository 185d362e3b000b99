/**
 * Replies that go through a response_url, and where they go when it cannot
 * take them: a private reply by direct message to the person who asked, a
 * shared citation as the bot's own post in the channel.
 */
import type { webApi } from '@slack/bolt';
import { type ListenerContext, NO_UNFURL, type Occasion, asMessage, describeOccasion } from '../context.js';
import { type Reply, context, fitBlocks } from '../render/blocks.js';
import { postToResponseUrl } from './response-url.js';
import { DeliveryError, callWebApi } from './web-api.js';

export interface ResponseTarget {
  responseUrl: string;
  /** When the request came: its response_url lasts 30 minutes from then. */
  receivedAt: number;
}

const BY_DIRECT_MESSAGE = '_I could not reply where you asked, so here is my answer._';

/**
 * A reply only `user` sees. When the response_url cannot take it, it goes to
 * them by direct message: a second private copy, should Slack have shown the
 * first after all, does less harm than no answer.
 */
export async function replyPrivately(
  ctx: ListenerContext,
  client: webApi.WebClient,
  target: ResponseTarget & { user: string },
  reply: Reply,
  occasion: Occasion,
  fields: { replace_original?: boolean } = {},
): Promise<void> {
  const outcome = await postToResponseUrl(target.responseUrl, { response_type: 'ephemeral', ...fields, ...asMessage(reply) }, { ...ctx, ...target });
  if (outcome.delivered) return;
  if (ctx.signal.aborted) throw new DeliveryError(`the response_url post failed: ${outcome.reason}`);
  ctx.logger.warn(`${describeOccasion(occasion)}: the response_url post failed, as ${outcome.reason}; sending the reply by direct message instead`);
  const direct = { text: reply.text, blocks: fitBlocks([context(BY_DIRECT_MESSAGE), ...reply.blocks]) };
  await callWebApi('chat.postMessage', () => client.chat.postMessage({ channel: target.user, ...NO_UNFURL, ...asMessage(direct) }), ctx);
}

/**
 * A citation for everyone in the conversation. When the response_url turns it
 * away (it lasts 30 minutes and five uses) it is posted as the bot, which
 * works wherever the bot is a member; but not when a post went unanswered,
 * which Slack may have shown.
 */
export async function shareInChannel(
  ctx: ListenerContext,
  client: webApi.WebClient,
  target: ResponseTarget & { channel: string | undefined },
  reply: Reply,
  occasion: Occasion,
): Promise<void> {
  const message = { response_type: 'in_channel', replace_original: false, ...NO_UNFURL, ...asMessage(reply) };
  const outcome = await postToResponseUrl(target.responseUrl, message, { ...ctx, ...target });
  if (outcome.delivered) return;
  const { channel } = target;
  if (outcome.uncertain || !channel || ctx.signal.aborted) {
    const why = outcome.uncertain ? '; not posted again, as Slack may have shown it' : '';
    throw new DeliveryError(`the response_url post failed, as ${outcome.reason}${why}`);
  }
  ctx.logger.warn(`${describeOccasion(occasion)}: the response_url post failed, as ${outcome.reason}; posting as the bot instead`);
  await callWebApi('chat.postMessage', () => client.chat.postMessage({ channel, ...NO_UNFURL, ...asMessage(reply) }), ctx);
}
