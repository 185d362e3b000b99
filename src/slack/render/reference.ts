/**
 * A citation for a document, privately: the formal reference and the
 * paragraph word for word, in a code block so that it pastes cleanly into a
 * plan, minutes or a board paper.
 */
import type { CitedParagraph } from '../../answer.js';
import type { Report } from '../../report/model.js';
import { formalReference, referenceWithQuote } from '../../render/reference.js';
import { type ButtonElement, type Reply, button, context, preformatted } from './blocks.js';
import { citationValue } from './answer.js';
import { escapeMrkdwn } from './mrkdwn.js';

export const ACTION_COPY_CITATION = 'copy_citation';

/** The button on a citation; its value names the paragraph, as Share's does. */
export function copyCitationButton(report: string, paragraph: number): ButtonElement {
  return button(ACTION_COPY_CITATION, 'Copy citation', citationValue(report, paragraph));
}

export function renderReference(report: Report, p: CitedParagraph): Reply {
  return {
    text: escapeMrkdwn(formalReference(report, p.number)),
    blocks: [
      context(`Citation for a document: ¶${p.number} of \`${escapeMrkdwn(report.id)}\`, ready to paste.`),
      // Preformatted text is shown as it is, so the report's own words need no escaping.
      preformatted(referenceWithQuote(report, p)),
    ],
  };
}
