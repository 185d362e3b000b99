import type { ReportIssue } from './model.js';

/** "file:line: message", the form editors and terminals link to. */
export function formatIssue(issue: ReportIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

/** A report that cannot be loaded at all: names the file and line at fault. */
export class ReportError extends Error {
  readonly issue: ReportIssue;

  constructor(file: string, line: number, message: string) {
    super(formatIssue({ file, line, message }));
    this.name = 'ReportError';
    this.issue = { file, line, message };
  }
}
