import { describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import { ADMINISTRATION_OUTCOMES } from '../../../src/domain/doseStatus';
import { marFor, type MarRow } from '../../../src/domain/mar';
import { bruno, chart, paris, voidOf } from './chartFixtures';
import { administered, fixed, prescription, prn } from './medFixtures';

const DAY_FROM = paris('2026-01-10T00:00');
const DAY_TO = paris('2026-01-11T00:00');
const rx = prescription(fixed(['08:00', '12:00', '20:00'], paris('2026-01-09T08:00')));
const due = (time: string) => paris(`2026-01-10T${time}`);

/** The MAR of 10 January at a Paris wall time. */
const mar = (events: WardEvent[], now: string) => marFor(events, DAY_FROM, DAY_TO, paris(now));
const statuses = (row: MarRow | undefined) => row?.slots.map((slot) => [slot.dueAt, slot.status]);
const iso = (wall: string) => `${wall}:00.000+01:00`;

describe('marFor: scheduled doses', () => {
  it.each([
    ['2026-01-10T06:59', ['upcoming', 'upcoming', 'upcoming']],
    ['2026-01-10T07:00', ['due', 'upcoming', 'upcoming']],
    ['2026-01-10T09:00', ['late', 'upcoming', 'upcoming']],
    ['2026-01-10T11:00', ['late', 'due', 'upcoming']],
    ['2026-01-10T12:00', ['missed', 'due', 'upcoming']],
    ['2026-01-10T21:00', ['missed', 'missed', 'late']],
  ])('at %s the three doses are %o', (now, expected) => {
    const [row] = mar([rx], now);
    expect(statuses(row)).toEqual([
      [iso('2026-01-10T08:00'), expected[0]],
      [iso('2026-01-10T12:00'), expected[1]],
      [iso('2026-01-10T20:00'), expected[2]],
    ]);
  });

  it('the last dose of the day is missed when the next day’s first dose comes', () => {
    const [row] = marFor([rx], DAY_FROM, DAY_TO, paris('2026-01-11T08:00'));
    expect(row?.slots.at(-1)?.status).toBe('missed');
    const [before] = marFor([rx], DAY_FROM, DAY_TO, paris('2026-01-11T07:59'));
    expect(before?.slots.at(-1)?.status).toBe('late');
  });

  it.each(ADMINISTRATION_OUTCOMES)(
    '%s shows on its slot with who charted it and when',
    (outcome) => {
      const record = administered(rx.id, '2026-01-10T08:10', outcome, due('08:00'));
      const [row] = mar([rx, record], '2026-01-10T15:00');
      expect(row?.slots[0]).toMatchObject({
        status: outcome,
        administration: { id: record.id, at: record.at, outcome, author: { initials: 'AM' } },
      });
      expect(row?.slots[1]?.status).toBe('late');
      expect(row?.administrations.map((a) => a.id)).toEqual([record.id]);
    },
  );

  it('refused, then given later: the slot shows given, the MAR keeps both', () => {
    const refused = administered(rx.id, '2026-01-10T08:05', 'refused', due('08:00'));
    const given = administered(rx.id, '2026-01-10T08:40', 'given', due('08:00'));
    const [row] = mar([given, rx, refused], '2026-01-10T09:00');
    expect(row?.slots[0]?.status).toBe('given');
    expect(row?.administrations.map((a) => a.outcome)).toEqual(['refused', 'given']);
  });

  it('a voided administration frees its slot', () => {
    const given = administered(rx.id, '2026-01-10T08:10', 'given', due('08:00'));
    const strike = voidOf(given, paris('2026-01-10T08:30'), 'Mauvais patient');
    const [row] = mar([rx, given, strike], '2026-01-10T09:30');
    expect(row?.slots[0]).toMatchObject({ status: 'late', administration: null });
    expect(row?.administrations).toEqual([]);
  });

  it('an entry without due time covers one dose: the nearest whose window holds it', () => {
    // 11:30 is inside the window of 08:00 (until 12:00) and of 12:00 (from 11:00).
    const record = administered(rx.id, '2026-01-10T11:30', 'given', null);
    const [row] = mar([rx, record], '2026-01-10T13:00');
    expect(statuses(row)?.map(([, status]) => status)).toEqual(['missed', 'given', 'upcoming']);
    const late = administered(rx.id, '2026-01-10T09:10', 'given', null);
    const [other] = mar([rx, late], '2026-01-10T13:00');
    expect(statuses(other)?.map(([, status]) => status)).toEqual(['given', 'late', 'upcoming']);
    const early = administered(rx.id, '2026-01-10T07:40', 'given', null);
    expect(mar([rx, early], '2026-01-10T09:00')[0]?.slots[0]?.status).toBe('given');
  });

  it('follows the ward’s windows when given', () => {
    const windows = { beforeMinutes: 30, afterMinutes: 30 };
    const at = (now: string) => marFor([rx], DAY_FROM, DAY_TO, paris(now), undefined, windows);
    expect(at('2026-01-10T07:29')[0]?.slots[0]?.status).toBe('upcoming');
    expect(at('2026-01-10T08:30')[0]?.slots[0]?.status).toBe('late');
    // 07:20 is before the 08:00 dose opens (07:30): that entry does not cover it.
    const early = administered(rx.id, '2026-01-10T07:20', 'given', null);
    const [row] = marFor(
      [rx, early],
      DAY_FROM,
      DAY_TO,
      paris('2026-01-10T09:00'),
      undefined,
      windows,
    );
    expect(row?.slots[0]?.status).toBe('late');
  });

  it('a late entry keeps both its bedside time and its entry time', () => {
    const late = chart(
      'med.administered',
      {
        prescriptionId: rx.id,
        dueAt: due('08:00'),
        outcome: 'given',
        dose: { value: 1, unit: 'g' },
        route: 'PO',
      },
      due('08:05'),
      { recordedAt: due('10:40'), author: bruno },
    );
    const [row] = mar([rx, late], '2026-01-10T11:00');
    expect(row?.slots[0]?.administration).toMatchObject({
      at: due('08:05'),
      recordedAt: due('10:40'),
      author: { initials: 'BD' },
    });
  });
});

describe('marFor: prescriptions in the range', () => {
  it('a voided prescription disappears, with its doses', () => {
    const given = administered(rx.id, '2026-01-10T08:10', 'given', due('08:00'));
    expect(mar([rx, given, voidOf(rx, due('09:00'))], '2026-01-10T10:00')).toEqual([]);
  });

  it('a stop removes the doses after it, and the one before is no longer chased by a next', () => {
    const twice = prescription(fixed(['08:00', '12:00'], paris('2026-01-09T08:00')));
    expect(mar([twice], '2026-01-10T13:00')[0]?.slots[0]?.status).toBe('missed');
    const stop = chart('med.stopped', { prescriptionId: twice.id, reason: 'Fin' }, due('10:00'));
    const [row] = mar([twice, stop], '2026-01-10T13:00');
    expect(statuses(row)).toEqual([[iso('2026-01-10T08:00'), 'late']]);
    expect(row?.prescription.stop?.reason).toBe('Fin');
  });

  it('leaves out prescriptions that do not run in the range, keeps those with a dose in it', () => {
    const ended = prescription(
      fixed(['08:00'], paris('2026-01-01T08:00'), paris('2026-01-05T08:00')),
    );
    const future = prescription(fixed(['08:00'], paris('2026-01-11T08:00')));
    const stray = prescription(
      fixed(['08:00'], paris('2026-01-01T08:00'), paris('2026-01-09T09:00')),
    );
    const lateEntry = administered(
      stray.id,
      '2026-01-10T01:00',
      'not-given',
      paris('2026-01-09T08:00'),
    );
    const rows = mar([ended, future, stray, lateEntry], '2026-01-10T10:00');
    expect(rows.map((row) => row.prescription.id)).toEqual([stray.id]);
    expect(rows[0]?.slots).toEqual([]);
  });

  it('regular prescriptions first, then as needed, each by drug name', () => {
    const start = paris('2026-01-09T08:00');
    const events = [
      prescription(prn(4, start), { drug: 'Tramadol' }),
      prescription(fixed(['08:00'], start), { drug: 'Furosémide' }),
      prescription(prn(4, start), { drug: 'Acupan' }),
      prescription(fixed(['08:00'], start), { drug: 'Énoxaparine' }),
      prescription(fixed(['08:00'], start), { drug: 'amoxicilline' }),
    ];
    expect(mar(events, '2026-01-10T10:00').map((row) => row.prescription.drug)).toEqual([
      'amoxicilline',
      'Énoxaparine',
      'Furosémide',
      'Acupan',
      'Tramadol',
    ]);
  });

  it('a prescription stopped before it starts is not on the MAR', () => {
    const start = paris('2026-01-10T14:00');
    const regular = prescription(fixed(['16:00'], start));
    const asNeeded = prescription(prn(2, start), { drug: 'Tramadol' });
    const stops = [regular, asNeeded].map((p) =>
      chart('med.stopped', { prescriptionId: p.id, reason: 'Annulé' }, due('10:00')),
    );
    expect(mar([regular, asNeeded, ...stops], '2026-01-10T17:00')).toEqual([]);
  });

  it('a once-only dose has one slot', () => {
    const once = prescription({ kind: 'once', start: due('14:00') });
    expect(statuses(mar([once], '2026-01-10T15:30')[0])).toEqual([
      [iso('2026-01-10T14:00'), 'late'],
    ]);
  });
});

describe('marFor: as-needed doses', () => {
  const painkiller = prescription(prn(3, paris('2026-01-09T08:00')));
  const doses = ['2026-01-09T22:00', '2026-01-10T06:00', '2026-01-10T14:00'].map((wall) =>
    administered(painkiller.id, wall, 'given', null, { prnIndication: 'Douleur 6/10' }),
  );

  it('has no slots, lists the doses of the range and counts the last 24 h at now', () => {
    const [row] = mar([painkiller, ...doses], '2026-01-10T20:00');
    expect(row?.slots).toEqual([]);
    expect(row?.administrations.map((a) => a.prnIndication)).toEqual([
      'Douleur 6/10',
      'Douleur 6/10',
    ]);
    expect(row?.prn).toMatchObject({
      givenInLast24h: 3,
      maxDosesPer24h: 3,
      allowed: false,
      reason: 'limit-reached',
    });
    expect(mar([painkiller, ...doses], '2026-01-10T22:00')[0]?.prn).toMatchObject({
      givenInLast24h: 2,
      allowed: true,
    });
  });

  it('a refused dose does not count; a voided one no longer does', () => {
    const refused = administered(painkiller.id, '2026-01-10T15:00', 'refused');
    expect(mar([painkiller, ...doses, refused], '2026-01-10T20:00')[0]?.prn?.givenInLast24h).toBe(
      3,
    );
    const strike = voidOf(doses[2] ?? painkiller, paris('2026-01-10T14:30'));
    expect(mar([painkiller, ...doses, strike], '2026-01-10T20:00')[0]?.prn).toMatchObject({
      givenInLast24h: 2,
      allowed: true,
    });
  });

  it('counts its own doses only, not those of another as-needed drug', () => {
    const other = prescription(prn(3, paris('2026-01-09T08:00')), { drug: 'Tramadol' });
    const otherDose = administered(other.id, '2026-01-10T19:00', 'given', null, {
      prnIndication: 'x',
    });
    const rows = mar([painkiller, ...doses.slice(1), other, otherDose], '2026-01-10T20:00');
    expect(rows.map((row) => [row.prescription.drug, row.prn?.givenInLast24h])).toEqual([
      ['Paracétamol', 2],
      ['Tramadol', 1],
    ]);
  });

  it('after a change, the doses given under the old prescription still count', () => {
    const changeAt = paris('2026-01-10T15:00');
    const stop = chart('med.stopped', { prescriptionId: painkiller.id, reason: 'Max 4' }, changeAt);
    const next = prescription(prn(4, changeAt), { replaces: painkiller.id });
    const rows = mar([painkiller, ...doses, stop, next], '2026-01-10T20:00');
    const current = rows.find((row) => row.prescription.id === next.id);
    expect(current?.prn).toMatchObject({ givenInLast24h: 3, maxDosesPer24h: 4, allowed: true });
    const old = rows.find((row) => row.prescription.id === painkiller.id);
    expect(old?.prn).toMatchObject({ allowed: false, reason: 'not-active' });
  });
});
