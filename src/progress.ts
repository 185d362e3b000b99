/**
 * Progress of a long first build (a large corpus parsed and indexed): on a
 * terminal one line kept up to date, elsewhere (Slack mode, a log) a line
 * every few seconds, so that nobody stares at a silent minute. Quiet when
 * everything is read from the saved index, and for builds of a second or less.
 *
 * ```ts
 * const progress = buildProgress({ write: (s) => process.stderr.write(s), interactive: process.stderr.isTTY });
 * loadEngine(dir, { progress });
 * ```
 */

export interface ProgressOptions {
  /** Where the lines go, e.g. standard error. */
  write: (text: string) => void;
  /** A terminal: one line rewritten in place; otherwise whole lines, every `every` ms. */
  interactive?: boolean;
  /** How often a line is written when not interactive, in ms. Default: 5000. */
  every?: number;
  /** Nothing is shown before this many ms have passed. Default: 1000. */
  after?: number;
  /** The clock, for tests. Default: `Date.now`. */
  now?: () => number;
}

export type Progress = (done: number, total: number, built: number) => void;

export function buildProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const every = options.every ?? 5000;
  const after = options.after ?? 1000;
  const started = now();
  let lastLine = Number.NEGATIVE_INFINITY;
  let shown = false;
  return (done, total, built) => {
    if (built === 0) return;
    const t = now();
    const finished = done >= total;
    if (t - started < after && !(finished && shown)) return;
    if (!options.interactive && !finished && t - lastLine < every) return;
    lastLine = t;
    const elapsed = (t - started) / 1000;
    const left = built > 0 && !finished ? (elapsed / built) * (total - done) : 0;
    const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
    const line = finished
      ? `Indexed ${total} report${total === 1 ? '' : 's'} in ${seconds(elapsed)} (${built} built, ${done - built} read from the saved index).`
      : `Indexing reports: ${done} of ${total} (${percent}%), about ${seconds(left)} left.`;
    if (options.interactive) options.write(`\r\u001b[K${line}${finished ? '\n' : ''}`);
    else options.write(line + '\n');
    shown = true;
  };
}

function seconds(s: number): string {
  if (s < 60) return `${Math.max(1, Math.round(s))} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}
