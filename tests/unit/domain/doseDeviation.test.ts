import { describe, expect, it } from 'vitest';
import { sameDose } from '../../../src/domain/doseAmounts';
import {
  deviationIssues,
  deviationOf,
  timingWindowMinutes,
} from '../../../src/domain/doseDeviation';
import type { Schedule } from '../../../src/domain/schedule';
import { paris } from './chartFixtures';

const start = paris('2026-01-10T00:00');
const fixed: Schedule = { kind: 'fixed-times', times: ['08:00'], start };
const every = (intervalHours: number): Schedule => ({
  kind: 'every-n-hours',
  intervalHours,
  start,
});
const rx = { dose: { value: 1, unit: 'g' as const }, schedule: fixed };
const given = (wall: string, value = 1, unit: 'g' | 'mg' | 'tablet' = 'g') => ({
  outcome: 'given',
  dose: { value, unit },
  dueAt: paris('2026-01-10T08:00'),
  at: paris(wall),
});

describe('doses compared across units', () => {
  it('1 g is 1000 mg; 1 g is not 10 g nor 1 tablet', () => {
    expect(sameDose({ value: 1, unit: 'g' }, { value: 1000, unit: 'mg' })).toBe(true);
    expect(sameDose({ value: 0.3, unit: 'mg' }, { value: 300, unit: 'µg' })).toBe(true);
    expect(sameDose({ value: 10, unit: 'g' }, { value: 1, unit: 'g' })).toBe(false);
    expect(sameDose({ value: 1, unit: 'tablet' }, { value: 1, unit: 'g' })).toBe(false);
  });
});

describe('the window around a slot', () => {
  it('is the ward’s (±60 min by default), a quarter of an "every N h" interval capped at 2 h', () => {
    expect(timingWindowMinutes(fixed)).toBe(60);
    expect(timingWindowMinutes(fixed, 30)).toBe(30);
    expect(timingWindowMinutes(every(4))).toBe(60);
    expect(timingWindowMinutes(every(6))).toBe(90);
    expect(timingWindowMinutes(every(8))).toBe(120);
    expect(timingWindowMinutes(every(24))).toBe(120);
    expect(timingWindowMinutes(every(2), 45)).toBe(45);
  });
});

describe('deviationOf and its confirmation (the defect of issue 9)', () => {
  it('10 g against 1 g prescribed is a dose deviation; 1000 mg is not', () => {
    expect(deviationOf(rx, given('2026-01-10T08:05', 10)).dose).toEqual({
      prescribed: { value: 1, unit: 'g' },
      given: { value: 10, unit: 'g' },
    });
    expect(deviationOf(rx, given('2026-01-10T08:05', 1000, 'mg')).dose).toBeNull();
  });

  it('7 h before the slot is a timing deviation; at the edge of the window is not', () => {
    expect(deviationOf(rx, given('2026-01-10T01:00')).timing).toEqual({
      minutes: -420,
      window: 60,
    });
    expect(deviationOf(rx, given('2026-01-10T09:00')).timing).toBeNull();
    expect(deviationOf(rx, given('2026-01-10T09:01')).timing).toEqual({ minutes: 61, window: 60 });
    expect(deviationOf({ ...rx, schedule: every(8) }, given('2026-01-10T09:59')).timing).toBeNull();
  });

  it('a dose not given, or an as-needed dose, has no slot to miss', () => {
    expect(deviationOf(rx, { ...given('2026-01-10T01:00'), outcome: 'refused' })).toEqual({
      dose: null,
      timing: null,
    });
    expect(deviationOf(rx, { ...given('2026-01-10T01:00'), dueAt: null }).timing).toBeNull();
  });

  it('needs every kind found confirmed, with a reason', () => {
    const both = deviationOf(rx, given('2026-01-10T01:00', 10));
    expect(deviationIssues(both, undefined)).toEqual([
      { path: 'deviation', code: 'doseDeviation' },
      { path: 'deviation', code: 'timingDeviation' },
    ]);
    expect(deviationIssues(both, { kinds: ['timing'], reason: 'Bloc à 8 h' })).toHaveLength(2);
    expect(deviationIssues(both, { kinds: ['dose', 'timing'], reason: '' })).toEqual([
      { path: 'deviation.reason', code: 'required' },
    ]);
    expect(deviationIssues(both, { kinds: ['dose', 'timing'], reason: 'Avis Dr Roux' })).toEqual(
      [],
    );
    expect(deviationIssues(deviationOf(rx, given('2026-01-10T08:00')), undefined)).toEqual([]);
  });
});
