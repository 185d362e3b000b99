/**
 * Readable, plain-text renderings of answers for the terminal. Snippets
 * keep their `**` marks, which read as emphasis in a terminal too.
 */
import type { Answer, Citation, CitedParagraph, GradeAnswer, JudgementResult, RecommendationResult } from '../answer.js';
import { closestLead } from '../render/answer-kind.js';
import { citationLine, paragraphRanges } from '../render/citation.js';
import { gradeBadge } from '../render/grade.js';
import { sameInLine } from '../render/same-in.js';

/** A judgement's line; `withReport` names its report first, for answers about several. */
export function formatJudgement(j: JudgementResult, withReport = false): string {
  const paragraphs = j.paragraphs.length ? ` (${paragraphRanges(j.paragraphs)})` : '';
  const disagreement = j.disagreement ? `\n    note: ${j.disagreement}` : '';
  return `${withReport ? `${j.report} · ` : ''}${j.part} › ${j.area}: ${gradeBadge({ value: j.grade, label: j.label })}${paragraphs}${disagreement}`;
}

function formatCitation(c: Citation): string {
  const same = sameInLine(c);
  return `${citationLine(c)}\n  ${c.snippet}${same ? `\n  ${same}` : ''}`;
}

const severalReports = (judgements: JudgementResult[]) => new Set(judgements.map((j) => j.report)).size > 1;

function formatRecommendation(r: RecommendationResult): string {
  return `- [${r.timescale}] ${r.text} (¶${r.paragraph}, ${r.part})`;
}

export function formatAnswer(answer: Answer): string {
  const lines = [`Q: ${answer.query}`];
  if (answer.kind === 'nothing') {
    lines.push('Nothing in the report answers this.');
    if (answer.suggestions.length) lines.push(`Try: ${answer.suggestions.join('; ')}`);
    return lines.join('\n');
  }
  if (answer.kind === 'closest') lines.push(closestLead(answer));
  for (const j of answer.judgements) lines.push(formatJudgement(j, severalReports(answer.judgements)));
  if (answer.recommendations.length) {
    lines.push('Recommendations:');
    for (const r of answer.recommendations) lines.push(formatRecommendation(r));
  }
  for (const c of answer.results) lines.push(formatCitation(c));
  if (answer.kind === 'closest' && answer.suggestions.length) lines.push(`Try also: ${answer.suggestions.join('; ')}`);
  return lines.join('\n');
}

export function formatGradeAnswer(answer: GradeAnswer): string {
  if (answer.judgements.length === 0) return answer.message ?? `No judgement matches "${answer.query}".`;
  const withReport = severalReports(answer.judgements);
  return answer.judgements.map((j) => formatJudgement(j, withReport)).join('\n');
}

export function formatParagraph(p: CitedParagraph): string {
  const notes = p.footnotes.map((f) => `\n  ${f.marker} ${f.text}`).join('');
  return `${citationLine({ ...p, paragraph: p.number, heading: p.path.join(' › ') })}\n${p.text}${notes}`;
}
