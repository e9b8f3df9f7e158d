import { describe, expect, it } from 'vitest';
import {
  ageOn,
  dayFirstToIso,
  isoToDayFirst,
  isoToTyped,
  isoToWallTime,
  typedTime,
  typedToIso,
  wallTimeToIso,
} from '../../../src/domain/time';

describe('wall-clock times on the ward (Europe/Paris)', () => {
  it.each([
    ['2026-11-29T19:05', '2026-11-29T19:05:00.000+01:00'],
    ['2026-07-14T08:30', '2026-07-14T08:30:00.000+02:00'],
    // Clocks go back on 25 October 2026: 02:30 happens twice, the first is meant.
    ['2026-10-25T02:30', '2026-10-25T02:30:00.000+02:00'],
    // Clocks go forward on 29 March 2026: 02:30 does not exist.
    ['2026-03-29T02:30', '2026-03-29T03:30:00.000+02:00'],
  ])('%s is %s', (wall, iso) => {
    expect(wallTimeToIso(wall)).toBe(iso);
  });

  it('refuses what is not a time', () => {
    for (const wall of ['', '2026-02-30T10:00', '2026-11-29 19:05', '2026-11-29T24:00']) {
      expect(wallTimeToIso(wall)).toBeUndefined();
    }
  });

  it('gives the wall time back for a datetime-local field', () => {
    expect(isoToWallTime('2026-11-29T18:05:00.000Z')).toBe('2026-11-29T19:05');
  });
});

describe('dates as typed', () => {
  it.each([
    ['14/03/1950', '1950-03-14'],
    ['4/3/1950', '1950-03-04'],
    ['14.03.1950', '1950-03-14'],
    ['14031950', '1950-03-14'],
    [' 1950-03-14 ', '1950-03-14'],
    ['31/02/1950', '1950-02-31'],
    ['hier', 'hier'],
  ])('%s reads %s', (typed, iso) => {
    expect(dayFirstToIso(typed)).toBe(iso);
  });

  it('shows a recorded date day first', () => {
    expect(isoToDayFirst('1950-03-14')).toBe('14/03/1950');
  });
});

describe('ageOn', () => {
  it('counts completed years and months', () => {
    expect(ageOn('1950-04-12', '2026-04-11')).toEqual({ years: 75, months: 911 });
    expect(ageOn('1950-04-12', '2026-04-12')).toEqual({ years: 76, months: 912 });
    expect(ageOn('2026-01-31', '2026-03-01')).toEqual({ years: 0, months: 1 });
    expect(ageOn('2026-11-29', '2026-11-29')).toEqual({ years: 0, months: 0 });
  });
});

describe('times as typed, 24 h', () => {
  it.each([
    ['19:05', '19:05'],
    ['19h05', '19:05'],
    ['9.05', '09:05'],
    ['1905', '19:05'],
    ['24:00', undefined],
    ['7 PM', undefined],
    ['', undefined],
  ])('%s reads %s', (typed, wall) => {
    expect(typedTime(typed)).toBe(wall);
  });

  it('turns a typed date and time into an instant, and back', () => {
    expect(typedToIso('29/11/2026', '19h05')).toBe('2026-11-29T19:05:00.000+01:00');
    expect(typedToIso('31/11/2026', '19:05')).toBeUndefined();
    expect(isoToTyped('2026-11-29T18:05:00.000Z')).toEqual({ date: '29/11/2026', time: '19:05' });
  });
});
