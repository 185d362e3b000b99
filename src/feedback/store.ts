/**
 * The feedback file: votes appended as JSON Lines, one whole line per vote.
 *
 * Every append goes through one queue, so that lines never interleave
 * however many votes arrive at once, and each is written with a single
 * call on a file opened for appending. People are recorded as an HMAC of
 * their id under a salt: `FEEDBACK_SALT` when it is set, otherwise a random
 * salt the store makes once and keeps beside the file (`<file>.salt`,
 * readable by its owner only). Without the salt the hashes cannot be
 * tied back to anyone; with it they can only be checked against ids one
 * already has.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Config } from '../config.js';
import { defaultFeedbackFile } from '../paths.js';
import { type RatedAnswer, type ParagraphRef, answerId } from './rated-answer.js';
import { type VoteRecord, type VoteValue, asVoteRecord } from './vote.js';

export interface VoteInput {
  answer: RatedAnswer;
  /** Who voted, as the surface knows them (e.g. "slack:T123:U456"); only its hash is written. */
  voter: string;
  via: VoteRecord['via'];
  vote: VoteValue;
  corrected?: ParagraphRef | null;
  comment?: string | null;
}

export type RecordOutcome = { recorded: true; record: VoteRecord } | { recorded: false; reason: string };

/** "ENOTDIR: not a directory, mkdir '…'" from a file system error; the message otherwise. */
function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class FeedbackStore {
  private queue: Promise<unknown> = Promise.resolve();
  private salt: Promise<string> | undefined;

  constructor(
    readonly file: string,
    private readonly options: { salt?: string; now?: () => Date } = {},
  ) {}

  /** Appends one vote. Never throws: a file that cannot be written is an outcome, with the reason. */
  record(input: VoteInput): Promise<RecordOutcome> {
    const done = this.queue.then(() => this.append(input));
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async append(input: VoteInput): Promise<RecordOutcome> {
    try {
      const record: VoteRecord = {
        time: (this.options.now?.() ?? new Date()).toISOString(),
        answer: answerId(input.answer),
        user: createHmac('sha256', await this.saltValue()).update(input.voter).digest('hex').slice(0, 32),
        via: input.via,
        vote: input.vote,
        reports: input.answer.reports,
        question: input.answer.question,
        ...(input.answer.readAs !== undefined ? { readAs: input.answer.readAs } : {}),
        kind: input.answer.kind,
        shown: input.answer.shown,
        corrected: input.corrected ?? null,
        comment: input.comment || null,
      };
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, JSON.stringify(record) + '\n', { encoding: 'utf8', flag: 'a' });
      return { recorded: true, record };
    } catch (error) {
      return { recorded: false, reason: describeFailure(error) };
    }
  }

  private saltValue(): Promise<string> {
    if (this.options.salt) return Promise.resolve(this.options.salt);
    // A failure is not remembered, so a folder made writable again is used at the next vote.
    this.salt ??= this.readOrMakeSalt().catch((error: unknown) => {
      this.salt = undefined;
      throw error;
    });
    return this.salt;
  }

  private async readOrMakeSalt(): Promise<string> {
    const file = `${this.file}.salt`;
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const salt = (await readFile(file, 'utf8')).trim();
    if (salt.length < 16) throw new Error(`the salt in ${file} is too short; delete it to have a new one made`);
    return salt;
  }
}

/** The store the configuration names: FEEDBACK_FILE, salted with FEEDBACK_SALT when it is set. */
export function feedbackStoreFor(config: Pick<Config, 'feedbackFile' | 'feedbackSalt'>): FeedbackStore {
  return new FeedbackStore(config.feedbackFile ?? defaultFeedbackFile, config.feedbackSalt ? { salt: config.feedbackSalt } : {});
}

export interface ReadVotes {
  records: VoteRecord[];
  /** Line numbers (from 1) that held no vote. */
  skipped: number[];
}

/** Every vote in `file`, in file order; none when it does not exist yet. */
export async function readVotes(file: string): Promise<ReadVotes> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], skipped: [] };
    throw error;
  }
  const records: VoteRecord[] = [];
  const skipped: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let record: VoteRecord | undefined;
    try {
      record = asVoteRecord(JSON.parse(line));
    } catch {
      record = undefined;
    }
    if (record) records.push(record);
    else skipped.push(i + 1);
  });
  return { records, skipped };
}
