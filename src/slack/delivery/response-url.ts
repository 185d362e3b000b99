/**
 * Posting to a response_url, which Slack gives with every command, button
 * and shortcut. A post that Slack turns away for now (429, a 5xx) or whose
 * connection fails is tried again after a growing wait, while the URL lasts:
 * 30 minutes from the request. Each post has a timeout; one that gets no
 * answer is not tried again, as Slack may have shown it.
 */
import { type SlackTimings, seconds } from '../timings.js';
import type { CallOptions } from './web-api.js';
import { backoffMs, sleep } from '../wait.js';

export type ResponseOutcome =
  | { delivered: true }
  | {
      delivered: false;
      reason: string;
      /** A post went unanswered, so Slack may have shown it after all. */
      uncertain: boolean;
    };

export interface ResponseUrlOptions extends CallOptions {
  /** When the request came: the response_url expires 30 minutes after. */
  receivedAt: number;
}

type Attempt =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'final'; reason: string; uncertain: boolean };

export async function postToResponseUrl(url: string, message: object, options: ResponseUrlOptions): Promise<ResponseOutcome> {
  const { timings, signal } = options;
  if (!isWebUrl(url)) return { delivered: false, reason: 'the request came with no usable response_url', uncertain: false };
  const expiresAt = options.receivedAt + timings.responseUrlLifetimeMs;
  for (let attempt = 1; ; attempt++) {
    const result = await postOnce(url, message, timings, signal);
    if (result.kind === 'delivered') return { delivered: true };
    if (result.kind === 'final') return { delivered: false, reason: result.reason, uncertain: result.uncertain };
    const tried = attempt === 1 ? result.reason : `${result.reason}, ${attempt} times`;
    if (attempt >= timings.responseAttempts) return { delivered: false, reason: tried, uncertain: false };
    const waitMs = result.retryAfterMs ?? backoffMs(attempt + 1, timings);
    if (Date.now() + waitMs >= expiresAt) return { delivered: false, reason: `${tried}, and the response_url expires before another`, uncertain: false };
    try {
      await sleep(waitMs, signal);
    } catch {
      return { delivered: false, reason: `${tried}, and the app shut down before another`, uncertain: false };
    }
  }
}

async function postOnce(url: string, message: object, timings: SlackTimings, signal: AbortSignal): Promise<Attempt> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      redirect: 'error',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timings.responseTimeoutMs)]),
    });
    body = await response.text();
  } catch (error) {
    if (signal.aborted) return { kind: 'final', reason: 'it was abandoned as the app shut down', uncertain: true };
    if ((error as Error).name === 'TimeoutError') {
      return { kind: 'final', reason: `it got no answer within ${seconds(timings.responseTimeoutMs)}`, uncertain: true };
    }
    return { kind: 'retry', reason: `its connection failed (${connectionFailure(error)})` };
  }
  if (response.status === 429 || response.status >= 500) {
    const retryAfterMs = retryAfter(response);
    return { kind: 'retry', reason: `Slack answered HTTP ${response.status}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  const error = slackError(body);
  if (!response.ok || error) {
    return { kind: 'final', reason: `Slack answered HTTP ${response.status}${error ? ` (${error})` : ''}`, uncertain: false };
  }
  return { kind: 'delivered' };
}

function isWebUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** "ECONNRESET", or the error's message when it has no code. */
function connectionFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  return String(cause?.code ?? cause?.message ?? (error as Error).message);
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null || !/^\d{1,6}$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

/** Slack answers `{"ok":false,"error":"expired_url"}`, or just the error's name, when it turns a post away. */
function slackError(body: string): string | undefined {
  const text = body.trim();
  if (/^[a-z_]{1,64}$/.test(text) && text !== 'ok') return text;
  try {
    const json = JSON.parse(text) as { ok?: unknown; error?: unknown };
    if (json?.ok === false) return typeof json.error === 'string' ? json.error.slice(0, 64) : 'not ok';
  } catch {
    // Anything else that came with a 2xx is taken as success.
  }
  return undefined;
}
