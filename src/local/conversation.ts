/**
 * The local conversation: `npm start` without Slack credentials. Plain lines
 * are questions, as if sent to the bot in a direct message; `/ask`, `/grade`
 * and `/cite` run the very handlers the Slack commands use.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type CommandName, COMMANDS, type Handlers } from '../slack/handlers.js';
import type { ReportChoices } from '../slack/scope.js';
import type { Reply } from '../slack/render/blocks.js';
import { renderNotice } from '../slack/render/answer.js';
import { reportSummary } from '../slack/render/home.js';
import { escapeMrkdwn } from '../slack/render/mrkdwn.js';
import type { Report } from '../report/model.js';
import type { ThreadTopic } from '../follow-up/reading.js';
import type { RatedAnswer } from '../feedback/rated-answer.js';
import { type TerminalFeedback, isVoteCommand, ratedIn, voteInTerminal } from './feedback.js';
import { renderForTerminal, type TerminalStyle } from './terminal.js';

export interface ConversationOptions {
  handlers: Handlers;
  reports: Report[];
  input: Readable;
  output: Writable;
  /** An interactive terminal: show a prompt and colours; otherwise echo each line, so a piped transcript reads well. */
  interactive: boolean;
  color?: boolean;
  /** Where /helpful and /unhelpful votes go. */
  feedback?: TerminalFeedback;
}

const HELP = [
  'Type a question, or one of:',
  '  /ask <question>   the same as typing the question',
  '  /grade [area]     the judgements, e.g. /grade health',
  '  /cite <number>    a paragraph word for word, e.g. /cite 65',
  '  /cite <number> reference   its formal reference and text, to paste into a document',
  '  /helpful, /unhelpful [paragraph] [comment]   rate the last answer',
  '  /report [name]    which reports questions go to; /report all for every one; /report list',
  '  /help             this list;  /quit (or Ctrl-D) to leave',
].join('\n');

/**
 * What a conversation remembers between lines: the reports chosen with
 * `/report` (as a person's own in Slack), and the last question, which a
 * follow-up is read in the light of.
 */
export interface Session {
  choices: ReportChoices;
  earlier?: ThreadTopic;
}

/** The reply to one line of input, or undefined for a blank line. */
export function replyTo(handlers: Handlers, line: string, session: Session = { choices: {} }): Reply | 'quit' | 'help' | undefined {
  const text = line.trim();
  if (!text) return undefined;
  const m = /^\/([a-z]+)\b\s*(.*)$/is.exec(text);
  if (!m) return handlers.question(text, { share: false, choices: session.choices, ...(session.earlier ? { earlier: session.earlier } : {}) });
  const name = (m[1] ?? '').toLowerCase();
  const rest = m[2] ?? '';
  if (name === 'quit' || name === 'exit') return 'quit';
  if (name === 'help') return 'help';
  if (name === 'report') {
    const { reply, change } = handlers.report(rest, session.choices, { inChannel: false });
    if (change) session.choices = change.reports ? { you: change.reports } : {};
    return reply;
  }
  if ((COMMANDS as readonly string[]).includes(name)) {
    // Slack shows a command's usage when it is given nothing; so does this.
    if (name === 'ask' && !rest.trim()) return handlers.usage('ask');
    return handlers.command(name as CommandName, rest, session.choices);
  }
  // Escaped, or the terminal would read "<question>" as a Slack link and show "question".
  return renderNotice(`There is no /${name.replace(/[^a-z]/gi, '')} command.\n${escapeMrkdwn(HELP)}`);
}

/** The reader of the output has gone (`npm start | head`): not a failure, just the end. */
function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

export async function runConversation(options: ConversationOptions): Promise<void> {
  const { handlers, output, interactive } = options;
  const style: TerminalStyle = { color: options.color ?? false };
  let failure: Error | undefined;
  const write = (s: string) => {
    if (!output.destroyed) output.write(s + '\n');
  };

  const rl = createInterface({ input: options.input, output: interactive ? output : undefined, terminal: interactive });
  // In a terminal, Ctrl-C reaches readline rather than the process; treat it as leaving.
  rl.on('SIGINT', () => rl.close());
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (!isClosedPipe(error)) failure = error;
    rl.close();
  };
  output.on('error', onOutputError);

  for (const report of options.reports) write(renderForTerminal(renderNotice(reportSummary(report)), style));
  write(HELP + '\n');
  if (interactive) {
    rl.setPrompt('ask> ');
    rl.prompt();
  }
  const session: Session = { choices: {} };
  let rated: RatedAnswer | undefined;
  for await (const line of rl) {
    if (!interactive && line.trim()) write(`> ${line.trim()}`);
    const reply = isVoteCommand(line) ? await voteInTerminal(line, rated, handlers, options.feedback) : replyTo(handlers, line, session);
    if (reply === 'quit') break;
    if (reply === 'help') write(HELP);
    else if (typeof reply === 'string') write(reply);
    else if (reply) {
      write(renderForTerminal(reply, style));
      session.earlier = reply.topic ?? session.earlier;
      rated = ratedIn(reply) ?? rated;
    }
    write('');
    if (interactive) rl.prompt();
  }
  rl.close();
  output.off('error', onOutputError);
  if (failure) throw failure;
}
