import { describe, expect, it } from 'vitest';
import { marFor, type MarRow } from '../../../src/domain/mar';
import { paris } from './chartFixtures';
import { administered, fixed, prescription } from './medFixtures';

// The MAR across midnight and both daylight-saving changes in Europe/Paris (2026-03-29 and
// 2026-10-25): due times, and statuses measured in real minutes.

const DAY_FROM = paris('2026-01-10T00:00');
const DAY_TO = paris('2026-01-11T00:00');
const statuses = (row: MarRow | undefined) => row?.slots.map((slot) => [slot.dueAt, slot.status]);
const iso = (wall: string) => `${wall}:00.000+01:00`;

describe('marFor: across midnight and daylight saving', () => {
  it('22:00 and 06:00 over a night shift', () => {
    const night = prescription(fixed(['22:00', '06:00'], paris('2026-01-09T22:00')));
    const given = administered(night.id, '2026-01-10T22:10', 'given', paris('2026-01-10T22:00'));
    const [row] = marFor(
      [night, given],
      paris('2026-01-10T20:00'),
      paris('2026-01-11T08:00'),
      paris('2026-01-11T06:30'),
    );
    expect(statuses(row)).toEqual([
      [iso('2026-01-10T22:00'), 'given'],
      [iso('2026-01-11T06:00'), 'due'],
    ]);
  });

  it('the night dose of a day’s MAR is missed when the next morning’s dose comes', () => {
    // The 06:00 dose that follows 22:00 is outside the range, yet it decides the status.
    const night = prescription(fixed(['22:00', '06:00'], paris('2026-01-09T22:00')));
    const [row] = marFor([night], DAY_FROM, DAY_TO, paris('2026-01-11T06:30'));
    expect(statuses(row)?.at(-1)).toEqual([iso('2026-01-10T22:00'), 'missed']);
  });

  it('spring forward (2026-03-29): 02:30 is given once at 03:30, in a 23-hour day', () => {
    const spring = prescription(fixed(['02:30', '08:00', '22:00'], paris('2026-03-28T00:00')));
    const given = administered(spring.id, '2026-03-29T03:40', 'given', '2026-03-29T01:30:00Z');
    const [row] = marFor(
      [spring, given],
      paris('2026-03-29T00:00'),
      paris('2026-03-30T00:00'),
      paris('2026-03-29T09:30'),
    );
    expect(statuses(row)).toEqual([
      ['2026-03-29T03:30:00.000+02:00', 'given'],
      ['2026-03-29T08:00:00.000+02:00', 'late'],
      ['2026-03-29T22:00:00.000+02:00', 'upcoming'],
    ]);
  });

  it('spring forward: every 8 h counts real hours', () => {
    const every8 = prescription({
      kind: 'every-n-hours',
      intervalHours: 8,
      start: '2026-03-28T22:00:00+01:00',
    });
    const [row] = marFor(
      [every8],
      paris('2026-03-29T00:00'),
      paris('2026-03-30T00:00'),
      paris('2026-03-29T00:00'),
    );
    expect(row?.slots.map((slot) => slot.dueAt)).toEqual([
      '2026-03-29T07:00:00.000+02:00',
      '2026-03-29T15:00:00.000+02:00',
      '2026-03-29T23:00:00.000+02:00',
    ]);
  });

  it('fall back (2026-10-25): 02:30 is given once, and lateness counts real minutes', () => {
    const fall = prescription(fixed(['02:30', '08:00'], paris('2026-10-24T00:00')));
    const from = paris('2026-10-25T00:00');
    const to = paris('2026-10-26T00:00');
    // 02:40 winter time is 70 minutes after 02:30 summer time.
    const [row] = marFor([fall], from, to, '2026-10-25T02:40:00+01:00');
    expect(statuses(row)).toEqual([
      ['2026-10-25T02:30:00.000+02:00', 'late'],
      ['2026-10-25T08:00:00.000+01:00', 'upcoming'],
    ]);
    const [earlier] = marFor([fall], from, to, '2026-10-25T02:50:00+02:00');
    expect(earlier?.slots[0]?.status).toBe('due');
  });

  it('fall back: every 4 h is 4 real hours, in a 25-hour day', () => {
    const every4 = prescription({
      kind: 'every-n-hours',
      intervalHours: 4,
      start: '2026-10-24T22:00:00+02:00',
    });
    const [row] = marFor(
      [every4],
      paris('2026-10-25T00:00'),
      paris('2026-10-26T00:00'),
      paris('2026-10-25T00:00'),
    );
    expect(row?.slots.map((slot) => slot.dueAt)).toEqual([
      '2026-10-25T02:00:00.000+02:00',
      '2026-10-25T05:00:00.000+01:00',
      '2026-10-25T09:00:00.000+01:00',
      '2026-10-25T13:00:00.000+01:00',
      '2026-10-25T17:00:00.000+01:00',
      '2026-10-25T21:00:00.000+01:00',
    ]);
  });
});
