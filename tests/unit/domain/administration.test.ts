import { describe, expect, it } from 'vitest';
import { checkAdministration, checkPrnDose } from '../../../src/domain/administration';
import type { WardEvent } from '../../../src/domain/events';
import { medAdministeredSchema, type MedAdministered } from '../../../src/domain/medications';
import { chart, nextId, paris, voidOf } from './chartFixtures';
import { administered, fixed, prescription, prn } from './medFixtures';

const painkiller = prescription(prn(4, paris('2026-01-09T08:00'), paris('2026-02-01T00:00')));
const given = (wall: string) =>
  administered(painkiller.id, wall, 'given', null, { prnIndication: 'Douleur' });
const four = ['2026-01-10T00:00', '2026-01-10T06:00', '2026-01-10T12:00', '2026-01-10T18:00'].map(
  given,
);
const check = (events: WardEvent[], wall: string, override?: { reason: string } | null) =>
  checkPrnDose(events, { prescriptionId: painkiller.id, at: paris(wall), override });

describe('checkPrnDose: the 24 h maximum', () => {
  it('allows the dose that reaches the maximum exactly', () => {
    const result = check([painkiller, ...four.slice(0, 3)], '2026-01-10T18:00');
    expect(result.issues).toEqual([]);
    expect(result.check).toMatchObject({ allowed: true, givenInLast24h: 3, maxDosesPer24h: 4 });
  });

  it('refuses one over the maximum, saying when the next one fits', () => {
    const result = check([painkiller, ...four], '2026-01-10T23:00');
    expect(result.issues).toEqual([{ path: 'override', code: 'prnLimitReached' }]);
    expect(result.check).toMatchObject({
      givenInLast24h: 4,
      nextAllowedAt: '2026-01-11T00:00:00.000+01:00',
    });
  });

  it('lets it pass with an override that gives a reason, not with an empty one', () => {
    const events = [painkiller, ...four];
    expect(check(events, '2026-01-10T23:00', { reason: 'Avis Dr Martin' }).issues).toEqual([]);
    expect(check(events, '2026-01-10T23:00', { reason: '  ' }).issues).toEqual([
      { path: 'override.reason', code: 'required' },
    ]);
    expect(check(events, '2026-01-10T23:00', null).issues).toEqual([
      { path: 'override', code: 'prnLimitReached' },
    ]);
  });

  it('frees a place when a dose leaves the window, exactly 24 h later', () => {
    expect(check([painkiller, ...four], '2026-01-10T23:59').issues).toHaveLength(1);
    expect(check([painkiller, ...four], '2026-01-11T00:00').issues).toEqual([]);
    expect(check([painkiller, ...four], '2026-01-11T00:00').check?.givenInLast24h).toBe(3);
  });

  it('counts neither refused nor voided doses', () => {
    const [first, ...rest] = four;
    const refused = administered(painkiller.id, '2026-01-10T00:00', 'refused');
    expect(check([painkiller, refused, ...rest], '2026-01-10T23:00').issues).toEqual([]);
    const strike = voidOf(first ?? painkiller, paris('2026-01-10T01:00'));
    expect(check([painkiller, ...four, strike], '2026-01-10T23:00').issues).toEqual([]);
  });

  it('checks a late entry against the doses charted after it', () => {
    // Entered now for 2026-01-09T23:00: its own 24 h holds none of the four, but the
    // 24 h ending at 18:00 on the 10th would then hold five.
    const result = check([painkiller, ...four], '2026-01-09T23:00');
    expect(result.issues).toEqual([{ path: 'override', code: 'prnLimitReached' }]);
    expect(result.check?.givenInLast24h).toBe(4);
    expect(check([painkiller, ...four.slice(1)], '2026-01-09T23:00').issues).toEqual([]);
  });

  it('a late entry is checked against its own drug only', () => {
    const other = prescription(prn(1, paris('2026-01-09T08:00')), { drug: 'Tramadol' });
    const otherDose = administered(other.id, '2026-01-10T12:00', 'given', null, {
      prnIndication: 'x',
    });
    expect(
      check([painkiller, ...four.slice(1), other, otherDose], '2026-01-09T23:00').issues,
    ).toEqual([]);
  });

  it('keeps counting across a change of prescription', () => {
    const changeAt = paris('2026-01-10T19:00');
    const stop = chart('med.stopped', { prescriptionId: painkiller.id, reason: 'Max 5' }, changeAt);
    const next = prescription(prn(5, changeAt), { replaces: painkiller.id });
    const events = [painkiller, ...four, stop, next];
    const at = paris('2026-01-10T20:00');
    expect(checkPrnDose(events, { prescriptionId: next.id, at }).check?.givenInLast24h).toBe(4);
    expect(checkPrnDose(events, { prescriptionId: next.id, at }).issues).toEqual([]);
    const extra = administered(next.id, '2026-01-10T20:00', 'given', null, { prnIndication: 'x' });
    expect(
      checkPrnDose([...events, extra], { prescriptionId: next.id, at: paris('2026-01-10T21:00') })
        .issues,
    ).toEqual([{ path: 'override', code: 'prnLimitReached' }]);
  });

  it('refuses a dose outside the prescription, of an unknown or a regular one', () => {
    expect(check([painkiller], '2026-02-01T00:00').issues).toEqual([
      { path: 'at', code: 'notActive' },
    ]);
    const stop = chart(
      'med.stopped',
      { prescriptionId: painkiller.id, reason: 'Fin' },
      paris('2026-01-10T10:00'),
    );
    expect(check([painkiller, stop], '2026-01-10T10:00').issues).toEqual([
      { path: 'at', code: 'notActive' },
    ]);
    expect(
      checkPrnDose([], { prescriptionId: painkiller.id, at: paris('2026-01-10T10:00') }).issues,
    ).toEqual([{ path: 'prescriptionId', code: 'unknownEvent' }]);
    const cancelled = prescription(prn(2, paris('2026-01-10T14:00')));
    const cancel = chart(
      'med.stopped',
      { prescriptionId: cancelled.id, reason: 'Annulé' },
      paris('2026-01-10T10:00'),
    );
    expect(
      checkPrnDose([cancelled, cancel], {
        prescriptionId: cancelled.id,
        at: paris('2026-01-10T15:00'),
      }),
    ).toMatchObject({
      check: { allowed: false, reason: 'not-active' },
      issues: [{ path: 'at', code: 'notActive' }],
    });
    const regular = prescription(fixed(['08:00'], paris('2026-01-09T08:00')));
    expect(
      checkPrnDose([regular], { prescriptionId: regular.id, at: paris('2026-01-10T10:00') }),
    ).toEqual({
      check: null,
      issues: [{ path: 'prescriptionId', code: 'invalid' }],
    });
  });
});

describe('checkAdministration', () => {
  const rx = prescription(fixed(['08:00', '20:00'], paris('2026-01-09T08:00')));
  const dose = (change: Partial<Record<keyof MedAdministered, unknown>> = {}): MedAdministered =>
    medAdministeredSchema.parse({
      prescriptionId: rx.id,
      dueAt: paris('2026-01-10T08:00'),
      outcome: 'given',
      dose: { value: 1, unit: 'g' },
      route: 'PO',
      ...change,
    });
  const run = (
    events: WardEvent[],
    payload: MedAdministered,
    at = '2026-01-10T08:10',
    now = '2026-01-10T08:15',
  ) => checkAdministration(events, payload, paris(at), paris(now));

  it('accepts a scheduled dose, on time or as a late entry', () => {
    expect(run([rx], dose())).toEqual([]);
    expect(run([rx], dose(), '2026-01-10T08:10', '2026-01-10T16:00')).toEqual([]);
  });

  it('refuses a time in the future and an unknown prescription', () => {
    expect(run([rx], dose(), '2026-01-10T08:20')).toEqual([{ path: 'at', code: 'futureDate' }]);
    expect(run([rx], dose(), '2026-01-10T08:15', '2026-01-10T08:15')).toEqual([]);
    expect(run([], dose())).toEqual([{ path: 'prescriptionId', code: 'unknownEvent' }]);
    expect(run([rx, voidOf(rx, paris('2026-01-09T09:00'))], dose())).toEqual([
      { path: 'prescriptionId', code: 'unknownEvent' },
    ]);
  });

  it('a scheduled dose names one of its slots', () => {
    expect(run([rx], dose({ dueAt: null }))).toEqual([{ path: 'dueAt', code: 'required' }]);
    expect(run([rx], dose({ dueAt: paris('2026-01-10T09:00') }))).toEqual([
      { path: 'dueAt', code: 'invalid' },
    ]);
    expect(run([rx], dose({ dueAt: '2026-01-10T07:00:00Z' }))).toEqual([]);
  });

  it('a dose given once cannot be given again; refused then given can', () => {
    const first = administered(rx.id, '2026-01-10T08:05', 'given', paris('2026-01-10T08:00'));
    expect(run([rx, first], dose())).toEqual([{ path: 'dueAt', code: 'alreadyRecorded' }]);
    expect(run([rx, first], dose({ outcome: 'refused', reason: 'Refus' }))).toEqual([
      { path: 'dueAt', code: 'alreadyRecorded' },
    ]);
    expect(run([rx, first, voidOf(first, paris('2026-01-10T08:06'))], dose())).toEqual([]);
    const refused = administered(rx.id, '2026-01-10T08:05', 'refused', paris('2026-01-10T08:00'));
    expect(run([rx, refused], dose())).toEqual([]);
  });

  it('after a stop: no slot past it, no dose given past it; the dose before can be charted not given', () => {
    const stop = chart(
      'med.stopped',
      { prescriptionId: rx.id, reason: 'Fin' },
      paris('2026-01-10T08:05'),
    );
    expect(
      run(
        [rx, stop],
        dose({ dueAt: paris('2026-01-10T20:00') }),
        '2026-01-10T19:50',
        '2026-01-10T20:00',
      ),
    ).toEqual([{ path: 'dueAt', code: 'notActive' }]);
    expect(run([rx, stop], dose())).toEqual([{ path: 'at', code: 'notActive' }]);
    expect(run([rx, stop], dose({ outcome: 'held', reason: 'TA basse' }))).toEqual([]);
  });

  it('as needed: no slot, an indication, the maximum; no override on a regular dose', () => {
    const prnDose = (change: Record<string, unknown> = {}) =>
      dose({ prescriptionId: painkiller.id, dueAt: null, prnIndication: 'Douleur', ...change });
    expect(run([painkiller], prnDose())).toEqual([]);
    expect(run([painkiller], prnDose({ dueAt: paris('2026-01-10T08:00') }))).toEqual([
      { path: 'dueAt', code: 'invalid' },
    ]);
    expect(run([painkiller], prnDose({ prnIndication: '' }))).toEqual([
      { path: 'prnIndication', code: 'required' },
    ]);
    const events = [
      painkiller,
      ...['00:00', '06:00', '07:00', '08:00'].map((t) => given(`2026-01-10T${t}`)),
    ];
    expect(run(events, prnDose(), '2026-01-10T08:10')).toEqual([
      { path: 'override', code: 'prnLimitReached' },
    ]);
    expect(run(events, prnDose({ override: { reason: 'Avis Dr Martin' } }))).toEqual([]);
    expect(run(events, prnDose({ outcome: 'refused', reason: 'Refus' }))).toEqual([]);
    expect(run([rx], dose({ override: { reason: 'x' } }))).toEqual([
      { path: 'override', code: 'invalid' },
    ]);
  });

  it('reports several problems at once', () => {
    const unknown = dose({ prescriptionId: nextId() });
    expect(run([rx], unknown, '2026-01-10T09:00')).toEqual([
      { path: 'at', code: 'futureDate' },
      { path: 'prescriptionId', code: 'unknownEvent' },
    ]);
  });
});
