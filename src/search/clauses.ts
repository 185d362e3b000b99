/**
 * The clauses of a grade question that may each name what is graded: its
 * sentences, and the two sides of a comparison.
 *
 * ```ts
 * gradeClauses('The leaders, do they put it first? Did they get a good mark?');
 * // { clauses: ['The leaders, do they put it first?', 'Did they get a good mark?'], compares: false }
 * gradeClauses('Was LAC health rated higher than health in child protection?');
 * // { clauses: ['Was LAC health rated', 'health in child protection?'], compares: true }
 * gradeClauses('Which came out worse on leadership, LAC or child protection?');
 * // { clauses: ['Which came out on leadership, LAC', 'child protection?'], compares: true }
 * ```
 */

export interface GradeClauses {
  /** The question's clauses in the order asked; one when it has no more. */
  clauses: string[];
  /** The question sets one thing beside another ("better than", "compared with"): each side names an area of its own. */
  compares: boolean;
  /** The sides are a list asked of one by one ("health, safety and school: what was each graded?"). */
  each?: boolean;
}

/** Where a sentence ends (not after "St." or "e.g."), or a clause set off by a colon or a spaced dash. */
const SENTENCE_END = /(?<=[?!;:]['’"”)]?|[a-z]{3}['’"”)]?\.['’"”)]?)\s+(?=\S)|\s+[-–—]+\s+/;
/** The same, kept in a split between the sentences it ends. */
const SENTENCE_END_KEPT = new RegExp(`(${SENTENCE_END.source})`);

/**
 * Words setting one thing beside another: "than" (or "then" typed for it
 * after a comparative), "compared with", "as strong as", "the same as". Not
 * "as well as", which only joins, nor "better than adequate", a bar on the scale,
 * nor "rather than" and "other than", which set one thing aside.
 */
const COMPARISON =
  /(?<!\b(?:rather|other))\s+(?:than(?! (?:an? |the )?['‘"“]?(?:outstanding|good|adequate|inadequate)\b)|compared? (?:to|with)|compares (?:to|with)|in comparison (?:to|with)|versus|vs\.?|as opposed to|the same as|match(?:es|ed)?|differ(?:s|ed)? from|different(?:ly)? (?:from|to)|as (?:good|strong|high|highly|bad|badly|weak|poor|positive|positively|safe|healthy) as)\s+|(?<=\b(?:better|worse|higher|lower|stronger|weaker|more|less))\s+then\s+/i;

/**
 * The comparative that ends a side ("rated any better", "more highly"):
 * it says how the sides compare, not what either is.
 */
const COMPARATIVE =
  /\s+(?:(?:any|much|far|a lot|a bit|no|even)\s+)?(?:(?:better|higher|stronger|more)\s+or\s+)?(?:better|worse|higher|lower|stronger|weaker|greater|poorer|safer|healthier|(?:more|less)(?:\s+\w+)?)\s*$/i;

/**
 * "Which came out worse, X or Y?", "a better grade for X or for Y?": a
 * comparative and a choice between two things. Not "better or worse",
 * whose "or" joins the comparatives, nor "…, or was one better?", whose "or"
 * begins another question.
 */
const CHOICE_COMPARATIVE = /\b(?:better|worse|higher|lower|stronger|weaker|best|worst|highest|lowest|(?:more|less) (?:harshly|highly|kindly|favourably|generously|severely|ambitious|effective|successful|focused|committed|caring))\b/i;
const CHOICE = /\s+or\s+(?!(?:better|worse|higher|lower|not|the same|was|were|is|are|did|do|does|has|have|had)\b)/i;
/** An aside between two spaced dashes inside a sentence. */
const DASHED_ASIDE = /\s+[-–—]+\s+([^-–—?.!;:]{1,100}?)\s+[-–—]+\s+/g;
/** The question word opening a frame: "which", "whose", "what". */
const FRAME_OPENING = /^\W*(?:which|whose|who|what)\b\s*/i;
/** "Which was marked higher:", "which got the better grade:", ending on its comparative; not "which did better on keeping kids safe -". */
const ENDS_COMPARATIVE =
  /\b(?:better|worse|higher|lower|stronger|weaker|best|worst|highest|lowest|(?:more|less) (?:harshly|highly|kindly|favourably|generously|severely))(?: (?:overall|headline|final))?(?: (?:grades?|marks?|ratings?|scores?|results?|verdicts?))?\W*$/i;
/** "Between protecting children and looking after kids in care, which came out worse?": the "and" of a choice. */
const BETWEEN_AND = /(?<=\bbetween\s+[^,;:?]+?)\s+and\s+/i;
/** "Compare between X and Y", "how did X compare with …": a comparison without a comparative. */
const COMPARE_WORD = /\bcompar(?:e|es|ed|ing|ison)\b/i;
/** "Did X and Y end up with the same mark?", "were X and Y rated the same?": two sides set beside each other by "and". */
const SAME_GRADE =
  /\b(?:the )?same (?:marks?|grades?|ratings?|scores?|verdicts?|judge?ments?|results?|levels?)\b|\b(?:rated|graded|marked|judged|scored) (?:the )?same\b|\b(?:came|come|comes|coming|end|ended|ending|ends) (?:out|up|down) (?:the )?same\b/i;
const AND = /\s+and\s+/i;
/**
 * "Safeguarding overall got a 4 but capacity got a 3?", "health got a decent rating but the
 * overall verdict was poor": a grade said of each of two things, joined: each is a side.
 */
const GRADE_CLAIM =
  /\b(?:got|gets|get|was|were|is|are|rated|scored|given)\s+(?:(?:judged|rated|graded|marked|found|deemed|only|just|as)\s+)*(?:an?\s+)?(?:[1-4]|outstanding|good|adequate|inadequate|decent|poor|bad|weak|strong|positive|negative)\b/gi;
const CLAIMS_JOINED = /\s*,?\s+(?:but|and|while|whereas)\s+/i;
/** "The grades for the health agencies' contribution and for quality of provision": two things asked of in turn. */
const AND_FOR = /\s*,?\s+and\s+(?=for\s)/i;
/** A grade asked for one thing: "the grades for …", "what did they get for …", "rated for …". */
const GRADE_FOR = /\b(?:grades?|ratings?|marks?|scores?|verdicts?|judge?ments?|get|got|gets|given|rated|graded|marked|scored)\s+(?:[\w'’]+\s+){0,3}?for\s/i;
/** "The two headline grades, one for protecting children and one for kids in care": two sides named in turn. */
const ONE_FOR = /\s*,?\s*(?:and\s+)?\bone for\s+/i;

/**
 * A comparative inside a side ("which did better, LAC health …"): how the
 * sides compare, not what either is. "Get better" stays: it is capacity to improve.
 */
const COMPARED_BY = /(?<!\b(?:get|gets|getting|got) )\b(?:better|worse|higher|lower|stronger|weaker|(?:more|less) (?:harshly|highly|kindly|favourably|generously|severely))\b/gi;

/**
 * "Health, safety, school and having a say: what was each of those graded?":
 * a list of three or more, asked of one by one, is read as sides too. Not
 * "do the agencies talk to each other": that is how they work together.
 */
const EACH = /\b(?:each(?! other\b)|every one|all of (?:them|those|these)|each of (?:them|those|these)|respectively)\b/i;
const LIST_ITEM = /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+/;

/** "… keeping children safe - better or worse than social care?": a comparison carried on after a dash or colon. */
const COMPARISON_GOES_ON = /^(?:(?:any|much|far|a lot|a bit|no|even)\s+)?(?:(?:better|worse|higher|lower|stronger|weaker)\s+or\s+)?(?:better|worse|higher|lower|stronger|weaker|poorer|safer)\s+(?:than|then)\b/i;

export function gradeClauses(question: string): GradeClauses {
  // Two spaced dashes in a sentence enclose an aside, as brackets do: "did the health side - hospitals,
  // health visitors, the PCT - pull their weight?" is one clause.
  const text = question.replace(DASHED_ASIDE, ' ($1) ');
  // Sentences and what ends each, in turn: one set off by a spaced dash sets a clause off as a colon
  // does ("which was graded higher - health or school?").
  const pieces = text.split(SENTENCE_END_KEPT);
  const dashed = new Set<string>();
  for (let i = 0; i + 1 < pieces.length; i += 2) if (/[-–—]/.test(pieces[i + 1]!)) dashed.add(pieces[i]!.trim());
  const sentences = pieces
    .filter((_, i) => i % 2 === 0)
    .map((s) => s.trim())
    .filter(Boolean)
    .reduce<string[]>((joined, s) => {
      if (joined.length > 0 && COMPARISON_GOES_ON.test(s)) joined[joined.length - 1] = `${joined[joined.length - 1]!.replace(/[-–—:,]+$/, '')} ${s}`;
      else joined.push(s);
      return joined;
    }, []);
  const items = sentences.map((s) => s.split(LIST_ITEM));
  if (EACH.test(text) && items.some((parts) => parts.length >= 3)) {
    const listed = items.flatMap((parts, i) => (parts.length >= 3 ? parts : [sentences[i]!])).map((s) => s.trim()).filter(Boolean);
    return { clauses: listed, compares: true, each: true };
  }
  /** Where a sentence divides into the sides it compares, or null when it compares nothing. */
  const comparing = (s: string): RegExp | null => {
    if (COMPARISON.test(s)) return COMPARISON;
    if ((s.match(/\bone for\b/gi)?.length ?? 0) >= 2) return ONE_FOR;
    const comparative = CHOICE_COMPARATIVE.test(s) || framed.has(s);
    if (comparative && CHOICE.test(s)) return CHOICE;
    if (SAME_GRADE.test(s) && AND.test(s)) return AND;
    if (GRADE_FOR.test(s) && AND_FOR.test(s)) return AND_FOR;
    if ((s.match(GRADE_CLAIM)?.length ?? 0) >= 2 && CLAIMS_JOINED.test(s)) return CLAIMS_JOINED;
    return (comparative || COMPARE_WORD.test(s)) && BETWEEN_AND.test(s) ? BETWEEN_AND : null;
  };
  // "Which was marked higher: X, or Y?": the comparative may end the sentence before the choice,
  // which then only says how the sides compare.
  // What the frame says is compared belongs to each side: "whose frontline practice got judged worse - CP or LAC?".
  const framed = new Map<string, string>();
  const frames = new Set<string>();
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    if (next && (/:$/.test(s) || dashed.has(s)) && ENDS_COMPARATIVE.test(s) && CHOICE.test(next)) {
      frames.add(s);
      framed.set(next, s.replace(COMPARED_BY, ' ').replace(FRAME_OPENING, '').replace(/[-–—:,\s]+$/, '').replace(/\s+/g, ' ').trim());
    }
  });
  let compares = false;
  const clauses = sentences.filter((s) => !frames.has(s)).flatMap((s) => {
    const sides = comparing(s);
    if (sides) compares = true;
    const frame = framed.get(s);
    return s
      .split(sides ?? COMPARISON)
      .map((c, i, all) => (i < all.length - 1 ? c.replace(COMPARATIVE, '') : c))
      .map((c) => (sides ? c.replace(COMPARED_BY, ' ') : c).replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((c) => (frame ? `${c.replace(/[?.!,\s]+$/, '')} (${frame})` : c));
  });
  return { clauses: clauses.length ? clauses : [text], compares };
}
