/**
 * One Web API call, repeated only when Slack rate-limits it. A rate-limited
 * call is answered without being acted on, so repeating it is safe. After a
 * timeout, a reset or a server error Slack may well have acted on it, and a
 * repeated chat.postMessage would post the same answer twice: those calls
 * fail at once, saying why.
 */
import { webApi } from '@slack/bolt';
import { type SlackTimings, seconds } from '../timings.js';
import { sleep } from '../wait.js';

export interface CallOptions {
  timings: SlackTimings;
  /** Aborts when the app shuts down. */
  signal: AbortSignal;
}

/** A call that was given up, with a reason fit for the log. */
export class DeliveryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}

const MAYBE_ACTED = 'not repeated, as Slack may have acted on it';

/** Why a call failed, in words; `undefined` when the error is not from the Web API client. */
function failure(error: unknown, timings: SlackTimings): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code } = error as { code?: unknown };
  if (code === webApi.ErrorCode.PlatformError) return `failed: ${String((error as webApi.WebAPIPlatformError).data.error)}`;
  if (code === webApi.ErrorCode.HTTPError) return `failed with HTTP ${(error as webApi.WebAPIHTTPError).statusCode}; ${MAYBE_ACTED}`;
  if (code === webApi.ErrorCode.RequestError) {
    const original = (error as webApi.WebAPIRequestError).original;
    if (original.name === 'TimeoutError' || original.name === 'AbortError') {
      return `got no answer within ${seconds(timings.apiTimeoutMs)}; ${MAYBE_ACTED}`;
    }
    return `failed (${original.message}); ${MAYBE_ACTED}`;
  }
  return undefined;
}

function rateLimitWaitMs(error: unknown): number | undefined {
  if ((error as { code?: unknown })?.code !== webApi.ErrorCode.RateLimitedError) return undefined;
  return Math.max(0, (error as webApi.WebAPIRateLimitedError).retryAfter) * 1000;
}

/**
 * Runs `call`, a Web API method on a client made with `retries: 0` and
 * `rejectRateLimitedCalls: true`, waiting out up to `rateLimitRetries` rate
 * limits. Anything else rejects with a {@link DeliveryError}.
 */
export async function callWebApi<T>(method: string, call: () => Promise<T>, options: CallOptions): Promise<T> {
  const { timings, signal } = options;
  for (let limited = 0; ; limited++) {
    try {
      return await call();
    } catch (error) {
      const waitMs = rateLimitWaitMs(error);
      if (waitMs === undefined) {
        const reason = failure(error, timings);
        if (reason === undefined) throw error;
        throw new DeliveryError(`${method} ${reason}`, { cause: error });
      }
      if (limited >= timings.rateLimitRetries) {
        throw new DeliveryError(`${method} was rate-limited ${limited + 1} times in a row`, { cause: error });
      }
      if (waitMs > timings.rateLimitMaxWaitMs) {
        throw new DeliveryError(`${method} was rate-limited for ${seconds(waitMs)}, longer than the app waits`, { cause: error });
      }
      await sleep(waitMs, signal);
    }
  }
}
