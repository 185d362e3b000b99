/**
 * What `ask`, `grade` and `cite` share: arguments, batch mode over standard
 * input, and where output goes. Each command supplies how to answer one
 * query and how to show the answer.
 *
 * ```sh
 * npm run --silent ask -- "Are LAC health assessments done on time?"
 * npm run --silent ask -- --json "What is the MASH?"
 * printf 'para 65\n93\n' | npm run --silent cite -- --json -
 * ```
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { buildProgress } from '../progress.js';
import { loadEngine, type AnswerEngine } from '../search/engine.js';

/** Where a command reads and writes; the process's own streams when run from npm. */
export interface CommandIO {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface QueryCommand<A> {
  /** e.g. "ask". */
  name: string;
  /** The argument it takes, e.g. "QUESTION". */
  argument: string;
  /** Whether the argument may be left out (`grade` alone lists every judgement). */
  optional?: boolean;
  /** Extra options, `--name VALUE`, passed to `answer`. */
  options?: string[];
  /** Extra flags, `--name` with no value, passed to `answer` as present (""). */
  flags?: string[];
  answer(engine: AnswerEngine, query: string, options: Record<string, string>): A;
  /** The JSON value printed for an answer. */
  json(answer: A): unknown;
  /** The readable text printed for an answer. */
  text(answer: A): string;
  /** A failed answer (unknown area, no such paragraph): exit code 1 for a single query. */
  failed?(answer: A): boolean;
}

interface Arguments {
  json: boolean;
  batch: boolean;
  dir?: string;
  options: Record<string, string>;
  query: string;
}

function usage(command: QueryCommand<unknown>): string {
  const extra = [...(command.flags ?? []).map((f) => ` [--${f}]`), ...(command.options ?? []).map((o) => ` [--${o} VALUE]`)].join('');
  const argument = command.optional ? `[${command.argument} | -]` : `${command.argument} | -`;
  return (
    `usage: npm run --silent ${command.name} -- [--json]${extra} [--dir CORPUS] ${argument}\n` +
    `  -       read one query per line from standard input (with --json, one JSON object per line)`
  );
}

export function parseArguments(command: QueryCommand<unknown>, argv: string[]): Arguments | { error: string } {
  const args: Arguments = { json: false, batch: false, options: {}, query: '' };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const option = arg.startsWith('--') ? arg.slice(2) : null;
    if (arg === '--json') args.json = true;
    else if (arg === '-') args.batch = true;
    else if (arg === '--help' || arg === '-h') return { error: usage(command) };
    else if (option && command.flags?.includes(option)) args.options[option] = '';
    else if (option === 'dir' || (option && command.options?.includes(option))) {
      const value = argv[++i];
      if (value === undefined) return { error: `${arg} needs a value\n${usage(command)}` };
      if (option === 'dir') args.dir = value;
      else args.options[option] = value;
    } else if (arg === '--') continue;
    else if (option !== null) return { error: `unknown option "${arg}"\n${usage(command)}` };
    else words.push(arg);
  }
  args.query = words.join(' ').trim();
  if (args.batch && args.query) return { error: `give a query or "-", not both\n${usage(command)}` };
  if (!args.batch && !args.query && !command.optional) return { error: usage(command) };
  return args;
}

/** Runs a command; resolves to its exit code (0 done, 1 failed answer or no corpus, 2 usage). */
export async function runQueryCommand<A>(command: QueryCommand<A>, argv: string[], io: CommandIO = process): Promise<number> {
  const args = parseArguments(command as QueryCommand<unknown>, argv);
  if ('error' in args) {
    io.stderr.write(args.error + '\n');
    return 2;
  }
  let engine: AnswerEngine;
  try {
    const progress = buildProgress({ write: (text) => io.stderr.write(text), interactive: Boolean((io.stderr as { isTTY?: boolean }).isTTY) });
    engine = loadEngine(args.dir, { progress, log: (line) => io.stderr.write(line + '\n') });
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 1;
  }
  const show = (answer: A) => (args.json ? JSON.stringify(command.json(answer)) : command.text(answer));
  if (!args.batch) {
    const answer = command.answer(engine, args.query, args.options);
    io.stdout.write(show(answer) + '\n');
    return command.failed?.(answer) ? 1 : 0;
  }
  // Batch: one answer per non-blank input line, in input order.
  let first = true;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    const query = line.trim();
    if (!query) continue;
    const output = show(command.answer(engine, query, args.options));
    io.stdout.write(args.json || first ? output + '\n' : '\n' + output + '\n');
    first = false;
  }
  return 0;
}

/** Runs the command when its module is the program (not when imported by tests). */
export function runIfMain<A>(moduleUrl: string, command: QueryCommand<A>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  // A closed pipe (`| head`) is a reader that has seen enough, not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  runQueryCommand(command, process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
