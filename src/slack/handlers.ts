/**
 * What the bot says, as pure functions from input text to a reply. Slack
 * listeners and the local terminal conversation both call these, so every
 * surface gives the same answer to the same words.
 */
import type { Answer, CiteAnswer, CitedParagraph, GradeAnswer } from '../answer.js';
import { type ParagraphRef, encodeRatedAnswer, ratedAnswer } from '../feedback/rated-answer.js';
import { type ThreadTopic, readFollowUp } from '../follow-up/reading.js';
import type { Report } from '../report/model.js';
import { parseParagraphReference, reportIdTest } from '../report/reference.js';
import { type Reply, fitBlocks } from './render/blocks.js';
import { MAX_CITATIONS, readingNote, renderAnswer, renderGrades, renderNotice, renderParagraph, parseCitationValue } from './render/answer.js';
import { renderGradeComparison } from './render/grade-comparison.js';
import { type HomeOptions, type HomeView, renderHome } from './render/home.js';
import { cleanInput, escapeMrkdwn } from './render/mrkdwn.js';
import { renderReference } from './render/reference.js';
import { reportLabel } from './render/report-label.js';
import { withScopeNote } from './render/scope-note.js';
import { type ReportCommandResult, type ReportCommandWhere, createReportCommand } from './report-command.js';
import { type ReportChoices, type ScopeSources, scopeFor } from './scope.js';

/** The part of the answer engine the surfaces use. */
export interface Engine {
  readonly reports: Report[];
  ask(query: string, options?: { part?: string; report?: string | string[] }): Answer;
  grade(area?: string, options?: { report?: string | string[] }): GradeAnswer;
  cite(ref: string | number): CiteAnswer;
  /** The reports a text names, as indexes into `reports`, or null when it names none. */
  reportsAskedOf(text: string): number[] | null;
  /** The reports a name means: an id, or a place with or without a year. */
  findReports(name: string): number[];
}

export type CommandName = 'ask' | 'grade' | 'cite';
export const COMMANDS: readonly CommandName[] = ['ask', 'grade', 'cite'];

export interface QuestionOptions {
  /** Private replies may offer to share a citation with the channel. */
  share: boolean;
  /** The reports chosen where it was asked, for a question that names none. */
  choices?: ReportChoices;
  /** The thread's earlier question, in whose light an elliptical follow-up is read. */
  earlier?: ThreadTopic | undefined;
}

/** A paragraph someone says answers a question, or why it cannot be taken. */
export type Correction = { paragraph: ParagraphRef } | { error: string };

export interface Handlers {
  /** `/ask`, `/grade`, `/cite` with the text after the command, and the reports chosen where it was used. */
  command(name: CommandName, text: string, choices?: ReportChoices): Reply;
  /** A question asked in a mention, a direct message or via the message shortcut. */
  question(text: string, options: QuestionOptions): Reply;
  /** A paragraph named by a button value (`report:paragraph`). */
  paragraph(value: string | undefined, options: { share: boolean; sharedBy?: string }): Reply;
  /** The formal reference and the paragraph, for a document, named by a button value (`report:paragraph`). */
  reference(value: string | undefined): Reply;
  /**
   * Reads a paragraph someone says answers a question ("65", "sutton-2012 65"),
   * checked against the reports: a number alone is taken in `reports`, those
   * the answer came from, when it names one.
   */
  correction(text: string, reports: string[]): Correction;
  home(options?: HomeOptions): HomeView;
  usage(name?: CommandName): Reply;
  /** `/report`: show, choose or clear the reports questions go to, and list them. */
  report(text: string, choices: ReportChoices, where: ReportCommandWhere): ReportCommandResult;
}

export const APOLOGY = 'Sorry, something went wrong on my side while answering that. Please try again in a moment.';

/** The word that asks /cite for the citation for a document, first or last. */
const REFERENCE_WORD = /^(?:reference|ref)\b\s*|\s*\b(?:reference|ref)$/i;

/** What a follow-up to `answer`, the answer to `question`, is read against. */
function topicOf(question: string, answer: Answer): ThreadTopic {
  const first = answer.results[0];
  if (!first) return { question };
  const area = first.grade ? first.path.at(-1) : undefined;
  return { question, first: { report: first.report, paragraph: first.paragraph, part: first.part, ...(area ? { area } : {}) } };
}

export function createHandlers(engine: Engine, onError: (error: unknown) => void = () => {}): Handlers {
  const paragraphCount = Math.max(0, ...engine.reports.flatMap((r) => r.paragraphs.map((p) => p.number)));
  const reportIds = engine.reports.map((r) => r.id);
  const isReportId = reportIdTest(reportIds);
  const labels = new Map(engine.reports.map((r) => [r.id, reportLabel(r)]));
  const labelOf = (id: string) => labels.get(id) ?? { id, place: id, year: '' };
  const scopes: ScopeSources = { ids: reportIds, namesReports: (text) => engine.reportsAskedOf(text) !== null };
  const report = createReportCommand(engine);

  let homeView: HomeView | undefined;

  const citeUsage =
    (reportIds.length > 1
      ? `\`/cite 65\` shows paragraph 65 word for word, with its citation; with several reports, name one first, ` +
        `as in \`/cite ${reportIds[0]} 65\`. The reports are ${reportIds.map((id) => `\`${escapeMrkdwn(id)}\``).join(', ')}.`
      : `\`/cite 65\` shows paragraph 65 word for word, with its citation. Paragraphs are numbered 1 to ${paragraphCount}.`) +
    ' `/cite 65 reference` gives its formal reference and text, to paste into a document.';
  const usageText: Record<CommandName, string> = {
    ask: 'Ask a question about the report, for example `/ask How quickly are new referrals allocated?`',
    grade: '`/grade` shows every judgement; `/grade health` shows the judgements about one area.',
    cite: citeUsage,
  };

  function usage(name?: CommandName): Reply {
    if (name) return renderNotice(usageText[name]);
    return renderNotice(COMMANDS.map((c) => `• ${usageText[c]}`).join('\n'));
  }

  /** For a mention or message with no question in it. */
  function greeting(): Reply {
    return renderNotice(
      'Ask me anything about the report, for example “How quickly are new referrals allocated?” ' +
        'I answer with the paragraphs that say so, word for word.',
      '`/grade` shows the judgements; `/cite 65` shows paragraph 65.',
    );
  }

  function guardedResult<T extends { reply: Reply }>(work: () => T): T | { reply: Reply } {
    try {
      return work();
    } catch (error) {
      onError(error);
      return { reply: renderNotice(APOLOGY) };
    }
  }

  function guarded(work: () => Reply): Reply {
    try {
      return work();
    } catch (error) {
      onError(error);
      return renderNotice(APOLOGY);
    }
  }

  function question(raw: string, options: QuestionOptions, emptyReply: () => Reply = greeting): Reply {
    const { text, truncated } = cleanInput(raw);
    if (!text) return emptyReply();
    return guarded(() => {
      const reading = readFollowUp(text, options.earlier);
      if (reading.kind === 'paragraph') return wholeParagraph(reading, options.earlier!);
      const readAs = reading.kind === 'question' ? cleanInput(reading.question).text : undefined;
      const asked = readAs ?? text;
      const { report, searched } = scopeFor(asked, options.choices, scopes);
      const answer = engine.ask(asked, report ? { report } : {});
      const feedback = encodeRatedAnswer(ratedAnswer(answer, text, MAX_CITATIONS, readAs));
      const reply = renderAnswer(answer, { share: options.share, fullText: true, truncated, feedback, ...(readAs ? { readAs } : {}) });
      return { ...withScopeNote(reply, searched), topic: topicOf(asked, answer) };
    });
  }

  /** "Show me the full paragraph": the paragraph the earlier answer showed first, whole. */
  function wholeParagraph(ref: { report: string; paragraph: number }, earlier: ThreadTopic): Reply {
    const p = findParagraph(`${ref.report}:${ref.paragraph}`);
    if (!p) return renderNotice('That paragraph is no longer available; the report may have been reloaded.');
    const reply = renderParagraph(p, { share: false });
    const note = readingNote(`paragraph ${p.number} of ${p.report}, the first the earlier answer showed`);
    return { ...reply, blocks: fitBlocks([note, ...reply.blocks]), topic: earlier };
  }

  function grade(raw: string, choices?: ReportChoices): Reply {
    const { text } = cleanInput(raw, 200);
    return guarded(() => {
      const { report, searched } = scopeFor(text, choices, scopes);
      const answer = engine.grade(text || undefined, report ? { report } : {});
      const several = new Set(answer.judgements.map((j) => j.report)).size > 1;
      const reply = several ? renderGradeComparison(answer, labelOf, reportIds[0]!) : renderGrades(answer);
      return withScopeNote(reply, searched);
    });
  }

  function cite(raw: string, choices?: ReportChoices): Reply {
    const { text: given } = cleanInput(raw, 200);
    // "/cite 65 reference" (or "reference 65"): the citation for a document.
    const forDocument = REFERENCE_WORD.test(given);
    const text = given.replace(REFERENCE_WORD, '').trim();
    const ref = parseParagraphReference(text, isReportId);
    if (!ref) {
      const said = text ? `“${escapeMrkdwn(text)}” is not a paragraph number. ` : '';
      return renderNotice(said + usageText.cite);
    }
    // A number alone means the chosen report's paragraph, when one report is chosen.
    const { report } = ref.report ? {} : scopeFor(text, choices, scopes);
    return guarded(() => {
      const answer = engine.cite(report?.length === 1 ? `${report[0]} ${ref.number}` : text);
      if ('error' in answer) return renderNotice(escapeMrkdwn(answer.error), usageText.cite);
      if (forDocument) return referenceFor(answer.paragraph);
      return renderParagraph(answer.paragraph, { share: true });
    });
  }

  function findParagraph(value: string | undefined): CitedParagraph | undefined {
    const ref = parseCitationValue(value);
    if (!ref) return undefined;
    const report = engine.reports.find((r) => r.id === ref.report);
    const paragraph = report?.paragraphs.find((p) => p.number === ref.paragraph);
    return report && paragraph ? { ...paragraph, report: report.id } : undefined;
  }

  function referenceFor(p: CitedParagraph): Reply {
    return renderReference(engine.reports.find((r) => r.id === p.report)!, p);
  }

  function correction(raw: string, reports: string[]): Correction {
    const { text } = cleanInput(raw, 200);
    const ref = parseParagraphReference(text, isReportId);
    if (!ref) return { error: `Give a paragraph number, as in ${reportIds.length > 1 ? `“${reportIds[0]} 65”` : '“65”'}.` };
    const only = reports.length === 1 ? reports[0] : undefined;
    const answer = engine.cite(ref.report || !only ? text : `${only} ${ref.number}`);
    return 'error' in answer ? { error: answer.error } : { paragraph: { report: answer.paragraph.report, paragraph: answer.paragraph.number } };
  }

  return {
    command(name, text, choices) {
      switch (name) {
        case 'ask':
          return question(text, { share: true, ...(choices ? { choices } : {}) }, () => usage('ask'));
        case 'grade':
          return grade(text, choices);
        case 'cite':
          return cite(text, choices);
      }
    },
    question: (text, options) => question(text, options),
    paragraph(value, options) {
      const p = findParagraph(value);
      if (!p) return renderNotice('That paragraph is no longer available; the report may have been reloaded.');
      return renderParagraph(p, options);
    },
    reference(value) {
      const p = findParagraph(value);
      if (!p) return renderNotice('That paragraph is no longer available; the report may have been reloaded.');
      return guarded(() => referenceFor(p));
    },
    correction: (text, reports) => {
      try {
        return correction(text, reports);
      } catch (error) {
        onError(error);
        return { error: APOLOGY };
      }
    },
    // The reports never change while the app runs, so neither does a one-report Home tab.
    home: (options) => (engine.reports.length > 1 ? renderHome(engine.reports, options) : (homeView ??= renderHome(engine.reports))),
    usage,
    report: (text, choices, where) => guardedResult(() => report(text, choices, where)),
  };
}
