import { describe, expect, it } from 'vitest';
import {
  findPossibleDuplicates,
  nameKey,
  type DuplicateTraits,
} from '../../../src/domain/duplicates';
import { generateTempId } from '../../../src/domain/tempId';

interface Patient {
  patientId: string;
  identity: DuplicateTraits;
}

const patient = (patientId: string, identity: Partial<DuplicateTraits> = {}): Patient => ({
  patientId,
  identity: {
    birthName: 'Lefèvre',
    firstName: 'Éloïse-Marie',
    birthDate: '1980-05-17',
    ...identity,
  },
});
const candidate = (identity: Partial<DuplicateTraits> = {}): DuplicateTraits => ({
  ...patient('', identity).identity,
});
const reasons = (traits: DuplicateTraits, existing: Patient[]) =>
  findPossibleDuplicates(traits, existing).map((match) => [match.patient.patientId, match.reasons]);

describe('nameKey', () => {
  it.each([
    ['Éloïse-Marie', 'ELOISE MARIE'],
    ['Lefèvre', 'LEFEVRE'],
    ['Cœur', 'coeur'],
    ["D'Arc", 'DARC'],
    ['N’Diaye', "n'diaye"],
    ['de la Tour', 'DELATOUR'],
    ['DUPONT--DURAND', 'Dupont Durand'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps different names different', () => {
    expect(nameKey('Marie')).not.toBe(nameKey('Maria'));
    expect(nameKey('Lefèvre')).not.toBe(nameKey('Lefebvre'));
  });
});

describe('findPossibleDuplicates', () => {
  it('finds the same birth name, first name and birth date across case, accents and hyphens', () => {
    const typed = candidate({ birthName: 'LEFEVRE', firstName: 'ELOISE MARIE' });
    expect(reasons(typed, [patient('p1'), patient('p2', { birthName: 'Martin' })])).toEqual([
      ['p1', ['sameTraits']],
    ]);
  });

  it.each([
    ['birth date', { birthDate: '1980-05-18' }],
    ['first name', { firstName: 'Éloïse' }],
    ['birth name', { birthName: 'Lefebvre' }],
  ])('does not match when the %s differs', (_, change) => {
    expect(reasons(candidate(change), [patient('p1')])).toEqual([]);
  });

  it('finds the same IPP whatever the traits, leading zeros and spaces aside', () => {
    const other = { birthName: 'Martin', firstName: 'Paul', birthDate: '1960-01-01' };
    expect(
      reasons(candidate({ ...other, ipp: '00123456' }), [patient('p1', { ipp: '123456' })]),
    ).toEqual([['p1', ['sameIpp']]]);
    expect(
      reasons(candidate({ ...other, ipp: '123456' }), [patient('p1', { ipp: '123457' })]),
    ).toEqual([]);
  });

  it('does not take two missing IPPs for the same one', () => {
    const other = { birthName: 'Martin', firstName: 'Paul', birthDate: '1960-01-01' };
    expect(reasons(candidate(other), [patient('p1')])).toEqual([]);
  });

  it('finds the same temporary identifier, whatever the case', () => {
    const tempId = generateTempId('device-a', 99);
    const other = { birthName: 'Inconnu', firstName: 'X', birthDate: '1970-01-01' };
    expect(
      reasons(candidate({ ...other, tempId: tempId.toLowerCase() }), [patient('p1', { tempId })]),
    ).toEqual([['p1', ['sameTempId']]]);
    expect(
      reasons(candidate({ ...other, tempId: generateTempId('device-a', 100) }), [
        patient('p1', { tempId }),
      ]),
    ).toEqual([]);
  });

  it('gives every reason that applies', () => {
    expect(reasons(candidate({ ipp: '12345678' }), [patient('p1', { ipp: '12345678' })])).toEqual([
      ['p1', ['sameIpp', 'sameTraits']],
    ]);
  });

  it('finds a used name typed as the birth name, and the other way round', () => {
    const married = patient('p1', { birthName: 'Lefèvre', usedName: 'Martin' });
    expect(reasons(candidate({ birthName: 'MARTIN' }), [married])).toEqual([
      ['p1', ['sameTraitsOtherName']],
    ]);
    expect(
      reasons(candidate({ birthName: 'Durand', usedName: 'lefevre' }), [patient('p1')]),
    ).toEqual([['p1', ['sameTraitsOtherName']]]);
    expect(reasons(candidate({ birthName: 'Durand', usedName: 'Martin' }), [married])).toEqual([
      ['p1', ['sameTraitsOtherName']],
    ]);
  });

  it('needs the same first name and birth date for a used-name match', () => {
    const married = patient('p1', { birthName: 'Lefèvre', usedName: 'Martin' });
    expect(reasons(candidate({ birthName: 'Martin', birthDate: '1980-05-18' }), [married])).toEqual(
      [],
    );
    expect(reasons(candidate({ birthName: 'Martin', firstName: 'Anne' }), [married])).toEqual([]);
  });

  it('returns the existing patients themselves, in their order', () => {
    const existing = [patient('p1'), patient('p2', { birthName: 'Autre' }), patient('p3')];
    const matches = findPossibleDuplicates(candidate(), existing);
    expect(matches.map((match) => match.patient)).toEqual([existing[0], existing[2]]);
    expect(matches[0]?.patient).toBe(existing[0]);
  });

  it('finds nothing among no patients', () => {
    expect(findPossibleDuplicates(candidate(), [])).toEqual([]);
  });
});
