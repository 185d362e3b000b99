/**
 * How every surface says that other reports print a cited paragraph word
 * for word: once, compactly, instead of quoting it again from each.
 */
import type { Citation } from '../answer.js';

/** Other reports a line names, at most; the rest are counted. */
const SAME_IN_SHOWN = 3;

/** "The same paragraph is in ashford-2013 (¶56), brookford-2014 (¶56) and 998 more reports." */
export function sameInLine(c: Pick<Citation, 'sameIn' | 'sameInCount'>): string {
  if (!c.sameIn?.length) return '';
  const listed = c.sameIn.slice(0, SAME_IN_SHOWN).map((s) => `${s.report} (¶${s.paragraph})`);
  const more = (c.sameInCount ?? c.sameIn.length) - listed.length;
  if (more > 0) return `The same paragraph is in ${listed.join(', ')} and ${more} more report${more === 1 ? '' : 's'}.`;
  const last = listed.pop()!;
  return `The same paragraph is in ${listed.length ? `${listed.join(', ')} and ${last}` : last}.`;
}
