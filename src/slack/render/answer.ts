/**
 * Block Kit for everything the engine answers. Every string from the report
 * or from a user is escaped here; nothing else in the app builds mrkdwn.
 */
import type { Answer, Citation, CitedParagraph, GradeAnswer, JudgementResult, RecommendationResult } from '../../answer.js';
import type { Timescale } from '../../report/model.js';
import {
  type Block,
  type Reply,
  LIMITS,
  button,
  clip,
  context,
  divider,
  fitBlocks,
  section,
  sections,
} from './blocks.js';
import { type CitationParts, citationLine, citationParts, paragraphRanges } from '../../render/citation.js';
import { closestLead, nothingLine } from '../../render/answer-kind.js';
import { gradeBadge } from '../../render/grade.js';
import { sameInLine } from '../../render/same-in.js';
import { MAX_QUESTION_LENGTH, escapeMrkdwn, reportTextToMrkdwn, snippetToMrkdwn, snippetToPlain } from './mrkdwn.js';
import { feedbackActions } from './feedback.js';
import { copyCitationButton } from './reference.js';

export const ACTION_SHARE = 'share_citation';
export const ACTION_FULL_TEXT = 'show_paragraph';

/** Most citations shown for one question; the engine ranks them, the first few matter. */
export const MAX_CITATIONS = 5;

export interface AnswerOptions {
  /** Offer a Share button that posts the citation for everyone (private replies only). */
  share: boolean;
  /** Offer a button showing the whole paragraph. */
  fullText: boolean;
  /** The question was cut to {@link MAX_QUESTION_LENGTH} characters. */
  truncated?: boolean;
  /** The Helpful / Not helpful buttons' value: the answer as a vote records it. */
  feedback?: string;
  /** A follow-up's reading, in the light of the thread's earlier question, said first. */
  readAs?: string;
}

/** Carries ids, never text: `report:paragraph`, e.g. "sutton-2012:65". */
export function citationValue(report: string, paragraph: number): string {
  return `${report}:${paragraph}`;
}

export function parseCitationValue(value: string | undefined): { report: string; paragraph: number } | undefined {
  const m = /^([A-Za-z0-9._-]{1,200}):(\d{1,6})$/.exec(value ?? '');
  if (!m) return undefined;
  return { report: m[1] ?? '', paragraph: Number(m[2]) };
}

/** "Safeguarding services › Quality of provision", or a readable stand-in for the introduction. */
function headingOf(path: string[], heading: string): string {
  const joined = path.filter(Boolean).join(' › ');
  return joined || heading || 'Introduction';
}

function citationLineMrkdwn(c: CitationParts): string {
  const [number, ...rest] = citationParts(c, escapeMrkdwn);
  return [`*${number}*`, ...rest].join(' · ');
}

function judgementBadge(j: JudgementResult): string {
  return gradeBadge({ value: j.grade, label: j.label });
}

function judgementLine(j: JudgementResult): string {
  let line = `${judgementBadge(j)} — ${escapeMrkdwn(j.area)}`;
  if (j.paragraphs.length > 0) line += ` (${paragraphRanges(j.paragraphs)})`;
  if (j.bodyGrade) line += ` _(the body of the report says ${gradeBadge(j.bodyGrade)})_`;
  return line;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Judgements grouped by part, one section (or more, if long) per part. */
export function judgementBlocks(judgements: JudgementResult[]): Block[] {
  const blocks: Block[] = [];
  for (const [part, list] of groupBy(judgements, (j) => j.part)) {
    const title = part ? `*${escapeMrkdwn(part)}*` : '*Judgements*';
    blocks.push(...sections([title, ...list.map(judgementLine)].join('\n')));
  }
  return blocks;
}

const TIMESCALE_ORDER: Timescale[] = ['Immediately', 'Within three months', 'Within six months'];

/** Recommendations grouped by timescale, most urgent first. */
export function recommendationBlocks(recommendations: RecommendationResult[]): Block[] {
  const groups = groupBy(recommendations, (r) => r.timescale);
  const blocks: Block[] = [];
  for (const timescale of TIMESCALE_ORDER) {
    const list = groups.get(timescale);
    if (!list) continue;
    const lines = list.map((r) => {
      const where = r.part ? ` _(${escapeMrkdwn(r.part)}, ¶${r.paragraph})_` : ` _(¶${r.paragraph})_`;
      return `• ${escapeMrkdwn(r.text)}${where}`;
    });
    blocks.push(...sections([`*${timescale}*`, ...lines].join('\n')));
  }
  return blocks;
}

function citationBlocks(c: Citation, options: AnswerOptions): Block[] {
  const body = c.snippet ? snippetToMrkdwn(c.snippet) : reportTextToMrkdwn(c.text);
  const blocks: Block[] = sections(`${citationLineMrkdwn(c)}\n${body}`);
  const copies = sameInLine(c);
  if (copies) blocks.push(context(escapeMrkdwn(copies)));
  const value = citationValue(c.report, c.paragraph);
  const buttons = [];
  if (options.share) buttons.push(button(ACTION_SHARE, `Share ¶${c.paragraph} in channel`, value, 'primary'));
  if (options.fullText && c.snippet && c.snippet !== c.text) {
    buttons.push(button(ACTION_FULL_TEXT, `Full paragraph ¶${c.paragraph}`, value));
  }
  buttons.push(copyCitationButton(c.report, c.paragraph));
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  return blocks;
}

function truncationNote(): Block {
  return context(`_Your message was long, so I searched with its first ${MAX_QUESTION_LENGTH} characters._`);
}

const NOT_FOUND_HINT = 'Try different words, `/grade` for the judgements, or `/cite 65` for a numbered paragraph.';

/** "Reading this as: …", so that a wrong reading of a follow-up can be seen to be wrong. */
export function readingNote(readAs: string): Block {
  return context(`_Reading this as: ${escapeMrkdwn(clip(readAs, 500))}_`);
}

/** The reply to a free-text question. */
export function renderAnswer(answer: Answer, options: AnswerOptions): Reply {
  const blocks: Block[] = [];
  if (options.readAs) blocks.push(readingNote(options.readAs));
  if (options.truncated) blocks.push(truncationNote());
  const feedback = options.feedback ? [feedbackActions(options.feedback)] : [];
  const quoted = escapeMrkdwn(clip(answer.query, 200));

  const hasContent = answer.results.length > 0 || answer.judgements.length > 0 || answer.recommendations.length > 0;
  if (answer.kind === 'nothing' || !hasContent) {
    let text = nothingLine(quoted);
    if (answer.suggestions.length > 0) {
      text += `\nYou could ask about: ${answer.suggestions.slice(0, 8).map(escapeMrkdwn).join(', ')}.`;
    }
    blocks.push(...sections(text), context(NOT_FOUND_HINT), ...feedback);
    return { text: nothingLine(quoted), blocks };
  }

  const fallback: string[] = [];
  if (answer.kind === 'closest') {
    // Said first, so that no one takes the paragraphs below for an answer.
    const lead = escapeMrkdwn(closestLead(answer));
    blocks.push(section(`_${lead}_`));
    fallback.push(lead);
  }
  if (answer.judgements.length > 0) {
    blocks.push(...judgementBlocks(answer.judgements));
    fallback.push(answer.judgements.map((j) => `${j.area}: ${judgementBadge(j)}`).join('; '));
  }
  if (answer.recommendations.length > 0) {
    if (blocks.length > 0) blocks.push(divider());
    blocks.push(...recommendationBlocks(answer.recommendations));
    fallback.push(`${answer.recommendations.length} recommendation(s)`);
  }
  const cited = answer.results.slice(0, MAX_CITATIONS);
  for (const [i, c] of cited.entries()) {
    if (blocks.length > 0 && !(i === 0 && answer.kind === 'closest' && blocks.length === 1)) blocks.push(divider());
    blocks.push(...citationBlocks(c, options));
  }
  if (answer.kind === 'closest' && answer.suggestions.length > 0) {
    blocks.push(context(`You could also ask about: ${answer.suggestions.slice(0, 5).map(escapeMrkdwn).join(', ')}.`));
  }
  const first = cited[0];
  if (first) {
    fallback.push(`${citationLine(first)} — ${clip(snippetToPlain(first.snippet || first.text), 300)}`);
    if (cited.length > 1) fallback.push(`(and ${cited.length - 1} more)`);
  }
  return {
    text: clip(escapeMrkdwn(fallback.join(' ')), LIMITS.fallbackText),
    blocks: [...fitBlocks(blocks, LIMITS.messageBlocks - feedback.length), ...feedback],
  };
}

/** The reply to `/grade [area]`. */
export function renderGrades(answer: GradeAnswer): Reply {
  if (answer.judgements.length === 0) {
    const message = answer.message ?? `No judgement matches “${clip(answer.query, 200)}”.`;
    const blocks: Block[] = sections(escapeMrkdwn(message));
    // The engine's own message already explains; otherwise list what can be asked.
    if (!answer.message && answer.areas.length > 0) {
      blocks.push(...sections(`Areas you can ask about: ${answer.areas.map(escapeMrkdwn).join(', ')}`));
    }
    blocks.push(context('`/grade` with no area shows every judgement.'));
    return { text: clip(escapeMrkdwn(message), LIMITS.fallbackText), blocks: fitBlocks(blocks) };
  }
  const title = answer.query.trim() ? `Judgements matching “${escapeMrkdwn(clip(answer.query, 200))}”` : 'All judgements';
  const blocks: Block[] = [section(`*${title}*`), ...judgementBlocks(answer.judgements)];
  const text = answer.judgements.map((j) => `${j.part ? j.part + ' › ' : ''}${j.area}: ${judgementBadge(j)}`).join('; ');
  return { text: clip(escapeMrkdwn(text), LIMITS.fallbackText), blocks: fitBlocks(blocks) };
}

export interface ParagraphOptions {
  share: boolean;
  /** Set when posting a shared citation: the Slack user id of whoever shared it. */
  sharedBy?: string;
}

/** A whole paragraph, verbatim, with its citation line. */
export function renderParagraph(p: CitedParagraph, options: ParagraphOptions): Reply {
  const heading = headingOf(p.path, p.heading);
  const line = citationLineMrkdwn({ report: p.report, paragraph: p.number, heading, grade: p.grade });
  const blocks: Block[] = [];
  let body = reportTextToMrkdwn(p.text);
  if (p.footnotes.length > 0) {
    body += '\n' + p.footnotes.map((f) => `_${escapeMrkdwn(f.marker)} ${escapeMrkdwn(f.text)}_`).join('\n');
  }
  blocks.push(...sections(`${line}\n${body}`));
  const sharer = options.sharedBy && /^[UW][A-Z0-9]{1,30}$/.test(options.sharedBy) ? options.sharedBy : undefined;
  if (sharer) blocks.push(context(`Shared by <@${sharer}> · report ${escapeMrkdwn(p.report)}`));
  const buttons = [];
  if (options.share) buttons.push(button(ACTION_SHARE, `Share ¶${p.number} in channel`, citationValue(p.report, p.number), 'primary'));
  // A citation shared for everyone stays as it was shared; anyone can /cite it for a document.
  if (!sharer) buttons.push(copyCitationButton(p.report, p.number));
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  const text = `${citationLine({ report: p.report, paragraph: p.number, heading, grade: p.grade })} — ${p.text}`;
  return { text: clip(escapeMrkdwn(text), LIMITS.fallbackText), blocks: fitBlocks(blocks) };
}

/** A plain message: errors, usage, limits. */
export function renderNotice(message: string, hint?: string): Reply {
  const blocks: Block[] = sections(message);
  if (hint) blocks.push(context(hint));
  return { text: message, blocks };
}
