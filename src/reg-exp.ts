/** Text to match literally inside a regular expression: "A&E (St Helier)" → "A&E \(St Helier\)". */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation matching any of `phrases`, factored on shared beginnings:
 * `["at present", "atm"]` → `at(?:[\s-]+present|m)`.
 *
 * A flat alternation of hundreds of phrases is tried phrase by phrase at every
 * place in the text; factored, a place is given up at its first letter that no
 * phrase shares. Where one phrase begins another, the longer is tried first, so
 * the text matched is the longest phrase that fits.
 *
 * @param phrases Lower-case words separated by single spaces.
 * @param wordGap What stands for each space between words. Default: `[\s-]+`, so
 *   "to date" also matches "to-date".
 * @returns A regular expression source with no capturing groups.
 */
export function phraseAlternation(phrases: readonly string[], wordGap = '[\\s-]+'): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const phrase of phrases) {
    let node = root;
    for (const letter of phrase) {
      let child = node.next.get(letter);
      if (!child) node.next.set(letter, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const atom = (letter: string): string => (letter === ' ' ? wordGap : letter === "'" ? "['’]" : escapeRegExp(letter));
  const source = (node: Node): string => {
    const branches = [...node.next].map(([letter, child]) => atom(letter) + source(child));
    if (branches.length === 0) return '';
    if (!node.end && branches.length === 1) return branches[0]!;
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  return source(root);
}
