import { describe, expect, it } from 'vitest';
import type { Allergies } from '../../../src/domain/admission';
import { allergyIssues, foldWords, matchAllergies } from '../../../src/domain/allergyCheck';
import { DRUG_CLASSES } from '../../../src/domain/drugClasses';

const known = (...substances: string[]): Allergies => ({
  status: 'known',
  items: substances.map((substance) => ({ substance, severity: 'severe' })),
});
const kinds = (drug: string, allergies: Allergies) =>
  matchAllergies(drug, allergies).map((m) => [m.allergy.substance, m.kind, m.drugClass]);

describe('matchAllergies: by substance', () => {
  it('ignores accents, case, punctuation and a plural s', () => {
    expect(foldWords('Pénicillines-G')).toEqual(['penicilline', 'g']);
    expect(kinds('KÉTOPROFÈNE 100 mg', known('kétoprofène'))).toEqual([
      ['kétoprofène', 'substance', undefined],
    ]);
  });

  it('matches whole words, either way, not a fragment of a word', () => {
    expect(kinds('Amoxicilline', known('amoxicilline (urticaire)'))).toHaveLength(1);
    expect(kinds('Morphine', known('Hydromorphone'))[0]?.[1]).toBe('class');
    expect(matchAllergies('Paracétamol', known('Para'))).toEqual([]);
  });

  it('says nothing when no allergy is known or none matches', () => {
    expect(matchAllergies('Amoxicilline', { status: 'noneKnown' })).toEqual([]);
    expect(matchAllergies('Amoxicilline', undefined)).toEqual([]);
    expect(matchAllergies('Paracétamol', known('Pénicilline', 'Latex'))).toEqual([]);
  });
});

describe('matchAllergies: by class', () => {
  it('amoxicillin, and its brands, for an allergy to penicillin (the defect of issue 9)', () => {
    for (const drug of ['Amoxicilline', 'Amoxicilline-acide clavulanique', 'Augmentin', 'Clamoxyl'])
      expect(kinds(drug, known('Pénicilline')), drug).toEqual([
        ['Pénicilline', expect.stringMatching(/substance|class/), expect.anything()],
      ]);
    expect(kinds('Amoxicilline', known('Pénicilline'))).toEqual([
      ['Pénicilline', 'class', 'penicillins'],
    ]);
  });

  it('one member for another member of its class, in French or English', () => {
    expect(kinds('Piperacillin-tazobactam', known('Oxacilline'))[0]?.[2]).toBe('penicillins');
    expect(kinds('Ibuprofène', known('aspirine'))[0]?.[2]).toBe('nsaids');
    expect(kinds('Voltarène', known('AINS'))[0]?.[2]).toBe('nsaids');
    expect(kinds('Bactrim forte', known('sulfamides'))[0]?.[2]).toBe('sulfonamides');
    expect(kinds('Tramadol', known('Codéine'))[0]?.[2]).toBe('opioids');
    expect(kinds('Iohexol (Omnipaque)', known('Produits de contraste iodés'))[0]?.[2]).toBe(
      'iodinatedContrast',
    );
    expect(kinds('Sonde urinaire latex', known('Latex'))).toHaveLength(1);
  });

  it('a cephalosporin for a penicillin allergy: cross-reactivity, said as such', () => {
    expect(kinds('Ceftriaxone', known('Pénicilline'))).toEqual([
      ['Pénicilline', 'cross', 'cephalosporins'],
    ]);
    expect(kinds('Amoxicilline', known('Céfalexine'))).toEqual([
      ['Céfalexine', 'cross', 'penicillins'],
    ]);
  });

  it('every class has names and members, and every member matches its own class', () => {
    for (const drugClass of DRUG_CLASSES) {
      expect(drugClass.names.length).toBeGreaterThan(0);
      for (const member of drugClass.members) {
        const found = matchAllergies(member, known(drugClass.names[0] ?? ''));
        expect(found, `${member} in ${drugClass.id}`).toHaveLength(1);
      }
    }
  });
});

describe('allergyIssues: the override', () => {
  const matches = matchAllergies('Amoxicilline', known('Pénicilline'));

  it('refuses a match without the override, or with an empty reason', () => {
    expect(allergyIssues(matches, undefined)).toEqual([
      { path: 'allergyOverride', code: 'allergyMatch' },
    ]);
    expect(allergyIssues(matches, { shown: ['Pénicilline'], reason: ' ' })).toEqual([
      { path: 'allergyOverride.reason', code: 'required' },
    ]);
    expect(allergyIssues(matches, { shown: ['pénicilline'], reason: 'Dr Roux' })).toEqual([]);
  });

  it('refuses an override for a warning that did not show every allergy matched now', () => {
    const two = matchAllergies('Amoxicilline', known('Pénicilline', 'Amoxicilline'));
    expect(allergyIssues(two, { shown: ['Pénicilline'], reason: 'Dr Roux' })).toEqual([
      { path: 'allergyOverride', code: 'allergyMatch' },
    ]);
  });
});
