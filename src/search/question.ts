/**
 * Understanding a question before searching: what kind of answer it wants
 * (a grade, recommendations, a cited paragraph, figures) and which words
 * carry its meaning.
 */
import type { GradeValue, Timescale } from '../report/model.js';
import { gradeValueOfWord } from '../report/grades.js';
import { type ParagraphReference, parseParagraphReference } from '../report/reference.js';
import { stripSlackMarkup } from './analysis.js';

export type { ParagraphReference };

export interface QuestionIntent {
  /** The question with Slack markup stripped, as searched. */
  text: string;
  /** Set when the question asks for a paragraph by number. */
  paragraph?: ParagraphReference;
  /** "what grade did…", "how was … judged/rated". */
  grade: boolean;
  /**
   * "Is partnership working good?", "How good is leadership?": a grade
   * question only if it names a whole judged area.
   */
  gradeHint: boolean;
  /** The grade a grade question names: "which areas were judged inadequate?" → 4. */
  gradeNamed?: GradeValue;
  /** The question asks for a list of areas: "which areas…", "what aspects…". */
  listing: boolean;
  /** "What do the grades mean?", "what does adequate mean?": the grading scale answers. */
  scale: boolean;
  /** "what must be done immediately", "what does the report recommend". */
  recommendation: boolean;
  /** The timescale asked about, when the question names one. */
  timescale?: Timescale;
  /** "how many", "how much", "what proportion", "how long", "how quickly": figures likely hold the answer. */
  counting: boolean;
  /**
   * "how many", "how much", "what proportion": only a figure answers, so a
   * paragraph with no figure beside what is counted does not.
   */
  figureWanted: boolean;
}

const EMBEDDED_REFERENCE = /(?:\bpara(?:graph)?s?\.?\s*|¶\s*|§\s*)(?<number>\d{1,4})\b/i;

const GRADE_WORDS =
  /\b(?:grades?|graded|grading|rated|rating|ratings|judged|judgements?|judgments?|scored|verdict|ofsted (?:say|give|gave)|(?:they|you|we|ofsted|inspectors?|did|does|do|would|to) rate)\b/i;

const GRADE_NAME = /\b(outstanding|good|adequate|inadequate)\b/i;

const SCALE_WORDS = /\b(?:mean|means|meaning|scale|definitions?|defined|stands? for)\b/i;
const SCALE_SUBJECT = /\b(?:grades?|grading|ratings?|judgements?|outstanding|good|adequate|inadequate)\b/i;

const LISTING = /\bwhich\b|\bwhat (?:areas|aspects|judgements|sections|parts|services)\b|\blist\b/i;

const GRADE_HINT = /\b(?:outstanding|good|adequate|inadequate)\s*[?.!]*\s*$|\bhow (?:good|well) (?:is|are|was|were|did|does|do)\b/i;

const RECOMMENDATION_WORDS =
  /\b(?:recommend\w*|areas? for improvement|improvements? (?:needed|required)|actions? (?:needed|required|to take)|must be done|should be done|needs? to be done|has to be done|have to be done|what (?:must|should|needs? to|has to|have to) .{0,60}\b(?:do|done|happen|change|improve|take)|next steps|to[- ]do)\b/i;
const ACTION_WORDS = /\b(?:must|should|needs?|done|doing|actions?|improve|improvements?|fix|recommend\w*|happen)\b/i;

const TIMESCALES: [RegExp, Timescale][] = [
  [/\b(?:immediate(?:ly)?|urgent(?:ly)?|straight ?away|right away|at once)\b/i, 'Immediately'],
  [/\b(?:three|3)[- ]?months?\b|\b(?:90|ninety) days\b/i, 'Within three months'],
  [/\b(?:six|6)[- ]?months?\b|\bhalf a year\b/i, 'Within six months'],
];

const COUNTING_WORDS =
  /\bhow (?:many|much|often|long|far|old|quickly|soon)\b|\bwhat (?:proportion|percentage|per ?cent|number|rate|share|fraction|figures?)\b|\bnumber of\b|\bper ?cent\b|%|\bproportion of\b|\bhow high\b|\bhow low\b/i;

const FIGURE_WORDS = /\bhow (?:many|much)\b|\bwhat (?:proportion|percentage|per ?cent|number|share|fraction)\b/i;

/** Words that only frame a question about time ("how long", "how often"): searching for them finds "far too long". */
const TIME_FRAME = /\bhow (?:long|often)\b/gi;

/** Openings that only ask for anything at all on a subject: "any concerns about X" asks about X. */
const PADDING = /^\s*(?:are there |is there )?any (?:concerns?|info(?:rmation)?|news|updates?|issues?|thoughts?) (?:about|on|regarding|with|re)\s+/i;

/** Reads what kind of answer a question wants. */

export function readQuestion(raw: string): QuestionIntent {
  const text = stripSlackMarkup(raw).replace(PADDING, '');
  const intent: QuestionIntent = {
    text,
    grade: false,
    gradeHint: false,
    listing: LISTING.test(text),
    scale: SCALE_WORDS.test(text) && SCALE_SUBJECT.test(text),
    recommendation: false,
    counting: false,
    figureWanted: false,
  };

  // The whole question a reference ("sutton-2012 65"), or one inside it ("what does para 65 say?").
  const embedded = EMBEDDED_REFERENCE.exec(text)?.groups;
  const reference = parseParagraphReference(text) ?? (embedded ? { number: Number(embedded.number) } : undefined);
  if (reference && reference.number > 0) intent.paragraph = reference;

  intent.grade = GRADE_WORDS.test(text);
  intent.gradeHint = !intent.grade && GRADE_HINT.test(text);
  const gradeWord = GRADE_NAME.exec(text);
  if (gradeWord && (intent.grade || intent.gradeHint)) intent.gradeNamed = gradeValueOfWord(gradeWord[1]!) ?? undefined;
  for (const [pattern, timescale] of TIMESCALES) {
    if (pattern.test(text)) {
      intent.timescale = timescale;
      break;
    }
  }
  intent.recommendation =
    RECOMMENDATION_WORDS.test(text) || (intent.timescale !== undefined && ACTION_WORDS.test(text));
  if (intent.recommendation) intent.grade = intent.gradeHint = false;
  intent.counting = COUNTING_WORDS.test(text);
  intent.figureWanted = FIGURE_WORDS.test(text);
  intent.text = text.replace(TIME_FRAME, 'how');
  return intent;
}
