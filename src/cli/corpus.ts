/**
 * `npm run corpus [-- --json] [-- --dir PATH]`: the model of every report in
 * the corpus folder, as JSON or as a readable summary with any warnings.
 * Exits 1 when no report could be loaded.
 */
import { pathToFileURL } from 'node:url';
import { formatIssue } from '../report/errors.js';
import { loadCorpus, type Corpus } from '../report/corpus.js';
import type { Judgement, Report } from '../report/model.js';
import { defaultCorpusDir } from '../paths.js';
import { gradeBadge } from '../render/grade.js';
import { paragraphRanges } from '../render/citation.js';

const USAGE = 'usage: npm run --silent corpus -- [--json] [--dir PATH]';

function parseArgs(argv: string[]): { json: boolean; dir: string } | { error: string } {
  let json = false;
  let dir = defaultCorpusDir;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--dir' && argv[i + 1]) dir = argv[++i]!;
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else return { error: `unknown argument "${arg}"\n${USAGE}` };
  }
  return { json, dir };
}

function judgementRow(j: Judgement, areaWidth: number): string {
  const mismatch = j.bodyGrade ? `  ⚠ the body says ${gradeBadge(j.bodyGrade)}` : '';
  const paragraphs = j.paragraphs.length ? paragraphRanges(j.paragraphs) : '(no paragraphs in the body)';
  // Padding the word, not the badge: marks differ in string length but not on screen.
  return `    ${gradeBadge({ value: j.grade, label: j.label.padEnd(10) as Judgement['label'] })} ${j.area.padEnd(areaWidth)}  ${paragraphs}${mismatch}`;
}

/** The readable summary of one report. */
export function summarise(report: Report): string {
  const graded = report.parts.flatMap((p) => p.sections).filter((s) => s.grade).length;
  const out = [
    `${report.id}  ${report.title}`,
    `  ${report.authority} · inspected ${report.inspectionDates.start} to ${report.inspectionDates.end} · ` +
      `published ${report.published} · reporting inspector ${report.inspector} · age group ${report.ageGroup}`,
    `  ${report.paragraphs.length} paragraphs · ${report.parts.length} parts · ${graded} graded sections · ` +
      `${report.judgements.length} judgements · ${report.recommendations.length} recommendations · ` +
      `${Object.keys(report.glossary).length} glossary terms`,
  ];
  const parts = [...new Set(report.judgements.map((j) => j.part))];
  const areaWidth = Math.max(0, ...report.judgements.map((j) => j.area.length));
  for (const part of parts) {
    out.push('', `  ${part || '(no part)'}`);
    for (const j of report.judgements.filter((x) => x.part === part)) out.push(judgementRow(j, areaWidth));
  }
  return out.join('\n');
}

export function render(corpus: Corpus, json: boolean): string {
  if (json) return JSON.stringify({ reports: corpus.reports, warnings: corpus.warnings, errors: corpus.errors }, null, 2);
  const blocks = corpus.reports.map(summarise);
  const issues = [
    ...corpus.errors.map((e) => `error: ${formatIssue(e)}`),
    ...corpus.warnings.map((w) => `warning: ${formatIssue(w)}`),
  ];
  blocks.push(issues.length ? issues.join('\n') : 'No warnings.');
  return blocks.join('\n\n');
}

/** Where the command writes; the process's own streams when run from npm. */
export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Runs the command; returns its exit code. */
export function runCorpusCommand(argv: string[], out: Output = process): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    out.stderr.write(args.error + '\n');
    return 2;
  }
  const corpus = loadCorpus(args.dir);
  out.stdout.write(render(corpus, args.json) + '\n');
  if (args.json) for (const e of corpus.errors) out.stderr.write(`error: ${formatIssue(e)}\n`);
  return corpus.reports.length === 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed pipe (`| head`) is a reader that has seen enough, not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = runCorpusCommand(process.argv.slice(2));
}
