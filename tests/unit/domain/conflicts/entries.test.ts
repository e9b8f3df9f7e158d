import { describe, expect, it } from 'vitest';
import { bedConflicts, sharedBeds } from '../../../../src/domain/conflicts/beds';
import { duplicateConflict, duplicatePairs } from '../../../../src/domain/conflicts/duplicates';
import { slotConflicts } from '../../../../src/domain/conflicts/slots';
import type { WardEvent } from '../../../../src/domain/events';
import type { DeviceId, EventId, PatientId } from '../../../../src/domain/ids';
import { foldPatient, type PatientState } from '../../../../src/domain/patient';
import { admitted, bed, ev } from '../eventFixtures';

const on = <E extends WardEvent>(event: E, device: string): E => ({
  ...event,
  deviceId: device as DeviceId,
});
const rx = '00000000-0000-7000-8000-999999999991' as EventId;
const careId = '00000000-0000-7000-8000-999999999992' as EventId;
const due = '2026-11-29T08:00:00.000+01:00';
const dose = (device: string, at: string, dueAt: string | null = due) =>
  on(ev('med.administered', { prescriptionId: rx, dueAt, outcome: 'given' }, at), device);
const care = (device: string, at: string) =>
  on(ev('care.done', { careId, dueAt: due, outcome: 'done' }, at), device);
const voided = (target: EventId, at: string) =>
  ev('event.voided', { eventId: target, reason: 'Saisie en double' }, at);

describe('slots charted twice', () => {
  it('one dose slot given on two tablets is a conflict with both entries', () => {
    const a = dose('A', '2026-11-29T08:05:00.000+01:00');
    const b = dose('B', '2026-11-29T08:10:00.000+01:00');
    const found = slotConflicts([b, a]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'dose', prescriptionId: rx, patientId: 'p1' });
    expect(found[0]?.entries.map((e) => e.id)).toEqual([a.id, b.id]);
  });

  it('the same slot written with another offset text is the same slot', () => {
    const a = dose('A', '2026-11-29T08:05:00.000+01:00');
    const b = dose('B', '2026-11-29T08:10:00.000+01:00', '2026-11-29T07:00:00.000Z');
    expect(slotConflicts([a, b])).toHaveLength(1);
  });

  it('a dose voided then given again is not a conflict', () => {
    const a = dose('A', '2026-11-29T08:05:00.000+01:00');
    const fix = voided(a.id, '2026-11-29T08:06:00.000+01:00');
    const b = dose('A', '2026-11-29T08:10:00.000+01:00');
    expect(slotConflicts([a, fix, b])).toEqual([]);
  });

  it('two as-needed doses and two different slots are not conflicts', () => {
    const prn1 = dose('A', '2026-11-29T08:05:00.000+01:00', null);
    const prn2 = dose('B', '2026-11-29T09:05:00.000+01:00', null);
    const other = dose('B', '2026-11-29T20:05:00.000+01:00', '2026-11-29T20:00:00.000+01:00');
    expect(slotConflicts([prn1, prn2, dose('A', '2026-11-29T08:05:00.000+01:00'), other])).toEqual(
      [],
    );
  });

  it('a care slot done on two tablets is a conflict too', () => {
    const found = slotConflicts([
      care('A', '2026-11-29T08:05:00.000+01:00'),
      care('B', '2026-11-29T08:09:00.000+01:00'),
    ]);
    expect(found.map((c) => c.kind)).toEqual(['care']);
  });
});

const state = (id: string, bedNo: number | null, status: 'admitted' | 'discharged' = 'admitted') =>
  ({ id: id as PatientId, status, bed: bedNo === null ? null : bed(bedNo) }) as Pick<
    PatientState,
    'id' | 'status' | 'bed'
  >;

describe('one bed, two patients', () => {
  it('two present patients in one bed: a conflict naming the admission or move of each', () => {
    const first = on(admitted('2026-11-29T08:00:00.000+01:00', { bedId: bed(3) }, 'p1'), 'A');
    const moved = on(
      ev('patient.moved', { bedId: bed(3) }, '2026-11-29T09:00:00.000+01:00', 'p2'),
      'B',
    );
    const logs = new Map<PatientId, WardEvent[]>([
      ['p1' as PatientId, [first]],
      ['p2' as PatientId, [moved]],
    ]);
    const found = bedConflicts([state('p1', 3), state('p2', 3), state('p3', 4)], logs);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'bed', bedId: bed(3), patients: ['p1', 'p2'] });
    expect(found[0]?.entries.map((e) => e.id)).toEqual([first.id, moved.id]);
  });

  it('a bed freed then reused is not shared', () => {
    expect(sharedBeds([state('p1', null, 'discharged'), state('p2', 3)]).size).toBe(0);
    // The projection after a merge: p1 discharged on one tablet, p2 admitted on the other.
    const p1 = foldPatient([
      admitted('2026-11-29T08:00:00.000+01:00', { bedId: bed(3) }, 'p1'),
      ev('patient.discharged', { destination: 'home' }, '2026-11-29T10:00:00.000+01:00', 'p1'),
    ]);
    const p2 = foldPatient([admitted('2026-11-29T09:00:00.000+01:00', { bedId: bed(3) }, 'p2')]);
    expect(p1 && p2 && sharedBeds([p1, p2]).size).toBe(0);
  });
});

describe('the same person admitted on two tablets', () => {
  const person = (id: string, device: string, distinctFrom?: PatientId[]) => {
    const event = on(admitted('2026-11-29T08:00:00.000+01:00', { distinctFrom }, id), device);
    return { event, state: foldPatient([event]) as PatientState };
  };

  it('possible duplicates admitted on different tablets: a conflict', () => {
    const [a, b] = [person('p1', 'A'), person('p2', 'B')];
    const pairs = duplicatePairs([a.state, b.state]);
    expect(pairs).toHaveLength(1);
    const logs = new Map([
      [a.state.id, [a.event]],
      [b.state.id, [b.event]],
    ]);
    const found = pairs[0] && duplicateConflict(pairs[0], logs);
    expect(found).toMatchObject({ kind: 'duplicate', patients: ['p1', 'p2'] });
    expect(found?.reasons).toContain('sameTraits');
  });

  it('admitted on one tablet, or declared distinct (admission or later update): no conflict', () => {
    const [a, b] = [person('p1', 'A'), person('p2', 'A')];
    const pair = duplicatePairs([a.state, b.state])[0];
    if (!pair) throw new Error('no pair');
    const same = new Map([
      [a.state.id, [a.event]],
      [b.state.id, [b.event]],
    ]);
    expect(duplicateConflict(pair, same)).toBeNull();
    const c = person('p2', 'B', ['p1' as PatientId]);
    expect(
      duplicateConflict(
        pair,
        new Map([
          [a.state.id, [a.event]],
          [c.state.id, [c.event]],
        ]),
      ),
    ).toBeNull();
    const d = person('p2', 'B');
    const said = ev(
      'patient.updated',
      { reason: 'Bracelets vérifiés', distinctFrom: ['p2' as PatientId] },
      '2026-11-29T12:00:00.000+01:00',
      'p1',
    );
    const logs = new Map<PatientId, WardEvent[]>([
      [a.state.id, [a.event, said]],
      [d.state.id, [d.event]],
    ]);
    expect(duplicateConflict(pair, logs)).toBeNull();
    // Voiding that statement brings the conflict back.
    const undo = voided(said.id, '2026-11-29T13:00:00.000+01:00');
    logs.set(a.state.id, [a.event, said, { ...undo, patientId: 'p1' as PatientId }]);
    expect(duplicateConflict(pair, logs)).not.toBeNull();
  });
});
