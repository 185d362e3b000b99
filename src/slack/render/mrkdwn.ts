/**
 * Making text safe for Slack's mrkdwn, both text quoted from the report and
 * text that came from a user.
 */
import { graphemePrefix } from '../../graphemes.js';

/**
 * Escapes the three characters Slack gives control meaning to. After this,
 * `<!channel>` or `<@U123>` in user input shows literally and pings no one.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reverses {@link escapeMrkdwn}, for surfaces that show plain text. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Turns an engine snippet, whose matched words are wrapped in `**`, into
 * escaped mrkdwn with those words in Slack bold.
 */
export function snippetToMrkdwn(snippet: string): string {
  return escapeMrkdwn(joinBoldRuns(snippet)).replace(/\*\*([^*]+?)\*\*/g, (_m, word: string) => `*${word.trim()}*`);
}

/**
 * "**multi**-**agency**" becomes "**multi-agency**": Slack only honours bold
 * that starts and ends at a word boundary, so one run reads better.
 */
function joinBoldRuns(snippet: string): string {
  let out = snippet;
  let previous;
  do {
    previous = out;
    out = out.replace(/\*\*([^*]+?)\*\*([-–'’/]|\s+)\*\*([^*]+?)\*\*/g, '**$1$2$3**');
  } while (out !== previous);
  return out;
}

/** Removes the `**` markers from a snippet, for the plain-text fallback. */
export function snippetToPlain(snippet: string): string {
  return snippet.replace(/\*\*([^*]+?)\*\*/g, '$1');
}

/** Verbatim report text as mrkdwn: escaped, with its "- " bullets shown as bullets. */
export function reportTextToMrkdwn(text: string): string {
  // Blanks other than line breaks, so a run of empty lines is not rescanned from each of its lines.
  return escapeMrkdwn(text).replace(/^[^\S\n]*- /gm, '• ');
}

/** The longest question passed on to the engine. */
export const MAX_QUESTION_LENGTH = 500;

export interface CleanInput {
  text: string;
  /** True when the input was longer than {@link MAX_QUESTION_LENGTH} and was cut. */
  truncated: boolean;
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Characters that show nothing themselves but change the text around them:
 * bidirectional controls, which can make a quoted question read otherwise
 * than it was written, zero-width spaces and joiners, the soft hyphen and
 * the byte order mark. A joiner between two emoji is kept: it makes them
 * one (👩‍👩‍👧).
 */
const INVISIBLES = /[\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/**
 * Normalises user input before it reaches the engine: control characters
 * become spaces, invisible ones go (so a word they sat in stays one word),
 * runs of whitespace collapse, and very long input is cut at a word boundary,
 * or at least between characters, so a pasted essay cannot slow every other
 * user down.
 */
export function cleanInput(raw: string, max: number = MAX_QUESTION_LENGTH): CleanInput {
  const text = raw.replace(CONTROLS, ' ').replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return { text, truncated: false };
  const cut = text.lastIndexOf(' ', max);
  return { text: (cut > max / 2 ? text.slice(0, cut) : graphemePrefix(text, max)).trim(), truncated: true };
}

/**
 * Removes mentions of the bot itself (`<@U123>` or `<@U123|name>`), so that
 * "@Ofsted what is the MASH?" reaches the engine as "what is the MASH?".
 * Other markup is left for the engine, which understands it.
 */
export function stripOwnMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text;
  const id = botUserId.replace(/[^A-Z0-9]/gi, '');
  // A label never holds "<", so an unclosed mention is given up at the next one
  // rather than scanned to the end of the text again from each of them.
  return text.replace(new RegExp(`<@${id}(?:\\|[^<>]*)?>`, 'g'), ' ').trim();
}
