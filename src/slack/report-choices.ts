/**
 * The reports each channel and each person chose (`/report`, App Home),
 * kept across restarts in one small JSON file in the data folder. Read once
 * at start; every change is written after it, aside and renamed, so that a
 * crash never leaves half a file. A file that cannot be read is set aside
 * with a log line, and the app starts with no choices rather than not at all.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';
import type { Logger } from './logger.js';
import { MAX_CHOSEN, type ReportChange } from './report-command.js';
import type { ReportChoices } from './scope.js';

/** The data folder: `DATA_DIR`, or `.data` in the project. */
export const defaultDataDir = join(projectRoot, '.data');

export const CHOICES_FILE = 'report-choices.json';

/** Channels, and people, remembered at most; the least recently chosen are forgotten first. */
const MAX_KEPT = 20_000;

const SLACK_ID = /^[A-Z0-9]{1,32}$/;
const REPORT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

interface ChoicesFile {
  channels: Record<string, string[]>;
  people: Record<string, string[]>;
}

export class ReportChoiceStore {
  private readonly channels = new Map<string, string[]>();
  private readonly people = new Map<string, string[]>();
  private readonly file: string;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;

  constructor(
    private readonly dir: string,
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
  ) {
    this.file = join(dir, CHOICES_FILE);
    this.read();
  }

  /** The choices that apply to a question asked in `channel` by `user`. */
  of(channel: string | undefined, user: string | undefined): ReportChoices {
    const choices: ReportChoices = {};
    const ofChannel = channel ? this.channels.get(channel) : undefined;
    const ofUser = user ? this.people.get(user) : undefined;
    if (ofChannel) choices.channel = ofChannel;
    if (ofUser) choices.you = ofUser;
    return choices;
  }

  /** Keeps a change for the channel or the person, and saves it soon after. */
  apply(change: ReportChange, where: { channel?: string | undefined; user: string }): void {
    const key = change.level === 'channel' ? where.channel : where.user;
    if (!key || !SLACK_ID.test(key)) return;
    const map = change.level === 'channel' ? this.channels : this.people;
    map.delete(key);
    const reports = (change.reports ?? []).filter((id) => REPORT_ID.test(id)).slice(0, MAX_CHOSEN);
    if (reports.length > 0) map.set(key, reports);
    while (map.size > MAX_KEPT) map.delete(map.keys().next().value!);
    this.save();
  }

  /** Resolves once every change so far is on disk (or its failure logged). */
  flush(): Promise<void> {
    return this.writing;
  }

  private read(): void {
    if (!existsSync(this.file)) return;
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<ChoicesFile>;
      const load = (from: unknown, into: Map<string, string[]>) => {
        if (typeof from !== 'object' || from === null) throw new Error('it is not an object of choices');
        for (const [key, ids] of Object.entries(from)) {
          if (!SLACK_ID.test(key) || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && REPORT_ID.test(id))) continue;
          if (ids.length > 0) into.set(key, ids.slice(0, MAX_CHOSEN));
        }
      };
      load(data.channels ?? {}, this.channels);
      load(data.people ?? {}, this.people);
    } catch (error) {
      this.channels.clear();
      this.people.clear();
      const aside = `${this.file}.unreadable-${Date.now()}`;
      try {
        renameSync(this.file, aside);
      } catch {
        // Then it is overwritten at the next change; the warning says so.
      }
      this.logger.warn(`Could not read the chosen reports in ${this.file} (${(error as Error).message}); starting with none, and keeping the file as ${aside}`);
    }
  }

  private save(): void {
    this.dirty = true;
    // One write at a time, each of everything so far: changes made while one is written go in the next.
    this.writing = this.writing.then(async () => {
      if (!this.dirty) return;
      this.dirty = false;
      const data: ChoicesFile = { channels: Object.fromEntries(this.channels), people: Object.fromEntries(this.people) };
      try {
        await mkdir(this.dir, { recursive: true });
        const aside = `${this.file}.${process.pid}.tmp`;
        await writeFile(aside, JSON.stringify(data, null, 1) + '\n');
        await rename(aside, this.file);
      } catch (error) {
        this.logger.warn(`Could not save the chosen reports in ${this.file}: ${(error as Error).message}; they hold until the app stops`);
      }
    });
  }
}
