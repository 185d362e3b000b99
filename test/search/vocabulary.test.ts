import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/search/analysis.js';
import { defaultThesaurusFile, defaultVocabularyFile, readVocabularyFile, Vocabulary, type Concept } from '../../src/search/vocabulary.js';

const forms = (concept: Concept | undefined) => concept?.alternatives.map((a) => a.terms.join(' ')) ?? [];
const conceptsOf = (vocabulary: Vocabulary, text: string) => vocabulary.read(text);

describe('vocabulary', () => {
  const vocabulary = new Vocabulary(readVocabularyFile(), [{ MASH: 'multi-agency safeguarding hub' }]);

  it('expands a curated group both ways', () => {
    const [lac] = conceptsOf(vocabulary, 'LAC');
    expect(forms(lac)).toContain(analyse('looked after children').join(' '));
    const [looked] = conceptsOf(vocabulary, 'looked after children');
    expect(forms(looked)).toContain('lac');
    const [iro] = conceptsOf(vocabulary, 'IROs');
    expect(forms(iro)).toContain(analyse('independent reviewing officer').join(' '));
  });

  it('expands the report glossary both ways', () => {
    expect(forms(conceptsOf(vocabulary, 'MASH')[0])).toContain(analyse('multi-agency safeguarding hub').join(' '));
    expect(forms(conceptsOf(vocabulary, 'multi-agency safeguarding hub')[0])).toContain('mash');
  });

  it('maps one way only: kids → children, never children → kids', () => {
    expect(forms(conceptsOf(vocabulary, 'kids')[0])).toContain('child');
    expect(forms(conceptsOf(vocabulary, 'children')[0])).not.toContain('kid');
    expect(forms(conceptsOf(vocabulary, 'councillors')[0])).toContain(analyse('elected members').join(' '));
  });

  it('matches the longest phrase and keeps one concept per meaning', () => {
    const concepts = conceptsOf(vocabulary, 'accident and emergency for children in care');
    expect(concepts.map((c) => c.alternatives[0]!.terms)).toEqual([analyse('accident and emergency'), analyse('children in care')]);
    expect(forms(concepts[0])).toContain('a&e');
    // The same thing said twice counts once.
    expect(conceptsOf(vocabulary, 'MASH multi-agency safeguarding hub')).toHaveLength(1);
  });

  it('matches a phrase written with "about" whatever small words stand in it', () => {
    const meetings = new Vocabulary({ oneWay: { "meetings about a child's safety": ['child protection conference'] } }, []);
    expect(forms(conceptsOf(meetings, 'the meetings about my child safety')[0])).toContain(analyse('child protection conference').join(' '));
  });

  it('spans no phrase across "at": kids at home are no kids\' homes', () => {
    const homes = new Vocabulary({ oneWay: { 'kids homes': ["children's homes"] } }, []);
    expect(conceptsOf(homes, 'protecting kids at home').map((c) => c.label)).toEqual(['protecting', 'kids', 'home']);
    expect(conceptsOf(homes, 'the kids homes').map((c) => c.label)).toEqual(['kids homes']);
  });

  it('knows EET as being in education, employment or training', () => {
    expect(forms(conceptsOf(vocabulary, 'EET')[0])).toContain(analyse('education, employment or training').join(' '));
  });

  it('ends no phrase on a possessive, which belongs to the word after it', () => {
    const groups = new Vocabulary({ groups: [["children's council", 'children in care council']] }, []);
    expect(conceptsOf(groups, "children in the council's care").map((c) => c.label)).toEqual(['children', "council's", 'care']);
    expect(conceptsOf(groups, "the children's council").map((c) => c.label)).toContain("children's council");
  });

  it('reads acronyms by the word as written, so that a word sharing its stem is not one', () => {
    const glossary = new Vocabulary({}, [{ SEND: 'special educational needs and disabilities', ONS: 'Office for National Statistics' }]);
    expect(forms(glossary.read('SEND')[0])).toContain(analyse('special educational needs and disabilities').join(' '));
    expect(forms(glossary.read('sent')[0])).toEqual([analyse('sent').join(' ')]);
    expect(forms(glossary.read('the ONS figures')[0])).toContain(analyse('Office for National Statistics').join(' '));
    expect(forms(glossary.read('one')[0])).toEqual([analyse('one').join(' ')]);
    // A plural is read off an English word only in capitals: "sends" is the verb, "SENDs" the acronym.
    expect(forms(glossary.read('my GP sends me')[1])).toEqual([analyse('sends').join(' ')]);
    expect(forms(glossary.read('SENDs')[0])).toContain(analyse('special educational needs and disabilities').join(' '));
  });

  it('gives an acronym that is a small word as written ("IT") a form of its own to be matched by', () => {
    const glossary = new Vocabulary({}, [{ IT: 'information technology' }]);
    const [it] = glossary.read('IT plans');
    expect(it?.alternatives.every((a) => a.terms.length > 0)).toBe(true);
    expect(forms(it)).toContain(analyse('information technology').join(' '));
  });

  it('reads a word that ends another form of the phrase before it as part of that phrase', () => {
    const health = new Vocabulary({ groups: [['record of health', 'health history', 'health summary']] }, []);
    const concepts = conceptsOf(health, 'a record of their health history');
    expect(concepts).toHaveLength(1);
    expect(forms(concepts[0])).toContain(analyse('health summary').join(' '));
  });

  it('reads no phrase across a verb asked before its subject', () => {
    const council = new Vocabulary({ groups: [["children's council", 'children in care council']] }, []);
    expect(forms(conceptsOf(council, "what does the children's council do?")[0])).toContain(analyse('children in care council').join(' '));
    expect(conceptsOf(council, 'how many children was the council looking after?').flatMap(forms)).not.toContain(analyse('children in care council').join(' '));
    expect(conceptsOf(council, 'how many children has it got on the council?').flatMap(forms)).not.toContain(analyse('children in care council').join(' '));
  });

  it('reads a phrase whose meaning lives in its small words only as written', () => {
    const phrases = new Vocabulary({ oneWay: { 'out of work': ['unemployment'], 'ran away': ['missing from home'] } });
    expect(forms(phrases.read('young people out of work')[2])).toContain(analyse('unemployment').join(' '));
    expect(phrases.read('the work of the team').flatMap(forms)).not.toContain(analyse('unemployment').join(' '));
    expect(forms(phrases.read('children who run away')[1])).toContain(analyse('missing from home').join(' '));
  });

  it('looks a phrase up as written when a small word carries its meaning, so it lends nothing to its other words', () => {
    const phrases = new Vocabulary({
      groups: [['social workers', 'caseworkers']],
      oneWay: { 'same social worker': ['continuity'], 'the social worker team': ['duty team'] },
    });
    expect(forms(phrases.read('do social workers visit')[0])).not.toContain('continu');
    expect(phrases.read('keeping the same social worker').flatMap(forms)).toContain('continu');
    // "the" and "of" change no meaning: such a phrase is still found by its terms.
    expect(forms(phrases.read('social worker team')[0])).toContain(analyse('duty team').join(' '));
  });

  it('knows a phrase of small words only as written', () => {
    const phrases = new Vocabulary({ oneWay: { 'having a say': ['participation'] } });
    expect(phrases.read('do children in care get to have a say').flatMap(forms)).toContain(analyse('participation').join(' '));
    expect(phrases.read('what did they say about children').flatMap(forms)).not.toContain(analyse('participation').join(' '));
  });

  it('weighs the question’s own words above synonyms', () => {
    const [lac] = conceptsOf(vocabulary, 'LAC');
    expect(lac!.alternatives[0]).toMatchObject({ terms: ['lac'], weight: 1, source: 'question' });
    expect(lac!.alternatives.slice(1).every((a) => a.weight < 1)).toBe(true);
  });

  it('reads no phrase across the end of a sentence', () => {
    const timed = new Vocabulary({ oneWay: { 'time with the child': ['direct work'] } }, []);
    expect(forms(conceptsOf(timed, 'time with the child')[0])).toContain(analyse('direct work').join(' '));
    expect(conceptsOf(timed, 'moved four times. Are the children settled?').flatMap(forms)).not.toContain(analyse('direct work').join(' '));
  });

  it('writes each one-way entry once in each file, since JSON keeps only the last of two', () => {
    for (const file of [defaultVocabularyFile, defaultThesaurusFile]) {
      const keys = [...readFileSync(file, 'utf8').matchAll(/^ {4}"((?:[^"\\]|\\.)*)":/gm)].map((m) => m[1]);
      expect(keys.length).toBe(Object.keys(readVocabularyFile(file).oneWay ?? {}).length);
    }
  });
});
