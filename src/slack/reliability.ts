/**
 * Bounded memory for the two things the app must remember between requests:
 * which events it has already handled (Slack redelivers), and how fast each
 * person is asking.
 */

/**
 * Remembers keys for `ttlMs`, holding at most `max` of them; the oldest are
 * forgotten first. Slack retries an event for about an hour at most, and a
 * Socket Mode redelivery comes within seconds, so an hour is ample.
 */
export class SeenSet {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly max = 10_000,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records `key`; true if it was already recorded and has not expired. */
  checkAndAdd(key: string): boolean {
    const t = this.now();
    const at = this.seen.get(key);
    if (at !== undefined && t - at < this.ttlMs) return true;
    this.seen.delete(key);
    this.seen.set(key, t);
    dropOldest(this.seen, this.max);
    return false;
  }

  get size(): number {
    return this.seen.size;
  }
}

export interface RateLimitOptions {
  /** Requests a person can make at once. */
  burst: number;
  /** Seconds for one request's allowance to come back. */
  refillSeconds: number;
  /** People tracked at once; the least recently seen are forgotten (they had a full bucket anyway, soon). */
  maxUsers?: number;
  now?: () => number;
}

export type RateDecision = 'allow' | 'limit-first' | 'limit';

/**
 * A token bucket per user. The first refusal in a run is reported as
 * `limit-first` so the app can explain once, politely, and then stay quiet
 * instead of answering a flood with a flood. A run ends only when the bucket
 * has filled up again: a steady flood, let through one request at a time as
 * the bucket refills, is still one run and is told once.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; warned: boolean }>();
  private readonly maxUsers: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.maxUsers = options.maxUsers ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  take(user: string): RateDecision {
    const t = this.now();
    const b = this.buckets.get(user) ?? { tokens: this.options.burst, at: t, warned: false };
    this.buckets.delete(user);
    b.tokens = Math.min(this.options.burst, b.tokens + (t - b.at) / 1000 / this.options.refillSeconds);
    b.at = t;
    let decision: RateDecision;
    if (b.tokens >= this.options.burst) b.warned = false;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      decision = 'allow';
    } else {
      decision = b.warned ? 'limit' : 'limit-first';
      b.warned = true;
    }
    this.buckets.set(user, b);
    dropOldest(this.buckets, this.maxUsers);
    return decision;
  }

  /** Seconds until `user` may ask again. */
  waitSeconds(user: string): number {
    const b = this.buckets.get(user);
    if (!b) return 0;
    return Math.max(1, Math.ceil((1 - b.tokens) * this.options.refillSeconds));
  }
}

export const RATE_LIMITED = (seconds: number) =>
  `You're asking faster than I can keep up with. Please wait about ${seconds} seconds and try again.`;

/** Keeps a map to `max` entries by dropping the oldest: a Map iterates in insertion order. */
export function dropOldest(map: Map<string, unknown>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}
