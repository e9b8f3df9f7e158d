import { describe, expect, it } from 'vitest';
import { checkPrescription, checkStop } from '../../../src/domain/administration';
import {
  medAdministeredSchema,
  medPrescribedSchema,
  medStoppedSchema,
} from '../../../src/domain/medications';
import {
  activePrescriptions,
  prescriptionLineage,
  prescriptions,
} from '../../../src/domain/prescriptions';
import { chart, nextId, paris, voidOf } from './chartFixtures';
import { fixed, prescription, prn } from './medFixtures';
import { schemaIssues } from './validationHelpers';

const START = paris('2026-01-10T08:00');
const valid = {
  drug: 'Enoxaparine',
  dose: { value: 4000, unit: 'IU' },
  route: 'SC',
  schedule: fixed(['20:00'], START),
  prescriber: 'Dr Martin',
  orderDate: '2026-01-10',
  highAlert: true,
};

describe('med.prescribed', () => {
  it('accepts a transcribed prescription and trims it', () => {
    const parsed = medPrescribedSchema.parse({ ...valid, drug: ' Enoxaparine ', note: '' });
    expect(parsed).toEqual({ ...valid, drug: 'Enoxaparine' });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['no drug', { drug: ' ' }, 'drug', 'required'],
    ['a zero dose', { dose: { value: 0, unit: 'mg' } }, 'dose.value', 'invalid'],
    ['an unknown unit', { dose: { value: 1, unit: 'spoon' } }, 'dose.unit', 'invalid'],
    ['an unknown route', { route: 'IO' }, 'route', 'invalid'],
    ['no route', { route: undefined }, 'route', 'required'],
    [
      'a schedule ending before it starts',
      { schedule: fixed(['08:00'], START, paris('2026-01-09T08:00')) },
      'schedule.end',
      'invalid',
    ],
    [
      'a PRN without maximum',
      { schedule: { kind: 'prn', indication: 'Douleur', start: START } },
      'schedule.maxDosesPer24h',
      'required',
    ],
    ['no prescriber', { prescriber: '' }, 'prescriber', 'required'],
    ['an order dated 30 February', { orderDate: '2026-02-30' }, 'orderDate', 'invalidDate'],
    ['no high-alert answer', { highAlert: undefined }, 'highAlert', 'required'],
    ['replacing something that is not an id', { replaces: 'the old one' }, 'replaces', 'invalid'],
  ])('refuses %s', (_, change, path, code) => {
    expect(schemaIssues(medPrescribedSchema, { ...valid, ...change })).toEqual([{ path, code }]);
  });

  it('a stop needs the prescription and a reason', () => {
    expect(schemaIssues(medStoppedSchema, { prescriptionId: nextId(), reason: 'Fin' })).toEqual([]);
    expect(schemaIssues(medStoppedSchema, { prescriptionId: nextId(), reason: ' ' })).toEqual([
      { path: 'reason', code: 'required' },
    ]);
  });
});

describe('med.administered', () => {
  const base = { prescriptionId: nextId(), dueAt: START };
  const given = { ...base, outcome: 'given', dose: { value: 1, unit: 'g' }, route: 'PO' };

  it('given: dose and route required, no reason needed', () => {
    expect(schemaIssues(medAdministeredSchema, given)).toEqual([]);
    expect(schemaIssues(medAdministeredSchema, { ...base, outcome: 'given' })).toEqual([
      { path: 'dose', code: 'required' },
      { path: 'route', code: 'required' },
    ]);
  });

  it.each(['not-given', 'refused', 'held'])('%s: a reason is required', (outcome) => {
    expect(schemaIssues(medAdministeredSchema, { ...base, outcome })).toEqual([
      { path: 'reason', code: 'required' },
    ]);
    expect(
      schemaIssues(medAdministeredSchema, { ...base, outcome, reason: 'Vomissements' }),
    ).toEqual([]);
  });

  it('an override carries a reason and only comes with a given dose', () => {
    expect(
      schemaIssues(medAdministeredSchema, {
        ...given,
        dueAt: null,
        override: { reason: 'Avis Dr Martin' },
      }),
    ).toEqual([]);
    expect(schemaIssues(medAdministeredSchema, { ...given, override: { reason: ' ' } })).toEqual([
      { path: 'override.reason', code: 'required' },
    ]);
    expect(
      schemaIssues(medAdministeredSchema, {
        ...base,
        outcome: 'refused',
        reason: 'Refus',
        override: { reason: 'x' },
      }),
    ).toEqual([{ path: 'override', code: 'invalid' }]);
  });

  it('refuses an unknown outcome, a bad due time and a missing due time', () => {
    expect(schemaIssues(medAdministeredSchema, { ...given, outcome: 'spilled' })).toContainEqual({
      path: 'outcome',
      code: 'invalid',
    });
    expect(schemaIssues(medAdministeredSchema, { ...given, dueAt: '10/01 08:00' })).toEqual([
      { path: 'dueAt', code: 'invalidDate' },
    ]);
    expect(schemaIssues(medAdministeredSchema, { ...given, dueAt: undefined })).toEqual([
      { path: 'dueAt', code: 'required' },
    ]);
  });
});

describe('prescriptions and activePrescriptions', () => {
  const rx = prescription(fixed(['08:00', '20:00'], START, paris('2026-01-20T08:00')));
  const active = (events: Parameters<typeof activePrescriptions>[0], wall: string) =>
    activePrescriptions(events, paris(wall)).map((p) => p.id);

  it('runs from its start (included) to its end (excluded)', () => {
    expect(active([rx], '2026-01-10T07:59')).toEqual([]);
    expect(active([rx], '2026-01-10T08:00')).toEqual([rx.id]);
    expect(active([rx], '2026-01-20T07:59')).toEqual([rx.id]);
    expect(active([rx], '2026-01-20T08:00')).toEqual([]);
  });

  it('a stop ends it at its time; a voided stop does not', () => {
    const stop = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'Allergie' },
      paris('2026-01-12T10:00'),
    );
    expect(active([rx, stop], '2026-01-12T09:59')).toEqual([rx.id]);
    expect(active([rx, stop], '2026-01-12T10:00')).toEqual([]);
    expect(prescriptions([rx, stop])[0]).toMatchObject({
      endsAt: stop.at,
      stop: { reason: 'Allergie', author: { initials: 'AM' } },
    });
    expect(active([rx, stop, voidOf(stop, paris('2026-01-12T10:05'))], '2026-01-13T08:00')).toEqual(
      [rx.id],
    );
  });

  it('the first stop counts when two tablets stopped it', () => {
    const late = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'B' },
      paris('2026-01-12T11:00'),
    );
    const early = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'A' },
      paris('2026-01-12T10:00'),
    );
    expect(prescriptions([rx, late, early])[0]?.stop?.reason).toBe('A');
  });

  it('a voided prescription is gone', () => {
    expect(prescriptions([rx, voidOf(rx, paris('2026-01-10T09:00'))])).toEqual([]);
  });

  it('a change is a stop plus a new prescription naming the old one', () => {
    const changeAt = paris('2026-01-12T10:00');
    const stop = chart('med.stopped', { prescriptionId: rx.id, reason: 'Dose changée' }, changeAt);
    const next = prescription(fixed(['08:00', '14:00', '20:00'], changeAt), {
      replaces: rx.id,
      dose: { value: 500, unit: 'mg' },
    });
    expect(active([rx, stop, next], '2026-01-12T09:59')).toEqual([rx.id]);
    expect(active([rx, stop, next], '2026-01-12T10:00')).toEqual([next.id]);
    const [old, current] = prescriptions([rx, stop, next]);
    expect(old).toMatchObject({ replacedBy: next.id, endsAt: changeAt });
    expect(current).toMatchObject({
      replaces: rx.id,
      replacedBy: null,
      dose: { value: 500, unit: 'mg' },
    });
    expect(prescriptionLineage(prescriptions([rx, stop, next]), next.id).map((p) => p.id)).toEqual([
      next.id,
      rx.id,
    ]);
  });

  it('the replacement ends the old one even when its stop is voided alone', () => {
    const stop = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'Changement' },
      paris('2026-01-12T10:00'),
    );
    const next = prescription(fixed(['09:00'], paris('2026-01-13T09:00')), { replaces: rx.id });
    const events = [rx, stop, next, voidOf(stop, paris('2026-01-12T11:00'))];
    expect(active(events, '2026-01-13T08:59')).toEqual([rx.id]);
    expect(active(events, '2026-01-13T09:00')).toEqual([next.id]);
    expect(
      active([...events, voidOf(next, paris('2026-01-12T12:00'))], '2026-01-13T09:00'),
    ).toEqual([rx.id]);
  });

  it('lists prescriptions in the order they were written, with who transcribed them', () => {
    const later = prescription(prn(4, START), { drug: 'Morphine' }, paris('2026-01-10T09:00'));
    expect(prescriptions([later, rx]).map((p) => [p.drug, p.author.initials])).toEqual([
      ['Paracétamol', 'AM'],
      ['Morphine', 'AM'],
    ]);
  });
});

describe('checkPrescription and checkStop', () => {
  const payload = medPrescribedSchema.parse(valid);

  it('the paper order cannot be dated after today on the ward', () => {
    const now = paris('2026-01-10T23:30');
    expect(checkPrescription([], payload, now)).toEqual([]);
    expect(checkPrescription([], { ...payload, orderDate: '2026-01-11' }, now)).toEqual([
      { path: 'orderDate', code: 'futureDate' },
    ]);
    // 00:30 on the 11th in Paris is still the 10th in UTC: the ward's day decides.
    expect(
      checkPrescription([], { ...payload, orderDate: '2026-01-11' }, paris('2026-01-11T00:30')),
    ).toEqual([]);
  });

  it('what it replaces must stand', () => {
    const old = prescription(fixed(['08:00'], START));
    expect(checkPrescription([old], { ...payload, replaces: old.id }, START)).toEqual([]);
    const voided = [old, voidOf(old, START)];
    expect(checkPrescription(voided, { ...payload, replaces: old.id }, START)).toEqual([
      { path: 'replaces', code: 'unknownEvent' },
    ]);
  });

  it('a stop needs a prescription that has not ended yet', () => {
    const rx = prescription(fixed(['08:00'], START, paris('2026-01-15T08:00')));
    expect(checkStop([rx], rx.id, paris('2026-01-09T12:00'))).toEqual([]);
    expect(checkStop([rx], rx.id, paris('2026-01-12T12:00'))).toEqual([]);
    expect(checkStop([rx], rx.id, paris('2026-01-15T08:00'))).toEqual([
      { path: 'prescriptionId', code: 'notActive' },
    ]);
    const stop = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'Fin' },
      paris('2026-01-12T12:00'),
    );
    expect(checkStop([rx, stop], rx.id, paris('2026-01-12T13:00'))).toEqual([
      { path: 'prescriptionId', code: 'notActive' },
    ]);
    expect(checkStop([], rx.id, START)).toEqual([{ path: 'prescriptionId', code: 'unknownEvent' }]);
  });
});
