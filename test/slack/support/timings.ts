import type { SlackTimings } from '../../../src/slack/timings.js';

/**
 * The app's timings scaled down by about 50, and retry waits by more: the
 * same logic, run in milliseconds rather than seconds. A 10 s Web API
 * timeout becomes 200 ms; the wait before a second try, 5 ms.
 */
export const FAST_TIMINGS: SlackTimings = {
  apiTimeoutMs: 200,
  rateLimitRetries: 3,
  rateLimitMaxWaitMs: 1_200,
  responseTimeoutMs: 200,
  responseAttempts: 5,
  retryFirstMs: 5,
  retryMaxMs: 80,
  responseUrlLifetimeMs: 36_000,
  shutdownGraceMs: 100,
};

/** How much shorter FAST_TIMINGS are than the app's own. */
export const SCALE = 50;
