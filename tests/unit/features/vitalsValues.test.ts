import { describe, expect, it } from 'vitest';
import { tryScoreNews2 } from '../../../src/domain/news2';
import { vitalsRecordedSchema } from '../../../src/domain/vitals';
import {
  blocking,
  emptyVitals,
  parseTyped,
  readVitals,
  toVitalsPayload,
  unusualFields,
  withWardUnit,
  type VitalsValues,
} from '../../../src/features/vitals/vitalsValues';

const at = { date: '29/11/2026', time: '14:05' };
/** The form as typed, its glycaemia unit resolved as the form does (ward unit mmol/L). */
const typed = (patch: Partial<VitalsValues>) =>
  withWardUnit({ ...emptyVitals(at), ...patch }, 'mmol/L');
const full = typed({
  respiratoryRate: '22',
  spo2: '95',
  oxygen: 'air',
  systolicBp: '105',
  diastolicBp: '70',
  pulse: '95',
  consciousness: 'A',
  temperature: '38,4',
});

describe('the vitals form as typed', () => {
  it('reads French decimals, and tells a number from a slip', () => {
    expect(parseTyped(' 36,8 ')).toBe(36.8);
    expect(parseTyped('36.8')).toBe(36.8);
    expect(parseTyped('')).toBeNull();
    expect(parseTyped('3 6')).toBe('notNumber');
    expect(parseTyped('abc')).toBe('notNumber');
  });

  it('scores NEWS2 live once the seven parameters are there', () => {
    const partial = readVitals(typed({ respiratoryRate: '22' }), 1);
    expect(tryScoreNews2(partial.draft).kind).toBe('incomplete');
    const attempt = tryScoreNews2(readVitals(full, 1).draft);
    expect(attempt.kind === 'scored' && attempt.result.total).toBe(6);
  });

  it('uses the patient’s SpO2 scale: 90 % on air scores 3 on scale 1, 0 on scale 2', () => {
    const values = { ...full, spo2: '90' };
    const one = tryScoreNews2(readVitals(values, 1).draft);
    const two = tryScoreNews2(readVitals(values, 2).draft);
    expect(one.kind === 'scored' && one.result.scores.spo2).toBe(3);
    expect(two.kind === 'scored' && two.result.scores.spo2).toBe(0);
  });

  it('refuses an impossible value (not sent, not scored) and asks to confirm an unusual one', () => {
    const read = readVitals({ ...full, temperature: '366', pulse: '160' }, 1);
    expect(read.problems).toEqual({ temperature: 'impossible', pulse: 'unusual' });
    expect(blocking(read)).toEqual(['temperature']);
    expect(unusualFields(read)).toEqual(['pulse']);
    expect(read.numbers.temperature).toBeUndefined();
    expect(tryScoreNews2(read.draft).kind).toBe('incomplete');
  });

  it('says a whole-number measure typed with decimals is wrong', () => {
    expect(readVitals(typed({ pulse: '72,5' }), 1).problems.pulse).toBe('decimals');
  });

  it('a diastolic above the systolic is impossible', () => {
    const read = readVitals(typed({ systolicBp: '90', diastolicBp: '95' }), 1);
    expect(read.problems.diastolicBp).toBe('impossible');
  });

  it('converts glucose typed in g/L to mmol/L, the unit stored', () => {
    const values = typed({ bloodGlucose: '1,10', glucoseUnit: 'g/L' });
    const payload = toVitalsPayload(values, readVitals(values, 1));
    expect(payload.bloodGlucose).toBe(6.1);
    expect(payload.bloodGlucoseUnit).toBe('mmol/L');
  });

  it('reads glucose in the ward’s unit until the nurse picks another (issue 10)', () => {
    const untouched = { ...emptyVitals(at), bloodGlucose: '1,10' };
    const inGrams = withWardUnit(untouched, 'g/L');
    expect(inGrams.glucoseUnit).toBe('g/L');
    expect(toVitalsPayload(inGrams, readVitals(inGrams, 1)).bloodGlucoseAsEntered).toEqual({
      value: 1.1,
      unit: 'g/L',
    });
    expect(withWardUnit(untouched, 'mmol/L').glucoseUnit).toBe('mmol/L');
    const picked = withWardUnit({ ...untouched, glucoseUnit: 'mmol/L' }, 'g/L');
    expect(picked.glucoseUnit).toBe('mmol/L');
  });

  it('keeps the glucose reading as typed, with its unit, for the paper chart', () => {
    const values = typed({ bloodGlucose: '2,56', glucoseUnit: 'g/L' });
    const payload = toVitalsPayload(values, readVitals(values, 1));
    expect(payload.bloodGlucose).toBe(14.2);
    expect(payload.bloodGlucoseAsEntered).toEqual({ value: 2.56, unit: 'g/L' });
    expect(vitalsRecordedSchema.safeParse(payload).success).toBe(true);
  });

  it('sends only what was typed, oxygen details only on oxygen, and the schema accepts it', () => {
    const air = { ...full, oxygenFlow: '2' };
    const payload = toVitalsPayload(air, readVitals(air, 1));
    expect(payload.oxygenFlow).toBeUndefined();
    expect(payload.onOxygen).toBe(false);
    expect(vitalsRecordedSchema.safeParse(payload).success).toBe(true);
    const o2 = {
      ...full,
      oxygen: 'oxygen' as const,
      oxygenDevice: 'nasal-cannula' as const,
      oxygenFlow: '2',
    };
    const withO2 = toVitalsPayload(o2, readVitals(o2, 1));
    expect(withO2).toMatchObject({ onOxygen: true, oxygenDevice: 'nasal-cannula', oxygenFlow: 2 });
    expect(vitalsRecordedSchema.safeParse(withO2).success).toBe(true);
  });

  it('an empty form sends no measurement, for the schema to say so', () => {
    const payload = toVitalsPayload(typed({}), readVitals(typed({}), 1));
    expect(vitalsRecordedSchema.safeParse(payload).success).toBe(false);
  });
});
