import { describe, expect, it } from 'vitest';
import {
  boardCounts,
  buildBoard,
  filterBoard,
  patientMatches,
  type BoardFilter,
} from '../../../src/domain/board';
import { foldBeds } from '../../../src/domain/beds';
import { foldPatient, type PatientState } from '../../../src/domain/patient';
import { generateTempId } from '../../../src/domain/tempId';
import { admitted, bed, ev, identity } from './eventFixtures';

const AT = '2026-11-29T08:00:00.000+01:00';
const beds = foldBeds(
  [1, 2, 3, 4].map((n) => ev('bed.added', { bedId: bed(n), label: `${n}`, order: n }, AT, null)),
);
const [b1, b2, b3, b4] = beds;
if (!b1 || !b2 || !b3 || !b4) throw new Error('beds missing');
const closed = { ...b4, unavailable: true };
const TEMP = generateTempId('tablet', 42);

const patient = (id: string, overrides: Parameters<typeof admitted>[1]): PatientState =>
  foldPatient([admitted(AT, overrides, id)]) as PatientState;

const lefevre = patient('p1', {
  bedId: bed(1),
  identity: {
    ...identity,
    birthName: 'Lefèvre',
    firstName: 'Éloïse',
    usedName: 'Martin',
    ipp: '00123456',
    tempId: undefined,
  },
  allergies: { status: 'known', items: [{ substance: 'Iode', severity: 'mild' }] },
});
const durand = patient('p2', {
  bedId: bed(3),
  identity: { ...identity, tempId: TEMP },
  isolation: ['contact'],
});
const noBed = patient('p3', { bedId: undefined });
const gone = foldPatient([
  admitted(AT, { bedId: bed(2) }, 'p4'),
  ev('patient.discharged', { destination: 'home' }, '2026-11-29T10:00:00.000+01:00', 'p4'),
]) as PatientState;

const board = buildBoard([b1, b2, b3, closed], [durand, lefevre, noBed, gone]);
const labels = (query: string, filter: BoardFilter = 'all') =>
  filterBoard(board, query, filter).slots.map((slot) => slot.bed.label);

describe('buildBoard', () => {
  it('has one card per bed in bed order, with who is in it; discharged patients are not', () => {
    expect(board.slots.map((s) => [s.bed.label, s.patients.map((p) => p.id)])).toEqual([
      ['1', ['p1']],
      ['2', []],
      ['3', ['p2']],
      ['4', []],
    ]);
    expect(board.unplaced.map((p) => p.id)).toEqual(['p3']);
  });

  it('shows two patients on one card when merged tablets disagree, and a bed no longer set up', () => {
    const twice = buildBoard(beds, [
      lefevre,
      { ...durand, bed: bed(1) },
      { ...noBed, bed: bed(99) },
    ]);
    expect(twice.slots[0]?.patients).toHaveLength(2);
    expect(twice.unplaced.map((p) => p.id)).toEqual(['p3']);
  });

  it('counts beds, occupied, free and unavailable', () => {
    expect(boardCounts(board)).toEqual({
      beds: 4,
      occupied: 2,
      free: 1,
      unavailable: 1,
      present: 3,
    });
  });
});

describe('search and filters', () => {
  it.each([
    ['lefevre', ['1']],
    ['ÉLO', ['1']],
    ['martin', ['1']],
    ['eloise lef', ['1']],
    ['jeanne durand', ['3']],
    ['123456', ['1']],
    [TEMP.slice(4, 13).toLowerCase(), ['3']],
    ['2', ['2']],
    ['dupont', []],
    ['', ['1', '2', '3', '4']],
  ])('"%s" finds beds %j', (query, expected) => {
    expect(labels(query)).toEqual(expected);
  });

  it('filters free beds, isolation and allergies', () => {
    expect(labels('', 'free')).toEqual(['2']);
    expect(labels('', 'isolation')).toEqual(['3']);
    expect(labels('', 'allergies')).toEqual(['1']);
    expect(labels('durand', 'allergies')).toEqual([]);
  });

  it('searches patients without a bed too, but not among free beds', () => {
    expect(filterBoard(board, 'jeanne', 'all').unplaced).toEqual([noBed]);
    expect(filterBoard(board, '', 'free').unplaced).toEqual([]);
  });

  it('does not match an identifier on one or two characters', () => {
    expect(patientMatches(lefevre, '12')).toBe(false);
  });
});
