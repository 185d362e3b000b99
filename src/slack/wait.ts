/** Waiting between attempts, cut short when the app shuts down, and waiting no longer than needed. */
import type { SlackTimings } from './timings.js';

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before attempt `attempt` (2 for the first retry): doubling from retryFirstMs, at most retryMaxMs. */
export function backoffMs(attempt: number, timings: Pick<SlackTimings, 'retryFirstMs' | 'retryMaxMs'>): number {
  return Math.min(timings.retryMaxMs, timings.retryFirstMs * 2 ** Math.max(0, attempt - 2));
}

/** Whether `work` settles within `ms`; it is left running either way. */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true, () => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
