/**
 * Understanding a question before searching: what kind of answer it wants
 * (a grade, recommendations, a cited paragraph, figures) and which words
 * carry its meaning.
 */
import type { ExpectedAnswer } from '../answer.js';
import type { GradeValue, Timescale } from '../report/model.js';
import { gradeValueOfWord } from '../report/grades.js';
import { type ParagraphReference, parseParagraphReference } from '../report/reference.js';
import { phraseAlternation } from '../reg-exp.js';
import { stripSlackMarkup, wordNumber } from './analysis.js';

export type { ParagraphReference };

/** Which end (or ends) of the grade scale a question asks for. */
export type GradeExtreme = 'best' | 'worst' | 'best and worst' | 'worst and best';

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
  /**
   * The question asks for the best or the worst grade given ("what was the
   * best score any area got?", "which area came out worst?"), or both ends in
   * the order it names them ("the best and worst rated bits").
   */
  gradeExtreme?: GradeExtreme;
  /**
   * The question asks for the areas graded above or below the grade it
   * names ("was anything rated higher than adequate?" → 'better' than 3).
   */
  gradeBeyond?: 'better' | 'worse';
  /** The bar itself counts too: "rated good or better" (see {@link gradeBeyond}). */
  gradeBeyondIncludes?: boolean;
  /**
   * The question as a whole asks for the overall verdict ("Overall, are
   * children safe?", "bottom line: …", "the headline verdict on …"), not for
   * an area judged as a whole ("how did health come out overall?").
   */
  overallAsked: boolean;
  /**
   * "Overall" only opens a question that asks a grade outright ("Overall, how
   * were the health outcomes of children in care graded?"): it sums up, and
   * the area the question names is what is graded. Not "the overall verdict
   * on …", nor a hint ("Overall, are children safe?").
   */
  overallOpens?: boolean;
  /**
   * The question asks whether something has a grade of its own ("did CAMHS
   * get its own rating?", "the school nursing service on its own"): an area
   * it only falls under does not answer it.
   */
  ownGradeAsked: boolean;
  /**
   * The question asks the grade of a person ("did my social worker get a
   * rating?", "how were individual social workers graded?"): reports grade
   * services, never the people in them.
   */
  personGradeAsked: boolean;
  /**
   * The question asks the grade an earlier inspection gave ("at its previous
   * full inspection back in 2009", "before this one"): a report gives its own
   * grades, not those of the inspection before it.
   */
  earlierGradeAsked: boolean;
  /** The year a grade question names, if any: a year before every inspection held asks an earlier one. */
  yearNamed?: number;
  /**
   * What the question may set aside at its end: "… generally, not the looked
   * after bit" → clause ", not the looked after bit", what "the looked after bit".
   */
  except?: { clause: string; what: string };
  /**
   * What the question grants or gives as the asker's reasons, before or after it asks: "why was the LSCB
   * criticised, when it's done good work on DV?" → ["when it's done good work on DV"]; "…, since the weight I
   * attach to their findings depends on it" → ["since the weight I attach to their findings depends on it"].
   * Their words are weighed less (see `understand.ts`).
   */
  concessions?: string[];
  /**
   * The question asks about the inspection itself: "who did the inspecting?",
   * "was it only Ofsted people on the inspection team?".
   */
  inspectionAsked: boolean;
  /** The question asks for a list of areas: "which areas…", "what aspects…", "was anything…". */
  listing: boolean;
  /**
   * The overall verdict set aside from a list: "setting the headline aside, which areas failed?",
   * "which individual areas were inadequate?".
   */
  overallSetAside?: boolean;
  /**
   * Which of those named did better or worse: "which half came out better, child protection or
   * children in care?" is answered by the better one, so it comes first.
   */
  gradeCompared?: 'better' | 'worse';
  /** The outcomes for children asked among: "which of the outcomes for children in care did best?". */
  outcomesAsked?: boolean;
  /** The outcomes asked of together: "how were the outcomes for children in care rated?" (see {@link outcomesAsked}). */
  outcomesTogether?: boolean;
  /** A list asked of every part at once: "which area got the lowest mark in both halves?". */
  everyPart?: boolean;
  /** Every judged area asked for, of the part named: "the full scorecard for the care half, every area and its mark". */
  everyArea?: boolean;
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
  /**
   * What a count is of: the words after "how many", "what proportion of" and
   * the like, to the end of their clause ("kids were on child protection
   * plans" in "How many kids were on child protection plans, and why?").
   */
  countedText?: string;
  /**
   * The kind of thing the question asks for, when it is one a report often
   * does not hold: "who is the director…" wants a person, "what number do I
   * ring" a phone number, "how much does it cost" money, "when is the next
   * inspection" a date to come, "which outside firm …" an organisation's
   * name, "has it improved since?" what came after the report.
   */
  expected?: ExpectedAnswer;
}

const EMBEDDED_REFERENCE = /(?:\bpara(?:graph)?s?\.?\s*|¶\s*|§\s*)(?<number>\d{1,4})\b/i;

/**
 * Ways of asking for a grade outright, one pattern each so that each can be
 * read (and found again) on its own.
 */
const GRADE_ASKED: RegExp[] = [
  // The grading words themselves: "what grade", "how was it rated", "the verdicts", "did they rate".
  /\b(?:grades?|graded|grading|rated|rating|ratings|ranked|judged|judgements?|judgments?|scored|verdicts?|ofsted (?:give|gave)|(?:they|you|we|ofsted|inspectors?|inspection|inspectorate|watchdog|report|did|does|do|would|to) rate)\b|\bhow many stars\b|\bstars? (?:out of|did|does)\b/,
  /\b(?:did|do|does|would) (?:the )?(?:inspectors?|ofsted|they|inspection) (?:judge|mark|score)\b/,
  // Marks and scores: "what mark", "the score for", "a mark for", "got a good mark", "marked down".
  /\b(?:did|does|do) .{1,60}\bscore\b|\bwhat (?:mark|score)s?\b|\bmarks? (?:out of|did|does|do) \b|\b(?:the|its|their|our|[\w]+['’]s) (?:mark|score)s? (?:for|on|of|given|awarded)\b/,
  // "What was the result of the inspection?", "the overall outcome": the verdicts.
  /\b(?:results?|outcomes?) of (?:the |this |sutton['’]s |its |their |the whole )?(?:ofsted )?inspection\b|\boverall (?:result|outcome)s?\b/,
  /\bwhat(?: is| was|['’]s|s) (?:the|their|its) (?:overall |final |headline |actual )?(?:mark|score|grade|rating|verdict)s?\b|\b(?:a|any) (?:mark|score)s? (?:for|on|of)\b/,
  /\b(?:get|gets|got|getting|earn|earns|earned|given|give|gave) (?:a |an |the )?(?:\w+ )?(?:mark|score|verdict)s?\b|\bmark(?:ed|s)? (?:down|up)\b|\bmarked (?:on|for)\b|\b(?:get|gets|got|getting|been|was|were) dinged\b/,
  /\b(?:better|best|worse|worst|higher|lower|top|bottom|middling|mediocre|so[\s-]so|meh) (?:marks?|grades?|scores?|ratings?)\b|\bmarked (?:as|them as|it as|down as)\b/,
  // A grade said of anything at all: "were we outstanding on anything?", "was anything at all good?"; "is good the ceiling?".
  /\b(?:outstanding|good|adequate|inadequate) (?:on|at|in|for) (?:anything|something|any (?:areas?|bits?|parts?|of (?:it|them|the areas)))\b|\b(?:is|was) (?:good|adequate|outstanding) (?:the|their|our) (?:ceiling|limit|best|top)\b/,
  // Where the verdict landed: "what'd Ofsted land on for that?".
  /\bwhat(?:['’]d| did| had) (?:ofsted|the inspectors?|they|the inspection) (?:land|settle|come down) on\b/,
  // Judged by the marks: "going by the marks they gave", "on the strength of the grades".
  /\b(?:going|judging) (?:by|on|from) (?:the |their |its |ofsted['’]s )?(?:marks?|grades?|scores?|ratings?|verdicts?|judge?ments?)\b|\bon the (?:strength|basis) of (?:the |their )?(?:marks?|grades?|ratings?|verdicts?)\b/,
  // "What was the equality and diversity score?", "was there a separate score for …": a mark named after what
  // it is of (not an exam's or a test's score).
  /\b(?:what(?: is| was|['’]s|s| were| are) (?:the|their|its)|(?:was|is|were|are) there (?:an?|any)) (?:[\w'’&-]+ ){1,5}?(?<!\b(?:gcse|exam|test|point|attainment|average|sdq|ks[1-4]|sats?) )(?:mark|score)s?\b/,
  // Pass or fail, thumbs up or down.
  /\bpass(?:ed)? or fail(?:ed)?\b|\bfail(?:ed)? or pass(?:ed)?\b|\bthumbs? (?:up|down)\b|\b(?:get|gets|got|given|earn|earned|award|awarded) an? (?:pass|fail)\b/,
  // What they got, earned or were given: "what did they get for …", "what did they give us for that?".
  /\bwhat (?:did|does|do) (?:that|it|this|they|we) earn\b|\bwhat (?:did|do|does) (?:they|it|we|you|sutton|the (?:council|local authority|authority|borough)) (?:actually |really |finally )?get (?:overall |in the end )?(?:for|on)\b/,
  /\bwhat (?:did|do|does|would) (?:they|ofsted|the inspectors|inspectors) (?:give|gave|award)\b|\bwhat (?:did|does|do) .{1,60}\bget (?:in|at|from) (?:the |this |their |its )?(?:\w+ )?(?:inspection|report|ofsted)\b/,
  // On Ofsted's scale: "what number did it get", "out of four", "where did it land on the scale".
  /\bwhat number\b.{1,80}\bget\b|\bout of (?:4|four)\b|\b(?:on|using) (?:a|the|ofsted['’]s|their) (?:1|one) ?(?:to|-|–) ?(?:4|four)(?: point)? scale\b|\b(?:4|four)[\s-]point scale\b|\bwhere did\b.{1,60}\b(?:land|come|sit|fall|end up)\b.{0,30}\bscale\b/,
  // A grade named as what something got: "what got inadequate?", "came out as good", "got 'good'".
  /\bwhat (?:got|was given|came out as|received|scored|was rated|was judged) (?:an? )?['‘"“]?(?:outstanding|good|adequate|inadequate)\b|\b(?:came|come|comes) out (?:as )?['‘"“]?(?:outstanding|good|adequate|inadequate)\b/,
  /\b(?:got|get|gets|given|earned|received|awarded|managed|manage|achieved|achieve|scraped)\s+(?:an?\s+)?['‘"“](?:outstanding|good|adequate|inadequate)['’"”]/,
  // Marked alike or not: "was it marked the same for both", "marked differently", "the same mark".
  /\bmarked (?:the same|differently|alike|equally|higher|lower|(?:any |much |a lot )?(?:better|worse))\b|\b(?:the )?same (?:marks?|grades?|ratings?|scores?|verdicts?|judge?ments?|results?|levels?)\b/,
  // "did they mark the council's checking of its own casework as failing?"
  /\bmark(?:ed|s)? (?:[\w'’]+ ){1,8}?as (?:failing|failed|a fail|inadequate|good|adequate|outstanding|poor|weak)\b/,
  // "marked as inadequate", "marked good".
  /\bmarked (?:as )?['‘"“]?(?:outstanding|good|adequate|inadequate|failing|failed|a fail|a pass|passing|poor|weak)\b|\b(?:marked|rated|graded|scored|judged) (?:so |that |this |very |really |quite |too )?(?:bad|badly|low|poorly|harshly|well|highly|high|kindly)\b/,
  // "Sutton got inadequate for …", "did they get inadequate for …": a grade's name after "got" is one
  // (but "got good support" is not).
  /\b(?:got|gets|was given|were given|received|earned|awarded)\s+(?:an?\s+)?(?:outstanding|adequate|inadequate)\b|\b(?:did|do|does|will|would) (?:\w+ ){1,4}get (?:an? )?(?:outstanding|adequate|inadequate)\b/,
  // A grade got, said alone: "the NHS part got a good - true?".
  /\b(?:got|gets|get|given|received|earned|awarded) an? ['‘"“]?(?:good|outstanding|adequate|inadequate)['’"”]?(?=\s*(?:[-–—?.!,;:]|$|(?:true|right|correct|apparently|then|yeah|or|in|on|for|anywhere|from)\b))/,
  // Where it was held: "why was education held at adequate rather than good?", "stuck on inadequate".
  /\b(?:held|kept|stuck|left|pegged|capped) (?:at|on) (?:an? |just |only )?['‘"“]?(?:outstanding|good|adequate|inadequate)\b/,
  // Where it ended up: "which areas ended up at inadequate?".
  /\b(?:ended|end|ends|ending) up (?:at|as|with|on) (?:an? )?['‘"“]?(?:outstanding|good|adequate|inadequate)\b/,
  // A grade as its number: "health agencies got a 2", "capacity got a 3".
  /\b(?:got|gets|get|given|scored|scores|awarded|received|earned|was|were|is|are) an? [1-4](?=\s*(?:[?.!,;:]|$|(?:but|and|or|apparently|too|overall|for|on|in|then|right|yeah|not)\b))/,
  // What something got, the question's last word: "what did the fostering service get?", "what did LAC get overall?".
  /\bwhat (?:did|does) .{1,60}\bget(?: overall| in the end| in total| all told)?\s*[?.!]*$/,
  // What one part got for an area: "what did the care side get for ambition?".
  /\bwhat (?:did|does|do) (?:the |our |their |its )?(?:[\w'’]+ ){1,3}?get (?:for|on)\b/,
  // A grade looked for anywhere: "anything outstanding in the report?", "any areas inadequate?".
  /\b(?:anything|any areas?|any parts?|any sections?|anywhere) (?:rated |graded |judged |marked |found )?['‘"“]?(?:outstanding|inadequate)\b/,
  // "How were they marked?", "safeguarding leadership score": a mark asked of, or a grade's noun ending the question.
  /\bhow (?:were|was|are|is|did|do|does) (?:[\w'’]+ ){0,4}?mark(?:ed)?\b|\bhow (?:were|was|are|is) [^?.!;]{1,120}?\bmarked\b|\bmarked (?:by|in) (?:the )?(?:inspectors?|ofsted|inspection|report)\b|\b(?:score|scores|mark|marks|rating|ratings|grade|grades|verdict)\s*[?.!]*\s*$/,
  // "What did equality and diversity come out as?".
  /\bwhat (?:did|does|do) .{1,80}\b(?:come|came) out as\b/,
  // Where it was put on the scale: "what level was it given?", "which box did it land in?", "what was it classed as?".
  /\bwhat (?:level|category|band|classification) (?:was|were|did|is|are)\b|\bwhat (?:was|were|is|are) (?:[\w'’]+ ){1,6}?(?:classed|classified|categori[sz]ed) as\b|\bwhich (?:box|category|band|level)\b.{0,60}\b(?:land|landed|fall|fell|sit|put|placed|go|went)\b|\bwhere (?:does|do|did) (?:[\w'’]+ ){1,6}?(?:sit|fall|land|come) on (?:the|ofsted['’]s|their) scale\b|\bwhat was (?:[\w'’]+ ){1,6}?marked\s*\?|\bwhat (?:assessment|judge?ment|verdict|mark|grade|rating|score) did (?:the )?(?:inspectors?|ofsted|they) give\b/,
  // "Of four possible marks, which landed on the second-best one?".
  /\b(?:of|out of) (?:the )?(?:4|four) (?:possible )?(?:marks|grades|ratings|scores|levels)\b|\bsecond[\s-](?:best|highest|top|worst|lowest|bottom) (?:mark|grade|rating|score|level|one)\b/,
  // Assessed as a grade: "the input of the NHS was assessed as good", "was it regarded as inadequate?" (not "regarded as good practice").
  /\b(?:assessed|evaluated|regarded|viewed|seen|considered|reckoned|judged|rated|graded|found|thought) (?:as|to be|to have been) ['‘"“]?(?:outstanding|good|adequate|inadequate)\b(?!['’"”]? (?:practice|work|progress|support|quality|example|examples)\b)/,
  // Called by a grade's name: "anything inspectors called good?", "was it labelled inadequate?".
  /\b(?:called|labelled|labeled|described as|branded|classed as|deemed) ['‘"“]?(?:outstanding|good|adequate|inadequate)\b/,
  // A mark given to someone: "did the inspectors give the council a decent mark for …".
  /\b(?:give|gave|given|giving|award|awarded|hand|handed)\s+(?:[\w'’]+\s+){1,4}?(?:an?\s+)?(?:\w+\s+)?(?:marks?|scores?|grades?|ratings?|verdicts?)\b/,
  // Alike in both: "did X and Y come out the same?", "did the inspectors come down the same way on both?".
  /\b(?:came|come|comes|coming|end|ended|ending|ends) (?:out|up|down) (?:the )?same\b|\b(?:came|come|comes|coming) down the same way\b/,
  // Ranked by grade: "can you rank the outcomes from best to worst?", "put them in order, worst first".
  /\bfrom (?:best|worst|highest|lowest|strongest|weakest) to (?:best|worst|highest|lowest|strongest|weakest)\b|\brank (?:them|these|those|the (?:[\w'’-]+ ){0,4}?(?:areas|outcomes|judge?ments|parts|grades|bits))\b/,
  // The marks each got, a scorecard: "every area and the mark it got", "the full scorecard for the care half".
  /\b(?:marks?|grades?|scores?|ratings?) (?:it|they|each|each one|each area|each of them) (?:got|get|received|was given|were given)\b|\bscore ?cards?\b/,
  // A mark called a note, as in several languages: "what note did the care side get?", "which note for that?".
  /\b(?:what|which) (?:final |overall )?note (?:did|does|do|was|were|is|it|they|for|the)\b/,
  // Credit given: "did they get credit for …".
  /\b(?:get|got|gets|given|give|gave|deserve|deserves|earn|earned) (?:any |some |much )?credit\b/,
];
const GRADE_WORDS = new RegExp(GRADE_ASKED.map((pattern) => pattern.source).join('|'), 'i');

const OWN_GRADE =
  /\b(?:its|their|his|her|a|any) own (?:separate |individual )?(?:ofsted |cqc )?(?:grades?|ratings?|judge?ments?|scores?|marks?|verdicts?|inspections?)\b|\b(?:graded|rated|judged|scored|marked)\s+(?:separately|individually|in (?:its|their) own right)\b|\b(?:separate|specific|individual|dedicated|stand-?alone) (?:grades?|ratings?|judge?ments?|scores?|marks?|verdicts?)\b|\bon (?:its|their|his|her) own\b(?! (?:two )?feet| (?:[a-z]+ )?(?:work|practice|casework|staff|services?|performance)\b)/i;

const PERSON_GRADED =
  /\b(?:my|our|his|her|(?:my|our|his|her) (?:child|son|daughter|kid|grandchild|grandson|granddaughter|family)['’]?s?) (?:own |current |last |new |old )?(?:social worker|worker|key worker|iro|reviewing officer|personal adviser|personal advisor|pa|foster carers?|carers?|teacher|head teacher|headteacher|gp|doctor|nurse|health visitor|team manager|manager|conference chair)\b|\b(?:individual|each|every|particular|named) (?:social workers?|workers?|members? of staff|staff members?|teachers?|managers?|officers?)\b/i;

/**
 * An inspection before the one reported: "its previous full inspection", "the
 * earlier Ofsted visit", "before this one". Not "last": "the last inspection"
 * is as often this one.
 */
const EARLIER_INSPECTION =
  /\b(?:previous|prior|earlier|former|preceding)\s+(?:[\w'’-]+\s+){0,2}?(?:inspections?|visits?|reports?|ofsted)\b|\b(?:inspection|one|report) before (?:this|that|the (?:current|latest|last)) (?:one|inspection|report)\b|\bbefore this (?:one|inspection|report)\b/i;
/** A year a grade question names ("what mark did they get back in 2009?"): the engine knows which inspections it holds. */
const YEAR_NAMED = /\b(?:back in|in|from|during|at the|the) ((?:19|20)\d{2})\b/i;
const YEARS_NAMED = new RegExp(YEAR_NAMED.source, 'gi');

/** The words of {@link EARLIER_INSPECTION} that only say which inspection: "previous full", "back in 2009", "before this one". */
const EARLIER_WORDS =
  /\b(?:previous|prior|earlier|former|preceding)(?:\s+full)?\b|\b(?:back\s+)?in\s+(?:19|20)\d{2}\b|\bbefore\s+(?:this|that)\s+(?:one|inspection|report)\b|\b(?:and\s+)?(?:want|wants|wanted|trying)\s+to\s+(?:see|know|say|check)\s+(?:if|whether)\b[^?.!]*|\b(?:if|whether)\s+(?:it|we|they|things|sutton)(?:['’]s|['’]ve|\s+has|\s+have)?\s+(?:got|gone|getting|going|improved|slipped|declined)\b[^?.!]*/gi;

/** A grade named; "any good" and "no good" name none. */
const GRADE_NAME = /\b(?<!\b(?:any|much|no) )(outstanding|good|adequate|inadequate)\b/i;
/** Failing named as the grade a list asks for: "which areas were judged to be outright failing?". */
const FAILING_NAMED =
  /\b(?:failing|failed|fail|fails|a fail|flunked|flunk)\b|\b(?:rated|graded|judged|marked|scored) (?:as )?poor\b|\b(?:not|never|didn['’]t|did not|don['’]t|do not|doesn['’]t|does not) (?:even )?(?:to )?(?:meet|reach|hit|make)(?:ing)? (?:the )?(?:bare )?minimum\b|\bbelow (?:the )?(?:bare )?minimum\b/i;
/** Putting something first with the thing between: "putting kids' safety first", "put children first". */
const PUT_FIRST = /\b(?:put|putting|puts)\s+(?!first\b)((?:[\w'’]+\s+){1,4}?)first\b/gi;
/** The grade between failing and good, said as neither: "not failing but not good either". */
const BETWEEN_PASS_AND_GOOD =
  /\bnot (?:failing|failed|a fail|inadequate|bad|terrible|awful)\W+(?:but |and |yet |though )?(?:also )?not (?:good|great|outstanding)\b|\bnot (?:good|great)\W+(?:but |and |yet |though )?(?:also )?not (?:failing|a fail|bad|inadequate|terrible|awful)\b|\bneither good nor (?:bad|failing|inadequate)\b/i;
const BETWEEN_PASS_AND_GOOD_ALL = new RegExp(`(?:${BETWEEN_PASS_AND_GOOD.source})(?:\\s+either\\b)?`, 'gi');
/**
 * The middle grade named as a list asks for it: "which outcomes only scraped a middling grade?" ("satisfactory"
 * is its old name), "which bits only met minimum requirements?" (how Ofsted defines adequate).
 */
const MIDDLE_NAMED = /\b(?:(?:just|only|merely) (?:ok|okay|alright|average)|middle of the road|(?:just |only |merely |barely )?passable|meh|middling|middle|mid[\s-]?table|so[\s-]so|satisfactory|scrap(?:e|ed|es|ing) (?:by|through|a pass)|(?:the )?(?:bare|absolute) minimum|minimum (?:requirements?|standards?))\b/i;
/**
 * "Five weeks of lessons", "off school for five weeks": reports count school missed in days, and a
 * school week is five of them, so in a question about school the days are searched for too ("25 days").
 */
const SCHOOL_WEEKS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:whole\s+|full\s+)?(?:school\s+)?weeks?\b(?:['’]s?)?(?:(?:\s+worth)?\s+of\s+(?:school(?:ing)?|lessons|classes|education|teaching)\b)?/gi;
const OF_SCHOOL = /\b(?:school|schooling|lessons|classes|education|teaching)\b/i;
/** Able to put things right, in a grade question (see `readQuestion`). */
const ABLE_TO_IMPROVE =
  /\b(?:the )?(?:hopes?|chances?|prospects?|outlook|likelihood|signs?|shot) (?:of|for|at) ((?:[\w'’]+ ){0,8}?)(?:improv\w*|better(?:ing|ment)|get(?:ting)? (?:it |things )?better|get(?:ting)? (?:its|their|our|the) (?:own )?house in order|pull(?:ing)? (?:its|their|our) socks up|(?:being )?(?:repaired|remedied|rectified|mended|put right|set right))\b|(?<=\b(?:think|thinks|thought|reckon|reckons|believe|believes|confident|confidence|faith|feel|feels|judge|judged|say|said)\b (?:that )?(?:[\w'’]+ ){1,5}?)(?:can|could|will|would)\s+(?:(?:actually|really|genuinely|ever)\s+)?(?=(?:sort\w* (?:[\w'’]+ ){0,5}?out|(?:fix\w*|repair\w*|remed(?:y|ies|ied|ying)|rectif\w*|mend(?:s|ed|ing)?)|improv\w*|get (?:it |things )?better|put (?:it|things) right)\b)|\b(?:capable|able|in a position|(?:better |best |well |poorly )?placed|(?:has|have|had|got) what it takes|(?:the )?(?:wherewithal|means|ability|capability|resources)|(?:has|have|had|got) it (?:with)?in (?:them|it|itself|themselves|us)|in (?:a |the )?(?:better|good|best|decent|fit) (?:shape|state|place)) (?:of|to) (?:improv\w*|(?:effect|bring about|secure|achieve|deliver|make) (?:the )?(?:necessary |needed |required )?improvements?|get(?:ting)? (?:it |things )?better|better (?:itself|themselves)|bounce back|recover|turn\w*(?= (?:[\w'’]+ ){0,4}?a?round\b)|(?:fix\w*|repair\w*|remed(?:y|ies|ied|ying)|rectif\w*|mend(?:s|ed|ing)?)|sort\w*(?= (?:[\w'’]+ ){0,4}?out\b)|put\w*(?= (?:it|things|matters) right\b))|(?<=\b(?:could|can|will)\b (?:[\w'’-]+ ){1,6}?)get better(?: from here)?\b/gi;
/** "Which landed on the second-best mark?": a grade named by its place from either end of the scale of four. */
const SECOND_FROM_END = /\bsecond[\s-](?:(best|highest|top)|worst|lowest|bottom)\b/i;
/** The same, to set aside everywhere in the searched text. */
const SECOND_FROM_END_ALL = new RegExp(SECOND_FROM_END.source, 'gi');
/** What a list of judged areas is called: "which areas …", "what bits …". */
const AREAS_LISTED = /\b(?:areas?|aspects?|parts?|bits?|sections?|judge?ments?|elements?|categories|headings?|services|list|respects)\b/i;
/** See {@link QuestionIntent.gradeCompared}. */
const WHICH_COMPARED =
  /(?:\bwhich\b|^\W*(?:what|who)(?:['’]?s| is| was| did| does| came out| comes out| fared)?(?= (?:any |much )?(?:better|worse|best|worst)\b)).{0,80}?\b(?:(better|higher|stronger|best|highest|strongest|ahead|on top)|(worse|lower|weaker|worst|lowest|weakest|poorer|poorest|behind))\b/i;
/** See {@link QuestionIntent.overallSetAside}. */
const OVERALL_SET_ASIDE =
  /\b(?:setting|leaving|putting|set|leave|put) (?:aside )?the (?:headline|overall)(?: (?:verdict|grade|judge?ment|rating|mark|score|effectiveness|one|figure))?(?: aside| to one side)?\b|\b(?:apart from|other than|excluding|except(?: for)?|not counting|not including|ignoring|leaving out|besides|beyond) (?:the )?(?:headline|overall)(?: (?:verdict|grade|judge?ment|rating|mark|score|effectiveness|one|figure))?\b|\bindividual(?= (?:[\w'’]+ ){0,2}?(?:areas?|bits?|parts?|aspects?|sections?|judge?ments?|grades?)\b)/gi;
const OVERALL_SET_ASIDE_TEST = new RegExp(OVERALL_SET_ASIDE.source, 'i');
/**
 * Every part at once, as where the same is true: "which area got the lowest mark in both halves?". Not
 * everything the parts hold together ("across both parts, which areas came out worst?", "… ? both halves").
 */
/** See {@link QuestionIntent.everyArea}. */
const EVERY_AREA = /\b(?:every|each|all(?: of)?(?: the| its| their)?) (?:areas?|judge?ments?|grades?|marks?)\b|\bfull (?:scorecard|list|breakdown|rundown)\b|\bscore ?cards?\b/i;
const EVERY_PART =
  /\bacross the board\b|(?<!\b(?:across|over|covering|from|for|spanning|throughout)(?: (?:the|all|both))? )(?<![?.!,;:]\s*)\b(?:both|all|each of the|every one of the) (?:halves|parts|sides|sections)\b(?! (?:together|combined|put together)\b)|\bin (?:each|every) (?:half|part|side|section)\b/i;
/**
 * "Was it rated requires improvement?", "did leadership get RI?": today's name for the grade below good,
 * which these reports call adequate. Only as a grade given, not "which areas require improvement".
 */
const REQUIRES_IMPROVEMENT =
  /(?<=\b(?:was|were|is|are|got|get|gets|rated|judged|graded|given|received|as)\s+)['‘"“]?(?:requires|requiring) improvement['’"”]?|(?<![\w-])RI(?![\w-])/g;
/** "The highest possible mark" is the top of the scale, a grade, not the best an area got. */
const endOfScale = (ends: string) =>
  new RegExp(
    `\\b(?:the )?(?:${ends}) (?:possible )?(?:mark|grade|rating|score) (?:possible|there is|going|available)\\b|\\b(?:the )?(?:${ends}) possible (?:mark|grade|rating|score)\\b`,
    'gi',
  );
const TOP_OF_SCALE = endOfScale('highest|top|best');
/** "At the very bottom of the scale": the grade at that end. */
const SCALE_END = /\b(?:the )?(?:very )?(?:(bottom)|top) (?:end )?of the (?:scale|four[\s-]point scale)\b/gi;
const BOTTOM_OF_SCALE = endOfScale('lowest|bottom|worst');
/** Falling short of the minimum: "which areas failed to meet minimum requirements?" names the grade below adequate. */
const BELOW_MINIMUM =
  /\b(?:fail(?:s|ed|ing)? to (?:meet|reach|achieve)|(?:did|does|do)(?: not|n['’]t) (?:meet|reach|achieve)|not (?:meeting|reaching)|not to (?:meet|reach|achieve)|(?:fell|falls|fall|falling) (?:short of|below)|below)\s*(?:even )?(?:the )?['‘"“]?\s*minimum (?:requirements|standards?(?: (?:required|expected)(?: of (?:them|it))?)?)['’"”]?/gi;
/** "A grade superior to that of mere adequacy": better than the grade named. */
const SUPERIOR_TO = /\b(?:(superior)|inferior) to(?: that of)?\b/gi;
/** Adequacy as the grade: "mere adequacy", "the merely passable". */
const MERE_ADEQUACY = /\b(?:mere|bare|simple) adequacy\b|\b(?:the )?merely passable\b/gi;
const MINIMUM_REQUIREMENTS = /\b(?:meets?|meeting|met)?\s*(?:the |only )?['‘"“]?\s*(?:meets? )?minimum requirements['’"”]?/gi;
/**
 * Children described by who looks after them ("the kids the council looks after",
 * "children we look after", "the kids it's taken on", "the children it fosters", "the
 * children the council has taken into its care", "the children it has in its charge"): the
 * report's looked after children, and no "kids council" or "children's council".
 */
const LOOKED_AFTER_BY =
  /\b(children|kids|young people|youngsters|teenagers|teens|young ones|ones)(?: (?:that|who|whom))? (?:the council|the local authority|the authority|the borough|sutton|it|we|they|you|the la|la)(?:['’](?:s|ve) (?:taken (?:on|in|into (?:its |their |our )?care)|(?:got )?in (?:its|their|our) (?:care|charge))|['’](?:s|re) responsible for| (?:(?:looks?|looked|looking|is looking|are looking) after|(?:has|have|had) (?:taken (?:on|in|into (?:its |their |our )?care)|(?:got )?in (?:its|their|our) (?:care|charge))|took (?:on|in|into (?:its |their |our )?care)|fosters?|is fostering|is responsible for|are responsible for|(?:is |are )?(?:raising|bringing up)|raises|brings up|cares? for|is caring for))\b/gi;
/**
 * Children in the care of the council ("children in the care of the local authority", "in the council's charge"): the report's
 * looked after children, and no "Children in Care Council".
 */
const IN_THE_CARE_OF =
  /\b(children|kids|young people|youngsters|teenagers|young ones)(?: who are| who were| that are)? (?:in the (?:care|charge) of (?:the council|the local authority|the authority|the borough|sutton)|in (?:the council|the local authority|the authority|the borough|sutton)['’]s? charge)\b/gi;
/**
 * A concession, to the next comma or the end of the sentence: "… even though timeliness is good", "despite
 * that", "thought they were doing ok on DV", "when it's done decent stuff on DV and substance misuse"; or the
 * asker's own reasons: "since the weight I attach to their findings depends on it", "before I accept the conclusions".
 */
const CONCESSION =
  /\b(?:whereas|whilst|(?:since|before|as) (?:the |a |my |our )?(?:[\w'’]+ ){0,3}?(?:i|we)\b(?! (?:know|knew)\b)|even though|even if|although|though|despite|in spite of|given that|seeing (?:that|as)|(?:i )?thought (?:they|it|we|sutton|the council) (?:were|was|had|did)|when (?:it|they|the council|sutton|the board)(?:['’]s| has| have|['’]ve| had) (?:done|been doing|been|got|had|made)|when (?:it|they)(?:['’]re| are| were| was) (?:doing|getting))\b[^,;?!.]*/gi;
/**
 * Children in the council's care, in a grade question: the looked after children's part. Elsewhere the words
 * stay as they are, for the paragraphs that say "in the council's care".
 */
const IN_COUNCIL_CARE =
  /\b(children|kids|young people|youngsters|teenagers|young ones)(?: who are| who were| that are)? in (?:the council|the local authority|the authority|the borough|sutton)['’]s? care\b/gi;
/**
 * Whose children are kept safe says nothing more: "keeping its children safe", "protecting Sutton's children"
 * are "keeping children safe", "protecting children", as the parts' everyday names say it.
 */
const WHOSE_CHILDREN =
  /\b(keep|keeps|keeping|kept|protect|protects|protecting|protected|safeguard|safeguards|safeguarding|safeguarded|shield|shields|shielding|shielded) (?:its|their|our|the (?:council|borough|authority|local authority)['’]s|[A-Z][a-z]+['’]s) (children|kids|young people|youngsters)\b/g;
/** Vulnerable children, in a grade question: children at risk (see `readQuestion`). */
const VULNERABLE_CHILDREN = /\b(?:the )?(?:most )?vulnerable (children|kids|kiddies|young people|youngsters)\b/gi;
/** "i.e.", "e.g.": they only join what is said twice. */
const ABBREVIATED_JOIN = /(?<=^|\s)(?:i\.e\.|e\.g\.|ie\.|eg\.)(?=\s|,|$)|(?<=^|\s)(?:ie|eg),/gi;
/**
 * "Why weren't the assessments good enough?": the standard denied is not met, which the
 * vocabulary knows as "not good enough" (inadequate), not "good enough" (adequate).
 */
const DENIED_GOOD_ENOUGH = /\b((?:was|were|is|are|did|do|does)n['’]?t\b(?:\s+(?!not\b)[\w'’-]+){0,8}?\s+)(good enough|up to scratch|up to standard)\b/gi;
/** "The care section", "the looked after half", "the protection stuff": a part of the report, named as its side. */
const PART_AS_SIDE = /(?<!\b(?:social|health|day|child|primary|secondary|residential|after) )\b(care|looked[\s-]after|lac|protection|safeguarding|cp) (?:section|part|half|bit|bits|stuff|chapter)\b/gi;
/** "Anything inspectors called good?": a grade's name given, as "rated" says. */
const GRADE_CALLED = /\b(?:called|labelled|labeled|described as|branded|classed as)(?= ['‘"“]?(?:outstanding|good|adequate|inadequate)\b)/gi;
/** "Which areas attained a grade above adequate?": what an area got, not what children attain. */
const GRADE_OBTAINED =
  /\b(?:attain|attains|attained|attaining|obtain|obtains|obtained|achieve|achieves|achieved|earn|earns|earned|secure|secures|secured)\s+(an?|the|its|their)\s+(?=(?:[\w'’-]+\s+){0,2}?(?:grades?|marks?|ratings?|scores?|verdicts?)\b)/gi;
/** "Which areas managed a 'good'?": what an area got, not how it was managed. */
const GRADE_ACHIEVED = /\b(?:managed|manage|manages|achieved|achieve|achieves|scraped)\s+((?:an?\s+)?['‘"“]?(?:outstanding|good|adequate|inadequate)\b)/gi;
/** "The best and worst rated bits": both ends of the scale, in the order the question names them. */
const BOTH_EXTREMES =
  /\b(best|highest|strongest|top|worst|lowest|weakest|poorest|bottom)(?:(?: at| in| on)?,? (?:and|or) (?:\w+ ){0,4}|\/| ?(?:-|–) ?)(best|highest|strongest|top|worst|lowest|weakest|poorest|bottom)\b/i;
const BEST_GRADE =
  /\b(?:best|strongest) at\s*(?:[?.!,]|$)|\bmost (?:favourable|positive|glowing|complimentary|flattering)\b|\b(?:strongest|best) (?:point|suit)s?\b|\b(?:did|do|does) (?:[\w'’]+ ){0,3}?best\s*[?.!,]|\bbest (?:thing|things|bit|bits)\b(?= (?:in|about|of|from|for) |(?: [\w'’]+){1,3} (?:got|get|gets|was|were|did|does) (?:marked|rated|graded|scored|judged)?)|\b(?:best|highest|top|strongest) (?:[\w'’-]+ ){0,3}?(?:area|part|aspect|section|bit|judge?ment|outcome)s?\b(?! of (?:the )?(?:work|practice))|\b(?:the )?(?:best|highest|top) (?:they|it|we|sutton|the council|anyone|anything|any area) (?:got|get|gets|received|achieved|managed|scored)\b|\b(?:best|highest|top|strongest)[- ](?:rated|graded|scored|marked|judged)\b|\b(?:best|highest|top|strongest)\s+(?:\w+\s+)?(?:grades?|scores?|marks?|ratings?|results?|verdicts?|judge?ments?)\b|\b(?:rated|graded|scored|judged|marked|did|(?:did|does|do) (?:\w+ ){1,3}?do|came out|come out|comes out|came|come|comes)\s+(?:as\s+)?(?:the\s+)?(?:absolute\s+|very\s+)?(?:best|highest|strongest|on top)\b/i;
const WORST_GRADE =
  /\b(?:worst|weakest) at\s*(?:[?.!,]|$)|\bleast (?:favourable|positive|flattering)\b|\bmost (?:unfavourable|damning|critical|negative)\b|\b(?:greatest|most|gravest|biggest|deepest) cause (?:for|of) (?:disquiet|concern|alarm|anxiety|worry|dismay)\b|\b(?:weakest|worst) (?:point|spot|link)s?\b|\bwhich (?:[\w'’-]+ ){0,3}?let (?:[\w'’-]+ ){0,4}?down\b|\b(?:did|do|does) (?:[\w'’]+ ){0,3}?worst\s*[?.!,]|\bworst (?:thing|things|bit|bits)\b(?= (?:in|about|of|from|for) |(?: [\w'’]+){1,3} (?:got|get|gets|was|were|did|does) (?:marked|rated|graded|scored|judged)?)|\bf(?:a|e)ll(?:s|en|ing)? down (?:the )?(?:worst|most|hardest|furthest)\b|\b(?:worst|lowest|weakest|poorest) (?:[\w'’-]+ ){0,3}?(?:area|part|aspect|section|bit|judge?ment|outcome)s?\b(?! of (?:the )?(?:work|practice))|\b(?:the )?(?:worst|lowest) (?:they|it|we|sutton|the council|anyone|anything|any area) (?:got|get|gets|received|achieved|managed|scored)\b|\b(?:worst|lowest|bottom|weakest|poorest)[- ](?:rated|graded|scored|marked|judged)\b|\b(?:worst|lowest|bottom|weakest|poorest)\s+(?:\w+\s+)?(?:grades?|scores?|marks?|ratings?|results?|verdicts?|judge?ments?)\b|\b(?:rated|graded|scored|judged|marked|did|(?:did|does|do) (?:\w+ ){1,3}?do|came out|come out|comes out|came|come|comes)\s+(?:as\s+)?(?:the\s+)?(?:absolute\s+|very\s+)?(?:worst|lowest|weakest|poorest|bottom)\b/i;
const BEST_WORDS = /^(?:best|highest|strongest|top)$/i;

/**
 * "Of the outcomes, which one was strongest?", "did any one stand out above the others?": the best
 * or worst of areas listed, asked without a grade word.
 */
const WHICH_EXTREME = /\bwhich\b.{1,100}\b(?:was|were|is|are|came out|come out)\s+(?:the\s+)?(?:(best|strongest|highest|top)|worst|weakest|lowest|poorest)\s*[?.!]*\s*$|\b(st(?:an|oo)d(?:s|ing)? out) (?:above|from) the (?:others|rest)\b/i;
const OUTCOMES_LISTED = /\boutcomes?\b/i;
const OUTCOMES_TOGETHER = /\b(?:outcomes|outcome (?:areas|judge?ments|grades))\b(?! (?:areas? )?(?:for|of|in|on) (?:health|school|education|safety|jobs|work|employment|training)\b)/i;

function gradeExtremeOf(text: string): GradeExtreme | undefined {
  const listedExtreme = AREAS_LISTED.test(text) || OUTCOMES_LISTED.test(text) ? WHICH_EXTREME.exec(text) : null;
  const best = BEST_GRADE.test(text) || Boolean(listedExtreme?.[1] || listedExtreme?.[2]);
  const worst = WORST_GRADE.test(text) || Boolean(listedExtreme && !listedExtreme[1] && !listedExtreme[2]);
  const both = BOTH_EXTREMES.exec(text);
  if (both && (best || worst) && BEST_WORDS.test(both[1]!) !== BEST_WORDS.test(both[2]!)) {
    return BEST_WORDS.test(both[1]!) ? 'best and worst' : 'worst and best';
  }
  return best ? 'best' : worst ? 'worst' : undefined;
}
/** "Rated higher than adequate", "anything below good": a grade as a bar, and which side of it is asked. */
const GRADE_BEYOND =
  /\b(?:(higher|better|above|more)|(lower|worse|below|less)) than (?:an? |the )?['‘"“]?(outstanding|good|adequate|inadequate)\b['’"”]?|\b(?:(above)|(below)) (?:an? |the )?['‘"“]?(outstanding|good|adequate|inadequate)\b['’"”]?|['‘"“]?\b(outstanding|good|adequate|inadequate)['’"”]? or (?:(better|higher|above)|worse|lower|below)\b/i;
/** The middle grade in everyday words, as a bar: "better than just getting by", "worse than ok". */
const MIDDLE_AS_BAR =
  /\b((?:higher|better|above|more|lower|worse|below|less) than|beyond|above|below) (?:just |only |merely )?(?:the )?(?:getting by|scraping by|scraping through|ok|okay|average|middling|so-so|mediocre|satisfactory|(?:bare )?minimum(?: required| requirements?| standards?)?)\b/gi;
/** A bar denied of what is named: "why wasn't the care side marked any higher than middling?". */
const BAR_DENIED = /\b(?:wasn['’]t|weren['’]t|isn['’]t|aren['’]t|not|never)\b[^?.!]{0,60}\b(?:higher|better|above|more|lower|worse|below|less) than\b/i;
/** The same, to set aside everywhere in the searched text. */
const GRADE_BEYOND_ALL = new RegExp(GRADE_BEYOND.source, 'gi');

/** A grade's scale said in a grade question ("on the 1 to 4 scale", "out of four"): nothing in it to search for. */
const GRADE_SCALE_FRAME = /\b(?:on|using) (?:a|the|ofsted['’]s|their) (?:1|one) ?(?:to|-|–) ?(?:4|four)(?: point)? scale\b|\b(?:on )?a scale of (?:1|one) ?(?:to|-|–) ?(?:4|four)\b|\bout of (?:4|four)\b|\b(?:on )?(?:a |the |ofsted['’]s |their )?(?:4|four)[\s-]point scale\b/gi;

const SCALE_WORDS = /\b(?:mean|means|meaning|scale|definitions?|defined|stands? for|(?:a )?pass or (?:a )?fail)\b/i;
const SCALE_SUBJECT = /\b(?:grades?|grading|ratings?|judgements?|outstanding|good|adequate|inadequate)\b/i;

const LISTING =
  /\bwhich\b|\bnone of\b|\bhow many (?:of (?:the |its |their |our ))?(?:[\w'’-]+ ){0,4}?(?:areas?|aspects?|parts?|judge?ments?|grades?|sections?|bits|things)\b|\bwhat (?:did|does|do|has|have) (?:[\w'’]+ ){1,5}?(?:fail|pass|passed|failed|do (?:well|badly)) (?:on|in|at)\s*[?.!]*\s*$|\bacross the board\b|\b(?:every|all (?:the )?)(?:areas?|judge?ments?|grades?)\b|\bwhat (?:areas|aspects|judgements|sections|parts|services)\b|\blist\b|\bany(?:thing| areas?| parts?| aspects?| sections?| of (?:them|the (?:[\w'’-]+ ){0,2}?(?:areas|outcomes|judge?ments|parts|bits|sections|aspects)))\b|\bany\s+['‘"“]?(?:outstanding|good|adequate|inadequate)['’"”]?\s+(?:grades?|ratings?|marks?|scores?|judge?ments?)\b|\banywhere\b|\bin any (?:areas?|respects?|parts?)\b/i;

/** Ways of hinting at a grade, one pattern each (see {@link QuestionIntent.gradeHint}). */
const GRADE_HINTED: RegExp[] = [
  // A grade's name at the end, or a choice between grades: "is partnership working good?", "good or just ok?".
  /\b(?:outstanding|good|adequate|inadequate)\s*[?.!]*\s*$|[,:–—-]\s*(?:outstanding|good|adequate|inadequate)\s*\?|\b(?:is|was|are|were) (?:it|they|that|this|those) (?:rated |judged |graded )?(?:outstanding|good|adequate|inadequate)\s*\?/,
  /\b(?:outstanding|good|adequate|inadequate),? (?:(?:outstanding|good|adequate|inadequate),? )*or (?:outstanding|good|adequate|inadequate|worse|better)\b/,
  /\b(?:good|ok|okay|adequate|poor|bad|decent|fine|strong|weak|effective),? or (?:just |merely |only |simply )?(?:sort of |kind of |kinda |sorta )?(?:ok|okay|adequate|good|bad|poor|not|inadequate|outstanding|middling|average|mediocre|so[\s-]so|failing|weak|strong|ineffective)\b/,
  // How well something is done, or how it did: "how good is …", "how did they do", "doing well", "a good job".
  /\bhow (?:good|well|bad|badly|healthy|safe) (?:is|are|was|were|did|does|do)\b|\bhow did .{1,100}\b(?:do|fare|come out|get on|compare)\b/,
  // Asked within another question: "tell me how Sutton did overall on child protection", "how the council fared".
  /\bhow (?:sutton|the council|the authority|the borough|they|we|it|[\w'’-]+ (?:services?|side|team|department)) (?:did|fared|performed|got on|came out|measured up|scored)\b/,
  /\bhow (?:effective|ambitious|strong|weak|robust) (?:is|are|was|were)\b|\bhow (?:is|are|was|were) .{1,60}\b(?:run|led|managed)\s*[?.!]/,
  /\b(?:doing|do|did|does|fared?|faring|(?:came|come|comes|coming) out) (?:so |that |very |really |quite |pretty )?(?:well|badly|poorly|ok|okay|alright)\b|\b(?:doing|do|did|does) an? (?:good|decent|poor|bad|proper|reasonable|great|terrible|fine) job\b/,
  // Passing, failing, meeting a standard: "did they fail?", "up to scratch", "any good", "was it OK?", "fall short".
  /\b(?:did|does|do) .{1,60}\b(?:pass|fail)(?:ed)?\b|\b(?:was|were|is|are)\b.{1,80}\b(?:an? |all |outright |clear |total |complete |straight )+(?:pass(?:es)?|fail(?:s|ures?)?)\b|\b(?:was|were|is|are|got|get|gets|been|being) (?:[\w'’&-]+ ){0,6}?(?:failed|passed)\b(?! (?:to|by|on to|onto|over|around|round|between)\b)/,
  /\b(?:pass(?:es|ed)? muster|up to (?:scratch|standard|par|the mark|the job|the task|much)|make the grade|cut the mustard|pull(?:s|ed|ing)? (?:their|its|our|your) weight|any good (?:at|on|with|for|when)|scrap(?:e|es|ed|ing) (?:by|through)|(?:the )?(?:bare|absolute) minimum|minimum (?:standards?|requirements?|required)|(?:just|only|barely) (?:getting|get|got) by)\b/,
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:is|are|was|were) .{1,80}\bany good\b|^\W*(?:was|were|is|are)\b[^?.!]{1,100}\b(?:ok|okay|alright|all right|fine|up to standard)(?:\s+according to (?:the )?(?:ofsted|inspectors?|report))?\s*(?:[?.!]|$)/,
  // Did well or failed, in idioms: "came out of this smelling of roses", "quality control flopped".
  /\bsmelling of roses\b|\b(?:flop(?:ped|s)?|bomb(?:ed)?|tank(?:ed)?|flunk(?:ed|s)?) (?:on|in|at|for)\b|\b(?:flopped|bombed|tanked|flunked)\b|\bsomewhere in the middle\b/,
  /\b(?:fall|falls|fell|fallen|falling) short\b|\b(?:found|judged|deemed|considered|was|were) (?:equally |also |just as |as |so |sorely |seriously |badly )?(?:to be )?wanting\b/,
  // A strong point or a weak one: "is health one of the strong points for looked after children?".
  /\b(?:strong|weak) points?\b|\bone of the (?:strengths|weaknesses)\b/,
  // One of the good bits: "health was one of the few good bits, fair?", "the one bright spot", "any sore points?".
  /\b(?:one of the|the only|the one|any) (?:few |rare |only )?(?:good|decent|strong|bright|bad|weak|failing|poor|sore) (?:bits?|parts?|areas?|spots?|things|points?)\b/,
  // Able to improve, as the inspectors see it: "do the inspectors think the council can sort it out?".
  /\b(?:think|thinks|thought|reckon|reckons|believe|believes|confident|confidence|faith|feel|feels|judge|judged|say|said)\b (?:that )?(?:[\w'’]+ ){1,5}?(?:can|could|will|would|is able to|are able to) (?:actually |really |genuinely |ever )?(?:sort\w* (?:[\w'’]+ ){0,5}?out|(?:fix\w*|repair\w*|remed(?:y|ies|ied|ying)|rectif\w*|mend(?:s|ed|ing)?)|improv\w*|get (?:it |things )?better|put (?:it|things) right)\b/,
  // Able to improve: "capable of improving", "can they turn it round".
  /\b(?:capable|able|in a position|(?:better |best |well |poorly )?placed|(?:has|have|had|got) what it takes|(?:the )?(?:wherewithal|means|ability|capability|resources)|in (?:a |the )?(?:better|good|best|decent|fit) (?:shape|state|place)) (?:of|to) (?:improv\w*|(?:effect|bring about|secure|achieve|deliver|make) (?:the )?(?:necessary |needed |required )?improvements?|get(?:ting)? better|better (?:itself|themselves)|bounce back|recover|turn\w* (?:[\w'’]+ ){0,4}?a?round|(?:fix\w*|repair\w*|remed(?:y|ies|ied|ying)|rectif\w*|mend(?:s|ed|ing)?)|sort\w* (?:it|things|this|that|themselves|itself) out|put\w* (?:it|things) right)|\b(?:can|could|will|able to|in (?:it|them|itself|themselves) to)\b(?: [\w'’]+){0,6} turn (?:[\w'’]+ ){0,5}?a?round\b/,
  // Kept safe or healthy: "are children kept safe?".
  /^\W*(?:are|is|were|was|do|does|did) .{1,60}\b(?:kept|keeping|stay|staying|being kept) (?:(?:its |their |the )?(?:children|kids|young people|youngsters) )?(?:healthy|safe|out of harm['’]?s? way|(?:safe )?from harm)\b/,
  // Compared: "which came out worse", "did better", "any better than".
  /\b(?:came|come|comes|coming) out (?:any |much |a lot |far |even )?(?:worse|better|best|worst|on top|top|bottom|ahead|behind|stronger|weaker)\b|\b(?:did|does|do|doing|done|fared?|faring) (?:better|worse|best|worst)\b|\b(?:any|much|a lot|far|even) (?:better|worse) than\b/,
  // A grade said of what is asked: "were the ambitions both adequate?", "was it judged inadequate?".
  /\b(?:both|all|each|also|only|just|still|rated|judged|deemed|found|considered|(?:came|come|comes|coming) out(?: as| at)?) (?:as )?['‘"“]?(?:adequate|inadequate|outstanding)\b|\b(?:found|judged|deemed|considered|rated) to be (?:adequate|inadequate|outstanding|failing|good)\b/,
  // Summed up: "how did the inspectors sum it up?".
  /\bsum(?:s|med|ming)? (?:(?:it|them|this|that|things|[\w'’]+) ){1,3}?up\b/,
  // Safe as the inspectors see it: "do the inspectors reckon children here are safe?".
  /\b(?:inspectors?|ofsted|they|the report|the inspection) (?:[\w'’]+ )?(?:think|thinks|reckon|reckons|believe|believes|judge|judged|find|found|say|said)\b.{1,60}\b(?:are|is|were|was) (?:actually |really |genuinely )?(?:safe|safer|protected|healthy)\b/,
  // How it was assessed at the inspection: "how were leadership and management assessed?" (not "how are kids assessed?").
  /\bhow\b(?:,[^?.!,]{1,40},)? (?:was|were) .{1,80}\b(?:assessed|evaluated|viewed|appraised)\s*[?.!]*\s*$|\bhow (?:(?:did|do|does) )?(?:the )?(?:inspectors?|inspectorate|ofsted|they) (?:appraised?|assess(?:ed)?|evaluated?|view(?:ed)?|regard(?:ed)?|judged?|look(?:ed)? upon)\b/,
  // Where it came out: "where did partnership working come out?".
  /\bwhere did .{1,80}\b(?:come|came) out\b/,
  // Better or worse for one than another: "was it worse for child protection than for children in care?",
  // "was the protection side better than the care side?".
  /\b(?:was|were|is|are) (?:the )?(?:[\w'’-]+ ){0,6}?(?:side|part|half|section|services?)\b(?: [\w'’-]+){0,5}? (?:(?:rated|judged|graded|marked|seen as|found|assessed as) )?(?:any |much |a lot |far )?(?:better|worse|stronger|weaker) than\b/,
  /\b(?:was|were|is|are) (?:it |they |that |this )?(?:any |much |a lot |far |even )?(?:better|worse|stronger|weaker|higher|lower) (?:for|in|on)\b.{1,80}\bthan\b/,
  // A difference between the two: "was there any difference in how the two halves assessed it?".
  /\b(?:any |a )?difference (?:in|between) (?:how|the (?:grades?|verdicts?|marks?|ratings?))\b|\b(?:judged|assessed|rated|graded|marked|seen|viewed) (?:it |them )?(?:differently|alike|similarly|equally)\b/,
  // A claim to check, said first: "is it true the casework was failing?".
  /^\W*(?:is it|is that|was it) (?:true|right|correct|fair to say|the case)\b.{1,120}\b(?:outstanding|good|adequate|inadequate|fail(?:ed|s|ing)?|pass(?:ed|es)?)\b/,
  // "How well led and managed is it?".
  /\bhow (?:well|badly|poorly|effectively) (?:led|run|managed)\b/,
  // What the inspectors concluded.
  /\b(?:conclude|concluded|conclusions?)\b/,
  // Good or bad at something, or how its standard was: "was child protection good on the casework?",
  // "how was the quality of the work with children in care?".
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:was|were|is|are) (?:[\w'’]+ ){1,8}?(?:good|bad|poor|decent|strong|weak) (?:on|at|when it came to|in terms of)\b|\bhow (?:was|were|is|are) the (?:standard|quality) of\b/,
  // Slated in a word: "is quality control rubbish?", "was the casework dire?".
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:was|were|is|are) (?:[\w'’&-]+ ){1,6}?(?:rubbish|dire|shocking|appalling|dreadful|awful|terrible|a shambles)\b/,
  // Better in one place than another: "was leadership better on the care side than on child protection?",
  // "was health better for kids in care or for the rest?".
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:was|were|is|are) (?:[\w'’-]+ ){1,6}?(?:rated |judged |graded )?(?:better|worse|stronger|weaker|higher|lower) (?:for|in|on|at|across) .{1,80}\b(?:than|or (?:for|in|on|at|across))\b/,
  // "Was the service for children in care good overall?".
  /^\W*(?:was|were|is|are) (?:[\w'’]+ ){1,8}?(?:good|bad|poor|ok|okay|decent|fine|alright|all right|strong|weak) overall\s*[?.!]*\s*$/,
  // "Which was worse: X or Y?", "which part did better?": set side by side, as graded.
  /(?:^\W*(?:(?:for|of|on|in|with) [^,?.!]{1,40},\s*)?|[-–—:;?]\s+)which (?:(?:one|part|half|side|section|service|area)s? )?(?:was|were|is|are|did|came out|comes out|fared|got|scored|went|goes|was rated|did the council do|has|had|have) (?:any |the |a )?(?:better|worse|best|worst|higher|lower)\b/,
  // "What's better - X or Y?", "who did worse, CP or LAC?": two sides set against each other.
  /^\W*(?:what|who)(?:['’]?s| is| was| did| does| came out| comes out| fared)? (?:any |much )?(?:better|worse)\s*[-–—:,?].{1,100}\bor\b/,
  // Asking how good something is, said after it: "how good the frontline work is, or …".
  /\bhow (?:good|bad) (?:the |their |our |its )(?:[\w'’-]+ ){1,6}?(?:is|are|was|were)(?=\s*(?:[,?.!;:–—-]|$|or\b|and\b))/,
  // Whether it can be done at all: "have they got it in them to sort it out, or is it a lost cause?".
  /\b(?:got|have|has|had) it (?:with)?in (?:them|it|him|her|us|itself|themselves)\b|\b(?:capable|able|in a position) (?:of|to) (?:putting|put) (?:matters|things|it) right\b|\b(?:a|it['’]?s|is it|was it) (?:a )?lost cause\b|\bon a hiding to nothing\b|\bwr(?:ite|ote|itten|iting) (?:them|it|us|sutton|the council|the service) off\b|\b(?:more|less) fixable\b/,
  // Got only the middle grade: "how many things did they get just ok for?".
  /\b(?:got|get|gets|given) (?:just |only |merely )(?:ok|okay|alright|average|middling)\b/,
  // Good news or not, any good, said after what is asked: "health of kids in care: good news story or not?",
  // "the managers running services for kids in care, any good?".
  /\b(?:a )?(?:good|bad|positive) news(?: story)?(?=\s*(?:[?.!]|or\b|$))|,\s*(?:any|much) good\b/,
  // "… was any good overall or not".
  /\b(?:is|are|was|were) (?:it |they |that |this )?any good (?:overall|at all|or not)\b/,
  // Alike in both parts: "capacity to improve - same for both parts?".
  /\b(?:the )?same (?:for|in|across|on) (?:both|the two|each) (?:of the )?(?:parts?|halves|halfs|sides?|sections?)\b/,
  // Whether it was good enough, or how it measured up: "was it satisfactory?", "how did it perform?",
  // "were the inspectors happy with it?", "a strength or a weakness?", "Ofsted's view of it".
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:was|were|is|are) (?:[\w'’]+ ){1,6}?(?:satisfactory|acceptable|failing|effective|up to it)\s*(?:[?.!]|or not\b|$)/,
  /\bhow (?:did|does|do) (?:[\w'’]+ ){1,6}?(?:perform|measure up|stack up|shape up)\b|\b(?:did|does|do) (?:[\w'’]+ ){1,6}?(?:measure up|meet the (?:required |expected |necessary )?(?:standard|mark|bar|grade)s?)\b|\bhow (?:bad|satisfactory|poor) (?:is|are|was|were)\b/,
  /\b(?:(?:were|was|are|is) (?:the )?(?:inspectors?|ofsted)|were they) (?:really |genuinely |fully |actually )?(?:happy|satisfied|impressed|pleased|content)(?: enough)? (?:with|by|that)\b|\b(?:doing|do|did|does|done) right by\b|\b(?:a )?(?:weakness|strength) or (?:a )?(?:weakness|strength)\b|\b(?:seen|picked out|singled out|highlighted|identified|flagged|praised|criticised|criticized) as (?:a |an )?(?:strength|weakness|strong point|weak point)\b/,
  // "Strong, weak or somewhere in between?".
  /\b(?:strong|weak|good|bad|poor|ok|okay),? (?:(?:strong|weak|good|bad|poor|ok|okay),? )*or (?:somewhere )?in[\s-]between\b|\bsomewhere in[\s-]between\b/,
  /\b(?:get|got|gets) (?:a )?(?:good|bad|poor|positive|negative|glowing|damning|better|worse|harsher|kinder|more (?:positive|negative|favourable|critical)) (?:report|review|write-?up)\b|\b(?:ofsted['’]s|the inspectors['’]?) (?:view|verdict|assessment|opinion) (?:of|on)\b|\bhow (?:did|does|do) (?:the )?(?:inspectors?|ofsted) (?:view|assess)\b|\bhow was (?:[\w'’]+ ){1,6}?assessed by\b|\bin special measures\b|\bwhere did (?:[\w'’]+ ){1,6}?(?:land|sit|rank|fall)\b/,
  /\bwhat did (?:the )?(?:inspectors?|ofsted|they) think (?:of|about) .{1,80}\boverall\b/,
  // The inspectors' view asked outright: "how satisfied were the inspectors with …", "where does Sutton stand on
  // safeguarding?", "is it fit for purpose?".
  /\bhow (?:happy|satisfied|impressed|pleased|content) (?:were|was|are|is) (?:the )?(?:inspectors?|ofsted|they) (?:with|by|about)\b|\bwhere (?:does|do|did) (?:[\w'’-]+ ){1,4}?stand (?:on|with|in terms of|when it comes to)\b|\b(?:not )?fit for (?:its )?purpose\b/,
  // "How did Ofsted come down on safeguarding?", "did Ofsted see leadership any differently for LAC?".
  /\b(?:come|came|comes|coming) down on\b|\b(?:see|saw|seen|view|viewed|judge|judged|rate|rated|assess|assessed|treat|treated) .{1,100}\b(?:any )?differently\b/,
  // "How did the inspectors find the services for children in care?".
  /\bhow did (?:the )?(?:inspectors?|ofsted|inspection) (?:find|see|view|judge)\b/,
  // "How was it evaluated?", "what was it given?", "what did Ofsted say it was?", "said it was adequate - is that right?".
  /\bhow (?:was|were|is|are) .{1,60}\bevaluated\b|\bwhat (?:was|were) .{1,60}\bgiven\s*[?.!]*$|\bwhat (?:did|does|do) (?:the )?(?:inspectors?|ofsted|they|the report) (?:say|said|find|found|think|call|judge|rate) .{1,80}\b(?:was|were|is|are)\s*[?.!]*$|\b(?:was|were|is|are|got|as) (?:[\w'’]+ ){0,2}?(?:outstanding|good|adequate|inadequate)\b.{0,40}\b(?:is (?:that|this|it)|am i) (?:right|true|correct)\b/,
  // "Did the inspectors think the council looks after them properly?".
  /\b(?:did|do|does) (?:the )?(?:inspectors?|ofsted|they) (?:think|feel|reckon|believe|find|judge) .{1,100}\b(?:properly|well enough|effectively|adequately|good enough)\s*[?.!]*\s*$/,
  // Judged harsher or kinder, found acceptable: "was the watchdog harsher on X than on Y?", "did Ofsted find X acceptable?".
  /\b(?:harsher|tougher|kinder|softer|more critical|less critical|more positive|more negative) (?:on|about|towards|with)\b|\b(?:find|found|judge|judged|deem|deemed|consider|considered|think|thought|reckon|reckoned) .{1,100}\b(?:acceptable|satisfactory|good enough|up to standard)\s*[?.!]*\s*$/,
  // The name of a judged area that is only ever a judgement: "overall effectiveness for safeguarding?".
  /\boverall effectiveness\b|\bcapacity (?:for|to) improve(?:ment)?\s*[?.!]*\s*$/,
  // What was found of it overall, its bottom line: "what were the findings for it overall?", "the headline on it".
  /\b(?:what|how) (?:did|do|does|was|were|is|are) (?:they|the inspectors?|ofsted|the report|the findings?) (?:say|said|find|found|conclude|for)\b.{1,80}\boverall\b|\bwhat was (?:said|found) overall\b|\boverall (?:findings?|conclusions?|picture|assessment)\b|\b(?:bottom[\s-]line|headline) (?:on|for|about)\b/,
  // Working well, fit for purpose, in good shape, below par, a success or a failure, how it came off.
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:is|are|was|were) .{1,80}\b(?:working (?:well|effectively|properly)|fit for purpose|in (?:good|bad|poor|decent) shape|below par|second[\s-]rate|a (?:pass|success|failure|fail))\s*(?:[?.!]|or not\b|$)|\b(?:think|find|found|judge|judged|say|said) .{1,80}\bwas working (?:well|effectively|properly)\b/,
  /\bwhat shape (?:is|are|was|were)\b|\bflunk(?:ed|s)?\b|\bgold stars?\b|\bclean bill of health\b|\breport card\b|\b(?:came|come|comes|coming) off (?:well|badly|worse|better|best|worst)\b|\bhow (?:did|does|do) .{1,80}\b(?:come off|turn out|rank)\s*[?.!]|\bwell (?:regarded|thought of)\b|\bhow positive (?:is|was|were)\b|\b(?:was|is) the (?:report|verdict|judge?ment) (?:positive|negative|favourable|good|bad)\b|\bwhat result did\b|\bwhere did .{1,60}\bcome\s*\?|\bsum up how\b|\bin a word\b/,
  // A grade claimed, to be checked: "so QA was inadequate in both halves, yeah?", "was it outstanding anywhere?".
  /(?:\b(?:is|are|was|were|been)|['’]s) (?:[\w&'’-]+ ){0,2}?(?:inadequate|outstanding)\b/,
  // A claim to confirm: "am I right that it's adequate in both parts?", "it failed in both halves. True?".
  /\bam i (?:right|correct|wrong) (?:that|in thinking|to (?:think|say))\b.{1,100}\b(?:outstanding|good|adequate|inadequate|fail(?:ed|s|ing)?|pass(?:ed|es)?)\b|\b(?:fail(?:ed|s)?|pass(?:ed|es)?)\b.{0,100}[.?!,]?\s*(?:is (?:that|this|it) )?(?:true|right|correct|accurate|fair)\b.{0,40}\?\s*$/,
  // Well or badly run: "is the children in care service well led and managed?".
  /\b(?:is|are|was|were) .{1,80}\b(?:well|badly|poorly|properly|effectively) (?:led|run|managed)\b/,
  // What was made of it: "what did the inspectors make of partnership working?" (a grade only of a whole area).
  /\bwhat (?:did|do|does) (?:the )?(?:inspectors?|ofsted|they|the report|the inspection) make of\b/,
  // Whether it got a grade: "I need to know whether services for looked after children met minimum requirements overall."
  /\bwhether\b.{1,100}\b(?:outstanding|adequate|inadequate)\b/,
  // Pride and drive: "something it can hold its head up about", "can Sutton be proud of it?",
  // "did the council show real ambition for them, or was it going through the motions?".
  /\bhold (?:its|their|our|your) heads? (?:up|high)\b|\b(?:be|feel|felt) proud of\b|\bproud of (?:it|that|this)\b|\b(?:did|does|do) .{1,60}\bshow (?:real |any |genuine |enough )?(?:drive|ambition|commitment|grip)\b|\bgoing through the motions\b/,
  // Done decently or not: "are children in care looked after decently by the council or not?".
  /\b(?:is|are|was|were) .{1,80}\b(?:decently|properly|adequately|well enough)\b.{0,40}\bor not\b/,
  // Getting better from here: "could the service for children in care get better from here?", "will the
  // care service improve?", "any hope of things improving for kids in care?".
  /\b(?:could|can|will)\b (?:[\w'’-]+ ){1,10}?get better\b|\b(?:likely|going|set|expected|able) to (?:get better|improve)\b|^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:could|can|will) (?:[\w'’-]+ ){1,6}?improve\s*(?:[?.!]|or not\b|$)|\b(?:hopes?|chances?|prospects?|outlook|likelihood|signs?|shot) (?:of|for|that|at) (?:[\w'’]+ ){0,8}?(?:improv\w*|better(?:ing|ment)|get(?:ting)? (?:it |things )?better|turn\w* (?:it |things )?a?round|get(?:ting)? (?:its|their|our|the) (?:own )?house in order|pull(?:ing)? (?:its|their|our) socks up|(?:being )?(?:repaired|remedied|rectified|mended|put right|set right))\b/,
  // Worse for one than another, said of what is done: "was the front-line social work worse for kids on plans than for kids in care?".
  /\b(?:was|were|is|are) (?:the )?(?:[\w'’-]+ ){1,5}?(?:any |much )?(?:better|worse|stronger|weaker) for\b.{1,80}\bthan\b/,
  // Which failed: "which bits of the safeguarding section failed outright?".
  /\bwhich\b.{1,80}\bfail(?:ed|s)?\b/,
  // Better at one thing or another: "for children in care, which was the council better at, keeping them safe or healthy?".
  /\bwhich (?:was|were|is|are|did) (?:the |they |it |sutton |we )?(?:[\w'’]+ ){0,2}?(?:better|worse|best|worst|stronger|weaker) at\b/,
  // Good enough: "was the council ambitious enough for its looked-after kids?".
  /\b(?:was|were|is|are) (?:[\w'’]+ ){0,6}?(?:ambitious|well led|well run) enough\b|\baim(?:s|ed|ing)? high enough\b|\b(?:kind of|kinda|a bit|bit|all a bit) meh\b/,
  // Better on one side or the other: "leadership - better on the care side or the CP side?".
  /\b(?:better|worse|stronger|weaker|higher|lower|(?:more|less) (?:ambitious|effective|successful|focused|committed|caring)) (?:on|for|in|at|about) (?:the )?[\w'’ -]{1,40}? or (?:on |for |in |at )?(?:the )?[\w'’ -]{1,40}?\b(?:side|part|half|section|service)s?\b/,
  // A grade or a claim's spin: "health for kids in care - genuinely good or just council spin?".
  /\b(?:good|bad|poor|strong|weak|fair|true)\b.{0,20}\bor (?:just |merely |only |all )?(?:council |their own |political |pr )?(?:spin|hype|pr|propaganda|talk)\b/,
  // A grade guessed: "let me guess, inadequate like the rest?".
  /\b(?:outstanding|good|adequate|inadequate|failing|failed) like the (?:rest|others)\b/,
  // Pass or not: "ambition for safeguarding - pass or not?", "… a pass?".
  /\bpass(?:ed)?,? or (?:not|no|fail(?:ed)?)\b|\b(?:a )?(?:pass|fail)\s*[?.!]*\s*$/,
  // The same for one as another: "was quality checking just as poor for children in care as for child protection?".
  /\b(?:just |equally |every bit |quite )?as (?:good|bad|poor|weak|strong|effective|safe|healthy) (?:for|in|on|at) .{1,80}\bas\b/,
  // A job done better, a mark higher, falling flat: "who's doing a better job at the top?", "marked any higher than".
  /\b(?:doing|do|did|does|done) (?:a|the) (?:better|worse|best|worst) job\b|\bmarked (?:any |much |far |a lot |a bit )?(?:higher|lower|better|worse|more highly|the same)\b|\b(?:fall|falls|fell|fallen|falling) flat\b/,
  // Judged in formal words: "found satisfactory, or found wanting?", "very poorly thought of", "how was the
  // schooling regarded?", "what was made of its aims?", "which half reads the more favourably?",
  // "where did the council distinguish itself?".
  /\b(?:found|judged|deemed|considered|thought|held) (?:to be )?(?:satisfactory|unsatisfactory|acceptable|unacceptable|passable|wanting|lacking|seriously lacking|deficient|sufficient|insufficient|creditable)\b|\b(?:well|poorly|badly|highly|favourably|unfavourably|better|worse) (?:thought of|regarded|spoken of)\b|\b(?:judged|viewed|regarded|seen|looked upon|thought of) (?:favourably|unfavourably|kindly|harshly)\b|\b(?:considered|deemed|thought|judged|found) (?:to be )?good enough\b|\bhow (?:was|were|is|are) .{1,80}\bregarded\b|\bwhat was made of\b|\breads? (?:the )?(?:more|most|less|least|better|worse) (?:favourably|kindly|positively|negatively|well|badly)?\b|\bdistinguish(?:ed|es)? (?:itself|themselves)\b/,
  // Comparisons in their everyday forms: "as bad as for the safeguarding", "performing any better", "outscored",
  // "did SG and LAC get the same?", "come out of it well", "which was thought the safer?", "how bad, on both sides?".
  /\b(?:as|so) (?:good|bad|poor|weak|strong|effective|safe|healthy|well|badly|poorly) as\b|\bperform(?:s|ed|ing)? (?:any |much |a lot |far |rather |a bit )?(?:better|worse|well|badly|poorly)\b|\bout-?(?:scor|perform|shin)\w*|\b(?:get|gets|got|getting|given) (?:the )?same\s*[?.!]|\b(?:came|come|comes|coming) out of (?:it|this|that|the (?:report|inspection)) (?:well|badly|poorly|better|worse|ok|okay|alright|fine)\b|\bwhich (?:was|were|is|are) (?:thought |judged |considered |found |rated )?(?:the )?(?:safer|healthier|stronger|weaker|better|worse)\b|\bhow (?:good|bad|poor)\s*[,?.!;:–—-]/,
  // Judged well or badly, the adverb first: "were the health outcomes favourably assessed?".
  /\b(?:favourably|unfavourably|positively|negatively|kindly|harshly|critically|highly) (?:assessed|judged|regarded|viewed|rated|graded|marked|evaluated|reviewed|received|reported on|thought of|spoken of)\b/,
  // Neither failing nor good: "which bits were not failing but not good either?".
  BETWEEN_PASS_AND_GOOD,
  // The inspectors' findings asked of in formal words: "what assessment did the inspectorate make of …", "what
  // appraisal was made of …", "the inspectorate's determination regarding …", "in what regard was it held",
  // "deemed to be in good order", "found to be of an acceptable standard", "adjudged competent".
  /\bwhat (?:assessment|appraisal|evaluation|determination|finding|conclusion|estimate|estimation)s? (?:did|was|were|had|has) (?:(?:the )?(?:inspectorate|inspectors?|ofsted|inspection|they) )?(?:make|made|reach|reached|form|formed|come to|arrive at|arrived at)?\s*(?:of|on|upon|about|regarding|concerning|in respect of|as to)\b|\b(?:inspectorate|inspectors?|ofsted)['’]?s? (?:determination|findings?|conclusions?|opinion|view|assessment|appraisal|estimation|evaluation) (?:of|on|upon|about|regarding|concerning|in respect of|as to)\b|\b(?:in (?:what|high|low|good|poor) regard|held in (?:high |low |good |poor )?regard|the standing of|in good order|of an? (?:acceptable|adequate|satisfactory|good|high|poor|low|unacceptable) standard|adjudged)\b/,
  // Approval and commendation, in formal words: "with what degree of approbation did the inspectors view …",
  // "was health commended?", "what view was formed of …", "assessed more creditably", "commendable or merely sufficient".
  /\b(?:degree|measure) of (?:approbation|approval|satisfaction|confidence|favour|favor|praise)\b|\bapprobation\b|\bcommend(?:ation|ed|able|s)?\b|\bwhat (?:view|opinion|assessment) (?:was|were|had been) (?:formed|taken|reached|arrived at)\b|\b(?:more|less|most|least) creditabl[ey]\b|\bcreditable\b|\bmerely (?:sufficient|adequate|passable|satisfactory)\b/,
  // Euphemism and understatement: "was it thought exemplary, or something rather less?", "thought rather feeble",
  // "considered to be well attended to", "did it find favour with the inspectors?", "viewed rather more kindly than".
  /\b(?:thought|considered|judged|deemed|found|regarded as|seen as) (?:to be )?(?:rather |somewhat |very |quite |a little |a bit |altogether |entirely |wholly )?(?:exemplary|feeble|lacklustre|impressive|commendable|praiseworthy|unimpressive|wanting|robust|sound)\b|\b(?:considered|thought|judged|deemed|found)\b(?: by (?:the )?(?:inspectors?|inspectorate|ofsted))? to be (?:well|poorly|badly|adequately|properly|sufficiently) (?:attended to|looked after|served|handled|managed|met|provided for)\b|\bf(?:i|ou)nds? (?:no )?favour\b|\b(?:viewed|regarded|judged|seen|treated|looked upon) (?:rather |much |far |a little |somewhat |a good deal )?(?:more|less) (?:kindly|favourably|harshly|positively|critically|generously) than\b/,
  // A standing summed up or set beside another: "how might one summarise Sutton's standing?", "how did provision
  // for children in care stand relative to that for children in need of protection?".
  /\bsummari[sz](?:e|es|ed|ing)\b.{0,60}\bstanding\b|\b(?:sutton|council|borough|authority|its|their)['’]?s? standing\b|\bstand(?:s|ing)? (?:relative to|in relation to|in comparison (?:with|to)|compared (?:to|with)|against)\b/,
  // Described as a grade would: "would the inspectors describe the safeguarding service as effective?".
  /\bdescribed? (?:[\w'’&-]+ ){1,8}?as (?:effective|ineffective|good|adequate|inadequate|outstanding|poor|weak|strong|failing|safe|satisfactory|acceptable)\b/,
  // One thing said better than another: "was SG leadership better than LAC leadership?".
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:was|were|is|are) (?:[\w'’&-]+ ){1,8}?(?:better|worse|stronger|weaker)(?: rated| graded| marked| judged)? than\b/,
  // Only just passing, or good enough or a flop: "was only just ok, not good", "were they good enough or a flop?",
  // "any good or rubbish?".
  /\b(?:only|just|merely|barely) (?:just )?(?:ok|okay|alright|passable|average)\b|\bgood enough,? or\b|\bany good,? or\b|\bor (?:a |an |just )?(?:flop|failure|disaster|shambles|rubbish|mess|let-?down)\s*[?.!]/,
  // How it went: "how did partnership working go?".
  /\bhow did (?:[\w'’&-]+ ){1,6}?go\s*[?.!]/,
  // Said to be strong or a strength: "is leadership in Sutton strong?", "was partnership working a strength?".
  /^\W*(?:(?:so|and|but|ok|okay|well|right)\W+)?(?:is|are|was|were) (?:[\w'’&-]+ ){1,8}?(?:strong|weak|robust|effective|ineffective|poor|decent)\s*[?.!]*\s*$|\b(?:is|are|was|were) (?:[\w'’&-]+ ){1,8}?(?:an? |one of the )(?:strengths?|weakness(?:es)?|strong points?|weak points?)\s*[?.!]*\s*$/,
  // A good report given, a standout: "did the inspectors give Sutton a good report?", "anything Sutton excelled at?".
  /\b(?:give|gave|given|giving) (?:[\w'’]+ ){0,2}?(?:a )?(?:good|bad|poor|positive|negative|glowing|damning) (?:report|review|write-?up)\b|\bexcel(?:s|led|ling)? (?:at|in)\b/,
];
/**
 * The hints, tested a few patterns at a time: one alternation of them all grows past the size V8 compiles
 * regular expressions to native code for, and is then interpreted, several times slower.
 */
const HINTS_PER_TEST = 16;
const GRADE_HINT_TESTS = Array.from({ length: Math.ceil(GRADE_HINTED.length / HINTS_PER_TEST) }, (_, i) =>
  new RegExp(GRADE_HINTED.slice(i * HINTS_PER_TEST, (i + 1) * HINTS_PER_TEST).map((pattern) => `(?:${pattern.source})`).join('|'), 'i'),
);
const GRADE_HINT = { test: (text: string) => GRADE_HINT_TESTS.some((pattern) => pattern.test(text)) };

const RECOMMENDATION_WORDS =
  /\b(?:is|are) (?:anything|something|much|more) (?:going to be|being|to be) done (?:about|on|to|for)\b|\b(?:has|have|['’]s|['’]ve)? ?got to be (?:done|sorted|fixed|changed|improved|put right)\b|\bneeds? to be (?:sorted|fixed|put right)\b|\b(?:recommend\w*|recs|areas? for improvement|improvements? (?:needed|required)|actions? (?:needed|required|to take)|must be done|should be done|needs? to be done|(?:has|have|had) to be (?:done|sorted|fixed|changed|improved|put right|addressed|tackled)|what (?:must|should|needs? to|has to|have to|(?:has|have|'s|'ve)(?: (?:they|we|the council|sutton))? got to) .{0,60}\b(?:do|done|happen|change|improve|take|fix|sort)|(?:has|have|'s|'ve) (?:got|been told|been asked|been made) to (?:do|fix|change|improve|sort|put|make|address|tackle)|(?:supposed|expected|required|told|asked|made) to (?:fix|change|improve|sort|put right|address|tackle)|needs? fixing|next steps|(?<!\btop of (?:its|their|the|our|his|her) )(?:to-do|to do list)|(?:told|expected|meant|supposed|asked|required|got) to do)\b|\b(?:did|does|do) (?:the )?(?:report|inspectors?|inspection|ofsted|they) (?:want|ask|tell|expect|insist|call for|urge)\b(?! (?:the )?(?:children|young people|kids|youngsters|teenagers|parents|carers|foster carers|families|care leavers|staff|social workers)\b(?! to\b))|\b(?:was|were|is|are) (?:[\w']+ ){0,4}?(?:council|authority|lscb|board|partners|partnership|services?|managers?|staff|social workers?|agencies|they|we|it)(?: [\w']+){0,3}? (?:supposed|meant|expected|told|asked|required|directed|instructed|ordered|urged|obliged|charged|called upon) to \w+|\bwhat (?:did|does) (?:the )?(?:report|inspectors?|inspection|ofsted) (?:want|ask for|call for)\b|\bwhat (?:has|have|had|did) (?:the )?(?:report|inspectors?|inspection|ofsted|they) (?:asked|told|wanted|required|expected)\b|\bwhat(?:['’]s| is| are) (?:the )?(?:report|inspectors?|inspection|ofsted|they) (?:asking|calling|pushing) for\b/i;
/**
 * Other ways of asking what must be done: an obligation with an action
 * ("what must the LSCB take", "what should the council be doing"), a
 * deadline ("by when", "what is the deadline"), or a demand ("what changes
 * were asked for", "what fixes were demanded"). A timescale alone is not
 * one: "what's the timescale for a CAMHS assessment?" asks how long it takes.
 */
const OBLIGATION_ASKED =
  /\bhad to (?:get on with|get going (?:on|with)|crack on with|press on with)\b|\b(?:what|which)\b[^?.!]{0,60}\bhad to (?:do|be done|change|improve|fix|sort|address|tackle|put right|ensure|review|develop|deliver)\b|\b(?:must|should|needs? to|has to|have to|(?:is|are|was|were) (?:required|expected|meant|supposed) to)\b(?: [\w']+){0,5}? (?:do|doing|done|get on with|get going (?:on|with)|crack on with|press on with|take|taking|taken|fix|fixing|fixed|improve|improving|improved|change|changing|changed|sort|sorting|sorted|address|addressing|tackle|ensure|put in place|review|audit|develop|implement|happen|deliver|prioriti[sz]e)\b|\b(?:(?<!\bon (?:a |the )?)deadlines?|by when)\b|\bwhen (?:must|should|does|do|will|has|have) .{0,60}\b(?:be (?:done|completed|sorted|fixed|finished|in place|improved)|by)\s*[?.!]*$|\b(?:changes|improvements|fixes|actions?|steps)\b.{0,30}\b(?:asked for|called for|demanded|requested|required|recommended|expected|set out)\b|\b(?:asked|required|expected|demanded) of\b|\b(?:require[sd]?|expects?|asks?|asked|tells?|told|orders?|ordered|instructs?|instructed|calls? on|called on|urges?|urged)\s+(?:[\w'’]+\s+){0,4}?to (?:do|fix|sort|improve|change|put|address|tackle|ensure|review|develop|implement|deliver|make|take|carry out|set up|produce|provide|undertake|establish)\b|\b(?:told|ordered|instructed) (?:it|they|them|the council|sutton|the lscb|the board) (?:must|should|needs? to|has to|have to|had to)\b|\b(?:get cracking|crack on|get on with|get moving|get going)\b.{0,40}\b(?:now|today|immediately|straight away|first|next)\b|\b(?:jobs?|tasks?|actions?|to-?dos?|homework)\b.{0,40}\b(?:given|set|handed)\b.{0,20}\bto (?:do|finish|complete|deliver|get done|sort)\b|\bpriorities for improvement\b|\bneeds? (?:doing|sorting|fixing|changing|improving|addressing)\b|\bhow (?:long|much time) (?:have|has|do|does|did|will) (?:[\w'’]+ ){1,3}?(?:got |get |have |been given )?to (?:do|fix|sort|put|make|address|tackle|improve|change|ensure|deliver|give|provide|implement|start)\b/i;
/** A time given to act: "gave the NHS three months to sort out CAMHS". */
const TIME_GIVEN = /\b(?:gave|given|give|gives|giving) (?:[\w'’]+ ){0,4}?(?:months?|weeks?|half a year|a quarter of a year) to\b/i;
const ACTION_WORDS = /\b(?:must|should|needs?|done|doing|actions?|improve|improvements?|fix|sort(?:ed)? out|recommend\w*|happen)\b/i;

const TIMESCALES: [RegExp, Timescale][] = [
  // "Immediate" and "urgent" name a timescale only of what must be done ("the immediate actions",
  // "what's urgent?"), not "an urgent medical examination" or "children in immediate danger".
  [/\b(?:immediately|urgently|straight ?away|right away|at once|as a matter of urgency|without delay)\b|\b(?:right now|today)(?=,? (?:not|rather than|instead of) (?:next|in a|later|tomorrow))|\b(?:immediate|urgent)\b(?=\s*(?:[?.!,;:]|$|(?:actions?|priorit(?:y|ies)|steps?|changes?|improvements?|recommendations?|fixes|things?|ones?|list|to-?dos?|tasks?|work|measures?)\b))/i, 'Immediately'],
  [/\b(?:three|3)[- ]?months?\b|\b(?:90|ninety) days\b|\ba quarter of a year\b/i, 'Within three months'],
  [/\b(?:six|6)[- ]?months?\b|\bhalf a year\b/i, 'Within six months'],
];

const COUNTING_WORDS =
  /\bhow (?:many|much|often|long|far|old|quickly|soon)\b|\bwhat (?:proportion|percentage|per ?cent|number|rate|share|fraction|figures?)\b|\bnumber of\b|\bno\.? of\b|\bper ?cent\b|%|\bproportion of\b|\bhow high\b|\bhow low\b/i;

const COUNTED = /(?:\bhow (?:many|much)|(?<!\ba )\b(?:number|no\.?) of|\bwhat (?:proportion|percentage|per ?cent|share|fraction|number) of|\b(?:proportion|percentage|share) of|%\s+of)\s+(.+)/i;
/** Where the clause saying what is counted ends: "… did the inspectors read", "… when the inspectors came". */
const COUNTED_END =
  /[,;:?!.()]|\s[-–—]\s|\b(?:when|whilst|while|because|since|before|if|did|does|do|according|and (?:what|how|why|which|who|is|are|was|were|has|have|did|do|does)|at the time|so far|right now|currently|these days|at present)\b/i;

/** What a count is called when one is asked for: "the number of", "the total number of" (not "a number of", several). */
const NUMBER_COUNTED = /(?<!\ba )\b(?:the )?(?:total |overall |exact |actual )?(?:number|no\.?) of\b/gi;

const FIGURE_WORDS =
  /\bhow (?:many|much)\b|\bwhat (?:proportion|percentage|per ?cent|number|share|fraction)\b|\bwhat %|%\s+of\b|\bas an? (?:percentage|proportion|share|%)|^\W*(?:(?:what|which)(?:['’]s| is| was| are| were)? )?(?:the )?(?:total )?number of\b|\bno\.? of\b|\b(?:average|avg|mean|typical|total) (?:number|no\.?|amount|size|length|caseload|wait|rate)s?\b|\bon average\b|\bwhat(?:['’]s| is| was| are| were) (?:the |their |its |our )?(?:[\w'’-]+ ){0,3}(?:rates?|percentages?|proportions?|figures?|totals?|counts?)\b(?! of (?:improvement|progress|change))|\b(?:rates?|percentages?|figures?|numbers|totals?|statistics|stats)\b.{0,60}\b(?:does|do|did) (?:the report|it|they|ofsted|inspectors) (?:give|state|quote|include|publish|have)\b|\b(?:what(?:['’]s| has| have)? happened to|how (?:have|has|did|are|is)) (?:the )?(?:[\w'’-]+ ){0,4}?(?:numbers|figures|rates|statistics|stats)\b/i;

/**
 * Words that only frame a question about time ("how long", "how often", "as
 * often as they should"): searching for them finds "far too long" and "it
 * is often not clear".
 */
const TIME_FRAME = /\bhow (?:long|often|frequently)\b|\bas (?:often|frequently|regularly) as\b|\b(?:often|frequently) enough\b/gi;

/**
 * What a question asks for, when it is a kind of thing reports often do not
 * hold. Checked in order; the first match wins.
 */
const EXPECTED: [RegExp, ExpectedAnswer][] = [
  [
    /\b(?:phone|telephone|contact|helpline|hotline) (?:number|line)s?\b|\bwhat number (?:do|should|can|to|would)\b|\bnumber (?:to|do i|should i|can i) (?:ring|call|phone)\b/i,
    'phone',
  ],
  [
    // The noun only: reports "address" concerns all the time.
    /\b(?:the|an|its|their|his|her|your|full|postal|street|home) address\b(?! (?:the|these|this|those|its|their|concerns?|issues?|weakness\w*|needs?|problems?|shortfalls?|gaps?|risks?|recommendations?)\b)|\baddress (?:of|for) (?:the|a|an)\b|\bpost ?codes?\b|\bwhere (?:exactly )?(?:is|are) (?:the )?[\w'’ ]{1,40}?\b(?:located|based|situated)\b/i,
    'address',
  ],
  [
    /\bhow much (?:money|funding|cash)\b|\bhow much (?:(?:a|an|per|each) (?:week|month|year|night|hour|child|placement) )?(?:does|do|did|will|would|is|are|was|were|has|have)\b.{0,60}\b(?:cost\w*|pay\w*|paid|spen[dt]\w*|earn\w*|charg\w*|budget\w*|invest\w*|worth|fund\w*)\b|\b(?:budget|cost|salary|allowance|allowances|fee|fees) (?:of|for|attached to|allocated to|set aside for|behind)\b|\bwhat(?: is| was|['’]s) the (?:budget|cost|salary|allowance)\b|\b(?:how big|what size) is the budget\b|\bwhat (?:do|does|did|will) .{0,40}\b(?:pay|paid|cost|spend)\b|\bper (?:child|head|pupil|placement|young person|family)\b.{0,60}\b(?:spen[dt]\w*|cost\w*|budget\w*)\b|\b(?:spen[dt]\w*|cost\w*|budget\w*)\b.{0,40}\bper (?:child|head|pupil|placement|young person|family)\b|\bwhat (?:was|is|were|are) (?:[\w'’]+ ){1,4}?spending\b|\b(?:sums?|amounts?) of (?:money|funding)\b|\bin (?:pounds|sterling)\b|£|\bper[\s-]capita\b|\b(?:level|amount|levels) of (?:expenditure|spending|funding)\b|\bexpenditure (?:on|per|for)\b/i,
    'money',
  ],
  [
    /\b(?:which|what) (?:outside|external|independent|private|voluntary|specialist) (?:organi[sz]ations?|company|companies|firms?|agency|agencies|consultancy|consultants|charity|charities|providers?|body|bodies)\b|\b(?:which|what) (?:company|firm|consultancy|charity)\b|\bname of the (?:organi[sz]ation|company|firm|charity|provider|agency|consultancy)\b|\bwhat(?: is| was|['’]s) the (?:organi[sz]ation|company|firm|charity|consultancy|agency) called\b/i,
    'organisation',
  ],
  [
    /\bwho(?: is|['’]s| was| are| were) (?:the|their|its|\w+['’]s|in charge)\b|\bnames? of (?:the|their|its|his|her)\b|\bwhat(?: is| was|['’]s) (?:the|their|his|her) name\b|\bwho (?:runs|leads|heads|chairs|manages)\b|\bis there a name (?:for|of)\b|\bwho(?: is|['’]s| was| were) (?:the )?(?:chair|chairman|chairperson|chairs|head|director|lead|leader|manager|boss)\b|[-–—:,]\s*(?:their |his |her |the )?names?\s*\?\s*$|\bwho (?:was|were|is|are|has been|have been) (?:brought|appointed|hired|drafted|put) in\b/i,
    'person',
  ],
  [
    /\bwhen(?: is| are| will| would| does| do|['’]s)\b.{0,60}\b(?:next|again|coming back|come back|return|due|re-?inspect\w*|follow[- ]?up)\b|\bwhat date (?:is|will|does)\b/i,
    'date',
  ],
  [
    // "Has it improved since?", "what did it get at the next inspection?": a report cannot say.
    /\bsince (?:then|(?:this|the) (?:inspection|report|visit)(?! (?:in|of) (?:19|20)\d\d)|(?:it|the report|this report) (?:was published|came out))\b|\bsince(?:\s*[?.!]+|\s*$)|\b(?:at|in|by|from|after) (?:the|its|their) (?:next|following|subsequent|follow[- ]?up) (?:inspection|visit|report)s?\b|\bre-?inspect(?:ed|ion)\b|\bfollow[- ]?up (?:inspection|visit|report|findings)s?\b|\bafter (?:this|the) report\b|\b(?:ofsted|the inspectors|inspectors) (?:came|come|comes|went|go|goes|going) (?:back|again)\b|\b(?:a|one|two|three|a couple of|a few|several) (?:years?|months?) (?:later|after(?:wards)?)\b|\bthe (?:year|month) after\b|\bthe following year\b|\bnext (?:time|ofsted|full|formal|inspection|visit)\b/i,
    'later',
  ],
];

/**
 * Phrases that only frame a question in time or in talk ("these days", "so
 * far", "I heard", "according to the report"): their words would otherwise
 * be searched for, and "far", "end", "moment" or "view" find the wrong
 * paragraphs.
 */
const FRAMING_PHRASES = [
  'these days', 'nowadays', 'at the moment', 'atm', 'at present', 'right now', 'just now', 'so far', 'to date', 'as of now',
  'on earth', "haven't a clue", "haven't got a clue", 'not a clue', 'no clue', 'on its books', 'on their books', 'on the books', 'on our books',
  'back then', 'in the end', 'at the end of the day', 'as a whole', 'bottom line', 'in a nutshell', 'long story short', 'in short', 'on the whole',
  'in general', 'generally speaking', 'all in all', 'to be honest', 'honestly', 'basically', 'out of interest', 'actually', 'actual',
  'quick one', 'quick q', 'for the group', 'for the statement', 'for the leader', 'for the council leader', 'in one line',
  'for the uni paper', 'for the student paper', 'for the local paper', 'for the paper', 'newsletter piece', 'blog post prep', 'newsletter prep', 'briefing prep', 'meeting prep', 'for my blog', 'for the blog', 'for our blog', 'for a blog post', 'for our newsletter', 'for the dashboard', 'for a dashboard', 'for my dashboard', 'for our dashboard', 'dashboard q', 'dashboard question',
  'grade wise', 'rating wise', 'score wise', 'mark wise', 'quick check', 'a quick check', 'writing a piece', 'writing an article', 'writing a story', 'filing a piece', 'filing a story', 'filing my piece', 'filing my story', 'filing copy',
  'for my briefing notes', 'for my briefing', 'for the briefing', 'for my notes', 'for my piece', 'for my article', 'for my story', 'for our newsletter',
  // How sure or how strongly the asker says it: "did they definitely fail?", "is it seriously that bad?".
  'definitely', 'probably', 'seriously', 'totally', 'literally', 'obviously', 'truly', 'genuinely', 'simply', 'completely', 'utterly', 'absolutely',
  'certainly', 'surely', 'supposedly', 'allegedly', 'technically', 'essentially', 'realistically', 'to be fair', 'in fairness', 'in fact', 'of course',
  // How two things compare, said of them: "… or are they much of a muchness?".
  'much of a muchness', 'neck and neck',
  // Stress on how many or how far: "every single thing they flat out failed".
  'flat out', 'every single',
  'by the way', 'quick question', 'just wondering', 'i was wondering', 'i wonder', "i'm curious", 'i am curious', 'just curious', 'out of curiosity', 'curious to know', 'any idea', 'do you know',
  'can you tell me', 'could you tell me', 'i would like to know', "i'd like to know", 'i want to know', 'is it true that',
  'for the minutes', 'for the board minutes', 'for the record', 'can you confirm', 'please confirm', 'could you confirm',
  'am i right in thinking that', 'am i right in thinking', 'am i right that', 'am i right', 'constituent is asking',
  'a constituent is asking', 'my constituent is asking', 'a constituent asks', 'constituent asks', 'constituents ask', 'constituents often ask',
  'a constituent wants to know', 'my constituent wants to know', 'constituent wants to know', 'for lines to take', 'lines to take',
  // Saying something keeps being asked or heard: "keep" is no keeping of children.
  'keep asking me this', 'keep asking me that', 'keep asking us this', 'keep asking me', 'keep asking', 'keeps asking', 'kept asking',
  'keep saying', 'keeps saying', 'keep wondering', 'keep reading', 'keeps coming up', 'asking for a constituent',
  'asking for a friend', 'on behalf of a constituent', 'i want it straight', 'give it to me straight', 'give it me straight', 'a straight answer', 'straight answer',
  'is it true', 'is it fair to say that', 'is it fair to say', 'would it be fair to say that', 'would it be fair to say', 'fair to say', "i've heard that", 'i have heard that', "i've heard", 'i heard that', 'i heard', 'heard it is',
  "heard it's", 'i read that', "i've read that", 'i have read that', 'i read there was', 'i read there were', "i've read there was", 'i read somewhere that', 'i read somewhere', 'i saw that', "i've seen that", 'i have seen that', 'i was told', "i've been told", 'i have been told', "we've been told", 'we have been told', 'apparently', 'in plain terms', 'in plain english', 'in simple terms',
  // How exact a figure need be: the report gives what it gives.
  'or something similar', 'something similar', 'or similar', 'or the like', 'and the like', 'or whatever', 'that sort of thing', 'and so on', 'and so forth',
  'ballpark figure', 'ballpark', 'roughly', 'approximately', 'approx', 'give or take', 'more or less', 'a rough idea of', 'rough idea', 'rough figure', 'at a guess',
  // When a count is for: reports give their own periods ("in 2010-11"), and "year" finds every year.
  'last year', 'this year', 'next year', 'in a year', 'a year', 'per year', 'each year', 'every year', 'a week', 'per week',
  'a month', 'per month',
  // The formal register's courtesies, asides and hedges: "might someone tell me, to put it plainly, …",
  // "I am given to understand that …", "I should be grateful for a list", "I'm assuming …".
  'to put it plainly', 'to put it simply', 'to put it bluntly', 'put plainly', 'put simply', 'plainly put', 'in plain words', 'plainly', 'frankly',
  'to be frank', 'in all honesty', 'in truth', 'so to speak', 'as it were', 'if you like', 'if you will', 'i dare say', 'no less',
  'might someone tell me', 'could someone tell me', 'can someone tell me', 'would someone tell me', 'might you tell me', 'would you tell me',
  'would you kindly tell me', 'would you be so good as to tell me', 'would you be so kind as to tell me', 'kindly tell me', 'please tell me', 'tell me please',
  'may i ask', 'might i ask', 'if i may ask', 'if i may', 'if you would', 'if you please', 'kindly', 'forgive me', 'forgive my ignorance', 'pardon my ignorance',
  'i should be grateful', 'i should be most grateful', 'i would be grateful', 'i would be most grateful', "i'd be grateful", 'i would appreciate',
  'i am given to understand that', 'i am given to understand', 'i understand that', 'i gather that', 'i gather', 'i take it that', 'i take it',
  "i'm assuming", 'i am assuming', 'i assume', 'i presume', 'i suppose', 'i imagine', 'i confess', 'i must confess', 'i must say',
  // Hunches and half-memories: "I've a feeling they failed on that", "if I remember rightly", "have I got that right?".
  "i've a feeling", 'i have a feeling', "i've got a feeling", 'i have got a feeling', 'i had a feeling', 'my feeling is', "i've a hunch", 'i have a hunch',
  "i've a notion", 'i have a notion', 'if i remember rightly', 'if i remember correctly', 'if i remember right', 'if i recall', 'if i recall correctly',
  // Asking for reasons in other words: "what's the reasoning in the report?" is a why-question.
  "what's the reasoning", 'whats the reasoning', 'what is the reasoning', 'what was the reasoning', "what's their reasoning", 'what was their reasoning', 'the reasoning behind it', 'the reasoning behind that', 'the reasoning behind this',
  'if memory serves', 'as far as i remember', 'as i remember it', 'have i got it right', 'have i got that right', 'have i got this right', 'did i get that right',
  // A letter's openings and courtesies: "Dear friends, I trust you are keeping well. Might I trouble you to tell me …".
  'dear friends', 'dear sirs', 'dear all', 'dear colleagues', 'i trust you are keeping well', 'i trust you are well', 'i hope you are well', 'i hope this finds you well',
  'might i trouble you to tell me', 'may i trouble you to tell me', 'might i trouble you', 'may i trouble you', 'sorry to trouble you', 'forgive my curiosity',
  'might i enquire as to', 'may i enquire as to', 'might i enquire', 'may i enquire', 'i enquire as to', 'permit me to enquire', 'permit me to ask', 'kindly permit me to enquire', 'allow me to ask', 'i write in some hope', 'i write to ask', 'i write to enquire',
  'i would be obliged', 'i should be obliged', 'i would be much obliged', 'i should be much obliged', 'with respect', 'with the greatest respect', 'pray',
  'would it be a fair characterisation to say that', 'would it be a fair characterisation to say', 'is it a fair characterisation to say that', 'a fair characterisation',
  'would you be so good as to apprise me', 'would you be so good as to', 'would you be so kind as to', 'apprise me', 'in summary form', 'assured me', 'with some vehemence',
  'i should be obliged to know whether', 'i should be obliged to know', 'should be obliged to know whether', 'should be obliged to know',
  'conversely', 'as touching', 'if any', 'particularly as regards', 'in particular as regards', 'as regards', 'if i might put it delicately', 'if i may put it delicately', 'to put it delicately', 'as i suspect', 'a touch uncharitable',
  'someone suggested to me that', 'it was suggested to me that', 'came under scrutiny', 'that came under scrutiny', 'that is to say',
  'in its capacity as', 'in their capacity as', 'turning, if i may, to', 'turning to', 'what one might call', 'what you might call', 'one might call', 'one might say',
  'if i may',
  'am i rightly so informed', 'am i rightly informed', 'am i correctly informed', 'am i so informed', 'i am informed that', 'i am informed',
  'forgive me if i phrase it clumsily', 'if i may put it so', 'if i may say so', 'on a more cheerful note', 'to end on a more cheerful note', 'to end on a cheerful note',
  // Requests in other courteous words: "I should be glad to learn …", "could you enlighten me as to …".
  'i should be glad to learn', 'i would be glad to learn', 'i should be glad to know', 'i should like to know', 'i would like to understand', 'i want to understand',
  'i would be most interested to learn', 'i would be most interested to know', 'i would be interested to know', 'i should be interested to know',
  'i wonder whether you could tell me', 'i wonder if you could tell me', 'i wonder if i might ask', 'i wonder whether', 'i wonder if',
  'could you enlighten me as to', 'could you enlighten me', 'enlighten me as to', 'enlighten me', 'perhaps you could tell me', 'do you happen to know',
  'could you let me know', 'would you be able to tell me', 'please could you tell me', 'could you please tell me', 'can you please tell me',
  'i would welcome your view on', 'i would welcome clarification on', 'i would welcome clarification', 'i am keen to understand', 'help me understand',
  'it has been put to me that', 'i have it on good authority that', 'i have it on good authority', "i'm told that", "i'm told", 'i am told that', 'i am told',
  // Disapproval only says the report was critical: "why did the inspectors take so dim a view of …".
  'take so dim a view of', 'take such a dim view of', 'take a dim view of', 'took so dim a view of', 'took a dim view of', 'taken a dim view of', 'takes a dim view of',
];
/**
 * Managing as succeeding, not as running a service: "the best they managed", "did they manage to get a
 * good grade?". Said of someone doing, never of something being done ("how well are they managed?").
 */
const MANAGED_AS_ACHIEVED =
  /\bmanag(?:e|es|ed|ing) to\b|(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(they|we|you|sutton|the council|the authority)((?:\s+(?:could|could have|have|had|['’]ve|['’]d|ever|even|actually|only|just|did))*)\s+manag(?:e|ed)\b/gi;
/**
 * A grade said in everyday words, in a grade question: "rated poor", "all average and worse", "were they
 * all passable?". It names a grade, not what is graded; "poor attendance" keeps its word.
 */
const EVERYDAY_GRADE_SAID =
  /\b(?:rated|graded|judged|marked|scored|deemed|all|just|only|merely)\s+(?:as\s+)?(?:average|ok|okay|passable|mediocre|middling|so[\s-]so|poor)\b(?:\s+(?:and|or)\s+(?:worse|below|lower|better|above|higher))?|\bmiddle of the road\b/gi;
/**
 * Someone the asker knows and what they do, said in passing: "my neighbour fosters and she mentioned …",
 * "my mum fosters for sutton". In a grade question it says who told them, not which part is asked of.
 */
const ACQUAINTANCE_ROLE =
  /\b(?:my|our) (?:neighbou?r|mum|mother|dad|father|sister|brother|aunt|auntie|uncle|friend|mate|nan|gran|grandma|grandad|granddad|wife|husband|partner|daughter|son|cousin|colleague)(?:['’]s)? (?:fosters|has fostered|used to foster|is a foster carer|was a foster carer)(?: (?:for|with|in) (?:sutton|the council|the borough))?\b/gi;
/**
 * The comparative of a comparison: "did health come out better than social care?" sets two things side
 * by side; "better" is how they compare, not getting better (capacity to improve).
 */
const COMPARATIVE_THAN = /(?<!\b(?:get|gets|getting|got|to) )\b(?:(?:any|much|far|a lot|even|a bit) )?(?:better|worse|higher|lower|stronger|weaker)(?= than\b)/gi;
/** A grade set aside for the one given: "held at adequate rather than good". It names no more than the grade. */
const RATHER_THAN_GRADE = /\b(?:rather|other) than (?:an? )?['‘"“]?(?:outstanding|good|adequate|inadequate)\b['’"”]?/gi;
/**
 * A comparative with nothing compared: "any better", "no worse", "much better", "getting a better mark".
 * Not "get better" (capacity to improve).
 */
const LOOSE_COMPARATIVE =
  /\b(?:any|no|much|far|a lot|even|a bit|slightly|somewhat) (?:better|worse)\b(?! than\b)|\b(?:better|worse)(?= (?:regarded|thought of)\b)|\b(?:an? )?(?:better|worse|higher|lower) (?:marks?|grades?|ratings?|scores?|verdicts?)\b|(?<=\b(?:(?:came|come|comes|coming) (?:out|off)|did|do|does|doing|fared?|faring|performed|scored|graded|rated|marked|judged) )(?:better|worse|higher|lower)\b(?! than\b)|\b(?:came|come|comes|coming) off(?= (?:better|worse)\b)/gi;
/** "Overall," opening a question, as a word that sums up. */
const OVERALL_ONLY_OPENS = /(?:^|[:;.!?]\s)\W*(?:overall|in summary|in sum|to sum up)\b(?!\s+(?:verdicts?|grades?|judge?ments?|ratings?|marks?|scores?|effectiveness)\b)/i;
/** Asking for the overall verdict itself: "the overall verdict on", "overall effectiveness". */
const OVERALL_VERDICT = /\boverall (?:verdicts?|grades?|judge?ments?|ratings?|marks?|scores?|effectiveness)\b|\bheadline\b/i;
const OVERALL_OPENING =
  /^\W*(?:overall|in summary|in sum|to sum up|headline)\b|\bheadline (?:verdicts?|grades?|judgements?|ratings?|findings?)\b|\boverall (?:verdicts?|grades?|judgements?|ratings?|marks?|scores?) (?:\w+ ){0,4}?(?:on|upon|for|of)\b/i;
/**
 * "What mark did Sutton get overall for keeping kids safe?", "how were services for children in care
 * rated overall?": overall beside the asking verb, said of the council or its services, asks the
 * overall verdict; said of an area ("how did the NHS score overall?") it asks that area's.
 */
const OVERALL_OF_COUNCIL =
  /\b(?:sutton|council|authority|borough|they|it|services?)\b(?:\s+[\w'’-]+){0,4}?\s+(?:rated|graded|judged|marked|scored|assessed|do|did|done|doing|fare|fared|get|got|gets|getting|pass|passed|fail|failed|perform|performed|come out|came out|score|rate)\s+overall\b/i;
const OVERALL_FRAMING = /\b(?:(?<!\b(?:country|nation|england|london|population|sector|region)\s)as\s+a\s+whole|the\s+whole\s+picture|across\s+the\s+board|the\s+whole\s+lot|bottom[\s-]+line|all[\s-]+round|(?:the\s+)?big\s+picture|on\s+the\s+whole|all\s+in\s+all|in\s+general|generally\s+speaking|in\s+a\s+nutshell|long\s+story\s+short|in\s+short|taking\s+(?:everything|it\s+all)\s+(?:together|into\s+account)|all\s+things\s+considered|everything\s+considered|taken\s+(?:all\s+)?(?:together|as\s+a\s+whole)|in\s+the\s+round|in\s+(?:its|their)\s+(?:totality|entirety)|all\s+told|general(?=\s+(?:verdicts?|judge?ments?|assessments?|conclusions?)\b)|in\s+the\s+end|at\s+the\s+end\s+of\s+the\s+day|when\s+all(?:['’]s|\s+is)\s+said\s+and\s+done|on\s+balance)\b/gi;
/** The same phrases, to test for (a global expression keeps its place between tests). */
// "The NHS in general" is the NHS as a whole, not the overall verdict: after a word, "in general" asks nothing of its own.
const OVERALL_FRAMED = new RegExp(OVERALL_FRAMING.source.replace('in\\s+general', "(?<![\\w'’]\\s)in\\s+general"), 'i');
const FRAMING = new RegExp(
  '\\b(?:' +
    [
      phraseAlternation(FRAMING_PHRASES),
      // "according to the inspectors", "in the inspectors' view", "what did Ofsted say about"
      "according to (?:the )?(?:report|inspectors?|inspection|ofsted|them)",
      // Asides on the asker's words or doubts: "to use the inspectors' own rather blunt currency", "I confess to entertaining
      // considerable doubt upon the point".
      "(?:to use|in) (?:the inspectors['’]?|ofsted['’]s|their|the report['’]s) own (?:[\\w'’]+ ){0,2}?(?:currency|words|language|terms?|phrase|phrasing)",
      "(?:(?:i )?confess )?to entertaining (?:some |considerable |grave |serious |a little )?doubts?(?: (?:upon|on|about) (?:the point|this|that|it))?",
      // "… and what led them to that view?": the reasons asked for, no leading.
      "(?:and )?what (?:led|brought|caused) (?:them|the inspectors?|ofsted|the inspection|it) to (?:that|this|their|such a|such) (?:view|conclusion|judge?ment|verdict|finding|opinion|decision)",
      "(?:and )?what (?:led|brought) (?:them|the inspectors?|ofsted) to (?:conclude|judge|decide|find|say|think) (?:that|this|so)",
      "in (?:the )?(?:inspectors?['’]?|inspectorate['’]?s?|their|your|ofsted['’]?s?|the report['’]?s) (?:view|opinion|eyes|assessment|estimation|judge?ment)",
      // "in the estimation of the inspectors", "in the eyes of the inspectorate".
      "in the (?:eyes|estimation|view|opinion|judge?ment) of (?:the )?(?:inspectors?|inspectorate|inspection|ofsted|report)",
      "(?:the )?(?:inspectors?['’]|ofsted['’]s|inspectorate['’]s) (?:assessment|judge?ment|view|opinion)",
      "what (?:did|does|do|has|have) (?:the )?(?:report|inspectors?|inspection|ofsted|they) (?:say|said|think|find|found|conclude|make)(?: of| about| on| regarding| re)?",
      "(?:in|from|per) (?:the )?(?:report|inspection)",
      "(?:of|in|from) this (?:review|inspection|report)",
      "(?:does|did|do) (?:the )?(?:report|inspectors?|inspection|ofsted) (?:say|mention|talk about|cover|tell us|comment on)(?: anything)?(?: about| on| if| whether| that| regarding)?",
      "(?:of|in|across|throughout) (?:the )?(?:whole|entire) (?:report|inspection|thing)",
      // What a journalist's answer is for: "on deadline for tonight's piece", "for tomorrow's bulletin", "fact-check for tonight:".
      "(?:(?:i['’]?m|i am|we['’]?re|we are) )?on (?:a )?deadline|for (?:tonight['’]?s|today['’]?s|tomorrow['’]?s|this evening['’]?s|this morning['’]?s|the evening|the morning|the lunchtime|the weekend) (?:piece|story|article|bulletin|edition|paper|programme|show|broadcast|news|slot|package)|(?:for|by|before) (?:tonight|tomorrow(?: morning)?|this evening|this afternoon|first thing)(?=\\s*[:,;–—-])|(?:before )?(?:we|i|it|this) (?:go|goes) (?:to print|to press|live|out)|before (?:we |i )?publish(?:ing)?|before (?:it['’]?s |it is )?published|before publication",
      // "Want to check before we go to print", "just checking:": the asker's checking is no search word.
      "(?:(?:i|we) (?:just )?(?:want|need|wanted|needed) to|(?:i|we)['’]?(?:m|re) (?:just )?|just|quickly|(?:can|could) you|want to|need to) (?:double[\\s-])?check(?:ing)?(?: (?:something|a fact|a few things|this|that|before|whether|if))?(?=\\W|$)|^\\W*(?:just |quickly |double[\\s-])?checking(?= before| for| something| a fact|\\s*[:,;–—-])",
      // "What's happened to teenage pregnancy numbers?": a figure is asked for (see FIGURE_WORDS); the word is no search word.
      "(?<=[\\w'’] )(?:numbers|figures|stats|statistics)(?= (?:in|for|since|across|over|at|from|now|these days|then|(?:have |has |had )?(?:changed|gone|fallen|dropped|risen|come|going|look|looking|doing|moved))\\b|\\s*[?.!,;:]|\\s*$)",
      // "Curious how big …": the asker's curiosity is no search word.
      "(?:(?:i['’]?m|i am|just) )?curious(?= (?:how|what|whether|if|why|about|to see|when|who|which)\\b)",
      // "Be straight with me -", "level with me": how the asker wants the answer said.
      "be (?:straight|honest|upfront|frank|blunt) with (?:me|us)|level with (?:me|us)|straight up|no waffle",
      // "When the inspectors asked whether kids are safe": what they looked into is what is asked.
      "(?:when |where )?(?:the )?(?:inspectors?|inspection|ofsted|they) (?:asked|looked at|looked into|checked|tested|considered|wanted to know) (?:whether|if)",
      // "Why weren't assessments considered good enough?": whose opinion it was is no search word.
      "(?:considered|deemed)(?: (?:as|to be))?(?= (?:good|adequate|acceptable|satisfactory|sufficient|poor|weak|strong|inadequate|effective|ineffective|outstanding|safe|unsafe|not|up to|fit|robust)\\b)|(?:regarded|viewed|seen|thought of) as(?= (?:good|adequate|acceptable|satisfactory|sufficient|poor|weak|strong|inadequate|effective|ineffective|outstanding|safe|unsafe|not|up to|fit|robust)\\b)",
      // Hearsay being checked: "someone on a local Facebook group claimed …", "my neighbour reckons …": who said it is no search word.
      "(?:someone|somebody|a friend|my friend|a mate|my mate|a neighbour|my neighbour|a colleague|my colleague|a resident|a poster|a post|a parent|another parent|other parents|a rumour|the rumour|a councillor|the councillor|one councillor|an mp|our mp|the mp|a journalist|a reporter|the press office|(?:the |a |our |their )?(?:council )?press release|(?:the |a )?council statement|(?:the council|sutton)['’]s press office|the papers?|the local paper|a newspaper|an article|my (?:boss|manager|supervisor))(?: [\\w'’-]+){0,8}? (?:claimed|claims|claiming|says|said|reckons|reckoned|posted|insists|insisted|swears|told (?:me|us|our [\\w'’-]+|the [\\w'’-]+)|is saying|was saying|keeps saying)(?: that)?",
      // Checking a claim: "is she right?", "is that correct?", "… , the care kids included".
      "(?:is|was|are|were) (?:she|he|that|this|it|they|this claim|that claim|the claim) (?:right|correct|true|accurate|fair)|(?<=[\\w'’] )included(?! in\\b)",
      // "Is that a fair report of what the inspectors concluded?": a claim checked, nothing to search for.
      "(?:is|was) (?:that|this|it) (?:a )?(?:fair|true|accurate|correct) (?:report|account|summary|reading|description|picture|reflection)(?: of)?",
      // Apologies and doubts about the asker's own words: "sorry to bother everyone", "sorry if I've got the wrong
      // end of the stick", "I don't know the proper term for it", "I might have muddled it up".
      "sorry(?: to bother (?:you|you all|everyone|anyone))?(?=\\s*(?:[,.!;:–—-]|$))|sorry if (?:i['’]ve|i have|i) (?:got|get|have got) (?:the wrong end of the stick|(?:it|this|that) (?:wrong|muddled|mixed up))|(?:i )?(?:don['’]t|do not) know the (?:proper|right|correct|official) (?:term|word|name)(?: for (?:it|this|that))?|(?:but )?(?:i )?(?:might|may|could) have (?:muddled|mixed) (?:it|this|that|them) up|(?:the )?wrong end of the stick|(?:as )?i (?:believe|think|understand) (?:the|it['’]?s|is the) (?:proper |right |correct |official )?(?:word|term|name|phrase)(?: is| for (?:it|this|that))?|(?:if )?(?:i have|i['’]ve) (?:the|got the) (?:word|term|name) (?:right|correct)",
      // A claim checked in a word after it: "… one of the few good bits. Fair?".
      "(?<=(?:^|[.?!,;:–—-])\\s*)(?:fair|true|right|correct|accurate)(?=\\s*\\?+\\s*$)",
      // Idioms of meeting a standard only ask for a grade (see GRADE_HINT): nothing in them to search for.
      "(?:not )?fit for (?:its )?purpose|pass(?:es|ed)? muster|up to (?:scratch|standard|par|the mark|the job|the task|much)|make the grade|cut the mustard|pull(?:s|ed|ing)? (?:their|its|our|your) weight|any good|(?:just |only |barely )?scrap(?:e|es|ed|ing) (?:by|through)|(?:(?:just |only |barely |not |never )?(?:to )?(?:hit|hits|hitting|met|meet|meets|meeting|reach|reached|reaching|did|do|does|doing|go|goes|going|went) )?(?:beyond |above |below )?(?:the )?(?:(?:bare|absolute) )?minimum(?: (?:standards?|requirements?|levels?|required))?|(?:just|only|barely) (?:getting|get|got) by",
      "(?:doing|do|did|does) an? (?:good|decent|poor|bad|proper|reasonable|great|terrible|fine) job(?: of)?|(?:fall|falls|fell|fallen|falling) (?:short|flat)|on a hiding to nothing",
      "(?:(?:came|come|comes|coming) (?:out )?(?:of (?:this|it|that) )?)?(?:up )?smelling of roses|(?:(?:land|lands|landed|sit|sits|sat|end up|ended up|fall|falls|fell|come|came) )?somewhere in the middle",
      // "end up living outside the borough" asks where they live, "ended up in care" of care; "end up in A&E" is the vocabulary's.
      "end(?:s|ed|ing)? up(?! in\\b)|end(?:s|ed|ing)? up(?= in (?:care|foster care)\\b)",
      // "what was the main reason": which of what the report lists is largest, nothing to search for.
      // "The main type of harm" keeps "type of harm" for the thesaurus (the categories of a plan).
      "(?:the )?(?:main|biggest|chief|principal|most common|commonest) (?:reasons?|causes?|factors?|(?:categor(?:y|ies)|types?|kinds?)(?! of\\b))",
      "(?:the )?(?:main|biggest|chief|principal|most common|commonest)(?= (?:categor(?:y|ies)|types?|kinds?) of\\b)",
      // Pride only asks how it was judged: "something it can hold its head up about", "be proud of".
      "(?:(?:is it |is that )?something )?(?:(?:it|they|the council|we|sutton) )?(?:can |could )?hold (?:its|their|our|your) heads? (?:up|high)(?: about)?|(?:something )?(?:(?:it|they|the council|we|sutton) )?(?:can |could )?(?:be|feel) proud of",
      // Asides about the asker: "sorry if this is basic", "new to the children's brief".
      "(?:be|being|to be) (?:completely |totally |brutally )?(?:honest|blunt|frank)(?: with (?:me|us))?|honestly|(?:to put it )?(?:bluntly|frankly)|at all",
      // "I need the short version for cabinet", "the one-line answer for the board".
      "(?:i )?(?:need|want|just want|just need) (?:the |a )?(?:short|quick|brief|one[\\s-]line|headline|simple) (?:version|answer|summary|line)(?: for (?:the |a |my |our )?[\\w'’]+)?",
      // Asking why, in other words: "what held it back?", "what let it down?".
      "what (?:held|holds|is holding|was holding|let|lets|is letting|was letting) (?:it|them|things|that|this|the (?:side|service|part|council)) (?:back|down)",
      // "… or did Ofsted write them off?": the other side of whether they can put it right.
      "(?:or )?(?:did|have|has|had) (?:ofsted|the inspectors|they|the report) wr(?:ite|itten) (?:them|it|us|sutton|the council) off",
      // "Let me guess, …": how the asker expects the answer.
      "let me guess|like the (?:rest|others)",
      // "… or just council spin?": how the asker doubts a claim, nothing to search for.
      "(?:or )?(?:just |merely |only |all )?(?:council |their own |political |pr )?(?:spin|hype|propaganda)",
      // "Or was it all bad news?": how the asker fears the answer, nothing to search for.
      "(?:or )?(?:was|is) (?:it|that) (?:all )?(?:bad|good) news",
      // Whether the asker can print it: "can i run with that?", "ok to use that?".
      "(?:can|could|shall|should) (?:i|we) (?:run with|use|quote|print|go with) (?:that|this|it)|(?:is it )?(?:ok|okay|safe) to (?:run|use|quote|print) (?:that|this|it)",
      // "Or is good the ceiling?": the best there was, said of the scale.
      "(?:or )?(?:is|was) (?:good|adequate|outstanding) (?:the|their|our) (?:ceiling|limit)",
      // Sparing the asker the reading: "rather than wade through the whole thing", "without trawling the report".
      "(?:rather than |instead of |without |so i don['’]t have to |to save me )?(?:having to )?(?:wade|wading|trawl|trawling|plough|ploughing|read|reading|go|going|dig|digging|look|looking|sift|sifting) (?:through |all )?(?:the |this |that )?(?:whole |entire |full )?(?:thing|report|lot|document|doc|pdf)",
      // Whom the answer is for, said last: "… specifically? priya needs it for the training programme",
      // "… just 'adequate'? need a list for our cicc meeting".
      "(?:(?:i|we|they|he|she|[a-z][\\w'’-]*) )?(?:needs?|wants?) (?:it|this|that|these|them|the answer|the info|(?:a|the) (?:list|summary|breakdown|rundown|overview|quote|line|figure|number)(?: of (?:them|it|these|those))?) for (?:the |a |an |my |our |his |her |their )?(?:[\\w'’-]+ ){0,3}?[\\w'’-]+(?=\\s*(?:[?.!]|$))",
      "fact[\\s-]?check(?:ing|er)?(?: (?:this|that|something|a claim|a line|for (?:a|the|my|our) [\\w'’]+))?",
      "sorry if (?:this|it) (?:is|sounds) (?:a )?(?:(?:really|very|a bit) )?(?:basic|obvious|silly|daft|stupid|dumb|naive)(?: question)?|(?:i['’]?m |i am )?(?:new|new ish|fairly new|quite new) (?:to|in) (?:the |this |my )?(?:[\\w'’]+ ){0,2}?(?:brief|role|job|post|portfolio|patch|team|board|panel)",
      // When something began, told in passing: "goals on it from two years ago".
      "(?:from )?(?:(?:a|one|two|three|four|five|six|a few|several|many|some) )?(?:years?|months?|weeks?|ages|yonks) (?:ago|back)",
      // What the answer is for: "putting together a package for the evening bulletin", "need it for a team brief".
      "(?:i['’]?m |we['’]re |i am |we are )?(?:putting together|pulling together|preparing|drafting) (?:a |an |the |my |our )(?:[\\w'’]+ ){0,2}?(?:package|piece|briefing|brief|report|paper|article|story|update|notes|presentation|segment)(?: for (?:the |a |an |our |my |tomorrow['’]s |tonight['’]s )?(?:[\\w'’]+ ){0,2}?(?:bulletin|paper|meeting|board|committee|cabinet|council|news|programme|show|briefing))?",
      "(?:i )?need (?:it|this|that) for (?:a |the |my |our |tomorrow['’]s )?(?:[\\w'’]+ )?(?:brief|briefing|meeting|presentation|paper|audit|update|notes)|for (?:a |the |my |our |tomorrow['’]s )(?:team |board |scrutiny |cabinet |press )?(?:brief|briefing)(?: notes| paper)?",
      // The asker's age: "im 15 and I look after my dad".
      "i['’]?m (?:1[0-9]|fifteen|sixteen|seventeen|eighteen|nineteen)(?: years old)?(?= and\\b|[,.!?;:\\s-])",
      // "Did the inspectors clock that?": whether the report says so, nothing to search for.
      "(?:did|do|does|have|has) (?:the )?(?:inspectors?|ofsted|they|the report|anyone) (?:clock(?:ed)?|notice[d]?|spot(?:ted)?|pick(?:ed)? up on|see|saw|catch|caught|flag(?:ged)?) (?:that|this|it|on that|stuff like that|anything like that|things like that)",
      // "I want every single thing they failed": what the asker wants is the list.
      "(?:i|we) (?:want|need)(?= (?:every|all|each|everything|a list|the list|a full list|the full list)\\b)",
      // "Keeping children like mine from harm": who else is meant, said in passing.
      "like (?:mine|ours|me|us)",
      // What the answer is for: "writing up the findings for a health trade title".
      "(?:writing (?:up )?(?:[\\w'’]+ ){0,4}?)?for (?:a|an|the|my|our) (?:[\\w'’]+ ){0,2}?(?:trade )?(?:title|magazine|journal|publication|podcast)",
      // "Heard one bit got the worst mark": what the asker heard, not what was heard.
      "^(?:heard|hearing|been hearing|i['’]?m hearing|i keep hearing|keep hearing)(?: that)?",
      // "at that point" is when the inspection was; "what number of" asks how many.
      "at (?:that|this) (?:point|time|stage)|(?:what|which) (?:is|was|were|are )?(?:the )?number of",
    ].join('|') +
    ')\\b',
  'gi',
);

/**
 * Who is asking, said before the question: "Local journalist here –", "IRO
 * here -". The question starts after it. ("As a care leaver, …" stays: who
 * asks is often what the question is about.)
 */
const INTRODUCTION = /^\s*(?!what\b|how\b|who\b|why\b|is\b|are\b)(?:[\w'’]+ ){0,3}[\w'’]+ (?:here|calling|speaking|asking|writing|enquiring|query)\s*[-–—:,.!]\s*/i;
/**
 * An opening that only says who asks: "Playgroup leader.", "Hospital social
 * worker at St Helier.", "Student paper again.", "Quick q from a hospital SW:".
 * Only openings ending on a word for a role, perhaps where they work, then a
 * stop, so that "Child protection. How was it rated?" keeps its subject.
 */
/** Words for who asks, that an opening which only introduces the asker ends on. */
const ROLE = String.raw`(?:worker|workers|sw|member|representative|rep|chairs?|office|lead|officer|adviser|advisor|sergeant|constable|pc|dc|ds|dad|mum|mother|father|parent|grandparent|gran|grandad|grandma|nan|nana|nanna|grandmother|grandfather|aunt|auntie|uncle|driver|carer|councillor|cllr|nurse|teacher|head|headteacher|student|reporter|journalist|editor|producer|manager|volunteer|governor|magistrate|leader|trustee|practitioner|visitor|gp|doctor|therapist|researcher|caseworker|paper|iro|pa|dsl)`;
/** Where the asker works: "at St Helier", "in the MASH". */
const ROLE_PLACE = String.raw`(?: (?:at|in|from|for|with|on|of) (?:[\w'’&-]+ ){0,3}?[\w'’&-]+)?`;
const ROLE_INTRODUCTION = new RegExp(
  String.raw`^\s*(?!what\b|how\b|who\b|why\b|is\b|are\b|was\b|were\b|did\b|does\b|do\b)(?:(?:quick (?:q|question|one) )?(?:from )?(?:i['’]?m |i am |im )?(?:a |an |the |your )?)(?:[\w'’&-]+ ){0,4}` + ROLE + ROLE_PLACE + String.raw`(?: here)?(?: again)?(?:\s*[.!:]|\s+[-–—])\s+(?=\S)`,
  'i',
);
/** "I'm a hospital social worker and I'm curious …": who asks, said before the question. */
const SELF_INTRODUCTION = new RegExp(
  String.raw`^\s*(?:(?:hi|hello|hiya)\W+)?(?:i['’]?m|i am|im) (?:a|an|the) (?:[\w'’&-]+ ){0,3}` + ROLE + ROLE_PLACE + String.raw`\s*(?:,\s*)?(?:and|so)\s+(?=\S)`,
  'i',
);

/** "I sit on the safeguarding board.", "I chair the corporate parenting panel.": where the asker sits, said first. */
const MEMBERSHIP_INTRODUCTION =
  /^\s*(?:i|we)(?: (?:sit|serve|am|['’]m|are|['’]re|volunteer) on| chair) (?:the |a |an |our |sutton['’]s )?[\w'’& -]{2,60}?\b(?:board|panel|committee|forum|council|group|partnership|team)\s*[.!:;]\s+(?=\S)/i;

/**
 * "The council and its partners" is everyone the inspection looked at, not
 * their partnership working: it is read as the council.
 */
const AUTHORITY_AND_PARTNERS = /\b(the (?:council|local authority|authority)) and (?:(?:its|their|the|all (?:its|their)) )?(?:partners|partner agencies)\b/gi;

/**
 * "The partnership's capacity to improve", "can the partnership turn it around?": the partners
 * as who acts or owns what is graded, not their partnership working. Read as the council.
 */
const PARTNERSHIP_AS_ACTOR =
  /\bthe (?:safeguarding )?partnership(?:['’]s\b| (?=(?:can|could|is able|was able|will|would|has the|had the|have the)\b))/gi;

/** Openings that only ask for anything at all on a subject: "any concerns about X" asks about X. */
const PADDING = /^\s*(?:are there |is there )?any (?:concerns?|info(?:rmation)?|news|updates?|issues?|thoughts?) (?:about|on|regarding|with|re)\s+/i;

const INSPECTION_ASKED =
  /\bwho (?:did|carried out|conducted|led|was on|were on|sat on|made up|was in|were in)\b.{0,30}\binspect|\bwho (?:inspected|were the inspectors|was the inspector)\b|\bhow many inspectors\b|\bhow many\b.{0,40}\b(?:files?|cases?|records?)\b.{0,30}\b(?:inspectors?|ofsted|the inspection)\b.{0,30}\b(?:read|review|look|sample|examine|check|see|audit|go through|went through|gone through|going through|trawl)|\bhow many\b.{0,40}\b(?:files?|cases?|records?)\b.{0,30}\b(?:read|reviewed|looked at|sampled|examined|checked|seen|audited|gone through|considered|scrutini[sz]ed|evaluated)\b.{0,20}\bby (?:the )?(?:inspectors?|ofsted|inspection)|\b(?:size|number) of (?:the |their )?(?:case file |case |file )?sample\b|\binspection team\b|\bteam of inspectors\b|\b(?:only|just) ofsted\b|\bwhat (?:sort|kind) of inspect(?:ion|ors)\b/i;

/** A clause at the start setting something aside: "Putting the child protection stuff aside, …", "Apart from LAC, …". */
const EXCEPT_OPENING = /^\W*(?:(?:putting|leaving|setting|taking)\s+((?:the\s+)?[^,;?!.]{2,60}?)\s+(?:aside|to one side|out of it)|(?:apart from|other than|except for|excluding|not counting|leaving out|ignoring)\s+((?:the\s+)?[^,;?!.]{2,60}?)|(?:(?:ok|okay|right|so|and)\W+)?(?:forget|forgetting|never mind)\s+(?:about\s+)?((?:the\s+)?[^,;?!.]{2,60}?)(?:\s+for\s+(?:a|the)\s+(?:sec|second|minute|moment|now))?)\s*[,:;–—-]\s*/i;

/** The clause setting something aside at the start, and what it sets aside, or null (see {@link EXCEPT_OPENING}). */
function exceptOpening(text: string): [string, string] | null {
  const opening = EXCEPT_OPENING.exec(text);
  return opening ? [opening[0], opening[1] ?? opening[2] ?? opening[3]!] : null;
}

/** A clause at the end setting something aside: "…, not the looked after bit", "other than for care leavers". */
const EXCEPT_CLAUSE = /(?:,\s*|\s+[-–—]\s*|\s*\(\s*|\s+)(?:but\s+|and\s+)?(?:not(?!\s+(?:good|up to|enough|adequate|acceptable|satisfactory|safe|effective|working|met|meeting|very|so|too|as|being|getting|doing)\b)|rather than|other than|apart from|excluding|except(?: for)?)\s+((?:the|for|in|on|about)\s+[^,;?!.]{2,60}?|[^,;?!.\s][^,;?!.]{1,60}?)(?:,[^,;?!.()]{1,40})?\)?\s*[?.!]*\s*$/i;

/** A question without an opening that only says who asks (see {@link INTRODUCTION}, {@link ROLE_INTRODUCTION}, {@link SELF_INTRODUCTION}, {@link MEMBERSHIP_INTRODUCTION}). */
export function withoutIntroduction(text: string): string {
  return text.replace(INTRODUCTION, '').replace(ROLE_INTRODUCTION, '').replace(SELF_INTRODUCTION, '').replace(MEMBERSHIP_INTRODUCTION, '');
}

/**
 * A grade given as its number on Ofsted's scale of four: "did anything get a 2??", "all 3s n 4s", "why a 4
 * for SG overall". Not a count or an age: "a 4 year old", "in 3 weeks".
 */
const GRADE_NUMBERED = /\b(?:(an? )([1-4])(?=\s*(?:[?.!,;:]|$|(?:for|or|n|and|in|on|overall|across|then|but|too|apparently|right|yeah)\b))|(?<!\b(?:stage|stages|level|levels|year|years|tier|tiers|section|ks|key stage|under|over|top|the) )([1-4])s\b)/gi;
const GRADE_BY_NUMBER = ['outstanding', 'good', 'adequate', 'inadequate'];

/** "How'd they do?", "where'd it come out?": the question word with "did" run into it. */
const DID_CONTRACTED = /\b(how|what|where|why)['’]d\b/gi;

/**
 * An adverb that only stresses the verb after it: "did Ofsted actually rate …" asks what "did
 * Ofsted rate …" asks.
 */
const STRESSED_VERB =
  /\b(?:actually|really|truly|genuinely|officially|ever|finally)\s+(?=(?:rate|rated|grade|graded|judge|judged|mark|marked|score|scored|give|gave|given|get|got|call|called|find|found|say|said)\b)/gi;

/** Reads what kind of answer a question wants. */
export function readQuestion(raw: string): QuestionIntent {
  let text = withoutIntroduction(stripSlackMarkup(raw))
    .replace(DID_CONTRACTED, '$1 did')
    .replace(GRADE_NUMBERED, (_, article: string | undefined, single?: string, plural?: string) => `${article ?? ''}${GRADE_BY_NUMBER[Number(single ?? plural) - 1]}`)
    .replace(PADDING, '')
    .replace(STRESSED_VERB, '')
    .replace(AUTHORITY_AND_PARTNERS, '$1')
    .replace(PARTNERSHIP_AS_ACTOR, (m) => (/['’]s$/.test(m) ? "the council's" : 'the council '))
    .replace(TOP_OF_SCALE, 'outstanding')
    .replace(SCALE_END, (_, bottom?: string) => (bottom ? 'inadequate' : 'outstanding'))
    .replace(BOTTOM_OF_SCALE, 'inadequate')
    .replace(BELOW_MINIMUM, ' inadequate ')
    .replace(SUPERIOR_TO, (_, higher: string | undefined) => (higher ? 'better than' : 'worse than'))
    .replace(MERE_ADEQUACY, 'adequate')
    .replace(MINIMUM_REQUIREMENTS, ' adequate ')
    .replace(REQUIRES_IMPROVEMENT, 'adequate')
    .replace(LOOKED_AFTER_BY, 'looked after $1')
    .replace(WHOSE_CHILDREN, '$1 $2')
    .replace(IN_THE_CARE_OF, 'looked after $1')
    .replace(GRADE_ACHIEVED, 'got $1')
    .replace(GRADE_OBTAINED, 'got $1 ')
    .replace(ABBREVIATED_JOIN, ' ')
    .replace(PART_AS_SIDE, '$1 side')
    .replace(DENIED_GOOD_ENOUGH, '$1not $2');
  const except = EXCEPT_CLAUSE.exec(text) ?? exceptOpening(text);
  // "Lots of things are called adequate: is that a pass?" asks what the grade means, not who got it.
  if (!SCALE_WORDS.test(text)) text = text.replace(GRADE_CALLED, 'rated');
  const intent: QuestionIntent = {
    text,
    grade: false,
    gradeHint: false,
    overallAsked: false,
    ownGradeAsked: false,
    personGradeAsked: false,
    earlierGradeAsked: false,
    inspectionAsked: INSPECTION_ASKED.test(text),
    listing: LISTING.test(text),
    scale: SCALE_WORDS.test(text) && SCALE_SUBJECT.test(text),
    recommendation: false,
    counting: false,
    figureWanted: false,
    ...(except ? { except: { clause: except[0], what: except[1]! } } : {}),
  };

  // The whole question a reference ("sutton-2012 65"), or one inside it ("what does para 65 say?").
  const embedded = EMBEDDED_REFERENCE.exec(text)?.groups;
  const reference = parseParagraphReference(text) ?? (embedded ? { number: Number(embedded.number) } : undefined);
  if (reference && reference.number > 0) intent.paragraph = reference;

  intent.gradeExtreme = gradeExtremeOf(text);
  // A grade as a bar ("better than good") speaks of the scale: a grade question.
  // Not a bar denied of something named: "why wasn't the care side marked any higher than middling?" asks its grade.
  const beyond = BAR_DENIED.test(text) ? null : GRADE_BEYOND.exec(text.replace(MIDDLE_AS_BAR, (_, bar: string) => `${bar === 'beyond' ? 'above' : bar} adequate`));
  intent.grade = GRADE_WORDS.test(text) || intent.gradeExtreme !== undefined || beyond !== null;
  intent.gradeHint = !intent.grade && GRADE_HINT.test(text);
  intent.ownGradeAsked = (intent.grade || intent.gradeHint) && OWN_GRADE.test(text);
  intent.personGradeAsked = (intent.grade || intent.gradeHint) && PERSON_GRADED.test(text);
  intent.earlierGradeAsked = (intent.grade || intent.gradeHint) && EARLIER_INSPECTION.test(text);
  const year = intent.grade || intent.gradeHint ? YEAR_NAMED.exec(text) : null;
  if (year) intent.yearNamed = Number(year[1]);
  const gradeWord = GRADE_NAME.exec(text);
  if (BETWEEN_PASS_AND_GOOD.test(text) && (intent.grade || intent.gradeHint)) intent.gradeNamed = 3;
  else if (gradeWord && (intent.grade || intent.gradeHint)) intent.gradeNamed = gradeValueOfWord(gradeWord[1]!) ?? undefined;
  else if (intent.listing && (intent.grade || intent.gradeHint) && FAILING_NAMED.test(text)) intent.gradeNamed = 4;
  else if (intent.listing && (intent.grade || intent.gradeHint) && MIDDLE_NAMED.test(text)) intent.gradeNamed = 3;
  const second = SECOND_FROM_END.exec(text);
  if (second && (intent.grade || intent.gradeHint)) {
    intent.gradeNamed = second[1] ? 2 : 3;
    intent.gradeExtreme = undefined;
  }
  // "Which areas were inadequate?": areas listed by a grade they got ask for grades outright.
  if (intent.gradeHint && intent.listing && intent.gradeNamed !== undefined && AREAS_LISTED.test(text)) {
    intent.grade = true;
    intent.gradeHint = false;
  }
  if (intent.listing && (intent.grade || intent.gradeHint) && EVERY_PART.test(text)) intent.everyPart = true;
  if ((intent.grade || intent.gradeHint) && EVERY_AREA.test(text)) intent.everyArea = true;
  if ((intent.grade || intent.gradeHint) && OUTCOMES_LISTED.test(text)) intent.outcomesAsked = true;
  if (intent.outcomesAsked && OUTCOMES_TOGETHER.test(text)) intent.outcomesTogether = true;
  if (intent.listing && (intent.grade || intent.gradeHint) && OVERALL_SET_ASIDE_TEST.test(text)) intent.overallSetAside = true;
  const compared = intent.grade || intent.gradeHint ? WHICH_COMPARED.exec(text) : null;
  if (compared) intent.gradeCompared = compared[1] ? 'better' : 'worse';
  if (beyond) {
    intent.gradeBeyond = beyond[1] || beyond[4] || beyond[8] ? 'better' : 'worse';
    intent.gradeNamed = gradeValueOfWord(beyond[3] ?? beyond[6] ?? beyond[7]!) ?? undefined;
    if (beyond[7]) intent.gradeBeyondIncludes = true;
  }
  for (const [pattern, timescale] of TIMESCALES) {
    if (pattern.test(text)) {
      intent.timescale = timescale;
      break;
    }
  }
  intent.recommendation =
    RECOMMENDATION_WORDS.test(text) ||
    OBLIGATION_ASKED.test(text) ||
    // "Families wait up to six months … I need the grade": a timescale beside a grade asked for is no deadline.
    (intent.timescale !== undefined && ACTION_WORDS.test(text) && !intent.grade) ||
    // "Ofsted gave the NHS three months to sort out CAMHS": a time given to act is a deadline, whoever gave it.
    (intent.timescale !== undefined && TIME_GIVEN.test(text));
  if (intent.recommendation) intent.grade = intent.gradeHint = false;
  intent.counting = COUNTING_WORDS.test(text);
  intent.figureWanted = FIGURE_WORDS.test(text);
  const counted = COUNTED.exec(text)?.[1];
  if (counted) intent.countedText = counted.split(COUNTED_END)[0]!.trim() || undefined;
  intent.expected = EXPECTED.find(([pattern]) => pattern.test(text))?.[1];
  // "On the whole, how did they do?": in a grade question these framing phrases ask for the overall verdict.
  const framed = intent.grade || intent.gradeHint ? text.replace(OVERALL_FRAMING, 'overall').replace(GRADE_SCALE_FRAME, ' ').replace(MIDDLE_AS_BAR, ' ').replace(GRADE_BEYOND_ALL, ' ') : text;
  intent.overallAsked = (intent.grade || intent.gradeHint) && (OVERALL_OPENING.test(text) || OVERALL_FRAMED.test(text) || OVERALL_OF_COUNCIL.test(text));

  if (intent.overallAsked && intent.grade && OVERALL_ONLY_OPENS.test(text) && !OVERALL_VERDICT.test(text)) intent.overallOpens = true;
  intent.text = framed.replace(TIME_FRAME, 'how').replace(FRAMING, ' ');
  // "What was the number of children on plans?" counts as "how many" does: "number" is no search word.
  if (intent.figureWanted) intent.text = intent.text.replace(NUMBER_COUNTED, ' ');
  // "Why wasn't the mark any better?": a comparative says how a grade might have been, not what is graded.
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(LOOSE_COMPARATIVE, ' ').replace(EVERYDAY_GRADE_SAID, ' ').replace(COMPARATIVE_THAN, ' ').replace(RATHER_THAN_GRADE, ' ').replace(ACQUAINTANCE_ROLE, ' ');
  // "Serious about putting kids' safety first": what is put first, and putting it first.
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(PUT_FIRST, (_, what: string) => `${what}put first`);
  // "Not failing but not good either" names the grade between, not what is graded.
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(BETWEEN_PASS_AND_GOOD_ALL, ' ');
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(MANAGED_AS_ACHIEVED, (_, who?: string, how?: string) => (who ? ` ${who}${how ?? ''} ` : ' '));
  // Which earlier inspection is meant says nothing of what was graded: the answer gives this one's grades.
  if (intent.earlierGradeAsked) intent.text = intent.text.replace(EARLIER_WORDS, ' ');
  // "The second-best mark" names a grade, not what was graded.
  if (second && intent.gradeNamed !== undefined) intent.text = intent.text.replace(SECOND_FROM_END_ALL, ' ');
  // "Is the council able to sort its child protection mess out?": being able to put things right is
  // the capacity to improve, whatever is to be put right.
  // "The chances of the care service getting better" keeps what is to get better.
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(ABLE_TO_IMPROVE, (_, what?: string) => `${what ?? ''}capacity to improve `);
  // "Was the health of the youngsters in the council's care well attended to?": a grade of the looked after children's part.
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(IN_COUNCIL_CARE, 'looked after $1');
  // "Were they ambitious enough for vulnerable kids?": in a grade question, children at risk, the child protection part.
  if (intent.grade || intent.gradeHint) intent.text = intent.text.replace(VULNERABLE_CHILDREN, '$1 at risk');
  // "Setting the headline aside" says which judgements a list leaves out, not what is graded.
  if (intent.overallSetAside) intent.text = intent.text.replace(OVERALL_SET_ASIDE, ' ');
  // The year a grade question names says which inspection, not what was graded.
  if (intent.yearNamed !== undefined) intent.text = intent.text.replace(YEARS_NAMED, ' ');
  if (OF_SCHOOL.test(intent.text)) {
    intent.text = intent.text.replace(SCHOOL_WEEKS, (weeks, n: string) => `${weeks} (${(Number(n) || wordNumber(n)!) * 5} days)`);
  }
  intent.text = intent.text.replace(/\s+/g, ' ').trim();
  const concessions = [...intent.text.matchAll(CONCESSION)].map((m) => m[0]);
  if (concessions.length > 0) intent.concessions = concessions;
  return intent;
}
