/**
 * `npm run feedback`: what people said of the answers, from the feedback
 * file (FEEDBACK_FILE, from the environment or `.env`, as `npm start` reads
 * it; or `--file PATH`).
 *
 * ```sh
 * npm run feedback                               # votes, share helpful by kind and week, worst questions, corrections
 * npm run --silent feedback -- --gold > test/gold/feedback.json   # the corrected questions, as a gold set
 * ```
 */
import { pathToFileURL } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { feedbackFileFrom } from '../config.js';
import { readVotes } from '../feedback/store.js';
import { type FeedbackSummary, type Share, correctionsAsGold, standalone, summarise } from '../feedback/summary.js';
import type { CommandIO } from './query-command.js';

const USAGE = 'usage: npm run --silent feedback -- [--gold] [--file FEEDBACK_FILE]';

const percent = (share: Share) => (share.votes === 0 ? '–' : `${Math.round((100 * share.helpful) / share.votes)}%`);
const shareLine = (label: string, share: Share) => `  ${label.padEnd(10)} ${`${share.helpful} of ${share.votes}`.padStart(10)}  ${percent(share).padStart(4)}`;
const paragraphs = (refs: { paragraph: number }[]) => (refs.length ? refs.map((r) => `¶${r.paragraph}`).join(', ') : 'none');

export function formatSummary(summary: FeedbackSummary, file: string): string {
  if (summary.votes === 0) return `No votes yet in ${file}.`;
  const lines = [
    `${summary.votes} ${summary.votes === 1 ? 'vote' : 'votes'} from ${summary.people} ${summary.people === 1 ? 'person' : 'people'}, ${summary.first!.slice(0, 10)} to ${summary.last!.slice(0, 10)}: ` +
      `${summary.helpful} helpful, ${summary.votes - summary.helpful} not helpful (${percent(summary)} helpful).`,
  ];
  if (summary.replaced > 0) lines.push(`Only each person's latest vote on an answer counts: ${summary.replaced} earlier ${summary.replaced === 1 ? 'vote was' : 'votes were'} replaced.`);
  lines.push('', 'Helpful, by answer kind:');
  for (const [kind, share] of Object.entries(summary.byKind)) lines.push(shareLine(kind, share));
  lines.push('', 'Helpful, by week:');
  for (const { week, share } of summary.byWeek) lines.push(shareLine(week, share));
  if (summary.notHelpful.length > 0) {
    lines.push('', 'Most often not helpful:');
    for (const { question, votes } of summary.notHelpful) lines.push(`  ${String(votes).padStart(3)}  ${question}`);
  }
  if (summary.corrections.length > 0) {
    lines.push('', 'Corrections (npm run --silent feedback -- --gold writes them as gold questions):');
    for (const c of summary.corrections) {
      lines.push(`  ${standalone(c)}`);
      lines.push(`      answered by ${c.corrected!.report} ¶${c.corrected!.paragraph}; shown ${paragraphs(c.shown)} (${c.kind})${c.comment ? `: “${c.comment}”` : ''}`);
    }
  }
  return lines.join('\n');
}

export async function runFeedback(argv: string[], io: CommandIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let gold = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--gold') gold = true;
    else if (arg === '--file' && argv[i + 1] !== undefined) file = argv[++i];
    else if (arg === '--') continue;
    else {
      io.stderr.write(`${arg === '--help' || arg === '-h' ? '' : `unknown argument "${arg}"\n`}${USAGE}\n`);
      return 2;
    }
  }
  const path = file ?? feedbackFileFrom(env);
  let read;
  try {
    read = await readVotes(path);
  } catch (error) {
    io.stderr.write(`Could not read the feedback file ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  if (read.skipped.length > 0) {
    const lines = read.skipped.slice(0, 10).join(', ') + (read.skipped.length > 10 ? ', …' : '');
    io.stderr.write(`Skipped ${read.skipped.length} ${read.skipped.length === 1 ? 'line' : 'lines'} of ${path} that hold no vote (line ${lines}).\n`);
  }
  io.stdout.write(gold ? JSON.stringify(correctionsAsGold(read.records), null, 1) + '\n' : formatSummary(summarise(read.records), path) + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // As `npm start` does: variables already in the environment win over `.env`.
  const env = { ...process.env };
  loadDotenv({ quiet: true, processEnv: env as Record<string, string> });
  process.exitCode = await runFeedback(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, env);
}
