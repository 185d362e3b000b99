/**
 * Shows a Block Kit reply as readable terminal text, so the local
 * conversation displays exactly what Slack would, minus the buttons.
 */
import type { Block, Reply } from '../slack/render/blocks.js';
import { ACTION_FULL_TEXT, parseCitationValue } from '../slack/render/answer.js';
import { isFeedbackActions } from '../slack/render/feedback.js';
import { unescapeMrkdwn } from '../slack/render/mrkdwn.js';

export interface TerminalStyle {
  /** Use ANSI bold/dim; off when output is not a terminal. */
  color: boolean;
  width?: number;
}

const BOLD = (s: string) => `\u001b[1m${s}\u001b[22m`;
const DIM = (s: string) => `\u001b[2m${s}\u001b[22m`;

/** Slack mrkdwn to plain (or ANSI-styled) text. */
export function mrkdwnToText(text: string, style: TerminalStyle): string {
  // No part of a link or mention holds "<": each unclosed one is given up at the next.
  let out = text
    .replace(/<@([A-Z0-9]+)(\|[^<>]*)?>/g, '@$1')
    .replace(/<([^|<>]+)\|([^<>]+)>/g, '$2 ($1)')
    .replace(/<([^<>]+)>/g, '$1');
  out = out.replace(/(^|[^\w*])\*([^*\n]+)\*(?=[^\w*]|$)/g, (_m, pre: string, inner: string) =>
    pre + (style.color ? BOLD(inner) : inner),
  );
  out = out.replace(/(^|[^\w_])_([^_\n]+)_(?=[^\w_]|$)/g, (_m, pre: string, inner: string) =>
    pre + (style.color ? DIM(inner) : inner),
  );
  return unescapeMrkdwn(out);
}

function renderBlock(block: Block, style: TerminalStyle): string | undefined {
  const width = style.width ?? 72;
  switch (block.type) {
    case 'header': {
      const title = block.text.text;
      return style.color ? BOLD(title) : `${title}\n${'='.repeat(Math.min(width, title.length))}`;
    }
    case 'section':
      return mrkdwnToText(block.text.text, style);
    case 'context': {
      const text = block.elements.map((e) => mrkdwnToText(e.text, { ...style, color: false })).join(' · ');
      return style.color ? DIM(text) : text;
    }
    case 'divider':
      return '─'.repeat(Math.min(width, 40));
    case 'rich_text':
      // Preformatted text, such as a citation for a document, is shown exactly as it is.
      return block.elements.map((e) => e.elements.map((t) => t.text).join('')).join('\n');
    case 'actions': {
      // Buttons cannot be pressed here; the command that does the same job can be typed.
      if (isFeedbackActions(block)) {
        const hint = 'Was this helpful? Type /helpful, or /unhelpful [the paragraph that answers it] [a comment].';
        return style.color ? DIM(hint) : hint;
      }
      const hints = block.elements
        .filter((e) => e.action_id === ACTION_FULL_TEXT)
        .map((e) => parseCitationValue(e.value))
        .filter((ref) => ref !== undefined)
        .map((ref) => `(type /cite ${ref.paragraph} for the whole paragraph)`);
      return hints.length > 0 ? (style.color ? DIM(hints.join(' ')) : hints.join(' ')) : undefined;
    }
  }
}

export function renderForTerminal(reply: Reply, style: TerminalStyle): string {
  if (reply.blocks.length === 0) return mrkdwnToText(reply.text, style);
  return reply.blocks
    .map((b) => renderBlock(b, style))
    .filter((s): s is string => s !== undefined && s !== '')
    .join('\n');
}
