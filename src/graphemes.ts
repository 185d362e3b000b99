/**
 * Cutting text without cutting a character in half. What a reader sees as
 * one character (an emoji with its skin tone, a family of people, a flag, a
 * letter with its accent) can be several code units; a cut inside one shows
 * a broken symbol, and a lone surrogate cannot even be sent to Slack.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * How much of the text around the cut the segmenter is shown. Whether a
 * character ends at the cut depends on a few code units either side, never
 * on text far off; and the segmenter is slow on a long text, so it is never
 * shown the whole of one.
 */
const LOOK_BEHIND = 256;
const LOOK_AHEAD = 32;

const isAscii = (c: string | undefined) => c !== undefined && c.charCodeAt(0) < 0x80;

/** The longest start of `text` of at most `max` code units that ends between whole characters. */
export function graphemePrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const before = text[max - 1];
  const after = text[max];
  // Between two ASCII characters there is always a boundary, but between CR and LF.
  if (isAscii(before) && isAscii(after) && !(before === '\r' && after === '\n')) return text.slice(0, max);

  let from = Math.max(0, max - LOOK_BEHIND);
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from++;
  let end = from;
  for (const { index, segment } of segmenter.segment(text.slice(from, max + LOOK_AHEAD))) {
    if (from + index + segment.length > max) break;
    end = from + index + segment.length;
  }
  if (end > from) return text.slice(0, end);
  // One "character" longer than the cut (a pile of combining marks): at least keep surrogate pairs whole.
  return text.slice(0, /[\uD800-\uDBFF]/.test(before ?? '') ? max - 1 : max);
}
