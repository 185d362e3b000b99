/**
 * Readable, plain-text renderings of answers for the terminal. Snippets
 * keep their `**` marks, which read as emphasis in a terminal too.
 */
import type { Answer, Citation, CitedParagraph, GradeAnswer, JudgementResult, RecommendationResult } from '../answer.js';
import { closestLead } from '../render/answer-kind.js';
import { citationLine, paragraphRanges } from '../render/citation.js';
import { gradeBadge } from '../render/grade.js';

export function formatJudgement(j: JudgementResult): string {
  const paragraphs = j.paragraphs.length ? ` (${paragraphRanges(j.paragraphs)})` : '';
  const disagreement = j.disagreement ? `\n    note: ${j.disagreement}` : '';
  return `${j.part} › ${j.area}: ${gradeBadge({ value: j.grade, label: j.label })}${paragraphs}${disagreement}`;
}

function formatCitation(c: Citation): string {
  return `${citationLine(c)}\n  ${c.snippet}`;
}

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
  for (const j of answer.judgements) lines.push(formatJudgement(j));
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
  return answer.judgements.map(formatJudgement).join('\n');
}

export function formatParagraph(p: CitedParagraph): string {
  const notes = p.footnotes.map((f) => `\n  ${f.marker} ${f.text}`).join('');
  return `${citationLine({ ...p, paragraph: p.number, heading: p.path.join(' › ') })}\n${p.text}${notes}`;
}
