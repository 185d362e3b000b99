/**
 * Reading a question asked in a thread in the light of the thread's earlier
 * question. People follow up elliptically ("and for care leavers?", "what
 * grade was that?", "show me the full paragraph", "what about within three
 * months?"); on its own such a message has no subject. A full question
 * stands on its own, and so does anything this module does not recognise:
 * a wrong guess is worse than no guess, and every guess is shown to the
 * person as "Reading this as: …" so that it can be seen to be wrong.
 *
 * Pure: text in, a reading out.
 */
import { escapeRegExp } from '../reg-exp.js';


/** What a thread remembers of its last answer. */
export interface ThreadTopic {
  /** The question that answer answered, as it was read (a follow-up's reading, not its words). */
  question: string;
  /** The first paragraph it showed, if any: what "that" and "the full paragraph" mean. */
  first?: {
    report: string;
    paragraph: number;
    /** The part of the report it sits in, e.g. "Services for looked after children". */
    part: string;
    /** The judged area it sits under, e.g. "Economic well-being"; absent where nothing is graded. */
    area?: string;
  };
}

export type Reading =
  /** The question stands on its own. */
  | { kind: 'own' }
  /** Ask this question instead. */
  | { kind: 'question'; question: string }
  /** Show this paragraph whole. */
  | { kind: 'paragraph'; report: string; paragraph: number };

const OWN: Reading = { kind: 'own' };

/** Groups of people the reports are about, longest first so "children in care" wins over "children". */
const GROUPS = [
  'unaccompanied asylum seeking children',
  'unaccompanied asylum-seeking children',
  'children and young people',
  'looked after children',
  'looked-after children',
  'children looked after',
  'children in need',
  'children in care',
  'children with disabilities',
  'disabled children',
  'care leavers',
  'care leaver',
  'young people',
  'young person',
  'young carers',
  'young offenders',
  'foster carers',
  'social workers',
  'health visitors',
  'teenagers',
  'adolescents',
  'children',
  'child',
  'kids',
  'babies',
  'families',
  'parents',
  'carers',
  'adopters',
  'staff',
  'managers',
  'schools',
  'girls',
  'boys',
  'lac',
];

const NUMBER_WORDS = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
/** "immediately", "within three months", "in the next six months". */
const TIMESCALE = new RegExp(`\\b(?:immediately|straight away|right away|(?:with)?in (?:the next )?${NUMBER_WORDS} (?:days?|weeks?|months?|years?))\\b`, 'i');

/** Openings that hand a new focus to the earlier question: "and for …", "what about …", "within …". */
const FOCUS_SWAP = /^(?:(?:and|but|also)\s+)?(?:(?:what|how) about\s+|same for\s+|likewise for\s+)?(?:(for|in|within|with|among|amongst|regarding)\s+)?(.+)$/i;
const SWAP_OPENER = /^(?:and|but|also|what about|how about|same for|likewise for|for|within|in)\b/i;
/** A clause of its own in the new focus ("Sutton, how many …") makes the message a question in its own right. */
const OWN_CLAUSE = /(?:^|,\s*)(?:how|what|why|when|where|who|whom|whose|which|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)\b|\?/i;
/** Most words a new focus may have; past this, a message is a question in its own right. */
const MAX_FOCUS_WORDS = 7;

const GRADE_WORD = /\b(?:grade[sd]?|grading|rated|rating|ratings|judged|judgements?|judgments?|verdict|scored?)\b/i;
const PLURAL_GRADES = /\b(?:grades|ratings|judgements|judgments)\b/i;
const FILLER = /\b(?:and|so|then|what|whats|what's|how|which|was|is|were|are|did|does|do|get|got|given|give|receive[sd]?|awarded|the|a|an|it|its|it's|that|that's|this|those|these|they|them|there|overall|for|of|to|in|by|ofsted|inspectors?)\b/gi;
const POINTING = /\b(?:it|its|it's|that|that's|this|those|these|they|them|there)\b/i;

const FULL_PARAGRAPH = /^(?:(?:can|could|would) you |please )?(?:(?:show|give|send|quote|read|paste|print|let me see)(?: me| us)? )?(?:(?:the|that|this) )?(?:(?:full|whole|entire|complete) (?:paragraph|text|thing|quote|passage)|(?:paragraph|text|passage|quote) in full|(?:full|whole|entire) one|(?:that|this) (?:paragraph|passage|one)(?: in full)?)(?: please)?$/i;

/** Longer than this, a message is not a follow-up: they are short by nature. */
const MAX_FOLLOW_UP = 200;

const CLOSING = new Set([' ', '?', '.', '!', '…']);

/**
 * Without its closing marks. A loop, not a pattern: a pattern anchored at
 * the end would scan a long run of them again from each of its characters.
 */
function withoutClosing(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Single spaces, without a closing mark or an opening "ok," or "thanks,". */
function normalise(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  return withoutClosing(spaced.replace(/^(?:ok(?:ay)?|thanks|thank you|great|cool|right|hmm+)[,.!]? /i, '')).trim();
}

const GROUP = `(?:${GROUPS.map(escapeRegExp).join('|')})`;
const GROUP_IN_TEXT = new RegExp(`\\b${GROUP}\\b`, 'i');
const WHOLE_GROUP = new RegExp(`^(?:(?:the|our|all|any) )?(${GROUP})$`, 'i');

/** A question without its closing mark, to build on. */
function stem(question: string): string {
  return withoutClosing(question.replace(/\s+/g, ' ').trim());
}

/** "what is the MASH": what is asked about, so that "and the LADO?" can take its place. */
const DEFINITION = /^((?:what|who) (?:is|are|was|were|does|do) )(.+?)((?: (?:mean|stand for|do))?)$/i;
/** "what grade did health get", "how was health judged": the area a grade question is about. */
const GRADE_FRAMES = [
  /^(what (?:grade|rating|judgement|judgment) (?:did|was|were|is|are|has|have|does) )(.+?)((?: (?:get|got|given|receive|received|achieve|achieved|awarded|have))?)$/i,
  /^(how (?:was|were|is|are|did) )(.+?)( (?:graded|rated|judged|score))$/i,
  /^(what (?:grade|rating|judgement|judgment) (?:for|of|on) )(.+?)()$/i,
];

/**
 * The earlier question with `focus` in place of its like (a group of
 * people for a group, a timescale for a timescale, the thing a definition
 * or a grade question is about), or else added to it.
 */
function swapFocus(earlier: string, focus: string, preposition: string | undefined): string {
  const base = stem(earlier);
  const spelled = preposition ? `${preposition} ${focus}` : focus;
  const timescale = TIMESCALE.exec(spelled);
  if (timescale && timescale[0].length === spelled.length) {
    return TIMESCALE.test(base) ? base.replace(TIMESCALE, spelled) : `${base} ${spelled}`;
  }
  const group = WHOLE_GROUP.exec(focus)?.[1];
  if (group && (!preposition || preposition === 'for')) {
    return GROUP_IN_TEXT.test(base) ? base.replace(GROUP_IN_TEXT, group) : `${base} for ${group}`;
  }
  if (!group && (!preposition || preposition === 'for')) {
    for (const frame of [DEFINITION, ...GRADE_FRAMES]) {
      const m = frame.exec(base);
      if (m) return `${m[1]}${focus}${m[3]}`;
    }
  }
  return `${base} ${preposition ?? 'and'} ${focus}`;
}

/** "what grade was that?", "how was it rated?", "and the grade?": the grade of what was shown. */
function asksGradeOfThat(text: string): boolean {
  if (!GRADE_WORD.test(text)) return false;
  const rest = text.replace(new RegExp(GRADE_WORD.source, 'gi'), ' ').replace(FILLER, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (rest !== '') return false;
  // "what grade?" points as surely as "what grade was that?"; "what are the grades?" asks for them all.
  return POINTING.test(text) || (!PLURAL_GRADES.test(text) && text.split(' ').length <= 4);
}

/**
 * How to read `text`, asked after `earlier` in the same thread. Without an
 * earlier question, or when `text` is a question in its own right, it
 * stands on its own.
 */
export function readFollowUp(text: string, earlier: ThreadTopic | undefined): Reading {
  if (!earlier || text.length > MAX_FOLLOW_UP * 2) return OWN;
  const said = normalise(text);
  if (!said || said.length > MAX_FOLLOW_UP) return OWN;

  if (FULL_PARAGRAPH.test(said)) {
    const first = earlier.first;
    return first ? { kind: 'paragraph', report: first.report, paragraph: first.paragraph } : OWN;
  }

  if (asksGradeOfThat(said)) {
    const first = earlier.first;
    if (first?.area) return { kind: 'question', question: `what grade was ${first.area} given in ${first.part}?` };
    return { kind: 'question', question: `what grade was given for ${stem(earlier.question)}?` };
  }

  if (!SWAP_OPENER.test(said)) return OWN;
  const m = FOCUS_SWAP.exec(said);
  const focus = m?.[2]?.trim() ?? '';
  if (!focus || OWN_CLAUSE.test(focus) || focus.split(' ').length > MAX_FOCUS_WORDS) return OWN;
  const preposition = m?.[1]?.toLowerCase();
  const question = `${swapFocus(earlier.question, focus, preposition)}?`;
  return question.toLowerCase() === `${stem(earlier.question).toLowerCase()}?` ? OWN : { kind: 'question', question };
}
