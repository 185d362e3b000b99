/**
 * Questions the report's structure answers better than a search: grades
 * ("how was leadership judged?") from the judgements, and "what must be done"
 * from the recommendations, each with the paragraphs that state them.
 */
import type { Answer, Citation, JudgementResult, RecommendationResult } from '../answer.js';
import { gradeOf } from '../report/grades.js';
import { MISSING, NO_EARLIER_GRADE, NO_GRADE, NO_PERSON_GRADE } from './answer-types.js';
import { otherAuthorityMissing } from './other-authorities.js';
import type { GradeValue } from '../report/model.js';
import { stem, tokenize } from './analysis.js';
import { areasNamedWhole, conceptsInDescriptions, conceptsNamingAny, conceptsNamingArea, conceptsNamingPart, describedAreas, matchAreas, matchPart, matchPartBesideAreas, nameTerms, namesAny, namesMostOfArea, namesSomeOfArea, namesWholeArea, partsNamed, type AreaDescriptions } from './areas.js';
import type { IndexedParagraph, Scope } from './paragraph-index.js';
import type { GradeExtreme } from './question.js';
import type { Ranked } from './score.js';
import { termWeights, type MatchedTerms, type WeightedConcept } from './scoring.js';
import { PART_WORDS, type Understanding } from './understand.js';
import type { Concept } from './vocabulary.js';

/** Words that only say what kind of answer is wanted; searching for them would find noise. */
const GRADE_FRAME = new Set(
  ['grade', 'grades', 'graded', 'grading', 'rated', 'rating', 'ratings', 'judged', 'judgement', 'judgements', 'judgment', 'score', 'scored', 'verdict', 'ofsted', 'fare', 'get', 'got', 'outstanding', 'adequate', 'inadequate', 'middling', 'area', 'areas', 'which', 'mark', 'marks', 'pass', 'fail', 'flunk', 'flunked', 'flop', 'flopped', 'tank', 'tanked', 'thumbs', 'council', 'borough', 'inspector', 'inspectors', 'part', 'parts', 'section', 'sections', 'report', 'muster', 'scratch', 'par', 'mustard', 'standard', 'number', 'list', 'possible', 'halves', 'half', 'both', 'one', 'ones', 'bits', 'whole', 'best', 'worst', 'highest', 'lowest', 'top', 'bottom', 'anywhere', 'everywhere', 'somewhere', 'fall', 'fell', 'down', 'badly', 'poorly', 'outcome', 'outcomes', 'strongest', 'weakest', 'poorest', 'rather', 'outright', 'really', 'truly', 'genuinely', 'every', 'single', 'everything', 'anything', 'handed', 'awarded', 'dished', 'given', 'receive', 'received', 'bestowed', 'accorded', 'earned', 'merited', 'point', 'points', 'let', 'result', 'results', 'held', 'regard', 'regarded', 'standing', 'competent', 'adjudged', 'estimation', 'appraisal', 'determination', 'finding', 'findings', 'respect', 'respects', 'sufficiently', 'distinguish', 'distinguished', 'degree', 'approbation', 'evinced', 'commendation', 'commended', 'praise', 'praised', 'genuine', 'disquiet', 'greatest', 'favour', 'exemplary', 'feeble', 'aspect', 'aspects', 'element', 'elements', 'cause', 'meet', 'meets', 'met', 'required', 'expected', 'whereas', 'whilst', 'attracted', 'attract', 'attracts', 'show', 'showed', 'shown', 'land', 'landed', 'four', '4', 'low', 'harshly', 'level', 'levels', 'happy', 'satisfied', 'pleased', 'impressed', 'enough', 'none', 'compare', 'compared', 'comparison', 'rest', 'others', 'scorecard', 'full'].map(stem),
);
const RECOMMENDATION_FRAME = new Set([
  ...['recommend', 'recommendation', 'recommendations', 'recommended', 'must', 'need', 'needs', 'done', 'action', 'actions', 'required', 'area', 'areas', 'improvement', 'improvements', 'within', 'next', 'steps', 'asked', 'told', 'deadline', 'deadlines', 'quickly'].map(stem),
  // Phrases read whole ("sort out" → "=sort out"): what must be done, not what it is done to.
  '=sort out',
]);
/**
 * Whom a recommendation addresses, when it names them: "Sutton LSCB to undertake …", "Sutton and
 * Merton PCT to review …". Recommendations that begin with what to do ("ensure that …") are the
 * local authority's and its partners'.
 */
const ACTOR = /^([A-Z][^.;:]{1,160}?) to [a-z]+\b/;
/** How much more a concept counts when it names who must act, as a share of its weight. */
const ACTOR_WEIGHT = 0.5;
const TIMESCALE_FRAME = new Set(['immediately', 'immediate', 'urgent', 'urgently', 'three', 'six', '3', '6', 'month', 'months'].map(stem));

/** The judgement is a part's overall verdict. */
/** Whether a judgement sums up its part ("Overall effectiveness"). */
export const isOverall = (j: Pick<JudgementResult, 'area'>) => /^overall/i.test(j.area);

/** Whether a concept is one of a frame's words, in the question's own form. */
export function isFrame(concept: Concept, frame: Set<string>): boolean {
  const own = concept.alternatives[0]!.terms;
  return own.length === 1 && frame.has(own[0]!);
}

/**
 * The concepts of a grade question that are about its subject, not about
 * grading. Given the areas' descriptions, a frame word inside one of several
 * words ("the standard of the work", "the top brass") is part of the subject.
 */
export function gradeSubject(concepts: WeightedConcept[], descriptions?: AreaDescriptions): WeightedConcept[] {
  const describing = descriptions ? conceptsInDescriptions(concepts, framedDescriptions(descriptions)) : undefined;
  return concepts.filter((c) => (!isFrame(c, GRADE_FRAME) || describing?.has(c)) && !namesGrade(c) && !namesInspection(c));
}

/**
 * The descriptions that need a frame word to name their area ("standard of
 * work"), not those whose other words already describe it ("overall verdict").
 */
const framed = new WeakMap<AreaDescriptions, Map<string, string[][]>>();
function framedDescriptions(descriptions: AreaDescriptions): Map<string, string[][]> {
  let found = framed.get(descriptions);
  if (!found) {
    const key = (terms: string[]) => terms.join(' ');
    found = new Map(
      [...descriptions].map(([area, all]) => {
        const own = new Set(all.map(key));
        const rest = (terms: string[]) => terms.filter((t) => !GRADE_FRAME.has(t));
        return [area, all.filter((terms) => rest(terms).length < terms.length && rest(terms).length > 0 && !own.has(key(rest(terms))))];
      }),
    );
    framed.set(descriptions, found);
  }
  return found;
}

/** Areas spoken of as several: "the health bits", "the health-related areas", "both health ones". */
const PLURAL_AREAS = /\b(?:bits|parts|areas|ones|aspects|sides|judge?ments|grades)\b/i;

/** Which inspection is meant ("at its last inspection", "the previous full one"): no subject of a grade. */
const INSPECTION_WORDS = new Set(['inspection', 'inspections', 'visit', 'ofsted'].map(stem));
const WHICH_INSPECTION = new Set(['last', 'latest', 'recent', 'most', 'previous', 'prior', 'earlier', 'former', 'full', 'this', 'current'].map(stem));
const namesInspection = (concept: Concept) => {
  const own = concept.alternatives[0]!.terms;
  return own.some((t) => INSPECTION_WORDS.has(t)) && own.every((t) => INSPECTION_WORDS.has(t) || WHICH_INSPECTION.has(t));
};

/** The grades' own names: a concept read as one ("good enough" → "adequate") only says what grade. */
const GRADE_NAMES = new Set(['outstanding', 'adequate', 'inadequate'].map(stem));
const namesGrade = (concept: Concept) => concept.alternatives.some((a) => a.terms.length === 1 && GRADE_NAMES.has(a.terms[0]!));

/** What the look-ups need of the engine. */
export interface LookupSources {
  judgements: JudgementResult[];
  recommendations: RecommendationResult[];
  partNames: string[];
  /** Everyday descriptions of the judged areas, read for questions that ask for a grade outright. */
  areaDescriptions: AreaDescriptions;
  /** The areas of the work itself, which other areas oversee (see `AreasFile.practice`). */
  practiceAreas?: ReadonlySet<string>;
  /** The areas of agencies working together, whose partners a question may list (see `AreasFile.partnership`). */
  partnershipAreas?: ReadonlySet<string>;
  /** The areas judged as outcomes for children (see `AreasFile.outcomes`). */
  outcomeAreas?: ReadonlySet<string>;
  /** Everyday names of the reports' parts ("child protection"), read for grade questions. */
  partDescriptions: AreaDescriptions;
  /** Services, teams and professions an area covers but no report grades on their own ("GPs"). */
  serviceNames: string[][];
  maxResults: number;
  paragraph(report: string, number: number): IndexedParagraph | undefined;
  inScope(doc: IndexedParagraph, scope: Scope): boolean;
  citation(doc: IndexedParagraph, score: number, matched: MatchedTerms, options?: { verdict?: boolean }): Citation;
  rarity(term: string): number;
  /** The concept only names a part ("safeguarding", "looked after children"). */
  namesPart(concept: Concept): boolean;
  /** The year the earliest inspection held began: a grade asked of a year before it is an earlier inspection's. */
  firstInspected: number;
  /** The concept only names a report's authority or its inspection ("Sutton", "the council", "Ofsted"). */
  namesReport(concept: Concept): boolean;
  /** Every paragraph in scope holding some of the concepts, best first. */
  rank(concepts: WeightedConcept[], understood: Understanding, scope: Scope): Ranked[];
  /** The paragraphs of a ranking worth showing. */
  cut(ranked: Ranked[]): Ranked[];
}

/** Which reports and part a look-up is asked of. */
export interface LookupScope {
  part: string | null;
  reportIds: Set<string>;
  /** The same, as the paragraphs searched. */
  scope: Scope;
}

type LookupAnswer = Pick<Answer, 'results' | 'judgements' | 'recommendations'> & Pick<Partial<Answer>, 'missing'>;

/** The judgements a grade question (or a clause of one) asks of. */
interface JudgementsAsked {
  judgements: JudgementResult[];
  /** The part it names, or null. */
  part: string | null;
  /** It names an area, not only a part or nothing. */
  areaNamed: boolean;
  /**
   * The areas were found only from words that name the part ("protecting youngsters from harm":
   * the part's overall verdict and the area those words describe), none named on its own.
   */
  byPartWords?: boolean;
  /** What the question asks for that no judgement gives ("No area was judged Outstanding."). */
  missing?: string;
}

/** A grade question's clauses, each understood alone (see `clauses.ts`). */
export interface GradeClausesAsked {
  /**
   * Each clause understood alone, asked of the part it names itself; `asks`:
   * the clause itself asks for a grade ("… were they any good?"); `statement`:
   * it asks nothing ("Our LAC health assessments are for Sutton children.");
   * `lists`: it asks which areas ("Which areas came out good?"); `refersBack`: it asks
   * of the grade a statement gives ("… was inadequate. What does that verdict mean?").
   */
  clauses: { understood: Understanding; scope: LookupScope; asks: boolean; lists?: boolean; statement?: boolean; refersBack?: boolean }[];
  /** The clauses set one area beside another: each names its own. */
  compares: boolean;
  /** The clauses are a list asked of one by one: a part one names alone is the part of the rest. */
  each?: boolean;
}

/**
 * Most judgements and recommendations one answer lists: asked of a thousand
 * reports, "how was leadership judged?" has two thousand, and a person reads
 * the first few; `/grade` compares every report.
 */
export const MAX_LISTED = 40;
/** "Where did the council fail …?" asks which areas, not how the council did. */
const ASKS_WHERE = /\bwhere (?:did|does|do|was|were|is|are)\b/i;
/** Most paragraphs cited for a grade: one per judgement, up to this many. */
const MAX_GRADE_CITATIONS = 10;

export class Lookups {
  private readonly termSets = new Map<string, Set<string>>();

  constructor(private readonly sources: LookupSources) {}

  /**
   * Answers a grade question with the judgements it names, or null to search
   * instead. A hinted grade question ("Is partnership working good?") must
   * name a whole judged area or a part. `asked` holds the question's clauses,
   * each understood alone, when it has several (see `clauses.ts`).
   */
  grade(understood: Understanding, scope: LookupScope, asked: GradeClausesAsked = { clauses: [], compares: false }): LookupAnswer | null {
    const { intent } = understood;
    let found = this.judgementsAsked(understood, scope);
    let sidesInParts = false;
    if (asked.clauses.length > 1) {
      // A clause is read alone by several of the rules below: each reading is worked out once.
      const readings = new Map<GradeClausesAsked['clauses'][number], Map<string, JudgementsAsked | null>>();
      const alone = (c: GradeClausesAsked['clauses'][number], least?: 'area' | 'area or part') => {
        let byLeast = readings.get(c);
        if (!byLeast) readings.set(c, (byLeast = new Map()));
        const key = least ?? '';
        if (!byLeast.has(key)) byLeast.set(key, this.judgementsAsked(c.understood, c.scope, least));
        return byLeast.get(key)!;
      };
      if (asked.compares) {
        // "Was LAC health rated higher than health in child protection?" asks of both, in turn; a
        // side may name a part alone ("is child protection worse than care?").
        let sides = asked.clauses.map((c) => alone(c, 'area or part'));
        // "For kids in care: health, safety, school …": each item is asked of the part named alone.
        const partAlone = asked.each ? sides.find((side) => side && !side.areaNamed && side.part)?.part : undefined;
        if (partAlone) {
          sides = sides.map((side, i) => {
            const clause = asked.clauses[i]!;
            if (!side?.areaNamed || clause.understood.part !== null) return side;
            return alone({ ...clause, scope: { ...clause.scope, part: partAlone } }, 'area') ?? side;
          });
        }
        // "Did health come out better than the council's child protection casework?": a side naming no
        // part is asked in the part another side names, when it names an area there too (the health
        // agencies' contribution to child protection, not the health of children in care).
        // A side may name its part and nothing graded: "… better than social care on the safeguarding side?".
        sides = sides.map((side, i) => {
          const otherPart = sides.find((other, k) => k !== i && other?.part)?.part ?? asked.clauses.find((c, k) => k !== i && c.understood.part)?.understood.part;
          if (!side?.areaNamed || side.part || !otherPart || side.judgements.some((j) => j.part === otherPart)) return side;
          const clause = asked.clauses[i]!;
          const inOtherPart = alone({ ...clause, scope: { ...clause.scope, part: otherPart } }, 'area');
          return inOtherPart?.areaNamed ? inOtherPart : side;
        });
        // "Was health better for kids in care or for keeping kids safe?": a side whose words only name its
        // part is asked of what another side names, in that part (the health agencies' contribution).
        sides = sides.map((side, i) => {
          if (!side?.part || (side.areaNamed && !side.byPartWords)) return side;
          const other = sides.findIndex((o, k) => k !== i && o?.areaNamed && !o.byPartWords);
          if (other < 0) return side;
          const clause = asked.clauses[other]!;
          const inThisPart = alone({ ...clause, scope: { ...clause.scope, part: side.part } }, 'area');
          return inThisPart?.areaNamed && !inThisPart.byPartWords ? inThisPart : side;
        });
        // "Which came off better in the end, protecting kids at risk or caring for the kids in care?": sides
        // naming a different part each, and no area but by the part's own words or on one side only of a
        // question asking overall, set the parts' overall verdicts side by side.
        const overallAsked = intent.overallAsked || /\boverall\b/i.test(intent.text);
        const partsOfSides = new Set(sides.map((side) => side?.part));
        const areaSides = sides.filter((side) => side?.areaNamed && !side.byPartWords && !side.judgements.every(isOverall)).length;
        if (
          sides.length > 1 &&
          partsOfSides.size === sides.length &&
          sides.every((side) => side?.part) &&
          (areaSides === 0 || (overallAsked && areaSides === 1))
        ) {
          sides = sides.map((side) => {
            const overall = this.sources.judgements.filter((j) => scope.reportIds.has(j.report) && j.part === side!.part && isOverall(j));
            return overall.length > 0 ? { ...side!, judgements: overall, areaNamed: true, byPartWords: false } : side;
          });
        }
        const compared = this.compared(sides.flatMap((side) => side ?? []), scope.reportIds);
        if (compared) found = { judgements: compared, part: null, areaNamed: true };
        else {
          // "How did the NHS do on keeping kids safe - better than the council's social care?": one side
          // names an area and the other nothing graded; the side named comes first.
          const named = sides.filter((side) => side?.areaNamed).flatMap((side) => side!.judgements);
          if (named.length > 0) found = { judgements: [...new Set([...named, ...(found?.judgements ?? [])])], part: null, areaNamed: true };
        }
        // Sides naming a part each are cited in both, whatever part the whole question seems to name.
        sidesInParts = compared !== null && new Set(sides.map((side) => side?.part).filter(Boolean)).size > 1;
      } else if (intent.grade || intent.gradeHint) {
        // "Need it for a briefing. Which areas were judged inadequate?", "Which areas came out good?
        // Was it only the health ones?": the clause asking which areas got a grade answers, not one
        // asking nothing of its own ("… - was it the same for child protection and for kids in care?").
        const byGrade = (intent.listing && intent.gradeNamed) || intent.gradeExtreme;
        // "Of the outcomes for children in care - … - which did best?": the list is of the one part the question names.
        const questionPart = understood.part ?? matchPart(gradeSubject(understood.concepts), this.sources.partNames, this.sources.partDescriptions);
        const ofPart = (c: GradeClausesAsked['clauses'][number]) =>
          questionPart && c.understood.part === null && !matchPart(gradeSubject(c.understood.concepts), this.sources.partNames, this.sources.partDescriptions)
            ? { ...c, scope: { ...c.scope, part: questionPart } }
            : c;
        const listed = byGrade
          ? asked.clauses.filter((c) => c.lists || c.asks).map((c) => alone(ofPart(c))).find((j) => j !== null && !j.areaNamed)
          : undefined;
        // "Our LAC health assessments are for Sutton children. How was the care service rated overall?":
        // the clause that asks for the grade names what is graded, when it names an area.
        // Only past statements around it that name an area themselves, and in the part the whole
        // question names when it names none.
        const asking = asked.clauses.filter((c) => c.asks);
        const inPart = (c: GradeClausesAsked['clauses'][number]) =>
          c.understood.part === null && understood.part !== null ? { ...c, scope: { ...c.scope, part: understood.part } } : c;
        const askedOf =
          !listed &&
          !intent.overallAsked &&
          asking.length < asked.clauses.length &&
          asked.clauses.every((c) => c.asks || c.statement) &&
          asked.clauses.some((c) => c.statement && alone(c, 'area') !== null)
            ? asking.map((c) => alone(inPart(c), 'area')).find((j) => j !== null)
            : undefined;
        // "What grade did the youth offending team get? Asking because we work closely with them": the
        // clause that asks names a service no report grades, and what the others say of the asker does
        // not make it an area.
        const asksOfItsOwn =
          !listed &&
          !askedOf &&
          asking.length > 0 &&
          asking.length < asked.clauses.length &&
          asking.every((c) => namesAny(gradeSubject(c.understood.concepts), this.sources.serviceNames) && alone(c, 'area or part') === null);
        // "We're always at hospitals and clinics. What grade did the NHS get for protecting youngsters?": read
        // whole, only the part's words name anything; the clause that asks names an area of its own.
        const askedArea =
          !listed && found?.byPartWords ? asking.map((c) => alone(c, 'area')).find((j) => j !== null && !j.byPartWords) : undefined;
        // "The report says safeguarding overall was inadequate. What does that mean for a child on a plan?":
        // the grade the statement gives is the one asked of, whatever the asking clause goes on to name.
        const referred =
          !listed && asked.clauses.some((c) => c.refersBack)
            ? asked.clauses.filter((c) => c.statement).map((c) => alone(c, 'area or part')).find((j) => j !== null)
            : undefined;
        if (listed) found = listed;
        else if (referred) found = referred;
        else if (askedArea) found = askedArea;
        else if (asksOfItsOwn) found = null;
        else if (askedOf) {
          // "Heard they flunked on keeping kids safe. What was the overall verdict?": the part stays the one found.
          const parts = new Set(found?.judgements.map((j) => j.part) ?? []);
          const inFoundPart = askedOf.judgements.filter((j) => parts.has(j.part));
          found = inFoundPart.length > 0 && inFoundPart.length < askedOf.judgements.length ? { ...askedOf, judgements: inFoundPart } : askedOf;
        }
        // Else the first clause naming an area: "… put it first? Did they get a good mark?". A question
        // that only hints at a grade must name it in the clause that hints ("We run a job club. Were its
        // services for care leavers any good?"): "What's wrong with the plans? I hear they're not up to
        // scratch" asks of something smaller that another clause names.
        else if (!found) {
          const naming = intent.grade ? asked.clauses : asked.clauses.filter((c) => c.asks);
          // "Why did Sutton fail on child protection, what went wrong?": the clause that hints may name a part.
          const hints = (c: GradeClausesAsked['clauses'][number]) => !intent.grade && (c.understood.intent.gradeHint || c.understood.intent.grade);
          found = naming.map((c) => alone(c, hints(c) ? 'area or part' : 'area')).find((j) => j !== null) ?? null;
        }
        // "Quality of provision was inadequate for child protection. Was it the same for LAC?": the
        // part the asking clause names comes first, after what the statement says of the other.
        // Not when the asking clause names both parts ("was child protection a fail while the care service scraped through?").
        const askedPart = asking
          .map((c) =>
            partsNamed(gradeSubject(c.understood.concepts), this.sources.partNames, this.sources.partDescriptions).length > 1
              ? null
              : (c.understood.part ?? matchPart(gradeSubject(c.understood.concepts), this.sources.partNames)),
          )
          .find(Boolean);
        if (found && !listed && !askedOf && askedPart && asked.clauses.some((c) => c.statement)) {
          const first = found.judgements.filter((j) => j.part === askedPart);
          if (first.length > 0) found = { ...found, judgements: [...first, ...found.judgements.filter((j) => j.part !== askedPart)] };
        }
      }
    }
    if (!found) return null;
    // "Which came out better, child protection or children in care?": each side's grade, in the order asked,
    // answers; which is better is read off the grades side by side.
    const answer = this.cited(found.judgements, gradeSubject(understood.concepts), scope.scope, sidesInParts);
    return found.missing ? { ...answer, missing: found.missing } : answer;
  }

  /**
   * What a grade answer lacks of what the question asks, said plainly, or
   * undefined when its judgements answer it: the grade of another council
   * (`otherAuthority`, named in the question), a grade no area got, the
   * grade at a later inspection, a person's grade, or the grade of what only
   * falls under a judged area.
   */
  shortfall(understood: Understanding, graded: LookupAnswer, otherAuthority?: string): string | undefined {
    if (otherAuthority) return otherAuthorityMissing(otherAuthority);
    if (graded.missing) return graded.missing;
    const { expected, personGradeAsked, earlierGradeAsked, yearNamed } = understood.intent;
    if (expected === 'later' || expected === 'date') return MISSING[expected];
    if (earlierGradeAsked || (yearNamed !== undefined && yearNamed < this.sources.firstInspected)) return NO_EARLIER_GRADE;
    if (!this.gradedItself(understood, graded.judgements)) return personGradeAsked ? NO_PERSON_GRADE : NO_GRADE;
    return undefined;
  }

  /**
   * Whether a grade answer's judgements are what the question asks the grade
   * of, not only the area it falls under: "did CAMHS get its own rating?" and
   * "what grade did the secondary schools get?" name a thing no report grades
   * on its own, and "did my social worker get a rating?" a person, whom no
   * report grades. A part ("did the LAC service get its own grade for …")
   * and an area named in its own words are judged in their own right; a
   * service is, only when the question describes an area besides it.
   */
  private gradedItself(understood: Understanding, judgements: JudgementResult[]): boolean {
    const { intent } = understood;
    const subject = gradeSubject(understood.concepts);
    if (intent.personGradeAsked) return false;
    const ofService = intent.grade && namesAny(subject, this.sources.serviceNames);
    if (!intent.ownGradeAsked && !ofService) return true;
    // The words naming a service name no area: "the adoption agency" is not the health agencies.
    const service = conceptsNamingAny(subject, this.sources.serviceNames);
    const besides = subject.filter((c) => !service.has(c));
    if (judgements.some((j) => namesSomeOfArea(j.area, besides))) return true;
    if (ofService) {
      // "The virtual school for looked after children": the part only says whose service it is;
      // "the virtual school and education support for them" describes an area besides.
      const aside = (c: Concept) => this.sources.namesPart(c);
      if (describedAreas(besides, this.sources.areaDescriptions, aside).size > 0) return true;
      // "The joint working between the council, police and charities": the services are who works
      // together, and a phrase besides describes the area answered ("my partner" alone does not).
      const phrases = besides.filter((c) => /\s/.test(c.label));
      return judgements.some((j) => phrases.some((c) => describedAreas([c], this.sources.areaDescriptions, aside).has(j.area)));
    }
    return partsNamed(subject, this.sources.partNames, this.sources.partDescriptions).length > 0;
  }

  /**
   * The judgements the sides of a comparison ask of, side by side, or null
   * when they ask of one thing. A side naming a part alone asks of the area
   * another side names, in that part ("ambition for safeguarding versus for
   * looked after children"); a side naming an area of both parts asks of it
   * in the part another side names ("was the capacity to improve
   * safeguarding better than its overall effectiveness?").
   */
  private compared(sides: JudgementsAsked[], reportIds: Set<string>): JudgementResult[] | null {
    const areaSide = sides.find((s) => s.areaNamed);
    const resolved = sides.map((side) => {
      if (!side.areaNamed && side.part && areaSide) {
        const areas = new Set(areaSide.judgements.map((j) => j.area));
        const same = this.sources.judgements.filter((j) => reportIds.has(j.report) && j.part === side.part && areas.has(j.area));
        if (same.length > 0) return same;
      }
      const otherPart = sides.find((s) => s !== side && s.part)?.part;
      if (side.areaNamed && !side.part && otherPart) {
        const inPart = side.judgements.filter((j) => j.part === otherPart);
        if (inPart.length > 0) return inPart;
      }
      return side.judgements;
    });
    const judgements = [...new Set(resolved.flat())];
    return new Set(judgements.map((j) => `${j.part}\u0000${j.area}`)).size > 1 ? judgements : null;
  }

  /**
   * The judgements a grade question asks of, in the order asked, or null to
   * search instead. `least` is what the question must name for any: by
   * default, anything (only grade words list every judgement).
   */
  private judgementsAsked(understood: Understanding, scope: LookupScope, least?: 'area' | 'area or part'): JudgementsAsked | null {
    const { intent, concepts } = understood;
    const { part, reportIds, scope: searched } = scope;
    const { gradeHint: wholeAreaOnly, gradeNamed, listing } = intent;
    const content = gradeSubject(concepts, this.sources.areaDescriptions);
    // "…, not the looked after bit": the part set aside is not asked of.
    let candidates = this.sources.judgements.filter(
      (j) => reportIds.has(j.report) && (!part || j.part === part) && j.part !== understood.exceptPart,
    );
    const { partNames, areaDescriptions, partDescriptions } = this.sources;
    const namedPart =
      part ?? matchPart(content, partNames, partDescriptions) ?? matchPartBesideAreas(content, partNames, areaDescriptions, partDescriptions);
    // The part the question names comes first: its own judgement of the area
    // ("health partners on the safeguarding side"), else any part's.
    // Within a named part any area the question names will do; elsewhere a hinted question must name it well.
    const inNamedPart = namedPart ? candidates.filter((j) => j.part === namedPart) : [];
    const namingPart = namedPart ? conceptsNamingPart(content, namedPart, partDescriptions) : undefined;
    // A list of what got a grade takes the part's words as the part alone: "for protecting kids at home,
    // which bits scraped through?".
    const listedAtGrade = listing && gradeNamed !== undefined;
    // The words naming the part name no area ("child protection work" is no partnership working),
    // unless they name it only in another form and describe an area in their own: "kept safe" is
    // read as "safeguarding" too.
    let areaWords = content;
    if (namedPart && namingPart?.size) {
      const ownWords = content.map((c) => ({ ...c, alternatives: c.alternatives.slice(0, 1) }));
      const namingInOwnWords = conceptsNamingPart(ownWords, namedPart, partDescriptions);
      const namesInOwnWords = (at: number) => namingInOwnWords.has(ownWords[at]!);
      areaWords = content.filter((c, at) => !namingPart.has(c) || (!listedAtGrade && !namesInOwnWords(at) && this.describesArea(c)));
    }
    // "Of the outcomes for children in care (health, safety, school), which did best?", "which of the
    // outcome areas only got adequate?": the areas judged as outcomes, whatever else the question spells out.
    const outcomes = intent.outcomesAsked ? candidates.filter((j) => this.sources.outcomeAreas?.has(j.area) && (!namedPart || j.part === namedPart)) : [];
    if (outcomes.length > 0 && (intent.gradeExtreme || (listing && gradeNamed))) {
      // "Did any of the outcomes fall below adequate?", "were any of them rated poor?": those so judged, else
      // every outcome with its grade, none being so.
      const beyond = gradeNamed && intent.gradeBeyond ? beyondBar(outcomes, gradeNamed, intent.gradeBeyond, intent.gradeBeyondIncludes === true) : null;
      let chosen = beyond ?? (gradeNamed ? atGrade(outcomes, gradeNamed) : atExtremes(outcomes, intent.gradeExtreme!));
      if (gradeNamed && chosen.missing) chosen = { judgements: outcomes, missing: chosen.missing };
      return { judgements: chosen.judgements, part: namedPart, areaNamed: false, ...(chosen.missing ? { missing: chosen.missing } : {}) };
    }
    // "How were the outcomes for children in care rated?": every outcome, or those the question spells out
    // ("the outcomes (health, school, jobs)"); one spelt out is asked of as any area is.
    if (outcomes.length > 0 && intent.outcomesTogether) {
      const described = describedAreas(areaWords, areaDescriptions);
      const spelt = outcomes.filter((j) => described.has(j.area) || namesSomeOfArea(j.area, areaWords));
      if (spelt.length !== 1) return { judgements: spelt.length > 1 ? spelt : outcomes, part: namedPart, areaNamed: spelt.length > 1 };
    }
    let missing: string | undefined;
    let byPartWords = false;
    let judgements = this.partnersAside(areaWords, areasNamedWhole(areaWords, inNamedPart.length ? inNamedPart : candidates));
    if (judgements.length === 0 && inNamedPart.length) judgements = this.namedArea(understood, areaWords, inNamedPart, false, searched, namingPart);
    if (judgements.length === 0) judgements = this.namedArea(understood, areaWords, candidates, wholeAreaOnly, searched);
    if (judgements.length === 0 && namingPart?.size && !listedAtGrade) {
      // Words that name the part and describe one of its areas as well ("keeping children safe"):
      // the part's overall verdict, then that area's.
      const alsoDescribed = new Set([...namingPart].flatMap((c) => [...describedAreas([c], areaDescriptions)]));
      const described = inNamedPart.filter((j) => alsoDescribed.has(j.area));
      if (described.length > 0) {
        judgements = [...new Set([...inNamedPart.filter(isOverall), ...described])];
        byPartWords = true;
      }
    }
    // "Is it adequate?" names nothing to judge; "Are looked after children's services adequate?" names a part.
    const areaNamed = judgements.length > 0;
    // Whether anything is asked of but frame, grade and part words; worked out only when no area is named.
    // The report's own names ("Sutton's") and the part's ("child protection") say nothing of what is judged.
    // Nor does the other part ("… in care rated inadequate, or was that only the child protection half?").
    const asksOfMore = () =>
      content.some(
        (c) =>
          c.weight > 1 &&
          !this.sources.namesPart(c) &&
          !namingPart?.has(c) &&
          // "The care kids side": beside a part's name, "side" or "half" says nothing more.
          !(namedPart && c.alternatives[0]!.terms.every((t) => PART_WORDS.has(t))) &&
          !this.sources.namesReport(c) &&
          partsNamed([c], partNames, partDescriptions).length === 0,
      );
    if (wholeAreaOnly && judgements.length === 0 && !namedPart) {
      // "Did Sutton do well?", "How did the council do in the inspection?": a hint asked of the authority or
      // its inspection and nothing else asks how it did as a whole, the overall verdict of every part.
      // "Is it adequate?" names nothing to judge.
      const overall = candidates.filter(isOverall);
      // "Where did the council fail to meet even the minimum?" asks where, not how it did.
      const asksWhich = listing || intent.gradeExtreme !== undefined || intent.gradeBeyond !== undefined || ASKS_WHERE.test(intent.text);
      if (least || asksWhich || overall.length === 0 || !concepts.some((c) => this.sources.namesReport(c)) || asksOfMore()) return null;
      return { judgements: overall, part: null, areaNamed: false };
    }
    if (judgements.length === 0 && (least === 'area' || (least === 'area or part' && !namedPart))) return null;
    if (judgements.length === 0) {
      // Only frame, grade and part words. "Which areas were judged inadequate?" lists the
      // judgements of that grade; "Is safeguarding good?" and "How was safeguarding rated?"
      // want the part's overall judgement; "What grades did Sutton get?" every judgement.
      if (asksOfMore()) return null;
      if (namedPart) candidates = candidates.filter((j) => j.part === namedPart);
      if (intent.overallSetAside) candidates = candidates.filter((j) => !isOverall(j));
      const overall = candidates.filter(isOverall);
      if (gradeNamed && intent.gradeBeyond) {
        // None beyond the bar: the nearest grade given, said to be the closest.
        ({ judgements, missing } = beyondBar(candidates, gradeNamed, intent.gradeBeyond, intent.gradeBeyondIncludes === true));
        if (judgements.length === 0) {
          const nearest = nearestGrade(candidates, gradeNamed);
          judgements = candidates.filter((j) => j.grade === nearest);
          if (judgements.length === 0) missing = undefined;
        }
      } else if (gradeNamed && (listing || !namedPart)) {
        ({ judgements, missing } = atGrade(candidates, gradeNamed));
      } else if (intent.gradeExtreme) {
        ({ judgements } = atExtremes(candidates, intent.gradeExtreme));
      } else judgements = namedPart && overall.length && !intent.everyArea ? overall : candidates;
      // "Which area got the lowest mark in both halves?": the areas so graded in every part.
      if (intent.everyPart && !namedPart) judgements = inEveryPart(judgements, candidates);
      if (judgements.length === 0) return null;
    }
    // "Overall, are children safe?": the overall verdict of the part the named area sits in;
    // "Overall, how was health's contribution to keeping children safe rated?" names its area.
    const named = judgements.some((j) => namesMostOfArea(j.area, content));
    if (intent.overallAsked && !intent.overallOpens && !named && !judgements.some(isOverall)) {
      const parts = new Set(judgements.map((j) => `${j.report}\u0000${j.part}`));
      const overall = candidates.filter((j) => isOverall(j) && parts.has(`${j.report}\u0000${j.part}`));
      if (overall.length > 0) judgements = overall;
    }
    // "Did LAC fail on QA too, or just CP?": the part asked about first comes first.
    const mentioned = partsNamed(content, partNames, partDescriptions);
    if (mentioned.length > 1) {
      const order = (j: JudgementResult) => {
        const at = mentioned.indexOf(j.part);
        return at < 0 ? mentioned.length : at;
      };
      judgements = [...judgements].sort((a, b) => order(a) - order(b));
    }
    return { judgements, part: namedPart, areaNamed, ...(byPartWords ? { byPartWords } : {}), ...(missing ? { missing } : {}) };
  }

  /** A grade answer: the judgements, and their paragraphs, one from each judgement in turn. */
  private cited(judgements: JudgementResult[], content: WeightedConcept[], searched: Scope, everyPart = false): LookupAnswer {
    const weights = termWeights(content, (t) => this.sources.rarity(t));
    const results: Citation[] = [];
    const seen = new Set<string>();
    const longest = Math.max(0, ...judgements.map((j) => j.paragraphs.length));
    // After the paragraph stating the verdict, those holding most of what the question names
    // ("are GPs pulling their weight?": the paragraphs on GPs), else in the report's order.
    const matching = (report: string, number: number) => {
      const doc = this.sources.paragraph(report, number);
      if (!doc) return 0;
      let sum = 0;
      for (const [term, weight] of weights.weights) if (doc.sentenceTerms.some((terms) => terms.has(term))) sum += weight;
      return sum;
    };
    const ordered = judgements.map((j) => {
      if (j.paragraphs.length < 3) return j.paragraphs;
      const rest = j.paragraphs.slice(1).map((number, at) => ({ number, at, match: matching(j.report, number) }));
      rest.sort((a, b) => b.match - a.match || a.at - b.at);
      return [j.paragraphs[0]!, ...rest.map((r) => r.number)];
    });
    // One paragraph from each judgement in turn, so every part's opening paragraph comes first.
    const citations = Math.max(this.sources.maxResults, Math.min(judgements.length, MAX_GRADE_CITATIONS));
    for (let i = 0; i < longest && results.length < citations; i++) {
      for (const [k, j] of judgements.entries()) {
        if (results.length >= citations) break;
        const number = ordered[k]![i];
        const key = `${j.report}#${number}`;
        if (number === undefined || seen.has(key)) continue;
        const doc = this.sources.paragraph(j.report, number);
        // Judgements of both parts ("did leadership differ between child protection and care?") are each
        // cited, whichever part the question's scope names.
        if (!doc || (!everyPart && !this.sources.inScope(doc, searched))) continue;
        seen.add(key);
        // A judgement's first paragraph states its verdict in its first sentence: the snippet keeps it.
        results.push(this.sources.citation(doc, 1 / (1 + results.length), weights, { verdict: i === 0 }));
      }
    }
    return { judgements: judgements.slice(0, MAX_LISTED), results, recommendations: [] };
  }

  /** Whether a concept's own words are one of an area's everyday descriptions. */
  private describesArea(concept: Concept): boolean {
    const own = concept.alternatives[0]!.terms.join(' ');
    for (const descriptions of this.sources.areaDescriptions.values()) if (descriptions.some((d) => d.join(' ') === own)) return true;
    return false;
  }

  /**
   * The judgements of the area a question names, in every part it is judged
   * in. An area whose whole name the question holds wins; otherwise, of the
   * areas whose names hold as many of its words as any ("quality" names both
   * "Quality of provision" and "… quality assurance"), the one whose
   * paragraphs best answer the question, as a search ranks them.
   */
  private namedArea(
    understood: Understanding,
    content: WeightedConcept[],
    candidates: JudgementResult[],
    hinted: boolean,
    scope: Scope,
    namingPart?: Set<Concept>,
  ): JudgementResult[] {
    // "How was the service led, in the inspectors' rating?" names its area in everyday words;
    // a question that only hints at a grade ("is the CDOP any good?") may be about something smaller.
    const described = understood.intent.grade || understood.intent.gradeHint
      ? {
          descriptions: this.sources.areaDescriptions,
          practice: this.sources.practiceAreas,
          // Words the reports never use ("heard it was rough") cannot be what a description leaves unexplained.
          aside: (c: Concept) => this.sources.namesPart(c) || this.sources.namesReport(c) || (c as WeightedConcept).known === false,
        }
      : {};
    const matched = this.partnersAside(content, matchAreas(content, candidates, { hinted, every: true, namingPart, ...described }));
    let areas = [...new Set(matched.map((j) => j.area))];
    if (areas.length <= 1) return matched;
    // Spoken of as several ("were the health bits the best rated?"): every area so named, the best first.
    const several = PLURAL_AREAS.test(understood.text);
    const others = (best: string) => (several ? matched.filter((j) => j.area !== best) : []);
    const whole = areas.filter((area) => namesWholeArea(area, content, described));
    // "Does A&E count towards the health grade?": "health" names "Being healthy" whole, its name being one
    // word, but "A&E" names a service the health agencies' contribution covers, a word rarer in the
    // reports: the rarer word decides.
    if (whole.length === 1 && nameTerms(whole[0]!).length === 1) {
      const naming = new Map(areas.map((area) => [area, conceptsNamingArea(area, content, described.descriptions)]));
      const ownWords = (area: string) => naming.get(area)!.filter((c) => area === whole[0] || !naming.get(whole[0]!)!.includes(c));
      const rarest = (area: string) =>
        Math.max(0, ...ownWords(area).filter((c) => area === whole[0] || namesAny([c], this.sources.serviceNames)).map((c) => (c as WeightedConcept).weight));
      const best = areas.reduce((a, b) => (rarest(b) > rarest(a) ? b : a));
      if (rarest(best) > rarest(whole[0]!)) return [...matched.filter((j) => j.area === best), ...others(best)];
    }
    if (whole.length === 1) return [...matched.filter((j) => j.area === whole[0]), ...others(whole[0]!)];
    if (whole.length > 1) areas = whole;
    const scores = new Map(this.sources.rank(content, understood, scope).map((r) => [`${r.doc.report.id}#${r.doc.paragraph.number}`, r.score]));
    const evidence = (area: string) => {
      let most = 0;
      for (const j of matched) if (j.area === area) for (const n of j.paragraphs) most = Math.max(most, scores.get(`${j.report}#${n}`) ?? 0);
      return most;
    };
    // Ties keep the order of the name match: the area whose name the question holds most of.
    const best = areas
      .map((area, order) => ({ area, order, evidence: evidence(area) }))
      .sort((a, b) => b.evidence - a.evidence || a.order - b.order)[0]!.area;
    return [...matched.filter((j) => j.area === best), ...others(best)];
  }

  /**
   * The judgements of agencies working together alone, when a question names
   * them and a service besides: in "how well do the council, police, health
   * and charities work together?" health is one of the partners, not the
   * health of children in care.
   */
  private partnersAside(content: WeightedConcept[], judgements: JudgementResult[]): JudgementResult[] {
    const partnership = this.sources.partnershipAreas;
    if (!partnership?.size || !judgements.some((j) => partnership.has(j.area)) || judgements.every((j) => partnership.has(j.area))) return judgements;
    return namesAny(content, this.sources.serviceNames) ? judgements.filter((j) => partnership.has(j.area)) : judgements;
  }

  /** Answers "what must be done" with the recommendations it asks about, or null when there are none. */
  recommendation(understood: Understanding, scope: LookupScope): LookupAnswer | null {
    const { intent, concepts } = understood;
    const { part, reportIds, scope: searched } = scope;
    const content = concepts.filter((c) => !isFrame(c, RECOMMENDATION_FRAME));
    // The subject of the question beyond its timescale and part ("CAMHS" in "what must be done
    // about CAMHS within three months"): what snippets mark and what further paragraphs are about.
    const subject = content.filter((c) => !isFrame(c, TIMESCALE_FRAME) && !this.sources.namesPart(c));
    const asked = this.sources.recommendations.filter(
      (r) => reportIds.has(r.report) && (!intent.timescale || r.timescale === intent.timescale),
    );
    // A part the question names narrows it, unless what it asks about is recommended only in
    // another part: "must every CIN, CP and LAC case be audited?" names LAC in passing.
    // In its everyday names too: "what must be done to put child protection right?".
    const named = part ?? matchPart(content, this.sources.partNames, this.sources.partDescriptions);
    const namedPart = named && !part && this.subjectElsewhere(subject, asked, named) ? null : named;
    const recommendations = asked.filter((r) => !namedPart || r.part === namedPart);
    if (recommendations.length === 0) return null;
    const weights = termWeights(subject, (t) => this.sources.rarity(t));
    // A recommendation's relevance: the weight of the question's concepts it holds in full, in any form.
    // Reports of one family share many recommendations' words, so each text is weighed once.
    const relevanceOf = new Map<string, number>();
    const relevance = (text: string) => {
      let value = relevanceOf.get(text);
      if (value === undefined) {
        // Who must act counts again: "what is the LSCB told to do" is asked of "Sutton LSCB to undertake …",
        // more than of a task that only reports to the board.
        const actor = ACTOR.exec(text)?.[1];
        value = this.heldWeight(content, text) + (actor ? ACTOR_WEIGHT * this.heldWeight(content, actor) : 0);
        relevanceOf.set(text, value);
      }
      return value;
    };
    const ranked = recommendations
      .map((r, order) => ({ r, order, relevance: relevance(r.text) }))
      .sort((a, b) => b.relevance - a.relevance || a.order - b.order)
      .map((x) => x.r);
    // The paragraphs that introduce the lists come first: first the list holding the most relevant
    // recommendation, then the one holding most of the question. A long list holds many words of any
    // question, so summing alone favours it.
    const introScores = new Map<string, { report: string; paragraph: number; score: number; best: number }>();
    for (const r of ranked) {
      const key = `${r.report}#${r.paragraph}`;
      const intro = introScores.get(key) ?? { report: r.report, paragraph: r.paragraph, score: 0, best: 0 };
      intro.best = Math.max(intro.best, relevance(r.text));
      intro.score += relevance(r.text) + 1e-6;
      introScores.set(key, intro);
    }
    const results: Citation[] = [];
    for (const intro of [...introScores.values()].sort((a, b) => b.best - a.best || b.score - a.score).slice(0, this.sources.maxResults)) {
      const doc = this.sources.paragraph(intro.report, intro.paragraph);
      if (doc) results.push(this.sources.citation(doc, 1 / (1 + results.length), weights));
    }
    // Then paragraphs about the subject of the question, if it names one.
    const inPart: Scope = { ...searched, part: searched.part ?? namedPart };
    for (const s of subject.length ? this.sources.cut(this.sources.rank(subject, understood, inPart)) : []) {
      if (results.length >= this.sources.maxResults) break;
      if (results.some((r) => r.report === s.doc.report.id && r.paragraph === s.doc.paragraph.number)) continue;
      results.push(this.sources.citation(s.doc, s.score / (1 + results.length * 100), weights));
    }
    return { recommendations: ranked.slice(0, MAX_LISTED), results, judgements: [] };
  }

  /** Whether the subject of a question is held more fully by a recommendation outside a part than by any inside it. */
  private subjectElsewhere(subject: WeightedConcept[], recommendations: RecommendationResult[], part: string): boolean {
    if (subject.length === 0) return false;
    let inside = 0;
    let outside = 0;
    for (const r of recommendations) {
      const held = this.heldWeight(subject, r.text);
      if (r.part === part) inside = Math.max(inside, held);
      else outside = Math.max(outside, held);
    }
    return outside > inside;
  }

  /** The weight of the concepts a recommendation's text holds in full, in any of their forms. */
  private heldWeight(concepts: WeightedConcept[], text: string): number {
    const terms = this.termsOf(text);
    // Each word of the text counts for one concept: in "presented to the Local Safeguarding Children
    // Board", "board" is held as part of the LSCB, not again as a board of its own.
    const claimed = new Set<string>();
    let sum = 0;
    for (const c of [...concepts].sort((a, b) => b.weight - a.weight)) {
      const held = c.alternatives.filter((a) => a.terms.length > 0 && a.terms.every((t) => terms.has(t)));
      const fresh = held.find((a) => a.terms.some((t) => !claimed.has(t)));
      if (!fresh) continue;
      for (const t of fresh.terms) claimed.add(t);
      sum += c.weight;
    }
    return sum;
  }

  /** The index terms of a recommendation's text, analysed once. */
  private termsOf(text: string): Set<string> {
    let terms = this.termSets.get(text);
    if (!terms) this.termSets.set(text, (terms = new Set(tokenize(text).map((t) => stem(t.normal)))));
    return terms;
  }
}

/** The judgements whose area is among them in every part of its report the candidates hold, or all when none is. */
/**
 * The judgements at a grade; when none got it, those at the nearest grade given, with what is
 * missing said: "was anything rated outstanding?" is answered by the best there was.
 */
function atGrade(judgements: JudgementResult[], grade: GradeValue): { judgements: JudgementResult[]; missing?: string } {
  const at = judgements.filter((j) => j.grade === grade);
  if (at.length > 0) return { judgements: at };
  const nearest = nearestGrade(judgements, grade);
  const near = judgements.filter((j) => j.grade === nearest);
  return near.length > 0 ? { judgements: near, missing: `No area was judged ${gradeOf(grade).label.toLowerCase()}.` } : { judgements: near };
}

/**
 * "Was anything rated higher than adequate?": the judgements on the side of the bar asked, best first
 * ("good or better" takes the bar's own), and what to say when there are none.
 */
function beyondBar(
  judgements: JudgementResult[],
  bar: GradeValue,
  side: 'better' | 'worse',
  includesBar: boolean,
): { judgements: JudgementResult[]; missing?: string } {
  const at = includesBar ? 0 : 1;
  const beyond = judgements.filter((j) => (side === 'better' ? j.grade <= bar - at : j.grade >= bar + at)).sort((a, b) => a.grade - b.grade);
  if (beyond.length > 0) return { judgements: beyond };
  const label = gradeOf(bar).label.toLowerCase();
  return { judgements: [], missing: includesBar ? `No area was judged ${label} or ${side}.` : `No area was judged ${side} than ${label}.` };
}

/**
 * "What was the best score any area got?": every judgement at the best (or worst) grade given;
 * "the best and worst rated bits": those at each end, in the order asked.
 */
function atExtremes(judgements: JudgementResult[], extreme: GradeExtreme): { judgements: JudgementResult[]; missing?: string } {
  const given = judgements.map((j) => j.grade);
  const ends = extreme.split(' and ').map((end) => (end === 'best' ? Math.min(...given) : Math.max(...given)));
  return { judgements: [...new Set(ends)].flatMap((grade) => judgements.filter((j) => j.grade === grade)) };
}

function inEveryPart(judgements: JudgementResult[], candidates: JudgementResult[]): JudgementResult[] {
  const partsIn = (js: JudgementResult[], key: (j: JudgementResult) => string) => {
    const parts = new Map<string, Set<string>>();
    for (const j of js) parts.set(key(j), (parts.get(key(j)) ?? new Set()).add(j.part));
    return parts;
  };
  const reportParts = partsIn(candidates, (j) => j.report);
  const areaParts = partsIn(judgements, (j) => `${j.report}\u0000${j.area}`);
  const everywhere = judgements.filter((j) => areaParts.get(`${j.report}\u0000${j.area}`)!.size === reportParts.get(j.report)!.size);
  return everywhere.length > 0 ? everywhere : judgements;
}

/** The grade given nearest to `wanted` (the better of two as near), among the judgements'. */
function nearestGrade(judgements: JudgementResult[], wanted: GradeValue): GradeValue | undefined {
  const given = [...new Set(judgements.map((j) => j.grade))].sort((a, b) => a - b);
  return given.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted))[0];
}
