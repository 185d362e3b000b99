/**
 * How long the app waits for Slack and how it paces its retries. Production
 * runs on the defaults; tests scale them down to run the same logic quickly.
 */
export interface SlackTimings {
  /** One Web API call. After this it is abandoned, and a post is not repeated: Slack may have made it. */
  apiTimeoutMs: number;
  /** Rate-limited Web API calls waited out and repeated before giving up. */
  rateLimitRetries: number;
  /** The longest Retry-After waited out; a longer one gives up at once. */
  rateLimitMaxWaitMs: number;
  /** One post to a response_url. */
  responseTimeoutMs: number;
  /** Posts to a response_url, the first included, before the reply goes another way. */
  responseAttempts: number;
  /** The wait before the second post to a response_url; it doubles for each one after, up to retryMaxMs. */
  retryFirstMs: number;
  retryMaxMs: number;
  /** How long Slack accepts posts to a response_url: 30 minutes from the request. */
  responseUrlLifetimeMs: number;
  /** On shutdown, how long replies in progress get to finish before they are abandoned. */
  shutdownGraceMs: number;
}

export const DEFAULT_TIMINGS: SlackTimings = {
  apiTimeoutMs: 10_000,
  rateLimitRetries: 3,
  rateLimitMaxWaitMs: 60_000,
  responseTimeoutMs: 10_000,
  responseAttempts: 5,
  retryFirstMs: 1_000,
  retryMaxMs: 30_000,
  responseUrlLifetimeMs: 30 * 60_000,
  shutdownGraceMs: 5_000,
};

/** "10 s", "0.2 s": a duration for a log line. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}
