/**
 * `/grade` over several reports: for each judged area, how each report was
 * graded, one line a report while there are few, else a count a grade with
 * the first few reports named, so that a thousand reports fit one message.
 */
import type { GradeAnswer, JudgementResult } from '../../answer.js';
import { gradeBadge } from '../../render/grade.js';
import { type Block, type Reply, LIMITS, clip, context, fitBlocks, section, sections } from './blocks.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { type ReportLabel, byPlaceAndYear, labelMrkdwn, shortLabel } from './report-label.js';

/** More reports than this in one area are counted by grade rather than listed. */
export const LISTED_PER_AREA = 10;
/** Reports named beside each grade's count. */
const NAMED_PER_GRADE = 3;

const badge = (j: JudgementResult) => gradeBadge({ value: j.grade, label: j.label });

function areaLines(judgements: JudgementResult[], labelOf: (id: string) => ReportLabel): string[] {
  const labelled = judgements.map((j) => ({ j, label: labelOf(j.report) })).sort((a, b) => byPlaceAndYear(a.label, b.label));
  if (labelled.length <= LISTED_PER_AREA) return labelled.map(({ j, label }) => `${badge(j)} — ${labelMrkdwn(label)}`);
  const byGrade = new Map<number, typeof labelled>();
  for (const entry of labelled) byGrade.set(entry.j.grade, [...(byGrade.get(entry.j.grade) ?? []), entry]);
  return [...byGrade.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => {
      const named = list.slice(0, NAMED_PER_GRADE).map((e) => shortLabel(e.label));
      const more = list.length - named.length;
      return `${badge(list[0]!.j)}: ${list.length} — ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    });
}

/** `example` is a report id for the hint at the end. */
export function renderGradeComparison(answer: GradeAnswer, labelOf: (id: string) => ReportLabel, example: string): Reply {
  const reports = new Set(answer.judgements.map((j) => j.report)).size;
  const asked = answer.query.trim();
  const title = asked ? `*Judgements matching “${escapeMrkdwn(clip(asked, 200))}” in ${reports} reports*` : `*All judgements in ${reports} reports*`;
  const blocks: Block[] = [section(title)];
  const fallback: string[] = [];
  const areas = new Map<string, JudgementResult[]>();
  for (const j of answer.judgements) {
    const key = `${j.part}\u0000${j.area}`;
    areas.set(key, [...(areas.get(key) ?? []), j]);
  }
  for (const list of areas.values()) {
    const { part, area } = list[0]!;
    const heading = `*${part ? `${escapeMrkdwn(part)} › ` : ''}${escapeMrkdwn(area)}*`;
    blocks.push(...sections([heading, ...areaLines(list, labelOf)].join('\n')));
    fallback.push(`${area}: ${[...new Set(list.map(badge))].join(', ')}`);
  }
  blocks.push(context(`Name a report to see its own, e.g. \`/grade health ${example}\`, or choose one with \`/report\`.`));
  return { text: clip(escapeMrkdwn(`${reports} reports. ${fallback.join('; ')}`), LIMITS.fallbackText), blocks: fitBlocks(blocks) };
}
