/**
 * A small levelled logger that never writes a secret. Slack tokens are
 * recognised by their prefixes; other secrets (the signing secret) are
 * registered by value. Everything passes through {@link redact} on its way out,
 * including errors from libraries that may quote a request.
 */
import { formatWithOptions } from 'node:util';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function isLevel(value: string): value is Level {
  return value in ORDER;
}

export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  setLevel(level: Level): void;
  getLevel(): Level;
  setName(name: string): void;
}

const TOKEN_PATTERN = /\b(xox[abposre]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]+/g;
const MIN_SECRET_LENGTH = 6;

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(TOKEN_PATTERN, (_m, prefix: string) => `${prefix}-[redacted]`);
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join('[redacted]');
  }
  return out;
}

export interface LoggerOptions {
  level?: Level;
  name?: string;
  /** Values that must never appear in output, e.g. the signing secret. */
  secrets?: string[];
  /** Where lines go; standard error by default, so piped standard output stays clean. */
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  let level: Level = options.level ?? 'info';
  let name = options.name ?? 'ofsted-bot';
  const secrets = [...(options.secrets ?? [])].filter(Boolean).sort((a, b) => b.length - a.length);
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));

  function log(at: Level, msg: unknown[]): void {
    if (ORDER[at] < ORDER[level]) return;
    const text = formatWithOptions({ colors: false, depth: 4, breakLength: Infinity }, ...msg);
    write(redact(`${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${text}`, secrets));
  }

  return {
    debug: (...msg) => log('debug', msg),
    info: (...msg) => log('info', msg),
    warn: (...msg) => log('warn', msg),
    error: (...msg) => log('error', msg),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n) => {
      name = n;
    },
  };
}
