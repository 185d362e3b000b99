/**
 * The earlier question of each conversation the bot has answered in, so
 * that a follow-up there can be read in its light. Held in memory only
 * (reading a thread's history back from Slack would need more scopes),
 * bounded in number and in age: a thread picked up again after a day is
 * read afresh.
 */
import type { ThreadTopic } from '../follow-up/reading.js';
import { dropOldest } from './reliability.js';

export class ThreadTopics {
  private readonly topics = new Map<string, { topic: ThreadTopic; at: number }>();

  constructor(
    private readonly max = 10_000,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A thread's key: its channel and the message it hangs from. A direct
   * message outside any thread continues the conversation itself.
   */
  static key(channel: string, threadTs: string | undefined): string {
    return threadTs ? `${channel} ${threadTs}` : channel;
  }

  get(key: string): ThreadTopic | undefined {
    const entry = this.topics.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at >= this.ttlMs) {
      this.topics.delete(key);
      return undefined;
    }
    return entry.topic;
  }

  set(key: string, topic: ThreadTopic): void {
    this.topics.delete(key);
    this.topics.set(key, { topic, at: this.now() });
    dropOldest(this.topics, this.max);
  }

  get size(): number {
    return this.topics.size;
  }
}
