import { describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import type { DeviceId, EventId, PatientId, WardId } from '../../../src/domain/ids';
import { foldPatient } from '../../../src/domain/patient';
import { foldWard } from '../../../src/domain/ward';
import { activeEvents } from '../../../src/domain/voids';

const author = { staffId: 's1', name: 'Alice', initials: 'AM', role: 'nurse' } as const;
let seq = 0;
function ev<T extends WardEvent['type']>(
  type: T,
  payload: WardEvent<T>['payload'],
  at: string,
  patientId: string | null = 'p1',
): WardEvent<T> {
  seq += 1;
  return {
    id: `00000000-0000-7000-8000-${String(seq).padStart(12, '0')}` as EventId,
    wardId: 'w1' as WardId,
    patientId: patientId as PatientId | null,
    type,
    at,
    recordedAt: at,
    author: author as WardEvent['author'],
    deviceId: 'd1' as DeviceId,
    payload,
  } as WardEvent<T>;
}
const identity = {
  birthName: 'DURAND',
  firstName: 'Jeanne',
  birthDate: '1950-04-12',
  sex: 'F' as const,
};

describe('foldPatient', () => {
  const admitted = ev('patient.admitted', { identity, bed: '4' }, '2026-11-29T08:00:00+01:00');
  const moved = ev('patient.moved', { bed: '7' }, '2026-11-29T09:00:00+01:00');
  const updated = ev(
    'patient.updated',
    { identity: { usedName: 'MARTIN' }, reason: 'Nom d’usage' },
    '2026-11-29T10:00:00+01:00',
  );
  const discharged = ev(
    'patient.discharged',
    { destination: 'Domicile' },
    '2026-11-29T11:00:00+01:00',
  );
  const readmitted = ev('patient.admitted', { identity, bed: '2' }, '2026-11-29T15:00:00+01:00');

  it('admits, moves, updates and discharges, whatever the order events arrive in', () => {
    const state = foldPatient([discharged, updated, admitted, moved]);
    expect(state).toMatchObject({
      bed: null,
      status: 'discharged',
      dischargedAt: discharged.at,
      identity: { birthName: 'DURAND', usedName: 'MARTIN' },
    });
  });

  it('readmits a discharged patient and keeps the identity changes', () => {
    const state = foldPatient([admitted, updated, discharged, readmitted]);
    expect(state).toMatchObject({ status: 'admitted', bed: '2', admittedAt: readmitted.at });
    expect(state?.identity.usedName).toBe('MARTIN');
  });

  it('ignores what was voided, and restores it when the void is voided', () => {
    const voidMove = ev('event.voided', { eventId: moved.id, reason: 'Erreur' }, moved.at);
    expect(foldPatient([admitted, moved, voidMove])?.bed).toBe('4');
    const undo = ev('event.voided', { eventId: voidMove.id, reason: 'Erreur' }, moved.at);
    expect(foldPatient([admitted, moved, voidMove, undo])?.bed).toBe('7');
    expect(activeEvents([admitted, moved, voidMove, undo])).toEqual([admitted, moved]);
  });

  it('orders by instant, not by the text of times written with different offsets', () => {
    const early = ev('patient.moved', { bed: 'A' }, '2026-10-25T02:30:00+02:00');
    const late = ev('patient.moved', { bed: 'B' }, '2026-10-25T02:10:00+01:00');
    const a = ev('patient.admitted', { identity }, '2026-10-24T08:00:00+02:00');
    expect(foldPatient([a, late, early])?.bed).toBe('B');
  });

  it('is null for a patient never admitted', () => {
    expect(foldPatient([moved])).toBeNull();
  });
});

describe('foldWard', () => {
  it('takes the latest settings and every staff member', () => {
    const ward = foldWard([
      ev(
        'ward.configured',
        { name: 'Med', establishment: 'CH' },
        '2026-11-29T08:00:00+01:00',
        null,
      ),
      ev(
        'staff.added',
        { ...author, staffId: author.staffId as never },
        '2026-11-29T08:00:00+01:00',
        null,
      ),
      ev(
        'ward.configured',
        { name: 'Méd. 3', establishment: 'CH' },
        '2026-11-29T09:00:00+01:00',
        null,
      ),
    ]);
    expect(ward).toMatchObject({ name: 'Méd. 3', staff: [{ initials: 'AM' }] });
  });
});
