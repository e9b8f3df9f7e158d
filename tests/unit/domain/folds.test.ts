import { describe, expect, it } from 'vitest';
import { foldPatient } from '../../../src/domain/patient';
import { foldWard } from '../../../src/domain/ward';
import { activeEvents } from '../../../src/domain/voids';
import { admitted as admit, bed, ev } from './eventFixtures';

const author = { staffId: 's1', name: 'Alice', initials: 'AM', role: 'nurse' } as const;

describe('foldPatient', () => {
  const admitted = admit('2026-11-29T08:00:00+01:00');
  const moved = ev('patient.moved', { bedId: bed(7) }, '2026-11-29T09:00:00+01:00');
  const updated = ev(
    'patient.updated',
    { identity: { usedName: 'MARTIN' }, reason: 'Nom d’usage' },
    '2026-11-29T10:00:00+01:00',
  );
  const discharged = ev(
    'patient.discharged',
    { destination: 'home', detail: 'Avec son fils' },
    '2026-11-29T11:00:00+01:00',
  );
  const readmitted = admit('2026-11-29T15:00:00+01:00', { bedId: bed(2), reason: 'Chute' });

  it('admits, moves, updates and discharges, whatever the order events arrive in', () => {
    const state = foldPatient([discharged, updated, admitted, moved]);
    expect(state).toMatchObject({
      bed: null,
      status: 'discharged',
      dischargedAt: discharged.at,
      discharge: { destination: 'home', detail: 'Avec son fils' },
      identity: { birthName: 'DURAND', usedName: 'MARTIN' },
    });
  });

  it('readmits a discharged patient: new stay, identity changes kept', () => {
    const state = foldPatient([admitted, updated, discharged, readmitted]);
    expect(state).toMatchObject({
      status: 'admitted',
      bed: bed(2),
      admittedAt: readmitted.at,
      dischargedAt: null,
      discharge: null,
      header: { reason: 'Chute' },
    });
    expect(state?.identity.usedName).toBe('MARTIN');
  });

  it('ignores what was voided, and restores it when the void is voided', () => {
    const voidMove = ev('event.voided', { eventId: moved.id, reason: 'Erreur' }, moved.at);
    expect(foldPatient([admitted, moved, voidMove])?.bed).toBe(bed(4));
    const undo = ev('event.voided', { eventId: voidMove.id, reason: 'Erreur' }, moved.at);
    expect(foldPatient([admitted, moved, voidMove, undo])?.bed).toBe(bed(7));
    expect(activeEvents([admitted, moved, voidMove, undo])).toEqual([admitted, moved]);
  });

  it('orders by instant, not by the text of times written with different offsets', () => {
    const early = ev('patient.moved', { bedId: bed(1) }, '2026-10-25T02:30:00+02:00');
    const late = ev('patient.moved', { bedId: bed(2) }, '2026-10-25T02:10:00+01:00');
    const a = admit('2026-10-24T08:00:00+02:00');
    expect(foldPatient([a, late, early])?.bed).toBe(bed(2));
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

describe('foldWard staff list', () => {
  const added = (staffId: string, name: string, at: string) =>
    ev('staff.added', { ...author, staffId: staffId as never, name }, at, null);
  const configured = ev(
    'ward.configured',
    { name: 'Med', establishment: 'CH' },
    '2026-11-29T08:00:00+01:00',
    null,
  );

  it('lists once a person added on two tablets, keeping the first added', () => {
    const ward = foldWard([
      configured,
      added('s2', 'alice  MARTIN', '2026-11-29T10:00:00+01:00'),
      added('s1', 'Alice Martin', '2026-11-29T09:00:00+01:00'),
    ]);
    expect(ward?.staff.map((person) => person.staffId)).toEqual(['s1']);
  });

  it('keeps two people who share a name but not their initials or role', () => {
    const ward = foldWard([
      configured,
      added('s1', 'Alice Martin', '2026-11-29T09:00:00+01:00'),
      ev(
        'staff.added',
        { ...author, staffId: 's2' as never, name: 'Alice Martin', role: 'aide' },
        '2026-11-29T10:00:00+01:00',
        null,
      ),
    ]);
    expect(ward?.staff).toHaveLength(2);
  });
});
