/**
 * Which judgement a grade question is about when it names no judged area:
 * "were the checks on its work with children in care up to scratch?" names
 * neither "Performance management and quality assurance" nor its words, but
 * the paragraphs the search ranks best sit under that judgement. The
 * judgement whose paragraphs hold most of the top of the ranking is the one
 * asked about; its first paragraph, which states the verdict ("Performance
 * management and quality assurance are inadequate."), is shown first.
 *
 * @example
 * const evidence = new GradeEvidence(judgements);
 * const judgement = evidence.judgementOf(ranked); // JudgementResult | null
 */
import type { JudgementResult } from '../answer.js';
import type { Ranked } from './score.js';

export interface GradeEvidenceOptions {
  /**
   * How many of the best-ranked paragraphs are counted as evidence. A
   * judgement's evidence is the sum of their scores that sit under it.
   * Default: 10.
   */
  depth?: number;
}

export class GradeEvidence {
  private readonly depth: number;
  /** `report#paragraph` → the judgement whose paragraphs it is one of; built on first use. */
  private byParagraph: Map<string, JudgementResult> | null = null;

  constructor(
    private readonly judgements: JudgementResult[],
    { depth = 10 }: GradeEvidenceOptions = {},
  ) {
    this.depth = depth;
  }

  /** The judgement the top of a ranking sits under, or null when none of it is judged. */
  judgementOf(ranked: Ranked[]): JudgementResult | null {
    const byParagraph = this.paragraphJudgements();
    const evidence = new Map<JudgementResult, number>();
    for (const r of ranked.slice(0, this.depth)) {
      const judgement = byParagraph.get(`${r.doc.report.id}#${r.doc.paragraph.number}`);
      if (judgement) evidence.set(judgement, (evidence.get(judgement) ?? 0) + r.score);
    }
    let best: JudgementResult | null = null;
    let most = 0;
    for (const [judgement, value] of evidence) if (value > most) [best, most] = [judgement, value];
    return best;
  }

  private paragraphJudgements(): Map<string, JudgementResult> {
    if (!this.byParagraph) {
      this.byParagraph = new Map();
      for (const j of this.judgements) for (const n of j.paragraphs) this.byParagraph.set(`${j.report}#${n}`, j);
    }
    return this.byParagraph;
  }
}
