/**
 * Finding the judged areas and the report parts that a question names,
 * by their index terms, so that "leadership and managment" and "LAC
 * services" find "Leadership and management" and "Services for looked after
 * children".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths.js';
import type { Judgement } from '../report/model.js';
import { analyse } from './analysis.js';
import { type Alternative, type Concept, isAcronym } from './vocabulary.js';

/**
 * Everyday descriptions of judged areas, by area name, each as its index
 * terms: "led" and "in charge" describe "Leadership and management".
 * `contributions` names, for an area judged as some services' part in
 * another area, that other area (see {@link AreasFile}).
 */
export type AreaDescriptions = Map<string, string[][]> & { contributions?: ReadonlyMap<string, string> };

export const defaultAreasFile = join(dataDir, 'areas.json');

/**
 * What `data/areas.json` holds, each name as its index terms:
 * - `areas`: everyday descriptions of judged areas (`{ [area]: [description, …] }`);
 * - `parts`: everyday names of report parts (`{ [part]: [name, …] }`): "child
 *   protection" names "Safeguarding services";
 * - `services`: the services, teams and professions an area covers but no
 *   report grades on their own (`[name, …]`): "the virtual school", "GPs";
 * - `practice`: the areas whose descriptions name the work itself (social
 *   work, assessments, plans), which other areas oversee (`[area, …]`):
 *   "checks on social work" asks about quality assurance;
 * - `partnership`: the areas of agencies working together (`[area, …]`): the
 *   services a question lists as working together ("the council, police,
 *   health and charities") are the partners, not areas of their own;
 * - `outcomes`: the areas judged as outcomes for children (`[area, …]`):
 *   "which of the outcomes for children in care did best?" asks among them;
 * - `contributions`: the areas judged as some services' part in another area
 *   (`{ [area]: other area }`): "what did the NHS get for protecting kids from
 *   harm?" describes the health agencies and keeping children safe, and asks
 *   about the health agencies' contribution to it, not safety alone.
 */
export interface AreasFile {
  areas: AreaDescriptions;
  parts: AreaDescriptions;
  services: string[][];
  practice: ReadonlySet<string>;
  partnership: ReadonlySet<string>;
  outcomes: ReadonlySet<string>;
}

/** Reads `data/areas.json` once (see {@link AreasFile}); a missing file describes nothing. */
export function readAreasFile(file: string = defaultAreasFile): AreasFile {
  let parsed: {
    areas?: Record<string, string[]>;
    parts?: Record<string, string[]>;
    services?: string[];
    practice?: string[];
    partnership?: string[];
    outcomes?: string[];
    contributions?: Record<string, string>;
  };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { areas: new Map(), parts: new Map(), services: [], practice: new Set(), partnership: new Set(), outcomes: new Set() };
    throw error;
  }
  // Concepts hold a word repeated at once only once: "day to day" is read as "day".
  const termsOf = (names: string[]) => names.map((d) => analyse(d).filter((t, i, all) => t !== all[i - 1])).filter((terms) => terms.length > 0);
  const described = (entries: Record<string, string[]> = {}): AreaDescriptions =>
    new Map(Object.entries(entries).map(([name, names]) => [name, termsOf(names)]));
  return {
    areas: Object.assign(described(parsed.areas), { contributions: new Map(Object.entries(parsed.contributions ?? {})) }),
    parts: described(parsed.parts),
    services: termsOf(parsed.services ?? []),
    practice: new Set(parsed.practice ?? []),
    partnership: new Set(parsed.partnership ?? []),
    outcomes: new Set(parsed.outcomes ?? []),
  };
}

/** The everyday descriptions of the judged areas in `data/areas.json` (see {@link AreasFile}). */
export function readAreaDescriptions(file: string = defaultAreasFile): AreaDescriptions {
  return readAreasFile(file).areas;
}

/** Whether the question names one of these, as one concept in any of its forms or a run of whole concepts. */
export function namesAny(concepts: Concept[], names: string[][]): boolean {
  return conceptsNamingAny(concepts, names).size > 0;
}

/** The concepts that name one of these (see {@link namesAny}): "secondary" and "schools" name the secondary schools. */
export function conceptsNamingAny(concepts: Concept[], names: string[][]): Set<Concept> {
  const naming = new Set<Concept>();
  if (names.length === 0) return naming;
  const byFirstTerm = namesByFirstTerm(names);
  concepts.forEach((c, i) => {
    if (c.alternatives.some((a) => byFirstTerm.get(a.terms[0]!)?.some((n) => sameTerms(a.terms, n)))) naming.add(c);
    // A run from here starts with a form of this concept.
    for (const a of c.alternatives) for (const n of byFirstTerm.get(a.terms[0]!) ?? []) for (const r of runAt(concepts, i, n)) naming.add(r);
  });
  return naming;
}

/** Names by their first term, worked out once per list of names. */
const namesByFirst = new WeakMap<string[][], Map<string, string[][]>>();
function namesByFirstTerm(names: string[][]): Map<string, string[][]> {
  let byFirst = namesByFirst.get(names);
  if (!byFirst) {
    byFirst = new Map();
    for (const n of names) {
      const first = byFirst.get(n[0]!);
      if (first) first.push(n);
      else byFirst.set(n[0]!, [n]);
    }
    namesByFirst.set(names, byFirst);
  }
  return byFirst;
}

/**
 * How fully one of an area's descriptions names it in a question: the most
 * terms of a description the question holds, or 0. A description is held as
 * a run of the question's own words, or as the whole of one of its concepts
 * in any form ("inspections of LAC services' leadership" does not hold
 * "led"; "how well is it led" does). It counts only when it touches enough
 * of what the question is about (`leastExplained`, half unless a search only
 * favours its section): "how many child protection conference
 * reports were rated inadequate?" mentions protection but is not asking how
 * safe children are.
 */
function describedTerms(
  area: string,
  concepts: Concept[],
  descriptions: AreaDescriptions,
  aside?: (concept: Concept) => boolean,
  leastExplained = MOST_EXPLAINED,
): number {
  const own = descriptions.get(area);
  if (!own) return 0;
  // "What did the NHS get for protecting kids?": the services named, the area they contribute to describes
  // the rest; unless the question names that area by its own name ("for GPs: how was 'children are safe' graded?").
  const contributedTo = descriptions.contributions?.get(area);
  // Every way of holding a description needs each of its terms in some form of the question.
  const present = descriptionsPresent(concepts, descriptions);
  const ownPresent = present.get(area) ?? [];
  const borrowed = contributedTo && !namesMostOfArea(contributedTo, concepts) ? (present.get(contributedTo) ?? []) : [];
  const candidates = borrowed.length > 0 ? [...ownPresent, ...borrowed] : ownPresent;
  if (candidates.length === 0) return 0;
  const sequence = concepts.flatMap((c) => c.alternatives[0]!.terms);
  // Another form of a concept, or one read past its generic words ("keeping children safe" → "keeping
  // safe"), holds a description of several words. A one-word description must be the question's own
  // word, or the sense of a phrase of several ("keep tabs on" → "monitoring"): "abuse" read as "harm"
  // is no question about harm, and "child protection" → "protection" is none.
  // A phrase known only as written ("do well at school") is one term of several words.
  const isPhrase = (own: string[]) => own.length > 1 || own[0]!.startsWith('=');
  const forms = concepts.flatMap((c) => c.alternatives.map((a) => ({ terms: a.terms, phrase: isPhrase(c.alternatives[0]!.terms) })));
  const formHolds = (terms: string[]) =>
    forms.some((f) => (terms.length > 1 || (f.phrase && f.terms.length === 1)) && (sameTerms(f.terms, terms) || sameTerms(distinctive(f.terms), terms)));
  const boundaries = conceptBoundaries(concepts);
  const holds = (terms: string[]) =>
    holdsRun(sequence, terms, boundaries) || formHolds(terms) || holdsApart(concepts, terms);
  const hits = candidates.filter(holds);
  if (!hits.some((h) => own.includes(h))) return 0;
  const held = new Set(hits.flat());
  const explains = (c: Concept) => c.alternatives.some((a) => a.terms.some((t) => held.has(t)));
  // Words common in the reports ("care", "help", "support") say little of what is asked and need no explaining.
  const relevant = concepts.filter(
    (c) =>
      explains(c) ||
      (!aside?.(c) && !isCommon(c) && c.alternatives[0]!.terms.some((t) => !GENERIC_TERMS.has(t) && !PEOPLE.has(t))),
  );
  const explained = relevant.filter(explains);
  // Nothing else asked about ("keeping children safe" also names the safeguarding part): the description holds.
  if (relevant.length > 0 && explained.length < relevant.length * leastExplained) return 0;
  // "Getting into work, training and college and managing money": each word the descriptions explain counts.
  return Math.max(explained.length, ...hits.map((h) => h.length));
}

/**
 * Each area's descriptions whose every term is in some form of the concepts,
 * worked out once per list of concepts.
 */
const presentDescriptions = new WeakMap<Concept[], Map<AreaDescriptions, Map<string, string[][]>>>();
function descriptionsPresent(concepts: Concept[], descriptions: AreaDescriptions): Map<string, string[][]> {
  let byDescriptions = presentDescriptions.get(concepts);
  if (!byDescriptions) presentDescriptions.set(concepts, (byDescriptions = new Map()));
  let present = byDescriptions.get(descriptions);
  if (!present) {
    present = new Map();
    const terms = termsOf(concepts);
    for (const term of terms) {
      for (const { area, description } of areaDescriptionsByFirstTerm(descriptions).get(term) ?? []) {
        if (!description.every((t) => terms.has(t))) continue;
        const held = present.get(area);
        if (held) held.push(description);
        else present.set(area, [description]);
      }
    }
    byDescriptions.set(descriptions, present);
  }
  return present;
}

/** Every area's descriptions (each of at least one term, see {@link readAreasFile}), by their first term, worked out once. */
const areaDescriptionsByFirst = new WeakMap<AreaDescriptions, Map<string, { area: string; description: string[] }[]>>();
function areaDescriptionsByFirstTerm(descriptions: AreaDescriptions): Map<string, { area: string; description: string[] }[]> {
  let byFirst = areaDescriptionsByFirst.get(descriptions);
  if (!byFirst) {
    byFirst = new Map();
    for (const [area, all] of descriptions) {
      for (const description of all) {
        const first = byFirst.get(description[0]!);
        if (first) first.push({ area, description });
        else byFirst.set(description[0]!, [{ area, description }]);
      }
    }
    areaDescriptionsByFirst.set(descriptions, byFirst);
  }
  return byFirst;
}

/** Every term of every form of the concepts, worked out once per list of concepts. */
const termSets = new WeakMap<Concept[], Set<string>>();
function termsOf(concepts: Concept[]): Set<string> {
  let terms = termSets.get(concepts);
  if (!terms) {
    terms = new Set();
    for (const c of concepts) for (const a of c.alternatives) for (const t of a.terms) terms.add(t);
    termSets.set(concepts, terms);
  }
  return terms;
}

/**
 * The judged areas a question describes in everyday words ("doing at
 * school" → "Enjoying and achieving"), by the rule for a grade question's area
 * (see {@link describedTerms}) with less of the question to explain (see
 * {@link SOME_EXPLAINED}): what a search may favour the sections of.
 */
export function describedAreas(concepts: Concept[], descriptions: AreaDescriptions, aside?: (concept: Concept) => boolean): Set<string> {
  const areas = new Set<string>();
  for (const area of descriptions.keys()) if (describedTerms(area, concepts, descriptions, aside, SOME_EXPLAINED) > 0) areas.add(area);
  return areas;
}

/** The share of what a question is about that an area's description must explain to name it. */
const MOST_EXPLAINED = 1 / 2;
/**
 * The same, for the sections a search favours (see {@link describedAreas}): a question asked in many
 * words ("why did the managers' checks of looked after children cases not make the work any better?")
 * explains less of itself, and a favoured section only raises scores.
 */
const SOME_EXPLAINED = 1 / 3;

/** A weighed concept the reports use so often that it carries little of a question's meaning. */
const isCommon = (c: Concept) => ((c as { weight?: number }).weight ?? Infinity) < COMMON_WEIGHT;
/** The weight (rarity) below which a concept is common: "care", "help" and "children" are; "social workers" is not. */
const COMMON_WEIGHT = 1;

const sameTerms = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** Whom a question is about, not what: "how were care leavers' jobs rated?" is about jobs. */
const PEOPLE = new Set(analyse('care leavers kids families parents carers teenagers youngsters babies adolescents pupils'));

const distinctive = (terms: string[]) => terms.filter((t) => !GENERIC_TERMS.has(t));

/**
 * Whether the sequence holds the run, starting and ending where concepts do:
 * "independence" describes a care leaver's prospects, but not inside
 * "independent reviewing officers"; "protected" describes safety, but not
 * inside "child protection".
 */
function holdsRun(sequence: string[], run: string[], boundaries: Set<number>): boolean {
  for (let i = 0; i + run.length <= sequence.length; i++) {
    if (boundaries.has(i) && boundaries.has(i + run.length) && run.every((t, k) => sequence[i + k] === t)) return true;
  }
  return false;
}

/**
 * The concepts that lie in a run of whole concepts spelling out a description
 * of at least `leastTerms` words (default 2): "the standard of the work" holds
 * "standard of work", so "standard" there says what is graded, not only that
 * a grade is asked.
 */
export function conceptsInDescriptions(concepts: Concept[], descriptions: ReadonlyMap<string, string[][]>, leastTerms = 2): Set<Concept> {
  const inside = new Set<Concept>();
  const starts: number[] = [];
  let at = 0;
  for (const c of concepts) {
    starts.push(at);
    at += c.alternatives[0]!.terms.length;
  }
  const sequence = concepts.flatMap((c) => c.alternatives[0]!.terms);
  const byFirstTerm = descriptionsByFirstTerm(descriptions);
  for (let i = 0; i < sequence.length; i++) {
    const first = starts.indexOf(i);
    if (first < 0) continue;
    for (const terms of byFirstTerm.get(sequence[i]!) ?? []) {
      if (terms.length < leastTerms || i + terms.length > sequence.length) continue;
      const last = starts.indexOf(i + terms.length);
      if ((last < 0 && i + terms.length !== sequence.length) || !terms.every((t, k) => sequence[i + k] === t)) continue;
      for (let k = first; k < (last < 0 ? concepts.length : last); k++) inside.add(concepts[k]!);
    }
  }
  return inside;
}

/** Every description, by its first term, worked out once per set of descriptions. */
const descriptionsByFirst = new WeakMap<ReadonlyMap<string, string[][]>, Map<string, string[][]>>();
function descriptionsByFirstTerm(descriptions: ReadonlyMap<string, string[][]>): Map<string, string[][]> {
  let byFirst = descriptionsByFirst.get(descriptions);
  if (!byFirst) {
    byFirst = namesByFirstTerm([...descriptions.values()].flat());
    descriptionsByFirst.set(descriptions, byFirst);
  }
  return byFirst;
}

/** Most concepts between two words of a description held apart. */
const MAX_GAP = 2;

/**
 * Whether the concepts hold a description of several words one word to a
 * concept, in order, a few concepts apart: "keeping vulnerable kids safe"
 * holds "keeping safe". A word or phrase read as another ("kids" as
 * "children", "are protected" as "protect", "abuse" as "harm") holds that
 * word: "keeping kids away from abuse" holds "keeping children from harm".
 */
function holdsApart(concepts: Concept[], terms: string[]): boolean {
  if (terms.length < 2) return false;
  const words = concepts.map((c) => {
    const own = c.alternatives[0]!.terms;
    if (own.length !== 1) return new Set<string>();
    return new Set([own[0]!, ...c.alternatives.slice(1).flatMap((a) => (a.terms.length === 1 ? a.terms : []))]);
  });
  const from = (k: number, after: number): boolean => {
    if (k === terms.length) return true;
    const last = k === 0 ? words.length - 1 : Math.min(words.length - 1, after + MAX_GAP + 1);
    for (let i = after + 1; i <= last; i++) if (words[i]!.has(terms[k]!) && from(k + 1, i)) return true;
    return false;
  };
  return from(0, -1);
}

/** Where each concept starts in the concepts' own terms laid end to end, and where the last ends. */
function conceptBoundaries(concepts: Concept[]): Set<number> {
  const boundaries = new Set([0]);
  let at = 0;
  for (const c of concepts) boundaries.add((at += c.alternatives[0]!.terms.length));
  return boundaries;
}

/** Words in area and part names that say nothing about which one is meant. */
const GENERIC_TERMS = new Set(analyse('children young people child services service including the and of for to working keeping need needs'));

/** The distinctive index terms of an area or part name. */
export function nameTerms(name: string): string[] {
  let terms = nameTermCache.get(name);
  if (!terms) {
    terms = [...new Set(analyse(name).filter((t) => !GENERIC_TERMS.has(t)))];
    nameTermCache.set(name, terms);
  }
  return terms;
}
const nameTermCache = new Map<string, string[]>();

/** Two terms name the same thing, allowing for a stem's other endings ("health" / "healthi"). */
function sameTerm(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < 4 || long.length - short.length > 2 || !long.startsWith(short)) return false;
  // Who does a thing is not the thing: a "worker" is no "working", a "carer" no "care".
  return !/^e?r$/.test(long.slice(short.length));
}

/**
 * How many of a name's terms the question holds: any word of the question's
 * own, or a whole other form of one of its concepts ("QA" → "quality
 * assurance"), but not a word of another form alone ("jobs" → "work
 * experience" does not name "Partnership working").
 */
function matchedTerms(name: string[], concepts: Concept[]): number {
  let matched = 0;
  for (const term of name) {
    const holds = (a: Alternative, i: number) => a.terms.some((t) => sameTerm(t, term)) && (i === 0 || withinName(a.terms, name));
    if (concepts.some((c) => c.alternatives.some(holds))) matched++;
  }
  return matched;
}

/** Whether a form has distinctive terms, each of them a term of the name. */
function withinName(terms: string[], name: string[]): boolean {
  let distinctive = false;
  for (const t of terms) {
    if (GENERIC_TERMS.has(t)) continue;
    if (!name.some((n) => sameTerm(t, n))) return false;
    distinctive = true;
  }
  return distinctive;
}

export interface AreaMatching {
  /**
   * The question only hints at a grade ("how well did … do?"): an area
   * counts only when the question holds all of its terms, or at least two
   * and half of them. Default: false.
   */
  hinted?: boolean;
  /**
   * Keep every area that matches the most terms, not only those matching the
   * greatest share of their name: a look-up for "health" wants "Being
   * healthy" and "The contribution of health agencies…" alike. Default: false.
   */
  every?: boolean;
  /**
   * Everyday descriptions of the areas (see {@link readAreaDescriptions}): a
   * question holding all of a description's words names its area as fully
   * as its name would, though an area named by more of its own words still
   * wins. Default: none, areas are found by their names alone.
   */
  descriptions?: AreaDescriptions;
  /** Concepts a description need not account for, such as those naming a report's part. Default: none. */
  aside?: (concept: Concept) => boolean;
  /**
   * The concepts that name the part the question asks of (see
   * {@link conceptsNamingPart}): beside "overall" they ask for the part's
   * overall verdict, not an area, and an area's description need not
   * account for them. Default: none.
   */
  namingPart?: Set<Concept>;
  /**
   * The areas of the work itself (see {@link AreasFile}): described beside
   * another area ("checks up on its social work"), they are what that area
   * oversees, and only their own names name them. Default: none.
   */
  practice?: ReadonlySet<string>;
}

/**
 * The judgements whose area the question names. Areas matching the most of
 * their terms win; among them, the one matching the greatest share, with ties
 * (the same area in two parts, or two equally named areas) all kept.
 */
export function matchAreas<J extends Pick<Judgement, 'area'>>(
  concepts: Concept[],
  judgements: J[],
  options: AreaMatching = {},
): J[] {
  // "How did health come out overall?": "overall" qualifies the area named, and
  // names "Overall effectiveness" only when the question names no other area.
  const qualified = concepts.filter((c) => !c.alternatives[0]!.terms.every((t) => OVERALL.has(t)));
  if (qualified.length < concepts.length) {
    // "What did they rate Sutton's overall effectiveness? (for the QA sub-group)": the overall area named
    // by its whole name is asked, unless another area is named whole too.
    const wholly = (area: string) => nameTerms(area).length > 1 && namesWholeArea(area, concepts);
    const overallNamed = judgements.filter((j) => nameTerms(j.area).some((t) => OVERALL.has(t)) && wholly(j.area));
    if (overallNamed.length > 0 && !judgements.some((j) => !overallNamed.includes(j) && wholly(j.area))) return overallNamed;
    // "How did they do overall on protecting children?": the words naming the part name no area of it.
    const beside = options.namingPart ? concepts.filter((c) => !options.namingPart!.has(c)) : concepts;
    // Half an area's name beside "overall" ("overall, was provision for kids in care OK?") is only a word.
    const named = matchNamedAreas(qualified.filter((c) => beside.includes(c)), judgements, { ...options, hinted: true });
    if (named.length > 0) return named;
    const overall = matchNamedAreas(beside, judgements, options);
    // However much else the question says ("a constituent is asking … in 2012"), "overall" names this area.
    return overall.length > 0 ? overall : judgements.filter((j) => nameTerms(j.area).some((t) => OVERALL.has(t)));
  }
  return matchNamedAreas(concepts, judgements, options);
}

/** Words that ask for an overall verdict; framing phrases of the same sense ("on the whole") are read as "overall" (see `question.ts`). */
const OVERALL = new Set(analyse('overall headline'));

function matchNamedAreas<J extends Pick<Judgement, 'area'>>(
  concepts: Concept[],
  judgements: J[],
  { hinted = false, every = false, descriptions, aside: asideOf, namingPart, practice }: AreaMatching,
): J[] {
  // The words naming the part asked of ("protecting children") are not what an area's description must explain.
  const aside = namingPart?.size ? (c: Concept) => namingPart.has(c) || (asideOf?.(c) ?? false) : asideOf;
  // An area described before the words describing the work ("keeping an eye on | the standard of its social
  // work") is what is asked of, and the work what it oversees.
  const work = practice?.size && descriptions ? conceptsInDescriptions(concepts, practiceDescriptions(practice, descriptions), 1) : undefined;
  const workAt = work?.size ? concepts.findIndex((c) => work.has(c)) : -1;
  const beforeWork = workAt > 0 ? concepts.slice(0, workAt) : undefined;
  // Many reports judge the same few areas: each name is matched once.
  const byName = new Map<string, { matched: number; share: number; named: { matched: number; share: number } | null }>();
  for (const area of new Set(judgements.map((j) => j.area))) {
    const terms = nameTerms(area);
    const matched = matchedTerms(terms, concepts);
    const named = { matched, share: terms.length ? matched / terms.length : 0 };
    let described = descriptions ? describedTerms(area, concepts, descriptions, aside) : 0;
    if (!described && beforeWork && !practice?.has(area)) described = describedTerms(area, beforeWork, descriptions!, aside);
    byName.set(area, described > 0 ? { matched: Math.max(matched, described), share: 1, named } : { ...named, named: null });
  }
  // "How did they score the way the council checks up on its own social work?": the work is what the checks are of.
  if (practice?.size && [...byName].some(([area, m]) => m.named && !practice.has(area))) {
    for (const area of practice) {
      const m = byName.get(area);
      if (m?.named) byName.set(area, { ...m.named, named: null });
    }
  }
  let best: { matched: number; share: number } = { matched: 0, share: 0 };
  const scored = judgements.map((judgement) => {
    const { matched, share } = byName.get(judgement.area)!;
    if (matched > best.matched || (matched === best.matched && share > best.share)) best = { matched, share };
    return { judgement, matched, share };
  });
  if (best.matched === 0 || (hinted && best.share < 1 && (best.matched < 2 || best.share < 0.5))) return [];
  return scored
    .filter((s) => s.matched === best.matched && (every || s.share >= best.share - 1e-9))
    .sort((a, b) => b.share - a.share)
    .map((s) => s.judgement);
}

/** The concepts that name an area, by a term of its name or of one of its descriptions the question holds. */
export function conceptsNamingArea(area: string, concepts: Concept[], descriptions?: AreaDescriptions): Concept[] {
  const name = nameTerms(area);
  const held = new Set(descriptions ? (descriptionsPresent(concepts, descriptions).get(area) ?? []).flat() : []);
  return concepts.filter((c) => c.alternatives.some((a) => a.terms.some((t) => held.has(t) || name.some((n) => sameTerm(t, n)))));
}

/** The descriptions of the areas of the work itself, gathered once per set of them. */
const practiceDescribed = new WeakMap<ReadonlySet<string>, WeakMap<AreaDescriptions, Map<string, string[][]>>>();
function practiceDescriptions(practice: ReadonlySet<string>, descriptions: AreaDescriptions): Map<string, string[][]> {
  let byDescriptions = practiceDescribed.get(practice);
  if (!byDescriptions) practiceDescribed.set(practice, (byDescriptions = new WeakMap()));
  let described = byDescriptions.get(descriptions);
  if (!described) byDescriptions.set(descriptions, (described = new Map([...practice].map((a) => [a, descriptions.get(a) ?? []]))));
  return described;
}

/**
 * The judgements of every area whose whole name the question holds, when it
 * holds two or more ("LAC overall effectiveness and capacity for
 * improvement: what were they both graded?"), in the order named; else
 * none. An area whose name's terms all lie within another's named too is
 * not counted apart.
 */
export function areasNamedWhole<J extends Pick<Judgement, 'area'>>(concepts: Concept[], judgements: J[]): J[] {
  const named = [...new Set(judgements.map((j) => j.area))]
    .map((area) => ({ area, terms: nameTerms(area) }))
    .filter(({ terms }) => terms.length > 0 && matchedTerms(terms, concepts) === terms.length);
  const distinct = named.filter((a) => !named.some((b) => b !== a && b.terms.length > a.terms.length && a.terms.every((t) => b.terms.includes(t))));
  if (distinct.length < 2) return [];
  const at = (terms: string[]) => concepts.findIndex((c) => matchedTerms(terms, [c]) > 0);
  const order = new Map(distinct.map((a) => [a.area, at(a.terms)]));
  return judgements.filter((j) => order.has(j.area)).sort((a, b) => order.get(a.area)! - order.get(b.area)!);
}

/**
 * Whether the question's own words hold any distinctive term of an area's
 * name: "stretched" read as "capacity" does not name "Capacity for improvement".
 */
export function namesSomeOfArea(area: string, concepts: Concept[]): boolean {
  return nameTerms(area).some((t) => concepts.some((c) => c.alternatives[0]!.terms.includes(t)));
}

/**
 * Whether the question holds most of an area's name, two terms at least:
 * "health's contribution to keeping children safe" names "The contribution
 * of health agencies to keeping children and young people safe".
 */
export function namesMostOfArea(area: string, concepts: Concept[]): boolean {
  const terms = nameTerms(area);
  const matched = matchedTerms(terms, concepts);
  return matched >= 2 && matched * 2 >= terms.length;
}

/**
 * Whether the question holds every distinctive term of an area's name, or
 * one of its everyday descriptions (when given, see {@link AreaMatching}).
 */
export function namesWholeArea(area: string, concepts: Concept[], described: Pick<AreaMatching, 'descriptions' | 'aside'> = {}): boolean {
  const terms = nameTerms(area);
  if (terms.length > 0 && matchedTerms(terms, concepts) === terms.length) return true;
  return described.descriptions ? describedTerms(area, concepts, described.descriptions, described.aside) > 0 : false;
}

/**
 * The part a question names: every distinctive term of the part's name is
 * in the question ("safeguarding" → "Safeguarding services"; "LAC" →
 * "Services for looked after children"), or, when given, one of its everyday
 * names is one of the question's concepts in any form ("child protection";
 * not "child protection plans"). Null when none or more than one.
 */
export function matchPart(concepts: Concept[], parts: string[], descriptions?: AreaDescriptions): string | null {
  const matches = partsNamed(concepts, parts, descriptions);
  return matches.length === 1 ? matches[0]! : null;
}

/** Every part a question names (by the rule of {@link matchPart}), the one it names first first. */
export function partsNamed(concepts: Concept[], parts: string[], descriptions?: AreaDescriptions): string[] {
  return parts
    .map((part) => ({ part, at: Math.min(...[...conceptsNamingPart(concepts, part, descriptions)].map((c) => concepts.indexOf(c))) }))
    .filter((p) => Number.isFinite(p.at))
    .sort((a, b) => a.at - b.at)
    .map((p) => p.part);
}

/**
 * A phrase holding a part's whole name and more that is also spelt as an acronym
 * ("safeguarding board" / "LSCB"): it names that body, not the part.
 */
function namesABody(concept: Concept, nameTerms: string[]): boolean {
  const own = concept.alternatives[0]!.terms;
  return (
    own.length > 1 &&
    nameTerms.every((n) => own.some((t) => sameTerm(t, n))) &&
    own.some((t) => !nameTerms.some((n) => sameTerm(t, n))) &&
    concept.alternatives.some((a) => a.terms.length === 1 && isAcronym(a.label) && !nameTerms.some((n) => sameTerm(a.terms[0]!, n)))
  );
}

/**
 * The concepts that name a part: those holding its name's terms, when they
 * hold all of them, and those spelling one of its everyday names, as one
 * concept in any of its forms ("CP") or a run of whole concepts ("protecting"
 * "children"). Empty when the question does not name the part.
 */
export function conceptsNamingPart(concepts: Concept[], part: string, descriptions?: AreaDescriptions): Set<Concept> {
  const naming = new Set<Concept>();
  const terms = nameTerms(part);
  if (terms.length === 0) return naming;
  const names = descriptions?.get(part) ?? [];
  // "The safeguarding board" (the LSCB) is a body of its own, not the safeguarding part; "looked
  // after children" (LAC) is among the part's everyday names, so it still names the part.
  const byName = descriptions ? concepts.filter((c) => !namesABody(c, terms) || conceptsNamingAny([c], names).size > 0) : concepts;
  if (matchedTerms(terms, byName) === terms.length) for (const c of byName) if (matchedTerms(terms, [c]) > 0) naming.add(c);
  for (const c of conceptsNamingAny(concepts, names)) naming.add(c);
  if (names.length === 0) return naming;
  const byFirstTerm = namesByFirstTerm(names);
  concepts.forEach((c, i) => {
    // "priorities for children | in care": a name begun at the end of a phrase of the question
    // names the part by the concepts that finish it; the phrase stays what it is about.
    const own = c.alternatives[0]!.terms;
    for (let from = 1; from < own.length; from++) {
      for (const n of byFirstTerm.get(own[from]!) ?? []) {
        const tail = own.slice(from);
        if (tail.length <= n.length && tail.every((t, k) => n[k] === t)) for (const r of runAt(concepts, i + 1, n.slice(tail.length))) naming.add(r);
      }
    }
  });
  return naming;
}

/**
 * The concepts from `at` on that, each whole, spell out `terms`; none when they do not. Each is
 * read in its own words, or a single word as one of its other forms ("kids" as "children":
 * "protect kids" is "protecting children").
 */
function runAt(concepts: Concept[], at: number, terms: string[]): Concept[] {
  let k = 0;
  const run: Concept[] = [];
  for (let i = at; i < concepts.length && k < terms.length; i++) {
    // A phrase is read in its own words only: "looked after children" does not spell "children".
    const { alternatives, label } = concepts[i]!;
    const fits = alternatives.find((a, f) => a.terms.length > 0 && a.terms.every((t, j) => terms[k + j] === t) && (f === 0 || !/\s/.test(label)));
    if (!fits) return [];
    run.push(concepts[i]!);
    k += fits.terms.length;
  }
  return k === terms.length ? run : [];
}

/**
 * The part a question names once the words that describe a judged area are
 * set aside: in "were children in care kept safe?", "kept safe" describes
 * an area (and, as "safeguarding", a part too), "children in care" the part.
 * Null when none or more than one.
 */
export function matchPartBesideAreas(
  concepts: Concept[],
  parts: string[],
  descriptions: AreaDescriptions,
  partDescriptions?: AreaDescriptions,
): string | null {
  const described = descriptionKeys(descriptions);
  // Whole concepts only: "child protection" names a part and is no description of safety.
  const rest = concepts.filter((c) => !described.has(c.alternatives[0]!.terms.join(' ')));
  return rest.length < concepts.length ? matchPart(rest, parts, partDescriptions) : null;
}

/** Every description of the areas, each as its terms joined, worked out once per set of descriptions. */
const descriptionKeySets = new WeakMap<AreaDescriptions, Set<string>>();
function descriptionKeys(descriptions: AreaDescriptions): Set<string> {
  let keys = descriptionKeySets.get(descriptions);
  if (!keys) {
    keys = new Set([...descriptions.values()].flat().map((terms) => terms.join(' ')));
    descriptionKeySets.set(descriptions, keys);
  }
  return keys;
}

/** Most words a part's name takes after a possessive ("its looked after children's"). */
const MAX_POSSESSED_WORDS = 4;

/**
 * Clauses that may narrow a question to a part, such as "in looked after
 * children's services" or "for the safeguarding service", shortest first:
 * the words to match against part names, and the clause to remove from the
 * question. A possessive starts one too: in "on Sutton's capacity to improve
 * its safeguarding services" the part is "its safeguarding services", and
 * the capacity to improve is what is asked of it.
 */
export function partClauses(text: string): { clause: string; words: string }[] {
  const clauses: { clause: string; words: string }[] = [];
  for (const end of text.matchAll(/\s+(?:services?|part|section|half|side)\b/gi)) {
    const before = text.slice(0, end.index);
    const prepositions = [...before.matchAll(/\b(?:(?:in|on|for|of|within|across|by|from)\s+(?:the\s+)?|(?:its|their|our)\s+)/gi)].reverse();
    for (const preposition of prepositions) {
      const words = before.slice((preposition.index ?? 0) + preposition[0].length).trim();
      // A clause ends at a comma: "worse on quality assurance, the looked after service or …".
      if (!words || words.split(/\s+/).length > 6 || /[,;:]/.test(words)) break;
      // A possessive starts only a short name: "our ability to turn the safeguarding service around" is no part's name.
      if (/^(?:its|their|our)\s/i.test(preposition[0]) && words.split(/\s+/).length > MAX_POSSESSED_WORDS) continue;
      clauses.push({ clause: text.slice(preposition.index, (end.index ?? 0) + end[0].length), words });
    }
  }
  return clauses;
}
