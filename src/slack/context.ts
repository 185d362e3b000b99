/** What every listener needs, built once per app. */
import type { FeedbackStore } from '../feedback/store.js';
import type { AsyncHandlers } from './async-handlers.js';
import type { CallOptions } from './delivery/web-api.js';
import type { Logger } from './logger.js';
import type { Reply } from './render/blocks.js';
import type { ReportChoiceStore } from './report-choices.js';
import { RATE_LIMITED, type RateLimiter } from './reliability.js';
import type { ThreadTopics } from './thread-topics.js';

export interface ListenerContext extends CallOptions {
  /** Run off the acknowledgement path: in answer workers, or in this thread. */
  handlers: AsyncHandlers;
  logger: Logger;
  limiter: RateLimiter;
  /** Where votes on answers go. */
  feedback: FeedbackStore;
  /** Each thread's earlier question, for follow-ups. */
  threads: ThreadTopics;
  /** The reports each channel and person chose to ask of. */
  choices: ReportChoiceStore;
}

/** What a listener is doing, and for whom, so that a failure's log line says which request it was. */
export interface Occasion {
  /** e.g. "Replying to a mention". */
  what: string;
  event?: string | undefined;
  channel?: string | undefined;
  user?: string | undefined;
}

/** Slack ids only: anything else in a request's fields is left out of the log. */
const SLACK_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** "Replying to a mention (event Ev1, channel C1, user U1)". */
export function describeOccasion(occasion: Occasion): string {
  const ids = (['event', 'channel', 'user'] as const)
    .map((field) => [field, occasion[field]] as const)
    .filter(([, id]) => id !== undefined)
    .map(([field, id]) => `${field} ${SLACK_ID.test(id!) ? id : '(not a Slack id)'}`);
  return ids.length > 0 ? `${occasion.what} (${ids.join(', ')})` : occasion.what;
}

/** Fields every message the app sends carries: links in report text are not previewed. */
export const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Runs a listener's work so that a failure (a Web API error, an expired
 * response_url) is logged, in one line naming the request, and goes no
 * further: the next request is served.
 */
export async function safely(logger: Logger, occasion: Occasion, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error(`${describeOccasion(occasion)} failed, and its reply was given up: ${describeError(error)}`);
  }
}

/** Web API errors carry the whole request; only the useful part is logged. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const data = (error as { data?: { error?: unknown } }).data;
    const code = (error as { code?: unknown }).code;
    const detail = data?.error ? ` (${String(data.error)})` : '';
    return `${code ? String(code) + ': ' : ''}${error.message}${detail}`;
  }
  return String(error);
}

/**
 * Whose allowance a request uses: its user's, or, for a message with no user
 * (an integration's, a workflow's), its channel's, so that none goes unlimited.
 */
export function limitKey(user: string | undefined, channel: string): string {
  return user ? user : `channel ${channel}`;
}

/**
 * Applies the limit of `key` (a user id, or see {@link limitKey}). Returns
 * the reply to send instead of an answer, `null` to stay silent, or
 * `undefined` to go ahead. Private replies explain every time (never `null`);
 * public ones explain once and then stay quiet, so that a flood in a channel
 * is not answered with a flood.
 */
export function limitFor(ctx: ListenerContext, key: string, visibility: 'private'): Reply | undefined;
export function limitFor(ctx: ListenerContext, key: string, visibility: 'public'): Reply | null | undefined;
export function limitFor(ctx: ListenerContext, key: string, visibility: 'private' | 'public'): Reply | null | undefined {
  const decision = ctx.limiter.take(key);
  if (decision === 'allow') return undefined;
  if (decision === 'limit' && visibility === 'public') return null;
  const text = RATE_LIMITED(ctx.limiter.waitSeconds(key));
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** Our narrowly typed blocks are a subset of Slack's; this is the one place they meet. */
export function asMessage(reply: Reply): { text: string; blocks: never[] } {
  return { text: reply.text, blocks: reply.blocks as never[] };
}
