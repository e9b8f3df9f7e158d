import { describe, expect, it } from 'vitest';
import type { Allergies } from '../../../src/domain/admission';
import {
  mergeAllergies,
  mergeHeaderEdit,
  rebaseOn,
  type HeaderSnapshot,
} from '../../../src/domain/headerMerge';

const identity = {
  birthName: 'DURAND',
  firstName: 'Jeanne',
  birthDate: '1950-04-12',
  sex: 'F' as const,
  ipp: '12345678',
};
const header = {
  reason: 'Pneumopathie',
  physician: 'Dr Martin',
  allergies: { status: 'noneKnown' } as Allergies,
  isolation: ['none' as const],
};
const opened: HeaderSnapshot = { identity, header };
const withHeader = (patch: object): HeaderSnapshot => ({
  identity,
  header: { ...header, ...patch },
});
const known = (...items: [string, string][]): Allergies => ({
  status: 'known',
  items: items.map(([substance, severity]) => ({
    substance,
    severity: severity as 'mild' | 'severe',
  })),
});
const PENICILLIN = known(['Pénicilline', 'severe']);

describe('a header edit, three ways (opened / now / typed)', () => {
  it('writes only what the nurse changed: an allergy recorded meanwhile is kept', () => {
    const current = withHeader({ allergies: PENICILLIN });
    const typed = withHeader({ physician: 'Dr Roux' });
    expect(mergeHeaderEdit(opened, current, typed)).toEqual({
      identity: {},
      clinical: { physician: 'Dr Roux' },
      cleared: [],
      conflicts: [],
    });
  });

  it('writes a field she changed that nobody else touched, and clears what she emptied', () => {
    const before = withHeader({ diet: 'Sans sel' });
    const typed: HeaderSnapshot = {
      identity: { ...identity, usedName: 'MARTIN' },
      header: { ...header, isolation: ['contact'] },
    };
    expect(mergeHeaderEdit(before, withHeader({ diet: 'Sans sel', note: 'x' }), typed)).toEqual({
      identity: { usedName: 'MARTIN' },
      clinical: { isolation: ['contact'] },
      cleared: ['diet'],
      conflicts: [],
    });
  });

  it('stops on a field both changed differently, showing both values', () => {
    const current = withHeader({ physician: 'Dr Bernard' });
    const typed = withHeader({ physician: 'Dr Roux', diet: 'Mixé' });
    expect(mergeHeaderEdit(opened, current, typed).conflicts).toEqual([
      { field: 'physician', mine: 'Dr Roux', theirs: 'Dr Bernard' },
    ]);
  });

  it('writes nothing for a change someone else already made the same way', () => {
    const same = withHeader({ physician: 'Dr Roux' });
    expect(mergeHeaderEdit(opened, same, same)).toEqual({
      identity: {},
      clinical: {},
      cleared: [],
      conflicts: [],
    });
  });

  it('never keys off the order of an object’s fields', () => {
    const trusted = { name: 'Paul', phone: '0612345678' };
    const before = withHeader({ trustedPerson: trusted });
    const reordered = withHeader({ trustedPerson: { phone: '0612345678', name: 'Paul' } });
    expect(mergeHeaderEdit(before, before, reordered).clinical).toEqual({});
  });

  it('once she has seen their value and kept hers, hers is written', () => {
    const current = withHeader({ physician: 'Dr Bernard' });
    const typed = withHeader({ physician: 'Dr Roux' });
    const rebased = rebaseOn(opened, current, ['physician']);
    expect(rebased.header.physician).toBe('Dr Bernard');
    expect(mergeHeaderEdit(rebased, current, typed)).toMatchObject({
      clinical: { physician: 'Dr Roux' },
      conflicts: [],
    });
  });
});

describe('allergies edited on both sides', () => {
  it('keeps an allergy added by each side', () => {
    const mine = known(['Latex', 'mild']);
    expect(mergeAllergies({ status: 'noneKnown' }, PENICILLIN, mine)).toEqual(
      known(['Pénicilline', 'severe'], ['Latex', 'mild']),
    );
    const current = withHeader({ allergies: PENICILLIN });
    expect(
      mergeHeaderEdit(opened, current, withHeader({ allergies: mine })).clinical.allergies,
    ).toEqual(known(['Pénicilline', 'severe'], ['Latex', 'mild']));
  });

  it('applies a removal by one side and keeps the other side’s addition', () => {
    const base = known(['Iode', 'mild']);
    const theirs = known(['Iode', 'mild'], ['pénicilline', 'severe']);
    expect(mergeAllergies(base, theirs, known(['Latex', 'mild']))).toEqual(
      known(['pénicilline', 'severe'], ['Latex', 'mild']),
    );
  });

  it('asks when both changed the same allergy, or one says none known while the other lists one', () => {
    const base = known(['Pénicilline', 'mild']);
    expect(
      mergeAllergies(base, PENICILLIN, known(['Pénicilline', 'mild'], ['Latex', 'mild'])),
    ).toEqual(known(['Pénicilline', 'severe'], ['Latex', 'mild']));
    // The same substance (accents and case aside) retyped on one side, changed on the other.
    expect(mergeAllergies(base, PENICILLIN, known(['PENICILLINE', 'mild'], ['X', 'mild']))).toBe(
      null,
    );
    expect(mergeAllergies(base, known(['Pénicilline', 'moderate' as 'mild']), PENICILLIN)).toBe(
      null,
    );
    expect(mergeAllergies(undefined, PENICILLIN, { status: 'noneKnown' })).toBe(null);
    const edit = mergeHeaderEdit(
      withHeader({ allergies: undefined }),
      withHeader({ allergies: PENICILLIN }),
      withHeader({ allergies: { status: 'noneKnown' } }),
    );
    expect(edit.conflicts).toEqual([
      { field: 'allergies', mine: { status: 'noneKnown' }, theirs: PENICILLIN },
    ]);
    expect(edit.clinical).toEqual({});
  });
});
