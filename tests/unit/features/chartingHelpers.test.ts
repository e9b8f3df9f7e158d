import { describe, expect, it } from 'vitest';
import { parsePatientId } from '../../../src/domain/ids';
import { parseRoute } from '../../../src/app/routes';
import { scheduleSchema } from '../../../src/domain/schedule';
import { stayEvents } from '../../../src/features/chart/hooks';
import {
  emptyPrescription,
  toPrescriptionInput,
  typedNumber,
} from '../../../src/features/meds/prescriptionValues';
import { timeTicks, yRange } from '../../../src/features/vitals/chartGeometry';
import { parseTimes, toSchedule, wholeNumber } from '../../../src/ui/scheduleValues';
import { wardDay } from '../../../src/domain/time';
import { chart, paris, voidOf } from '../domain/chartFixtures';

describe('schedules as typed', () => {
  it('reads times of day as nurses write them, in the day’s order', () => {
    expect(parseTimes('20h, 8 12:00 1800')).toEqual(['08:00', '12:00', '18:00', '20:00']);
    expect(parseTimes('8h 25:00')).toEqual(['08:00', '25:00']);
  });

  it('sends only the fields of the kind chosen, which the schema then accepts', () => {
    const start = { date: '29/11/2026', time: '08:00' };
    const end = { date: '', time: '' };
    const base = {
      times: '8 20',
      intervalHours: '6',
      maxDosesPer24h: '4',
      maxAmountValue: '',
      maxAmountUnit: '' as const,
      minIntervalHours: '',
      indication: 'Douleur',
      start,
      end,
    };
    const fixed = toSchedule({ ...base, kind: 'fixed-times' });
    expect(fixed).toEqual({
      kind: 'fixed-times',
      times: ['08:00', '20:00'],
      start: paris('2026-11-29T08:00'),
      end: undefined,
    });
    expect(scheduleSchema.safeParse(fixed).success).toBe(true);
    expect(scheduleSchema.safeParse(toSchedule({ ...base, kind: 'prn' })).success).toBe(true);
    expect(toSchedule({ ...base, kind: '' })).toBeUndefined();
    // As needed: 4 g over 24 h and 4 h apart, typed the French way.
    const paracetamol = {
      ...base,
      kind: 'prn' as const,
      maxAmountValue: '4',
      minIntervalHours: '4',
    };
    expect(toSchedule({ ...paracetamol, maxAmountUnit: 'g' })).toMatchObject({
      maxAmountPer24h: { value: 4, unit: 'g' },
      minIntervalHours: 4,
    });
    expect(
      scheduleSchema.safeParse(toSchedule({ ...paracetamol, maxAmountUnit: 'g' })).success,
    ).toBe(true);
    expect(scheduleSchema.safeParse(toSchedule(paracetamol)).success).toBe(false);
    expect(wholeNumber('6 h')).toBe('6 h');
  });

  it('passes what is not a number as typed, for the schema to refuse', () => {
    expect(typedNumber('1,5')).toBe(1.5);
    expect(typedNumber('1 g')).toBe('1 g');
    const input = toPrescriptionInput({
      ...emptyPrescription(paris('2026-11-29T08:00')),
      doseValue: 'un',
    });
    expect(input.dose?.value).toBe('un');
    expect(input.orderDate).toBe('2026-11-29');
  });
});

describe('the ward day', () => {
  it('runs midnight to midnight on the ward’s clock, 23 h on the day clocks go forward', () => {
    const day = wardDay(paris('2026-03-29T14:00'));
    expect(day).toEqual({
      date: '2026-03-29',
      from: paris('2026-03-29T00:00'),
      to: paris('2026-03-30T00:00'),
    });
    expect(Date.parse(day.to) - Date.parse(day.from)).toBe(23 * 3600_000);
    expect(wardDay(paris('2026-11-29T00:30'), -1).date).toBe('2026-11-28');
  });
});

describe('the chart’s geometry', () => {
  it('draws a grid line at each midnight and noon of the ward', () => {
    const from = Date.parse(paris('2026-11-27T10:30'));
    const to = Date.parse(paris('2026-11-28T13:00'));
    expect(timeTicks(from, to)).toEqual(
      ['2026-11-27T12:00', '2026-11-28T00:00', '2026-11-28T12:00'].map((w) => Date.parse(paris(w))),
    );
  });

  it('keeps the normal band in view and stops at what the measure can be', () => {
    expect(yRange([95, 97], [96, 100], [50, 100])).toEqual([94, 100]);
    expect(yRange([], [0, 7], [0, 20])).toEqual([0, 8]);
  });
});

describe('the current stay and the routes', () => {
  it('keeps the events of the stay, and corrections whenever made', () => {
    const old = chart('vitals.recorded', { pulse: 80 }, paris('2026-11-01T08:00'));
    const now = chart('vitals.recorded', { pulse: 90 }, paris('2026-11-29T08:00'));
    const fix = voidOf(old, paris('2026-11-02T08:00'));
    const kept = stayEvents([old, now, fix], paris('2026-11-28T10:00'));
    expect(kept).toEqual([now, fix]);
  });

  it('reads a charting screen and its dose from the hash', () => {
    const dueAt = paris('2026-11-29T08:00');
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(parseRoute(`#/patient/${id}/give/rx1/${encodeURIComponent(dueAt)}`)).toEqual({
      screen: 'chart',
      patientId: id,
      action: 'give',
      target: 'rx1',
      slot: dueAt,
    });
    expect(parseRoute(`#/patient/${id}/move`)).toEqual({
      screen: 'patient',
      patientId: id,
      action: 'move',
    });
    expect(parseRoute('#/todo')).toEqual({ screen: 'todo' });
  });

  it('takes a patient id from the hash only when it is one: else the patient is not found', () => {
    expect(parseRoute('#/patient/p1')).toEqual({ screen: 'unknownPatient' });
    expect(parseRoute('#/patient/%E0%A4%A/vitals')).toEqual({ screen: 'unknownPatient' });
    expect(parseRoute('#/patient/')).toEqual({ screen: 'patient', patientId: null, action: null });
    expect(parsePatientId(undefined)).toBeNull();
  });
});
