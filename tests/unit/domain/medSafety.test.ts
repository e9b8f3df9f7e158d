import { describe, expect, it } from 'vitest';
import {
  checkAdministration,
  checkPrescription,
  checkPrnDose,
} from '../../../src/domain/administration';
import type { WardEvent } from '../../../src/domain/events';
import { medAdministeredSchema, medPrescribedSchema } from '../../../src/domain/medications';
import { mayRecord, FORBIDDEN_BY_ROLE } from '../../../src/domain/permissions';
import { prescriptionOpen, prescriptions } from '../../../src/domain/prescriptions';
import { calendarDaysFrom } from '../../../src/domain/time';
import { ROLES } from '../../../src/domain/staff';
import { chart, paris } from './chartFixtures';
import { administered, fixed, prescription, prn } from './medFixtures';

const start = paris('2026-01-09T08:00');
/** Paracetamol 1 g as needed: 6 doses at most, 4 g over 24 h, 4 h apart. */
const paracetamol = prescription({
  kind: 'prn',
  maxDosesPer24h: 6,
  indication: 'Douleur',
  start,
  maxAmountPer24h: { value: 4, unit: 'g' },
  minIntervalHours: 4,
});
const given = (wall: string, value = 1) =>
  administered(paracetamol.id, wall, 'given', null, {
    prnIndication: 'Douleur',
    dose: { value, unit: 'g' },
  });
const check = (events: WardEvent[], wall: string, dose = { value: 1, unit: 'g' as const }) =>
  checkPrnDose(events, { prescriptionId: paracetamol.id, at: paris(wall), dose });

describe('as needed: a maximum amount per 24 h', () => {
  const three = ['2026-01-10T00:00', '2026-01-10T06:00', '2026-01-10T12:00'].map((w) => given(w));

  it('allows the dose that reaches 4 g, refuses the one past it, and says when', () => {
    expect(check([paracetamol, ...three], '2026-01-10T18:00').issues).toEqual([]);
    const over = check([paracetamol, ...three, given('2026-01-10T18:00')], '2026-01-10T23:00');
    expect(over.issues).toEqual([{ path: 'override', code: 'prnLimitReached' }]);
    expect(over.check).toMatchObject({
      reason: 'amount-reached',
      givenAmountInLast24h: 4,
      nextAllowedAt: '2026-01-11T00:00:00.000+01:00',
    });
  });

  it('counts milligrams against grams, and the dose about to be given', () => {
    const mg = administered(paracetamol.id, '2026-01-10T06:00', 'given', null, {
      prnIndication: 'Douleur',
      dose: { value: 3500, unit: 'mg' },
    });
    const result = check([paracetamol, mg], '2026-01-10T12:00');
    expect(result.check).toMatchObject({ reason: 'amount-reached', givenAmountInLast24h: 3.5 });
    expect(check([paracetamol, mg], '2026-01-10T12:00', { value: 0.5, unit: 'g' }).issues).toEqual(
      [],
    );
  });

  it('an old prescription without the new fields still reads', () => {
    expect(medPrescribedSchema.safeParse(prescription(prn(4, start)).payload).success).toBe(true);
  });
});

describe('as needed: a minimum interval', () => {
  it('refuses a dose 3 h after the last one, with its own code, until an override', () => {
    const events = [paracetamol, given('2026-01-10T08:00')];
    const soon = check(events, '2026-01-10T11:00');
    expect(soon.issues).toEqual([{ path: 'override', code: 'prnTooSoon' }]);
    expect(soon.check).toMatchObject({
      reason: 'too-soon',
      nextAllowedAt: '2026-01-10T12:00:00.000+01:00',
    });
    expect(check(events, '2026-01-10T12:00').issues).toEqual([]);
    const overridden = checkPrnDose(events, {
      prescriptionId: paracetamol.id,
      at: paris('2026-01-10T11:00'),
      override: { reason: 'Avis Dr Roux' },
    });
    expect(overridden.issues).toEqual([]);
  });

  it('a late entry too close to a dose charted after it is refused too', () => {
    expect(check([paracetamol, given('2026-01-10T08:00')], '2026-01-10T06:00').issues).toEqual([
      { path: 'override', code: 'prnTooSoon' },
    ]);
  });
});

describe('checkAdministration: dose and time against the prescription', () => {
  const regular = prescription(fixed(['08:00'], paris('2026-01-10T00:00')));
  const payload = (value: number, extra: Record<string, unknown> = {}) =>
    medAdministeredSchema.parse({
      prescriptionId: regular.id,
      dueAt: paris('2026-01-10T08:00'),
      outcome: 'given',
      dose: { value, unit: 'g' },
      route: 'PO',
      ...extra,
    });
  const run = (value: number, wall: string, extra?: Record<string, unknown>) =>
    checkAdministration([regular], payload(value, extra), paris(wall), paris('2026-01-10T20:00'));

  it('refuses 10 g for 1 g, and 7 h early, unless confirmed with a reason', () => {
    expect(run(10, '2026-01-10T08:10')).toEqual([{ path: 'deviation', code: 'doseDeviation' }]);
    expect(run(1, '2026-01-10T01:00')).toEqual([{ path: 'deviation', code: 'timingDeviation' }]);
    const confirmed = { deviation: { kinds: ['dose', 'timing'], reason: 'Erreur de saisie' } };
    expect(run(10, '2026-01-10T01:00', confirmed)).toEqual([]);
    expect(run(1, '2026-01-10T08:30')).toEqual([]);
  });
});

describe('checkPrescription: a change of a prescription changed meanwhile', () => {
  const old = prescription(fixed(['08:00'], paris('2026-01-10T00:00')));
  const change = {
    ...old.payload,
    replaces: old.id,
    schedule: fixed(['09:00'], paris('2026-01-10T10:00')),
  };
  const now = paris('2026-01-10T10:10');

  it('refuses when it was stopped after the new one’s start (a stop in another tab)', () => {
    const stop = chart(
      'med.stopped',
      { prescriptionId: old.id, reason: 'Allergie' },
      paris('2026-01-10T10:05'),
    );
    expect(checkPrescription([old, stop], change, now)).toEqual([
      { path: 'replaces', code: 'prescriptionChangedMeanwhile' },
    ]);
    expect(checkPrescription([old], change, now)).toEqual([]);
  });

  it('refuses when another change replaced it already', () => {
    const other = chart(
      'med.prescribed',
      { ...change, schedule: fixed(['10:00'], paris('2026-01-10T10:07')) },
      paris('2026-01-10T10:07'),
    );
    expect(checkPrescription([old, other], change, now)).toEqual([
      { path: 'replaces', code: 'prescriptionChangedMeanwhile' },
    ]);
  });
});

describe('prescriptionOpen: what the MAR offers to change or stop', () => {
  const rx = prescription(fixed(['08:00'], paris('2026-01-10T00:00')));
  const at = paris('2026-01-10T12:00');
  const open = (events: WardEvent[]) => {
    const found = prescriptions(events).find((p) => p.id === rx.id);
    return found ? prescriptionOpen(found, at) : null;
  };

  it('a running prescription is open; a stopped one is not', () => {
    expect(open([rx])).toBe(true);
    const stop = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'Fin' },
      paris('2026-01-10T11:00'),
    );
    expect(open([rx, stop])).toBe(false);
  });

  it('one replaced from tonight still runs now, but is no longer open to change or stop', () => {
    const tonight = paris('2026-01-10T20:00');
    const next = chart(
      'med.prescribed',
      { ...rx.payload, replaces: rx.id, schedule: fixed(['20:00'], tonight) },
      at,
    );
    const stop = chart('med.stopped', { prescriptionId: rx.id, reason: 'Dose' }, tonight);
    expect(open([rx, next, stop])).toBe(false);
  });
});

describe('roles: what each may record', () => {
  it('an aide transcribes, stops and gives no medicine; records vitals, care done, notes', () => {
    for (const type of ['med.prescribed', 'med.stopped', 'med.administered'] as const)
      expect(mayRecord('aide', type), type).toBe(false);
    for (const type of ['vitals.recorded', 'care.done', 'note.targeted', 'note.written'] as const)
      expect(mayRecord('aide', type), type).toBe(true);
  });

  it('a student gives but does not transcribe; a nurse, midwife, manager or physician does all', () => {
    expect(mayRecord('student', 'med.prescribed')).toBe(false);
    expect(mayRecord('student', 'med.administered')).toBe(true);
    for (const role of ['nurse', 'midwife', 'manager', 'physician'] as const)
      expect(FORBIDDEN_BY_ROLE[role]).toEqual([]);
    expect(Object.keys(FORBIDDEN_BY_ROLE).sort()).toEqual([...ROLES].sort());
  });
});

describe('calendarDaysFrom: which day a time is on the ward', () => {
  it('today, tomorrow, yesterday, across midnight on the ward’s clock', () => {
    const now = paris('2026-12-01T23:30');
    expect(calendarDaysFrom(now, paris('2026-12-01T08:50'))).toBe(0);
    expect(calendarDaysFrom(now, paris('2026-12-02T08:50'))).toBe(1);
    expect(calendarDaysFrom(now, paris('2026-12-03T00:10'))).toBe(2);
    expect(calendarDaysFrom(paris('2026-12-02T00:10'), paris('2026-12-01T23:50'))).toBe(-1);
  });
});
