/**
 * The answer engine: a question in plain words in, an {@link Answer} out —
 * the report's own paragraphs, numbered, with their grades, said to answer
 * the question, or to be the closest the report comes, or a plain "nothing
 * in the report" with suggestions.
 *
 * A question flows one way through named stages, each a module of its own:
 *
 * ```
 * understand (understand.ts, question.ts) → retrieve (retrieve.ts)
 *   → score (score.ts) → decide (decide.ts) → Answer
 * ```
 *
 * Questions the report's structure answers (a paragraph by number, a grade, a
 * recommendation) are looked up instead (`lookups.ts`).
 *
 * ```ts
 * const engine = loadEngine();
 * engine.ask('Are LAC health assessments done on time?').results[0]?.paragraph; // 80
 * engine.grade('leadership and management').judgements.length;                 // 2, one per part
 * engine.cite('para 65');                                                        // { paragraph: … }
 * ```
 */
import { SAME_IN_LISTED, type Answer, type CiteAnswer, type Citation, type GradeAnswer, type JudgementResult, type RecommendationResult } from '../answer.js';
import type { Report } from '../report/model.js';
import { placeOf } from '../report/metadata.js';
import { loadCorpus, type Corpus } from '../report/corpus.js';
import { curatedAcronyms } from '../report/glossary.js';
import { parseParagraphReference, reportIdTest } from '../report/reference.js';
import { analyse, stripSlackMarkup, tokenize } from './analysis.js';
import { gradeClauses } from './clauses.js';
import { describedAreas, matchAreas, matchPart, nameTerms, readAreasFile, type AreaDescriptions } from './areas.js';
import { decide, decisionFeatures, readDecisionModel, type Decision, type DecisionFeatures, type DecisionModel } from './decide.js';
import { holdsExpected, holdsYear, MISSING, namesLaterYear, noFigureFor, yearsNamed } from './answer-types.js';
import { GradeEvidence } from './grade-evidence.js';
import { gradeSubject, isOverall, Lookups, MAX_LISTED, type LookupScope } from './lookups.js';
import { ParagraphIndex, type IndexedParagraph, type Scope } from './paragraph-index.js';
import { withoutIntroduction } from './question.js';
import { retrieve } from './retrieve.js';
import { PATH_JOIN, score, type Ranked } from './score.js';
import { termWeights, type MatchedTerms, type WeightedConcept } from './scoring.js';
import { ReportNames } from './report-names.js';
import { COMPARING, OtherAuthorities, otherAuthorityMissing } from './other-authorities.js';
import { SavedIndex } from './saved-index.js';
import { buildShard, type ShardData } from './shard.js';
import { snippet } from './snippet.js';
import { withTuning, type SearchTuning } from './tuning.js';
import { Understander, type Understanding } from './understand.js';
import {
  defaultThesaurusFile,
  readVocabularyFile,
  Vocabulary,
  type Concept,
  type VocabularyFile,
} from './vocabulary.js';

/** Asking by when something must be done, which a recommendation's timescale answers. */
const DEADLINE_ASKED = /\bby when\b|\bdeadlines?\b|\bhow (?:quickly|soon|fast)\b|\btimescales?\b|\btime ?frames?\b|\bwithin\b|\bby what date\b/i;

/** Words that name a report, its inspection or the inspected authority, whatever the report. */
const REFERENCE_WORDS = 'council councils authority borough ofsted inspector inspectors inspectorate inspection inspected report reports';

/** "… was inadequate. What does that verdict mean for families?": a clause asking of the grade another clause states. */
const REFERS_BACK =
  /\b(?:that|this|such an?) (?:verdict|grade|rating|judge?ment|mark|score|finding)\b|\bwhat (?:does|did|would|will|might) (?:that|this|it) (?:mean|look like)\b|^\W*(?:is|was) (?:that|this|it) (?:actually |really |definitely |genuinely )?(?:true|right|correct|accurate|so)\b/i;

export interface AskOptions {
  /** Only search this part; a part name or words from it, e.g. "looked after children". Default: every part. */
  part?: string;
  /**
   * Only search these reports, by id ("sutton-2012") or by name ("Sutton").
   * Default: the reports the question names, or else every report.
   */
  report?: string | string[];
}

export interface EngineOptions {
  /** Ranking numbers; unset ones keep their defaults ({@link defaultTuning}). */
  tuning?: Partial<SearchTuning>;
  /** The slang and acronym vocabulary; default: read from `data/vocabulary.json`. */
  vocabulary?: VocabularyFile;
  /** The social-care phrase thesaurus; default: read from `data/thesaurus.json`. */
  thesaurus?: VocabularyFile;
  /** Everyday descriptions of the judged areas; default: read from `data/areas.json`. */
  areaDescriptions?: AreaDescriptions;
  /** Everyday names of the reports' parts; default: read from `data/areas.json`. */
  partDescriptions?: AreaDescriptions;
  /** The answer decision's fitted numbers; default: read from `data/decision.json`. */
  decision?: DecisionModel;
  /** Each report's index, when already built (from the saved index); default: built here. */
  shards?: ShardData[];
}

/** Every stage's output for one question: what `ask` answers from, for measuring and fitting. */
export interface AskTrace {
  answer: Answer;
  /** How the answer was reached: a look-up of the report's structure, or a search. */
  route: 'paragraph' | 'scale' | 'grade' | 'recommendation' | 'search';
  understood?: Understanding;
  /** Search only: the ranking, best first, and what the decision read of it. */
  ranked?: Ranked[];
  features?: DecisionFeatures;
  decision?: Decision;
}

export class AnswerEngine {
  readonly reports: Report[];
  private readonly tuning: SearchTuning;
  private readonly index: ParagraphIndex;
  private readonly understander: Understander;
  private readonly lookups: Lookups;
  private readonly gradeEvidence: GradeEvidence;
  private readonly areaDescriptions: AreaDescriptions;
  private readonly model: DecisionModel;
  private readonly judgements: JudgementResult[];
  /** The areas that sum up a part ("Overall effectiveness"), in every report. */
  private readonly overallAreas: Set<string>;
  private readonly partNames: string[];
  private readonly partDescriptions: AreaDescriptions;
  private readonly partTerms: Set<string>;
  /** The years the reports were inspected and published in: a year of these names a report, not a period asked about. */
  private readonly ownYears: Set<number>;
  /** Report id → its index in `reports`. */
  private readonly reportIndex = new Map<string, number>();
  private readonly reportNames: ReportNames;
  private readonly otherAuthorities: OtherAuthorities;
  /** Per report: paragraph number → position in `report.paragraphs`. */
  private readonly positions: Map<number, number>[];

  constructor(reports: Report[], options: EngineOptions = {}) {
    this.reports = reports;
    this.tuning = withTuning(options.tuning);
    this.model = options.decision ?? readDecisionModel();
    const files = [options.vocabulary ?? readVocabularyFile(), options.thesaurus ?? readVocabularyFile(defaultThesaurusFile)];
    // The curated acronyms join too, whether or not a report writes them: people ask
    // about "the YOT" of a report that only says "youth offending team".
    const glossaries = [curatedAcronyms(), ...reports.map((r) => r.glossary)];
    const vocabulary = new Vocabulary(files, glossaries, { synonym: this.tuning.synonymWeight, oneWay: this.tuning.oneWayWeight });
    const shards = options.shards ?? reports.map((report) => buildShard(report, this.tuning));
    this.index = new ParagraphIndex(reports, shards, () => vocabularyWords(files, glossaries));
    reports.forEach((report, i) => this.reportIndex.set(report.id, i));
    this.reportNames = new ReportNames(reports);
    this.otherAuthorities = new OtherAuthorities(reports.map((r) => placeOf(r.authority)));
    this.positions = reports.map((report) => new Map(report.paragraphs.map((p, i) => [p.number, i])));
    this.judgements = reports.flatMap((r) => r.judgements.map((j) => ({ report: r.id, ...j })));
    this.overallAreas = new Set(this.judgements.filter(isOverall).map((j) => j.area));
    const recommendations: RecommendationResult[] = reports.flatMap((r) => r.recommendations.map((x) => ({ report: r.id, ...x })));
    this.partNames = [...new Set(reports.flatMap((r) => r.parts.map((p) => p.name)))];
    this.partTerms = new Set(this.partNames.flatMap((name) => analyse(name)));
    const referenceTerms = new Set([...reports.flatMap((r) => analyse(r.authority)), ...analyse(REFERENCE_WORDS)]);
    const reportTerms = new Set(analyse('report reports'));
    const reportYears = new Set(reports.flatMap((r) => [r.published, r.inspectionDates.start, r.inspectionDates.end].map((d) => d.slice(0, 4)).filter(Boolean)));
    this.ownYears = new Set([...reportYears].map(Number));
    const areasFile = readAreasFile();
    const partDescriptions = options.partDescriptions ?? areasFile.parts;
    this.partDescriptions = partDescriptions;
    this.understander = new Understander(this.index, vocabulary, this.tuning, this.partNames, referenceTerms, partDescriptions);
    this.gradeEvidence = new GradeEvidence(this.judgements);
    this.areaDescriptions = options.areaDescriptions ?? areasFile.areas;
    this.lookups = new Lookups({
      judgements: this.judgements,
      recommendations,
      partNames: this.partNames,
      areaDescriptions: this.areaDescriptions,
      practiceAreas: areasFile.practice,
      partnershipAreas: areasFile.partnership,
      outcomeAreas: areasFile.outcomes,
      partDescriptions,
      serviceNames: areasFile.services,
      maxResults: this.tuning.maxResults,
      paragraph: (report, number) => this.doc(report, number),
      inScope: (doc, scope) => this.index.inScope(doc.id, scope),
      citation: (doc, s, matched, options) => this.citation(doc, s, matched, options),
      rarity: (term) => this.index.rarity(term),
      namesPart: (concept) => this.namesPart(concept),
      firstInspected: Math.min(...reports.map((r) => Number(r.inspectionDates.start.slice(0, 4)) || Infinity)),
      // "Reports" may be what is asked about ("conference reports"); the authority and its inspectors never are.
      // "Did child protection fail in 2012?": the report's own year names the report.
      namesReport: (concept) => concept.alternatives[0]!.terms.every((t) => (referenceTerms.has(t) && !reportTerms.has(t)) || reportYears.has(t)),
      rank: (concepts, understood, scope) => this.rank(concepts, understood, scope),
      cut: (ranked) => this.cut(ranked),
    });
  }

  /** Answers a question in plain words (Slack markup allowed). */
  ask(query: string, options: AskOptions = {}): Answer {
    return this.trace(query, options).answer;
  }

  /** Answers a question and keeps every stage's output (see {@link AskTrace}). */
  trace(query: string, options: AskOptions = {}): AskTrace {
    const base: Answer = {
      query,
      kind: 'nothing',
      answered: false,
      confidence: 0,
      results: [],
      judgements: [],
      recommendations: [],
      suggestions: [],
    };
    const looked = (route: AskTrace['route'], found: Partial<Answer>, understood?: Understanding): AskTrace => ({
      route,
      understood,
      answer: { ...base, ...found, kind: 'answered', answered: true, confidence: 1 },
    });
    const reportIndexes = this.reportsAskedOf(query, options.report);
    const reportIds = new Set((reportIndexes ?? this.reports.map((_, i) => i)).map((i) => this.reports[i]!.id));
    // "… in sutton-2012": the id picks the report; its words are not searched for.
    const asked = this.reportNames.outsideAsBorough(reportIndexes && options.report === undefined ? this.withoutReportNames(query) : query);
    const scopeOf = (part: string | null) => this.index.scope(reportIndexes, part);
    const understood = this.understander.understand(asked, { ...(options.part ? { part: options.part } : {}), scopeOf });
    const { intent, part, concepts } = understood;
    const published = this.reports.filter((r) => reportIds.has(r.id)).map((r) => r.published || r.inspectionDates.end).sort().pop() ?? '';
    if (!intent.expected && namesLaterYear(asked, published)) intent.expected = 'later';
    // "How did Croydon do?", "are we worse than Merton?": no report here grades another authority.
    const otherAuthority = this.otherAuthorities.named(asked)[0];

    if (intent.paragraph) {
      const { number } = intent.paragraph;
      const report = intent.paragraph.report ?? (reportIndexes?.length === 1 ? this.reports[reportIndexes[0]!]!.id : undefined);
      const cited = this.cite(report ? `${report} ${number}` : number);
      if ('error' in cited) return { route: 'paragraph', understood, answer: { ...base, suggestions: [cited.error] } };
      const doc = this.doc(cited.paragraph.report, cited.paragraph.number)!;
      return looked('paragraph', { results: [this.citation(doc, 1, { weights: new Map(), phrases: [] })] }, understood);
    }

    const inScope = this.index.scope(reportIndexes, part);
    const scope: LookupScope = { part, reportIds, scope: inScope };

    // The paragraph that sets out what the grades mean, in each report asked about.
    const scales = intent.scale
      ? this.reports.filter((r) => reportIds.has(r.id) && r.gradeScaleParagraph !== null).flatMap((r) => this.doc(r.id, r.gradeScaleParagraph!) ?? [])
      : [];
    const scaleCitations = () => {
      const matched = termWeights(concepts, (t) => this.index.rarity(t));
      return scales.map((doc) => this.citation(doc, 1, matched));
    };
    // "Was LAC capacity adequate? And what does adequate mean?" asks a grade as well: the scale follows it.
    if (scales.length > 0 && !intent.grade && !intent.gradeHint) return looked('scale', { results: scaleCitations() }, understood);
    if (intent.grade || intent.gradeHint) {
      // "Playgroup leader. Was care rated higher than child protection?": who asks is no side.
      const { clauses, compares, each } = gradeClauses(withoutIntroduction(stripSlackMarkup(asked)));
      // Each clause read alone, asking what the whole question asks (a grade), of the part it names itself.
      const eachClause = (clauses.length > 1 ? clauses : []).map((clause) => {
        const alone = this.understander.understand(clause, { ...(options.part ? { part: options.part } : {}), scopeOf });
        const clauseScope = { part: alone.part, reportIds, scope: this.index.scope(reportIndexes, alone.part) };
        // Whether it asks for an overall verdict is the clause's own: "was health rated higher than the overall verdict?".
        const clauseIntent = { ...intent, overallAsked: alone.intent.overallAsked };
        const statement = /[.!]\s*$/.test(clause);
        return {
          understood: { ...alone, intent: clauseIntent },
          scope: clauseScope,
          asks: alone.intent.grade || alone.intent.gradeHint,
          lists: alone.intent.listing,
          statement,
          refersBack: !statement && REFERS_BACK.test(clause),
        };
      });
      let graded = this.lookups.grade(understood, scope, { clauses: eachClause, compares, each: each === true });
      if (graded && scales.length > 0) {
        // "What do the grades mean?" names no graded area: the scale answers it alone.
        const everyJudgement = this.judgements.filter((j) => reportIds.has(j.report)).length;
        if ((graded.judgements?.length ?? 0) >= everyJudgement) graded = null;
        else {
          const shown = new Set((graded.results ?? []).map((c) => `${c.report} ${c.paragraph}`));
          graded.results = [...(graded.results ?? []), ...scaleCitations().filter((c) => !shown.has(`${c.report} ${c.paragraph}`))];
        }
      }
      if (graded) {
        graded.results = this.withBestMatch(graded.results ?? [], concepts, understood, inScope);
        const found = looked('grade', graded, understood);
        // "Did CAMHS get its own rating?", "what did Merton get?": the judgements shown are the closest the report comes.
        const missing = this.lookups.shortfall(understood, graded, otherAuthority);
        if (missing) found.answer = { ...found.answer, kind: 'closest', answered: false, missing };
        return found;
      }
    }
    if (scales.length > 0) return looked('scale', { results: scaleCitations() }, understood);
    if (intent.recommendation) {
      const recommended = this.lookups.recommendation(understood, scope);
      if (recommended) {
        const found = looked('recommendation', recommended, understood);
        // "What's the budget for the improvement plan?" asks for an amount, not for what must be done:
        // recommendations that give none are the closest the report comes. Their timescales answer "by
        // when", not "when is Ofsted due back?".
        const expected = intent.expected;
        const holds = (c: Citation) => holdsExpected(c.text, expected!, this.doc(c.report, c.paragraph)?.report.published ?? '');
        if (expected && (expected !== 'date' || !DEADLINE_ASKED.test(asked)) && !(recommended.results ?? []).some(holds)) {
          found.answer = { ...found.answer, kind: 'closest', answered: false, missing: MISSING[expected] };
        }
        return found;
      }
    }

    const searched = intent.grade ? gradeSubject(concepts) : concepts;
    const searchedUnderstanding = { ...understood, concepts: searched };
    const ranked = this.rank(searched, searchedUnderstanding, inScope);
    const shown = this.cut(ranked);
    const features = decisionFeatures(ranked, searchedUnderstanding);
    let decision = decide(features, shown, intent.expected, this.model, intent.grade);
    // "What was the under-18 conception rate in 2011?": a figure for a year no paragraph shown gives one for.
    if (decision.kind !== 'nothing' && !decision.missing && (intent.figureWanted || intent.counting)) {
      const year = yearsNamed(asked, this.ownYears).find((y) => !shown.some((s) => holdsYear(s.doc.paragraph.text, y)));
      if (year !== undefined) decision = { ...decision, kind: 'closest', missing: noFigureFor(year) };
    }
    if (otherAuthority && decision.kind === 'answered' && (intent.grade || intent.gradeHint || COMPARING.test(asked))) {
      decision = { ...decision, kind: 'closest', missing: otherAuthorityMissing(otherAuthority) };
    }
    const answer: Answer = { ...base, kind: decision.kind, answered: decision.kind === 'answered', confidence: round(decision.confidence) };
    if (decision.missing) answer.missing = decision.missing;
    if (decision.kind !== 'nothing') {
      const weights = termWeights(searched, (t) => this.index.rarity(t));
      const verdictFirst = intent.grade ? this.verdictFirst(ranked, shown, reportIds) : null;
      answer.results = (verdictFirst?.shown ?? shown).map((s) => this.withCopies(this.citation(s.doc, s.score, weights), s.doc, inScope));
      if (verdictFirst) answer.judgements = verdictFirst.judgements;
    }
    if (decision.kind !== 'answered') answer.suggestions = this.suggest(searched, ranked);
    return { route: 'search', understood: searchedUnderstanding, ranked, features, decision, answer };
  }

  /**
   * The judgements for an area ("leadership and management", "health"),
   * or every judgement when no area is given, of the reports given or named
   * ("sutton-2012 health", "Sutton health"), else of every report. An
   * unknown area gives an empty list and a message naming the areas that exist.
   */
  grade(area?: string, options: { report?: string | string[] } = {}): GradeAnswer {
    const areas = [...new Set(this.judgements.map((j) => j.area))];
    let query = area?.trim() ?? '';
    const reports = this.reportsAskedOf(query, options.report);
    if (reports && !options.report) query = this.withoutReportNames(query);
    const ids = reports && new Set(reports.map((i) => this.reports[i]!.id));
    const judged = ids ? this.judgements.filter((j) => ids.has(j.report)) : this.judgements;
    if (!query) return { query, judgements: [...judged], areas };
    const exact = judged.filter((j) => j.area.toLowerCase() === query.toLowerCase());
    let judgements = exact;
    if (judgements.length === 0) {
      const concepts = this.understander.concepts(query);
      const part = matchPart(concepts, this.partNames);
      const candidates = part ? judged.filter((j) => j.part === part) : judged;
      judgements = matchAreas(concepts, candidates, { every: true, descriptions: this.areaDescriptions });
      if (judgements.length === 0 && part) judgements = candidates;
    }
    if (judgements.length === 0) {
      return { query, judgements: [], areas, message: `No judged area matches "${query}". The areas are: ${areas.join('; ')}.` };
    }
    return { query, judgements, areas };
  }

  /**
   * The reports a question is asked of: those given (by id or name), else
   * those it names ("in sutton-2012", "does Sutton …", "Sutton's 2012
   * inspection"), else null for every report.
   */
  reportsAskedOf(text: string, given?: string | string[]): number[] | null {
    if (given !== undefined) return [...new Set((Array.isArray(given) ? given : [given]).flatMap((name) => this.findReports(name)))];
    const named = this.reportNames.named(text);
    return named.length > 0 && named.length < this.reports.length ? named : null;
  }

  /**
   * The reports a name means: an id ("sutton-2012", "sutton-2012-2"), or a
   * place with or without a year ("Sutton", "sutton 2012", "London Borough of Sutton").
   */
  findReports(name: string): number[] {
    return this.reportNames.find(name);
  }

  private withoutReportNames(text: string): string {
    return this.reportNames.strip(text);
  }

  /** A paragraph by number: "65", "para 65", "¶65", "paragraph 65", "sutton-2012 65", "sutton-2012-2 65". */
  cite(ref: string | number): CiteAnswer {
    const match = parseParagraphReference(String(ref), reportIdTest(this.reportIndex.keys()));
    if (!match) return { error: `"${ref}" is not a paragraph reference; try "65", "para 65" or "sutton-2012 65".` };
    const { number, report: reportId } = match;
    if (reportId && !this.reportIndex.has(reportId)) {
      return { error: `No report "${reportId}". Reports: ${this.reports.map((r) => r.id).join(', ')}.` };
    }
    const holders = this.reports.filter((r, i) => (!reportId || r.id === reportId) && this.positions[i]!.has(number));
    if (holders.length === 0) {
      const ranges = this.reports
        .filter((r) => !reportId || r.id === reportId)
        .map((r) => `${r.id} has paragraphs 1–${r.paragraphs.length}`);
      return { error: `No paragraph ${number}: ${ranges.join('; ') || 'no reports are loaded'}.` };
    }
    if (holders.length > 1) {
      return { error: `Several reports have a paragraph ${number}; say which, e.g. "${holders[0]!.id} ${number}".` };
    }
    const report = holders[0]!;
    return { paragraph: { ...this.doc(report.id, number)!.paragraph, report: report.id } };
  }

  // ── stages ───────────────────────────────────────────────────────────

  /** Retrieve, then score: the best paragraphs in scope, best first. */
  private rank(concepts: WeightedConcept[], understood: Understanding, scope: Scope): Ranked[] {
    const candidates = retrieve(concepts, this.index, scope, this.tuning);
    let areas = this.tuning.describedAreaBoost === 1 ? undefined : describedAreas(concepts, this.areaDescriptions, (c) => this.namesPart(c));
    // "Why did child protection come out so badly?": a grade asked of no area is the overall verdict's,
    // of the part the question names.
    if (areas && areas.size === 0 && (understood.intent.grade || understood.intent.gradeHint)) {
      const part = understood.part ?? matchPart(concepts, this.partNames, this.partDescriptions);
      areas = part ? new Set([...this.overallAreas].map((area) => `${part}${PATH_JOIN}${area}`)) : this.overallAreas;
    }
    return score(candidates, concepts, understood.intent, this.index, this.tuning, areas);
  }

  /**
   * A grade answer's paragraphs, with the paragraph a search ranks best for the question's words third
   * when the judgement's own first two are not it: the area found may not be the one meant ("does A&E
   * count towards the health grade?"), and the words asked about still find their paragraph.
   */
  private withBestMatch(results: Citation[], concepts: WeightedConcept[], understood: Understanding, scope: Scope): Citation[] {
    if (results.length < 2) return results;
    const searched = gradeSubject(concepts);
    const best = this.rank(searched, { ...understood, concepts: searched }, scope)[0];
    if (!best || results.some((r) => r.report === best.doc.report.id && r.paragraph === best.doc.paragraph.number)) return results;
    const cited = this.citation(best.doc, results[2]?.score ?? 0, termWeights(searched, (t) => this.index.rarity(t)));
    return [...results.slice(0, 2), cited, ...results.slice(2, results.length - 1)];
  }

  /** A report's paragraph by number. */
  private doc(reportId: string, number: number): IndexedParagraph | undefined {
    const r = this.reportIndex.get(reportId);
    const position = r === undefined ? undefined : this.positions[r]!.get(number);
    return position === undefined ? undefined : this.index.paragraph(this.index.idOf(r!, position));
  }

  /**
   * The results worth showing: at most `maxResults`, none far below the
   * best, and a paragraph printed alike in several reports once.
   */
  private cut(ranked: Ranked[]): Ranked[] {
    const top = ranked[0]?.score ?? 0;
    const shown: Ranked[] = [];
    const seen = new Set<number>();
    for (const s of ranked) {
      if (shown.length >= this.tuning.maxResults || s.score < top * this.tuning.minRelativeScore) break;
      if (seen.has(this.index.distinctIdOf(s.doc.id))) continue;
      seen.add(this.index.distinctIdOf(s.doc.id));
      shown.push(s);
    }
    return shown;
  }

  /**
   * A grade asked of an area the question does not name: the judgement the
   * best paragraphs sit under (see {@link GradeEvidence}), with its verdict
   * paragraph first, and that area's judgement in every report asked of.
   */
  private verdictFirst(ranked: Ranked[], shown: Ranked[], reportIds: Set<string>): { shown: Ranked[]; judgements: JudgementResult[] } | null {
    const found = this.gradeEvidence.judgementOf(ranked);
    const number = found?.paragraphs[0];
    const doc = found && number !== undefined ? this.doc(found.report, number) : undefined;
    if (!found || !doc || shown.length === 0) return null;
    const others = this.judgements.filter((j) => j.part === found.part && j.area === found.area && reportIds.has(j.report) && j !== found);
    const rest = shown.filter((s) => s.doc.id !== doc.id).slice(0, this.tuning.maxResults - 1);
    // The verdict may rank below the paragraphs it sums up, or not at all: it is shown at the top score.
    const verdict = ranked.find((s) => s.doc.id === doc.id) ?? { ...shown[0]!, doc };
    return { shown: [verdict, ...rest], judgements: [found, ...others].slice(0, MAX_LISTED) };
  }

  /** The concept only names a part ("safeguarding", "looked after children"). */
  private namesPart(concept: Concept): boolean {
    return concept.alternatives.some((a) => a.terms.every((t) => this.partTerms.has(t)));
  }

  // ── output ───────────────────────────────────────────────────────────

  /** `verdict`: the paragraph states a judgement's verdict in its first sentence, which its snippet keeps. */
  private citation(doc: IndexedParagraph, value: number, matched: MatchedTerms, options: { verdict?: boolean } = {}): Citation {
    const p = doc.paragraph;
    return {
      report: doc.report.id,
      paragraph: p.number,
      part: p.part,
      heading: p.path.join(' › '),
      path: [...p.path],
      grade: p.grade,
      score: round(value),
      text: p.text,
      snippet: snippet(doc.sentences, matched.weights, { phrases: matched.phrases, first: options.verdict === true }),
    };
  }

  /** A citation with the other reports in scope that print the same paragraph. */
  private withCopies(citation: Citation, doc: IndexedParagraph, scope: Scope): Citation {
    const copies = this.index.copiesOf(doc.id).filter((id) => this.index.inScope(id, scope));
    if (copies.length === 0) return citation;
    citation.sameIn = copies.slice(0, SAME_IN_LISTED).map((id) => ({
      report: this.reports[this.index.reportIndexOf(id)]!.id,
      paragraph: this.index.paragraphOf(id).number,
    }));
    if (copies.length > SAME_IN_LISTED) citation.sameInCount = copies.length;
    return citation;
  }

  /** For a question not answered: judged areas and headings close to its words. */
  private suggest(concepts: WeightedConcept[], ranked: Ranked[]): string[] {
    const suggestions: string[] = [];
    const add = (s: string) => {
      if (s && !suggestions.includes(s) && suggestions.length < 5) suggestions.push(s);
    };
    const terms = new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.terms)));
    for (const j of this.judgements) if (nameTerms(j.area).some((t) => terms.has(t))) add(j.area);
    for (const s of ranked.slice(0, 5)) add(s.doc.paragraph.heading);
    if (suggestions.length === 0) for (const j of this.judgements.slice(0, 5)) add(j.area);
    return suggestions;
  }
}

export interface LoadOptions extends EngineOptions {
  /**
   * The folder the index is saved in between runs (`saved-index.ts`), or
   * false to build it in memory only. Default: `.cache/index` in the project.
   */
  savedIndex?: string | false;
  /** Where to say that a saved entry was damaged or could not be written. */
  log?: (line: string) => void;
  /** Told after each report is loaded: how many are done, of how many, and how many were built. */
  progress?: (done: number, total: number, built: number) => void;
  /** Told, before the engine is built, of the files that could not be loaded and of the reports' warnings. */
  issues?: (corpus: Pick<Corpus, 'errors' | 'warnings'>) => void;
}

/** Loads the corpus, from the saved index where it can, and builds the engine over it. Throws when no report loads. */
export function loadEngine(corpusDir?: string, options: LoadOptions = {}): AnswerEngine {
  const tuning = withTuning(options.tuning);
  const saved =
    options.savedIndex === false
      ? undefined
      : new SavedIndex({
          tuning,
          ...(options.savedIndex ? { dir: options.savedIndex } : {}),
          ...(options.log ? { log: options.log } : {}),
          ...(options.progress ? { progress: options.progress } : {}),
        });
  const corpus = loadCorpus(corpusDir, saved ? { cache: saved } : {});
  options.issues?.(corpus);
  if (corpus.reports.length === 0) {
    const why = corpus.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
    throw new Error(`No report could be loaded${why ? ':\n' + why : ''}`);
  }
  const shards = saved ? corpus.reports.map((r) => saved.shardOf(r)) : undefined;
  return new AnswerEngine(corpus.reports, { ...options, ...(shards ? { shards } : {}) });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Words the vocabulary uses, so that spelling correction can land on them too. */
function vocabularyWords(files: VocabularyFile[], glossaries: Record<string, string>[]): string[] {
  const phrases = new Set([
    ...files.flatMap((file) => [...(file.groups ?? []).flat(), ...Object.entries(file.oneWay ?? {}).flatMap(([k, v]) => [k, ...v])]),
    ...glossaries.flatMap((glossary) => Object.entries(glossary).flat()),
  ]);
  return [...phrases].flatMap((p) => tokenize(p).map((t) => t.normal));
}
