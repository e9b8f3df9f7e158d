import { describe, expect, it } from 'vitest';
import type { Bed } from '../../../src/domain/beds';
import type { PatientId } from '../../../src/domain/ids';
import { doublyOccupied, placedSince, roomMates } from '../../../src/domain/moves';
import { admitted, bed, ev } from './eventFixtures';

const beds: Bed[] = [
  { bedId: bed(1), label: '1', room: '12', order: 1, unavailable: false },
  { bedId: bed(2), label: '2', room: '12', order: 2, unavailable: false },
  { bedId: bed(3), label: '3', room: '14', order: 3, unavailable: false },
  { bedId: bed(4), label: '4', order: 4, unavailable: false },
];
const present = (id: string, n: number | null, status: 'admitted' | 'discharged' = 'admitted') => ({
  id: id as PatientId,
  status,
  bed: n === null ? null : bed(n),
});

describe('the other occupants of a room', () => {
  it('lists the patients present in the other beds of the target’s room', () => {
    const patients = [present('a', 1), present('b', 3), present('c', 2, 'discharged')];
    expect(roomMates(beds, patients, bed(2), []).map((p) => p.id)).toEqual(['a']);
    expect(roomMates(beds, patients, bed(3), [])).toEqual([]);
    // A bed with no room shares it with nobody.
    expect(roomMates(beds, patients, bed(4), [])).toEqual([]);
  });

  it('leaves out the patients who are moving', () => {
    const patients = [present('a', 1), present('b', 2)];
    expect(roomMates(beds, patients, bed(2), ['a', 'b'])).toEqual([]);
  });
});

describe('moves checked together', () => {
  const a = 'a' as PatientId;
  const b = 'b' as PatientId;

  it('accepts a swap of two beds, which one move alone would not', () => {
    const patients = [present('a', 1), present('b', 2)];
    expect(doublyOccupied(patients, [{ patientId: a, bedId: bed(2) }])).toEqual([bed(2)]);
    expect(
      doublyOccupied(patients, [
        { patientId: a, bedId: bed(2) },
        { patientId: b, bedId: bed(1) },
      ]),
    ).toEqual([]);
  });

  it('refuses a swap into a bed that a third patient also holds', () => {
    const patients = [present('a', 1), present('b', 2), present('c', 2)];
    expect(
      doublyOccupied(patients, [
        { patientId: a, bedId: bed(2) },
        { patientId: b, bedId: bed(1) },
      ]),
    ).toEqual([bed(2)]);
  });
});

describe('since when the patient is in the bed', () => {
  it('is the time of the last move that stands, else of the admission', () => {
    const admission = admitted('2026-01-10T08:00:00.000+01:00');
    const move = ev('patient.moved', { bedId: bed(2) }, '2026-01-11T14:30:00.000+01:00');
    expect(placedSince([admission])).toBe(admission.at);
    expect(placedSince([move, admission])).toBe(move.at);
    const undo = ev(
      'event.voided',
      { eventId: move.id, reason: 'Erreur' },
      '2026-01-11T15:00:00.000+01:00',
    );
    expect(placedSince([admission, move, undo])).toBe(admission.at);
  });
});
