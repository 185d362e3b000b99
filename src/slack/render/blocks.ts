/**
 * The few Block Kit shapes the app sends, typed narrowly so that the terminal
 * renderer can handle every one of them, and the limits Slack enforces on them.
 */
import type { ThreadTopic } from '../../follow-up/reading.js';
import { graphemePrefix } from '../../graphemes.js';

export interface TextObject {
  type: 'mrkdwn' | 'plain_text';
  text: string;
  emoji?: boolean;
}

export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
  value?: string;
  style?: 'primary' | 'danger';
}

export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text: TextObject;
  /** A button beside the text. */
  accessory?: ButtonElement;
}
export interface ActionsBlock {
  type: 'actions';
  block_id?: string;
  elements: ButtonElement[];
}
export interface ContextBlock {
  type: 'context';
  block_id?: string;
  elements: TextObject[];
}
export interface HeaderBlock {
  type: 'header';
  block_id?: string;
  text: { type: 'plain_text'; text: string; emoji?: boolean };
}
export interface DividerBlock {
  type: 'divider';
  block_id?: string;
}

/** Preformatted text, shown as a code block: its text is taken literally, with no markup and no escaping. */
export interface RichTextBlock {
  type: 'rich_text';
  block_id?: string;
  elements: { type: 'rich_text_preformatted'; elements: { type: 'text'; text: string }[] }[];
}

export type Block = SectionBlock | ActionsBlock | ContextBlock | HeaderBlock | DividerBlock | RichTextBlock;

/** A message ready to send: `text` is the notification and accessibility fallback. */
export interface Reply {
  text: string;
  blocks: Block[];
  /** Not sent: what a follow-up asked in the same thread is read against, when this answers a question. */
  topic?: ThreadTopic;
}

/** Slack's documented limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const LIMITS = {
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  messageBlocks: 50,
  viewBlocks: 100,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** chat.postMessage truncates `text` beyond this; far shorter is kinder to notifications. */
  fallbackText: 3000,
} as const;

export function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

export function context(...texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn' as const, text })) };
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } };
}

export function preformatted(text: string): RichTextBlock {
  return { type: 'rich_text', elements: [{ type: 'rich_text_preformatted', elements: [{ type: 'text', text }] }] };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function button(actionId: string, text: string, value: string, style?: 'primary'): ButtonElement {
  if (value.length > LIMITS.buttonValue) throw new Error(`button value too long (${value.length})`);
  const b: ButtonElement = {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
    value,
  };
  if (style) b.style = style;
  return b;
}

/** Cuts plain text to `max` characters, ending with an ellipsis when cut; never inside a character. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return graphemePrefix(text, max - 1).trimEnd() + '…';
}

/**
 * Splits escaped mrkdwn into chunks of at most `max` characters, preferring
 * line breaks, then sentence ends, then spaces, so a long paragraph reads
 * naturally across consecutive section blocks. Never cuts through an HTML
 * entity such as `&amp;`, which Slack would show half-decoded.
 */
export function splitText(text: string, max: number = LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 3) {
      const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf('? '));
      cut = sentence >= max / 3 ? sentence + 1 : -1;
    }
    if (cut < max / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) {
      cut = graphemePrefix(rest, max).length;
      const amp = rest.lastIndexOf('&', cut);
      if (amp > 0 && amp > cut - 6 && rest.indexOf(';', amp) >= cut) cut = amp;
    }
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** Section blocks for text of any length. */
export function sections(text: string): SectionBlock[] {
  return splitText(text).map(section);
}

/**
 * Keeps a message within `max` blocks. When blocks must go, the ones at the
 * end go and a closing note says so, so the reply stays valid and honest.
 */
export function fitBlocks(blocks: Block[], max: number = LIMITS.messageBlocks, note = '_More results were left out; ask a narrower question to see them._'): Block[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  // An actions block whose section was dropped would be orphaned; a trailing divider looks odd.
  while (kept.length > 0 && kept[kept.length - 1]?.type === 'divider') kept.pop();
  return [...kept, context(note)];
}
