/**
 * The answer engine: a question in plain words in, an {@link Answer} out —
 * the report's own paragraphs, numbered, with their grades, or a plain "the
 * report does not say" with suggestions.
 *
 * ```ts
 * const engine = loadEngine();
 * engine.ask('Are LAC health assessments done on time?').results[0]?.paragraph; // 80
 * engine.grade('leadership and management').judgements.length;                 // 2, one per part
 * engine.cite('para 65');                                                        // { paragraph: … }
 * ```
 */
import type {
  Answer,
  CiteAnswer,
  Citation,
  GradeAnswer,
  JudgementResult,
  RecommendationResult,
} from '../answer.js';
import type { Report } from '../report/model.js';
import { loadCorpus } from '../report/corpus.js';
import { curatedAcronyms } from '../report/glossary.js';
import { parseParagraphReference, reportIdTest } from '../report/reference.js';
import { analyse, isStopWord, stem, tokenize } from './analysis.js';
import { matchAreas, matchPart, nameTerms, partClauses } from './areas.js';
import { isEnglishWord } from './english-words.js';
import { ParagraphIndex, type IndexedParagraph } from './paragraph-index.js';
import { readQuestion, type QuestionIntent } from './question.js';
import { alternativeScores, termWeights, totalWeight, type MatchedTerms, type TermScores, type WeightedConcept } from './scoring.js';
import { snippet } from './snippet.js';
import { withTuning, type SearchTuning } from './tuning.js';
import { readVocabularyFile, Vocabulary, type Alternative, type Concept, type VocabularyFile } from './vocabulary.js';

export interface AskOptions {
  /** Only search this part; a part name or words from it, e.g. "looked after children". Default: every part. */
  part?: string;
  /** Only search this report, by id, e.g. "sutton-2012". Default: every report. */
  report?: string;
}

export interface EngineOptions {
  /** Ranking and answer-decision numbers; unset ones keep their defaults ({@link defaultTuning}). */
  tuning?: Partial<SearchTuning>;
  /** The vocabulary; default: read from `data/vocabulary.json`. */
  vocabulary?: VocabularyFile;
}

/** What a question is asked of: a part (or every part), some reports, and the paragraphs that leaves. */
interface Scope {
  part: string | null;
  reportIds: string[];
  inScope: (doc: IndexedParagraph) => boolean;
}

interface Scored {
  doc: IndexedParagraph;
  score: number;
  coverage: number;
  /** A sentence holds both a figure and a word of the question: the paragraph counts something asked about. */
  figureBeside: boolean;
}

/** Words that only say what kind of answer is wanted; searching for them would find noise. */
const GRADE_FRAME = new Set(
  ['grade', 'grades', 'graded', 'grading', 'rated', 'rating', 'ratings', 'judged', 'judgement', 'judgements', 'judgment', 'score', 'scored', 'verdict', 'ofsted', 'fare', 'get', 'got', 'outstanding', 'adequate', 'inadequate', 'area', 'areas', 'which'].map(stem),
);
const RECOMMENDATION_FRAME = new Set(
  ['recommend', 'recommendation', 'recommendations', 'recommended', 'must', 'need', 'needs', 'done', 'action', 'actions', 'required', 'area', 'areas', 'improvement', 'improvements', 'within', 'next', 'steps'].map(stem),
);

const TIMESCALE_FRAME = new Set(['immediately', 'immediate', 'urgent', 'urgently', 'three', 'six', '3', '6', 'month', 'months'].map(stem));


export class AnswerEngine {
  readonly reports: Report[];
  private readonly tuning: SearchTuning;
  private readonly index: ParagraphIndex;
  private readonly vocabulary: Vocabulary;
  private readonly judgements: JudgementResult[];
  private readonly recommendations: RecommendationResult[];
  private readonly partNames: string[];
  /** Terms of the reports' authority names ("london", "borough", "sutton"). */
  private readonly reportNameTerms: Set<string>;
  private readonly paragraphsByReport = new Map<string, Map<number, IndexedParagraph>>();

  constructor(reports: Report[], options: EngineOptions = {}) {
    this.reports = reports;
    this.tuning = withTuning(options.tuning);
    const file = options.vocabulary ?? readVocabularyFile();
    // The curated acronyms join too, whether or not a report writes them: people ask
    // about "the YOT" of a report that only says "youth offending team".
    const glossaries = [curatedAcronyms(), ...reports.map((r) => r.glossary)];
    this.vocabulary = new Vocabulary(file, glossaries, {
      synonym: this.tuning.synonymWeight,
      oneWay: this.tuning.oneWayWeight,
    });
    this.index = new ParagraphIndex(reports, this.tuning, () => vocabularyWords(file, glossaries));
    for (const doc of this.index.paragraphs) {
      let byNumber = this.paragraphsByReport.get(doc.report.id);
      if (!byNumber) this.paragraphsByReport.set(doc.report.id, (byNumber = new Map()));
      byNumber.set(doc.paragraph.number, doc);
    }
    this.judgements = reports.flatMap((r) => r.judgements.map((j) => ({ report: r.id, ...j })));
    this.recommendations = reports.flatMap((r) => r.recommendations.map((x) => ({ report: r.id, ...x })));
    this.partNames = [...new Set(reports.flatMap((r) => r.parts.map((p) => p.name)))];
    this.reportNameTerms = new Set(reports.flatMap((r) => analyse(r.authority)));
  }

  /** Answers a question in plain words (Slack markup allowed). */
  ask(query: string, options: AskOptions = {}): Answer {
    const intent = readQuestion(query);
    const answer: Answer = { query, answered: false, results: [], judgements: [], recommendations: [], suggestions: [] };
    const reportIds = options.report ? [options.report] : this.reports.map((r) => r.id);

    if (intent.paragraph) {
      const cited = this.cite(intent.paragraph.report ? `${intent.paragraph.report} ${intent.paragraph.number}` : intent.paragraph.number);
      if ('error' in cited) return { ...answer, suggestions: [cited.error] };
      const doc = this.paragraphsByReport.get(cited.paragraph.report)!.get(cited.paragraph.number)!;
      return { ...answer, answered: true, results: [this.citation(doc, 1, { weights: new Map(), phrases: [] })] };
    }

    let text = intent.text;
    let part = options.part ? this.findPart(options.part) : null;
    if (!part) {
      for (const clause of partClauses(text)) {
        part = matchPart(this.concepts(clause.words), this.partNames);
        if (part) {
          text = text.replace(clause.clause, ' ');
          break;
        }
      }
    }
    const scoresOf = this.termScoreCache();
    const concepts = this.weigh(this.concepts(text), scoresOf);
    const inScope = (doc: IndexedParagraph) =>
      reportIds.includes(doc.report.id) && (!part || doc.paragraph.part === part);
    const scope: Scope = { part, reportIds, inScope };

    if (intent.scale) {
      // The paragraph that sets out what the grades mean, in each report asked about.
      const scales = this.reports
        .filter((r) => reportIds.includes(r.id) && r.gradeScaleParagraph !== null)
        .map((r) => this.paragraphsByReport.get(r.id)!.get(r.gradeScaleParagraph!)!);
      if (scales.length > 0) {
        const matched = termWeights(concepts, (t) => this.index.rarity(t));
        return { ...answer, answered: true, results: scales.map((doc) => this.citation(doc, 1, matched)) };
      }
    }
    if (intent.grade || intent.gradeHint) {
      const graded = this.answerGrade(answer, intent, concepts, scope);
      if (graded) return graded;
    }
    if (intent.recommendation) {
      const recommended = this.answerRecommendation(answer, intent, concepts, scope);
      if (recommended) return recommended;
    }

    const searchConcepts = concepts.filter((c) => !(intent.grade && isFrame(c, GRADE_FRAME)));
    const ranked = this.rank(searchConcepts, intent, inScope, scoresOf);
    const top = ranked[0];
    // "How many …" is answered by a figure; a best paragraph with none beside what is
    // counted means the report does not give it.
    const figureMissing = intent.figureWanted && this.tuning.countingNeedsFigure && !top?.figureBeside;
    if (!top || figureMissing || !this.answers(top, totalWeight(searchConcepts))) {
      return { ...answer, suggestions: this.suggest(searchConcepts, ranked) };
    }
    const weights = termWeights(searchConcepts, (t) => this.index.rarity(t));
    answer.answered = true;
    answer.results = this.cut(ranked).map((s) => this.citation(s.doc, s.score, weights));
    return answer;
  }

  /**
   * Whether the best paragraph answers the question: it covers enough of the
   * question's meaning — a little less will do when what it covers is a lot
   * (a long question with one word the report does not use).
   */
  private answers(top: Scored, meaning: number): boolean {
    const t = this.tuning;
    if (meaning < t.minMeaning) return false;
    if (top.coverage >= t.answerThreshold) return true;
    return top.coverage >= t.longAnswerThreshold && top.coverage * meaning >= t.longQuestionMeaning;
  }

  /**
   * The judgements for an area ("leadership and management", "health"),
   * or every judgement when no area is given. An unknown area gives an empty
   * list and a message naming the areas that exist.
   */
  grade(area?: string): GradeAnswer {
    const areas = [...new Set(this.judgements.map((j) => j.area))];
    const query = area?.trim() ?? '';
    if (!query) return { query, judgements: [...this.judgements], areas };
    const exact = this.judgements.filter((j) => j.area.toLowerCase() === query.toLowerCase());
    let judgements = exact;
    if (judgements.length === 0) {
      const concepts = this.concepts(query);
      const part = matchPart(concepts, this.partNames);
      const candidates = part ? this.judgements.filter((j) => j.part === part) : this.judgements;
      judgements = matchAreas(concepts, candidates, { every: true });
      if (judgements.length === 0 && part) judgements = candidates;
    }
    if (judgements.length === 0) {
      return { query, judgements: [], areas, message: `No judged area matches "${query}". The areas are: ${areas.join('; ')}.` };
    }
    return { query, judgements, areas };
  }

  /** A paragraph by number: "65", "para 65", "¶65", "paragraph 65", "sutton-2012 65", "sutton-2012-2 65". */
  cite(ref: string | number): CiteAnswer {
    const match = parseParagraphReference(String(ref), reportIdTest(this.paragraphsByReport.keys()));
    if (!match) return { error: `"${ref}" is not a paragraph reference; try "65", "para 65" or "sutton-2012 65".` };
    const { number, report: reportId } = match;
    if (reportId && !this.paragraphsByReport.has(reportId)) {
      return { error: `No report "${reportId}". Reports: ${this.reports.map((r) => r.id).join(', ')}.` };
    }
    const holders = this.reports.filter(
      (r) => (!reportId || r.id === reportId) && this.paragraphsByReport.get(r.id)?.has(number),
    );
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
    const doc = this.paragraphsByReport.get(report.id)!.get(number)!;
    return { paragraph: { ...doc.paragraph, report: report.id } };
  }

  // ── question analysis ────────────────────────────────────────────────

  /** Concepts of a text: words corrected where unknown, stemmed, grouped into vocabulary phrases. */
  private concepts(text: string): Concept[] {
    const terms: string[] = [];
    const labels: string[] = [];
    const corrections = new Map<number, number>();
    /** Position → the term of another word of the same family in the report ("visitor" → "visit"). */
    const families = new Map<number, string>();
    for (const token of tokenize(text)) {
      if (isStopWord(token.normal)) continue;
      let normal = token.normal;
      let term = stem(normal);
      if (this.tuning.familyWeight > 0 && this.index.frequency(term)) {
        const relative = this.index.variant(normal);
        if (relative && stem(relative) !== term && !isStopWord(relative)) families.set(terms.length, stem(relative));
      }
      if (!this.index.frequency(term) && !this.vocabulary.knows(term) && !this.index.knowsWord(normal)) {
        const variant = this.index.variant(normal);
        // A real word the report does not use is not a slip for one it does ("spent" is not "sent").
        const misspelt = !variant && !isEnglishWord(normal);
        let fixed = misspelt ? this.index.correct(normal) : null;
        // Only a slip of one letter may turn a word into a stop word ("afetr" → "after",
        // but not "weather" → "whether").
        if (fixed && fixed.distance > 1 && isStopWord(fixed.word)) fixed = null;
        const completed = misspelt && !fixed ? this.index.complete(normal) : null;
        if (variant) {
          corrections.set(terms.length, this.tuning.variantWeight);
          normal = variant;
        } else if (fixed) {
          corrections.set(terms.length, (this.tuning.typoWeight * normal.length) / (normal.length + fixed.distance));
          normal = fixed.word;
        } else if (completed) {
          corrections.set(terms.length, this.tuning.prefixWeight);
          normal = completed;
        }
        term = stem(normal);
        if (isStopWord(normal)) continue;
      }
      terms.push(term);
      labels.push(token.word);
    }
    let concepts = this.vocabulary.concepts(terms, labels);
    if (families.size > 0) {
      concepts = concepts.map((concept) => {
        const family = concept.span.length === 1 ? families.get(concept.span.start) : undefined;
        if (!family || concept.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === family)) return concept;
        const alternative = { terms: [family], weight: this.tuning.familyWeight, label: family, source: 'synonym' as const };
        return { ...concept, alternatives: [...concept.alternatives, alternative] };
      });
    }
    if (corrections.size === 0) return concepts;
    // Corrected words count for less, in every form they take.
    return concepts.map((concept) => {
      const { start, length } = concept.span;
      let factor = 1;
      for (let i = start; i < start + length; i++) factor = Math.min(factor, corrections.get(i) ?? 1);
      if (factor === 1) return concept;
      return {
        ...concept,
        alternatives: concept.alternatives.map((a) => ({ ...a, weight: a.weight * factor, source: a.source === 'question' ? 'correction' : a.source })),
      };
    });
  }

  /**
   * Weighs each concept by how rare it is in any of its forms (BM25's inverse
   * document frequency of the paragraphs holding any form): "children" or
   * "kids" carry little meaning, "Merlin" much. A concept found nowhere
   * carries the most, so that a question about something the report never
   * mentions is not answered.
   */
  private weigh(concepts: Concept[], scoresOf: TermScores = this.termScoreCache()): WeightedConcept[] {
    const holdersOf = (alternative: Alternative) => {
      const [first, ...rest] = alternative.terms;
      const ids: number[] = [];
      if (first !== undefined) for (const id of scoresOf(first).keys()) if (rest.every((t) => scoresOf(t).has(id))) ids.push(id);
      return ids;
    };
    return concepts.map((original) => {
      let concept = original;
      const [own, ...others] = concept.alternatives;
      // The question's word is not in the report ("IROs", "kids"): its other forms are all
      // there is to find, so they count in full.
      if (own?.source === 'question' && others.length > 0 && holdersOf(own).length === 0) {
        concept = { ...concept, alternatives: [own, ...others.map((a) => ({ ...a, weight: Math.max(a.weight, 1) }))] };
      }
      const holders = new Set<number>();
      for (const alternative of concept.alternatives) for (const id of holdersOf(alternative)) holders.add(id);
      let weight =
        holders.size === 0
          ? this.tuning.unknownWeight
          : Math.min(this.tuning.maxConceptWeight, this.index.rarityOfCount(holders.size));
      if (concept.alternatives[0]!.terms.every((t) => this.reportNameTerms.has(t))) weight *= this.tuning.reportNameWeight;
      return { ...concept, weight };
    });
  }

  /** Term → BM25 score per paragraph, computed once per question. */
  private termScoreCache(): TermScores {
    const cache = new Map<string, Map<number, number>>();
    return (term: string) => {
      let scores = cache.get(term);
      if (!scores) cache.set(term, (scores = this.index.termScores(term)));
      return scores;
    };
  }

  /** The concept only names a part ("safeguarding", "looked after children"). */
  private namesPart(concept: Concept): boolean {
    const partTerms = new Set(this.partNames.flatMap((name) => analyse(name)));
    return concept.alternatives.some((a) => a.terms.every((t) => partTerms.has(t)));
  }

  private findPart(name: string): string | null {
    const exact = this.partNames.find((p) => p.toLowerCase() === name.trim().toLowerCase());
    return exact ?? matchPart(this.concepts(name), this.partNames);
  }

  // ── ranking ──────────────────────────────────────────────────────────

  /** Paragraphs ranked by matched meaning: BM25 per concept (its best form), times coverage. */
  private rank(
    concepts: WeightedConcept[],
    intent: QuestionIntent,
    inScope: (doc: IndexedParagraph) => boolean,
    scoresOf: TermScores = this.termScoreCache(),
  ): Scored[] {
    const t = this.tuning;
    const total = totalWeight(concepts);
    if (total === 0) return [];
    const raw = new Map<number, number>();
    const credit = new Map<number, number>();
    for (const concept of concepts) {
      const best = new Map<number, { score: number; credit: number }>();
      for (const alternative of concept.alternatives) {
        const perDoc = alternativeScores(alternative, scoresOf, t, (id) => this.index.paragraphs[id]!);
        for (const [id, s] of perDoc) {
          const current = best.get(id);
          const score = s.score * alternative.weight;
          const c = s.share * alternative.weight;
          if (!current) best.set(id, { score, credit: c });
          else {
            current.score = Math.max(current.score, score);
            current.credit = Math.max(current.credit, c);
          }
        }
      }
      for (const [id, b] of best) {
        raw.set(id, (raw.get(id) ?? 0) + b.score);
        credit.set(id, (credit.get(id) ?? 0) + Math.min(1, b.credit) * concept.weight);
      }
    }
    const headingTerms = new Set(concepts.flatMap((c) => c.alternatives[0]!.terms));
    // What a counting question counts: its weightiest concepts, not "children" beside them.
    const countedWeight = Math.min(0.5, 0.5 * Math.max(...concepts.map((c) => c.weight)));
    const scored: Scored[] = [];
    for (const [id, score] of raw) {
      const doc = this.index.paragraphs[id]!;
      if (!inScope(doc)) continue;
      const coverage = (credit.get(id) ?? 0) / total;
      let final = score * Math.pow(coverage, t.coverageExponent);
      const holds = (terms: Set<string>) =>
        doc.figures > 0 &&
        concepts.some((c) => c.weight >= countedWeight && c.alternatives.some((a) => a.terms.every((term) => terms.has(term))));
      const figureBeside = holds(doc.countedTerms);
      // The share of what the question counts that stands beside a figure in the paragraph.
      const countedShare = (terms: Set<string>) => {
        let beside = 0;
        let all = 0;
        for (const c of concepts) {
          if (c.weight < countedWeight) continue;
          all += c.weight;
          if (c.alternatives.some((a) => a.terms.every((term) => terms.has(term)))) beside += c.weight;
        }
        return all > 0 ? beside / all : 0;
      };
      if (intent.counting && doc.figures > 0) {
        // Figures beside a word of the question ("153 looked after children"), or a
        // paragraph full of figures, likelier hold the answer than one passing year.
        const richness = Math.min(1, doc.figures / t.figuresForFullBoost);
        final *= (1 + (t.countingBoost - 1) * countedShare(doc.figureTerms)) * (1 + t.figureRichBoost * richness);
      }
      if (doc.sectionLead && namesSection(doc, headingTerms)) final *= t.sectionLeadBoost;
      scored.push({ doc, score: final, coverage, figureBeside });
    }
    scored.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
    return scored;
  }

  /** The results worth showing: at most `maxResults`, none far below the best. */
  private cut(ranked: Scored[]): Scored[] {
    const top = ranked[0]?.score ?? 0;
    return ranked.slice(0, this.tuning.maxResults).filter((s) => s.score >= top * this.tuning.minRelativeScore);
  }

  // ── grade and recommendation questions ───────────────────────────────

  /**
   * Answers a grade question with the judgements it names, or null to search
   * instead. A hinted grade question ("Is partnership working good?") must
   * name a whole judged area or a part.
   */
  private answerGrade(answer: Answer, intent: QuestionIntent, concepts: WeightedConcept[], scope: Scope): Answer | null {
    const { part, reportIds, inScope } = scope;
    const { gradeHint: wholeAreaOnly, gradeNamed, listing } = intent;
    const content = concepts.filter((c) => !isFrame(c, GRADE_FRAME));
    let candidates = this.judgements.filter((j) => reportIds.includes(j.report) && (!part || j.part === part));
    let judgements = matchAreas(content, candidates, { whole: wholeAreaOnly });
    const namedPart = part ?? matchPart(content, this.partNames);
    // "Is it adequate?" names nothing to judge; "Are looked after children's services adequate?" names a part.
    if (wholeAreaOnly && judgements.length === 0 && !namedPart) return null;
    if (namedPart && !part) {
      const inPart = judgements.filter((j) => j.part === namedPart);
      if (inPart.length) judgements = inPart;
    }
    if (judgements.length === 0) {
      // Only frame, grade and part words. "Which areas were judged inadequate?" lists the
      // judgements of that grade; "Is safeguarding good?" and "How was safeguarding rated?"
      // want the part's overall judgement; "What grades did Sutton get?" every judgement.
      const meaningful = content.filter((c) => c.weight > 1 && !this.namesPart(c));
      if (meaningful.length > 0) return null;
      if (namedPart) candidates = candidates.filter((j) => j.part === namedPart);
      const overall = candidates.filter((j) => /^overall/i.test(j.area));
      if (gradeNamed && (listing || !namedPart)) judgements = candidates.filter((j) => j.grade === gradeNamed);
      else judgements = namedPart && overall.length ? overall : candidates;
      if (judgements.length === 0) return null;
    }
    const weights = termWeights(content, (t) => this.index.rarity(t));
    const results: Citation[] = [];
    const seen = new Set<string>();
    const lists = judgements.map((j) => j.paragraphs.map((n) => this.paragraphsByReport.get(j.report)?.get(n)));
    const longest = Math.max(0, ...lists.map((l) => l.length));
    // One paragraph from each judgement in turn, so every part's opening paragraph comes first.
    for (let i = 0; i < longest && results.length < Math.max(this.tuning.maxResults, judgements.length); i++) {
      for (const list of lists) {
        const doc = list[i];
        if (!doc || !inScope(doc) || seen.has(`${doc.report.id}#${doc.paragraph.number}`)) continue;
        seen.add(`${doc.report.id}#${doc.paragraph.number}`);
        results.push(this.citation(doc, 1 / (1 + results.length), weights));
      }
    }
    return { ...answer, answered: true, judgements, results };
  }

  private answerRecommendation(answer: Answer, intent: QuestionIntent, concepts: WeightedConcept[], scope: Scope): Answer | null {
    const { part, reportIds, inScope } = scope;
    const content = concepts.filter((c) => !isFrame(c, RECOMMENDATION_FRAME));
    const namedPart = part ?? matchPart(content, this.partNames);
    const recommendations = this.recommendations.filter(
      (r) =>
        reportIds.includes(r.report) &&
        (!namedPart || r.part === namedPart) &&
        (!intent.timescale || r.timescale === intent.timescale),
    );
    if (recommendations.length === 0) return null;
    // The subject of the question beyond its timescale and part ("CAMHS" in "what must be done
    // about CAMHS within three months"): what snippets mark and what further paragraphs are about.
    const subject = content.filter((c) => !isFrame(c, TIMESCALE_FRAME) && !this.namesPart(c));
    const weights = termWeights(subject, (t) => this.index.rarity(t));
    // A recommendation's relevance: the weight of the question's concepts it holds in full, in any form.
    const relevance = (text: string) => {
      const terms = this.termsOf(text);
      return content.reduce(
        (sum, c) => sum + (c.alternatives.some((a) => a.terms.every((t) => terms.has(t))) ? c.weight : 0),
        0,
      );
    };
    const ranked = recommendations
      .map((r, order) => ({ r, order, relevance: relevance(r.text) }))
      .sort((a, b) => b.relevance - a.relevance || a.order - b.order)
      .map((x) => x.r);
    // The paragraphs that introduce the lists come first, the most relevant list first.
    const introScores = new Map<string, number>();
    for (const r of ranked) {
      const key = `${r.report}#${r.paragraph}`;
      introScores.set(key, (introScores.get(key) ?? 0) + relevance(r.text) + 1e-6);
    }
    const intros = [...introScores.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    const results: Citation[] = [];
    for (const key of intros) {
      const [report, number] = key.split('#') as [string, string];
      const doc = this.paragraphsByReport.get(report)?.get(Number(number));
      if (doc) results.push(this.citation(doc, 1 / (1 + results.length), weights));
    }
    // Then paragraphs about the subject of the question, if it names one.
    const inPart = (doc: IndexedParagraph) => inScope(doc) && (!namedPart || doc.paragraph.part === namedPart);
    for (const s of subject.length ? this.cut(this.rank(subject, intent, inPart)) : []) {
      if (results.length >= this.tuning.maxResults) break;
      if (results.some((r) => r.report === s.doc.report.id && r.paragraph === s.doc.paragraph.number)) continue;
      results.push(this.citation(s.doc, s.score / (1 + results.length * 100), weights));
    }
    return { ...answer, answered: true, recommendations: ranked, results };
  }

  private readonly termSets = new Map<string, Set<string>>();

  /** The index terms of a recommendation's text, analysed once. */
  private termsOf(text: string): Set<string> {
    let terms = this.termSets.get(text);
    if (!terms) this.termSets.set(text, (terms = new Set(tokenize(text).map((t) => stem(t.normal)))));
    return terms;
  }

  // ── output ───────────────────────────────────────────────────────────

  private citation(doc: IndexedParagraph, score: number, matched: MatchedTerms): Citation {
    const p = doc.paragraph;
    return {
      report: doc.report.id,
      paragraph: p.number,
      part: p.part,
      heading: p.path.join(' › '),
      path: [...p.path],
      grade: p.grade,
      score: Math.round(score * 1000) / 1000,
      text: p.text,
      snippet: snippet(doc.sentences, matched.weights, { phrases: matched.phrases }),
    };
  }

  /** For an unanswered question: judged areas and headings close to its words. */
  private suggest(concepts: WeightedConcept[], ranked: Scored[]): string[] {
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

/** Loads the corpus and builds the engine over it. Throws when no report loads. */
export function loadEngine(corpusDir?: string, options?: EngineOptions): AnswerEngine {
  const corpus = loadCorpus(corpusDir);
  if (corpus.reports.length === 0) {
    const why = corpus.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
    throw new Error(`No report could be loaded${why ? ':\n' + why : ''}`);
  }
  return new AnswerEngine(corpus.reports, options);
}

// ── helpers ────────────────────────────────────────────────────────────

function isFrame(concept: Concept, frame: Set<string>): boolean {
  const own = concept.alternatives[0]!.terms;
  return own.length === 1 && frame.has(own[0]!);
}

/** The question names the paragraph's section: all of the section heading's distinctive terms are asked for. */
function namesSection(doc: IndexedParagraph, asked: Set<string>): boolean {
  const terms = nameTerms(doc.paragraph.heading);
  return terms.length > 0 && terms.every((t) => asked.has(t));
}

/** Words the vocabulary uses, so that spelling correction can land on them too. */
function vocabularyWords(file: VocabularyFile, glossaries: Record<string, string>[]): string[] {
  const phrases = [
    ...(file.groups ?? []).flat(),
    ...Object.entries(file.oneWay ?? {}).flatMap(([k, v]) => [k, ...v]),
    ...glossaries.flatMap((glossary) => Object.entries(glossary).flat()),
  ];
  return phrases.flatMap((p) => tokenize(p).map((t) => t.normal));
}
