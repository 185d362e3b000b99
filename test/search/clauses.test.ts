import { describe, expect, it } from 'vitest';
import { gradeClauses } from '../../src/search/clauses.js';

describe('the clauses of a grade question', () => {
  it('splits sentences and dashed clauses, not abbreviations', () => {
    expect(gradeClauses('Do the leaders put it first? Did they get a good mark?').clauses).toEqual([
      'Do the leaders put it first?',
      'Did they get a good mark?',
    ]);
    expect(gradeClauses('LAC health - what was it graded?').clauses).toEqual(['LAC health', 'what was it graded?']);
    expect(gradeClauses('same grade for CP and LAC?')).toMatchObject({ compares: true, clauses: ['same grade for CP', 'LAC?'] });
    expect(gradeClauses('did the health side - hospitals, health visitors - pull their weight?').clauses).toHaveLength(1);
    // A comparative ending the clause before a dash only says how the choice after it compares.
    expect(gradeClauses('which was graded higher - health or school?').clauses).toEqual(['health (was graded)', 'school (was graded)']);
    // What the frame names is each side's: "whose frontline practice got judged worse - CP or LAC?".
    expect(gradeClauses('whose frontline practice got judged worse - CP or LAC?').clauses).toEqual([
      'CP (frontline practice got judged)',
      'LAC (frontline practice got judged)',
    ]);
    expect(gradeClauses('which got the better grade: partners working together, or the casework?').clauses).toEqual(['partners working together (got the grade)', 'the casework (got the grade)']);
    expect(gradeClauses('which did better on keeping kids safe - CP or LAC?').clauses).toEqual(['which did better on keeping kids safe', 'CP or LAC?']);
    expect(gradeClauses('How did St. Helier hospital do, e.g. in A&E?').clauses).toHaveLength(1);
  });

  it('splits a comparison into its sides, without the comparative', () => {
    expect(gradeClauses('Was LAC health rated any better than health in child protection?')).toEqual({
      clauses: ['Was LAC health rated', 'health in child protection?'],
      compares: true,
    });
    expect(gradeClauses('Was child protection rated better or worse than care?').clauses).toEqual(['Was child protection rated', 'care?']);
    expect(gradeClauses('How did leadership do compared with partnership working?').compares).toBe(true);
    expect(gradeClauses('Were their jobs prospects judged as strong as their health?').clauses).toEqual(['Were their jobs prospects judged', 'their health?']);
    expect(gradeClauses('Was health rated higher then school?').clauses).toEqual(['Was health rated', 'school?']);
    expect(gradeClauses('Did LAC health and the NHS contribution end up with the same mark?').clauses).toEqual(['Did LAC health', 'the NHS contribution end up with the same mark?']);
    expect(gradeClauses('How did leadership in child protection compare with leadership for children in care?').clauses).toEqual([
      'How did leadership in child protection',
      'leadership for children in care?',
    ]);
    // A comparative ending the sentence before a choice only says how the sides compare.
    expect(gradeClauses('Which was marked higher: the health side, or the social work?').clauses).toEqual(['the health side (was marked)', 'the social work (was marked)']);
    // A grade as a bar is no side; "as well as" only joins.
    expect(gradeClauses('Was anything rated higher than adequate?').compares).toBe(false);
    expect(gradeClauses('How were health as well as school rated?').compares).toBe(false);
    expect(gradeClauses('How was leadership rated?')).toEqual({ clauses: ['How was leadership rated?'], compares: false });
    // A comparative and a choice: "which came out worse, X or Y?".
    expect(gradeClauses('Which came out worse on leadership, LAC or child protection?')).toEqual({
      clauses: ['Which came out on leadership, LAC', 'child protection?'],
      compares: true,
    });
    expect(gradeClauses('Was leadership good or adequate?').compares).toBe(false);
    // Two grades said in everyday words, joined: each is a side.
    expect(gradeClauses('Leadership got a decent mark but the overall verdict was poor. How do they compare?')).toMatchObject({
      clauses: ['Leadership got a decent mark', 'the overall verdict was poor.', 'How do they compare?'],
      compares: true,
    });
    // A list asked of one by one.
    expect(gradeClauses('For LAC: health, safety and school. What was each of those graded?')).toEqual({
      clauses: ['For LAC:', 'health', 'safety', 'school.', 'What was each of those graded?'],
      compares: true,
      each: true,
    });
    expect(gradeClauses('Is care better or worse now?').clauses).toEqual(['Is care better or worse now?']);
    // Agencies that talk to each other are not listed to be asked of one by one.
    expect(gradeClauses('Do the council, police, health and schools talk to each other? How was that graded?').compares).toBe(false);
    // "Between X and Y" with a comparative sets X beside Y; without one it is no comparison.
    expect(gradeClauses('Between health and school, which got the better grade?')).toEqual({
      clauses: ['Between health', 'school, which got the grade?'],
      compares: true,
    });
    expect(gradeClauses('How was the gap between health and school rated?').compares).toBe(false);
    expect(gradeClauses('How did casework compare between the child protection half and the children in care half?').compares).toBe(true);
    // Two sides named in turn: "one for X and one for Y".
    expect(gradeClauses('What were the two headline grades, one for protecting children and one for kids in care?')).toEqual({
      clauses: ['What were the two headline grades', 'protecting children', 'kids in care?'],
      compares: true,
    });
  });

  it('ends a sentence after a closing quote', () => {
    expect(gradeClauses("We heard it was 'inadequate'. What does that mean?").clauses).toEqual(["We heard it was 'inadequate'.", 'What does that mean?']);
  });

  it('carries a comparison on after a dash', () => {
    expect(gradeClauses('How did the NHS do on keeping kids safe - better or worse than social care?')).toEqual({
      clauses: ['How did the NHS do on keeping kids safe', 'social care?'],
      compares: true,
    });
  });

  it('splits a grade said of each of two things into its sides', () => {
    expect(gradeClauses('health got a 2 but leadership got a 3, right?').clauses).toEqual(['health got a 2', 'leadership got a 3, right?']);
    expect(gradeClauses('was health good and was it quick?').clauses).toEqual(['was health good and was it quick?']);
    expect(gradeClauses("'health was judged good, but leadership only got adequate' - right?").clauses.slice(0, 2)).toEqual(["'health was judged good", "leadership only got adequate'"]);
    expect(gradeClauses('did health match leadership?')).toMatchObject({ clauses: ['did health', 'leadership?'], compares: true });
  });
});
