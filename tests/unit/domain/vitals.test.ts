import { describe, expect, it } from 'vitest';
import {
  checkVitals,
  gramsPerLitreToMmol,
  mmolToGramsPerLitre,
  VITALS_LIMITS,
  vitalsRecordedSchema,
  type NumericVital,
} from '../../../src/domain/vitals';
import { schemaIssues } from './validationHelpers';

const FIELDS = Object.keys(VITALS_LIMITS) as NumericVital[];
const step = (field: NumericVital) => 10 ** -VITALS_LIMITS[field].decimals;
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A payload holding `value` in `field`, with what the field needs to be valid alone. */
function payloadWith(field: NumericVital, value: number): Record<string, unknown> {
  const base: Record<string, unknown> = { [field]: value };
  if (field === 'oxygenFlow' || field === 'oxygenPercent')
    Object.assign(base, { onOxygen: true, oxygenDevice: 'high-flow', pulse: 80 });
  if (field === 'diastolicBp') base.systolicBp = 300;
  if (field === 'systolicBp') base.diastolicBp = undefined;
  if (field === 'bloodGlucose') base.bloodGlucoseUnit = 'mmol/L';
  if (field === 'urineOutput') base.urinePeriodHours = 4;
  if (field === 'urinePeriodHours') base.urineOutput = 300;
  return base;
}

describe('checkVitals: both sides of every limit', () => {
  describe.each(FIELDS)('%s', (field) => {
    const { possible, usual } = VITALS_LIMITS[field];
    const device = field === 'oxygenFlow' ? { oxygenDevice: 'nasal-cannula' as const } : {};
    const check = (value: number) =>
      checkVitals({ ...device, systolicBp: 300, [field]: value })[field];

    it('refuses just outside the possible range and accepts its bounds', () => {
      expect(check(round(possible[0] - step(field)))).toBe('impossible');
      expect(check(possible[0])).not.toBe('impossible');
      expect(check(possible[1])).not.toBe('impossible');
      expect(check(round(possible[1] + step(field)))).toBe('impossible');
    });

    it('asks to confirm just outside the usual range, not at its bounds', () => {
      expect(check(usual[0])).toBeUndefined();
      expect(check(usual[1])).toBeUndefined();
      if (usual[0] > possible[0]) expect(check(round(usual[0] - step(field)))).toBe('unusual');
      if (usual[1] < possible[1]) expect(check(round(usual[1] + step(field)))).toBe('unusual');
    });

    it('the payload schema refuses what is impossible and keeps the bounds', () => {
      const below = payloadWith(field, round(possible[0] - step(field)));
      expect(schemaIssues(vitalsRecordedSchema, below)).toContainEqual({
        path: field,
        code: 'outOfRange',
      });
      const above = payloadWith(field, round(possible[1] + step(field)));
      expect(schemaIssues(vitalsRecordedSchema, above)).toContainEqual({
        path: field,
        code: 'outOfRange',
      });
      expect(schemaIssues(vitalsRecordedSchema, payloadWith(field, possible[0]))).toEqual([]);
      expect(schemaIssues(vitalsRecordedSchema, payloadWith(field, possible[1]))).toEqual([]);
    });
  });
});

describe('checkVitals: the limits a nurse expects', () => {
  it.each<[NumericVital, number, 'impossible' | 'unusual' | undefined]>([
    ['pulse', 301, 'impossible'],
    ['pulse', 300, 'unusual'],
    ['pulse', 151, 'unusual'],
    ['pulse', 150, undefined],
    ['pulse', 40, undefined],
    ['pulse', 39, 'unusual'],
    ['pulse', -1, 'impossible'],
    ['spo2', 49, 'impossible'],
    ['spo2', 101, 'impossible'],
    ['spo2', 79, 'unusual'],
    ['spo2', 88, undefined],
    ['temperature', 24.9, 'impossible'],
    ['temperature', 25, 'unusual'],
    ['temperature', 34.9, 'unusual'],
    ['temperature', 35, undefined],
    ['temperature', 40, undefined],
    ['temperature', 40.1, 'unusual'],
    ['temperature', 45.1, 'impossible'],
    ['temperature', 98.6, 'impossible'],
    ['systolicBp', 39, 'impossible'],
    ['systolicBp', 79, 'unusual'],
    ['systolicBp', 221, 'unusual'],
    ['systolicBp', 301, 'impossible'],
    ['respiratoryRate', 7, 'unusual'],
    ['respiratoryRate', 36, 'unusual'],
    ['respiratoryRate', 81, 'impossible'],
    ['pain', 11, 'impossible'],
    ['pain', 0, undefined],
    ['bloodGlucose', 2.4, 'unusual'],
    ['bloodGlucose', 0.4, 'impossible'],
    ['weight', 401, 'impossible'],
  ])('%s %d is %s', (field, value, expected) => {
    expect(checkVitals({ [field]: value })[field]).toBe(expected);
  });

  it('a diastolic at or above the systolic is impossible', () => {
    expect(checkVitals({ systolicBp: 120, diastolicBp: 120 }).diastolicBp).toBe('impossible');
    expect(checkVitals({ systolicBp: 120, diastolicBp: 130 }).diastolicBp).toBe('impossible');
    expect(checkVitals({ systolicBp: 120, diastolicBp: 119 }).diastolicBp).toBeUndefined();
  });

  it('a high-flow device has its own usual flow', () => {
    expect(checkVitals({ oxygenFlow: 40, oxygenDevice: 'nasal-cannula' }).oxygenFlow).toBe(
      'unusual',
    );
    expect(checkVitals({ oxygenFlow: 40, oxygenDevice: 'high-flow' }).oxygenFlow).toBeUndefined();
    expect(checkVitals({ oxygenFlow: 5, oxygenDevice: 'high-flow' }).oxygenFlow).toBe('unusual');
    expect(
      checkVitals({ oxygenFlow: 5, oxygenDevice: 'nasal-cannula' }).oxygenFlow,
    ).toBeUndefined();
  });

  it('skips empty fields, refuses what is not a number', () => {
    expect(checkVitals({ pulse: null, spo2: undefined })).toEqual({});
    expect(checkVitals({ pulse: Number.NaN }).pulse).toBe('impossible');
  });
});

describe('vitalsRecordedSchema', () => {
  it('accepts any subset, zero included', () => {
    expect(schemaIssues(vitalsRecordedSchema, { pain: 0 })).toEqual([]);
    expect(schemaIssues(vitalsRecordedSchema, { consciousness: 'V' })).toEqual([]);
    expect(schemaIssues(vitalsRecordedSchema, { urineOutput: 0, urinePeriodHours: 6 })).toEqual([]);
  });

  it.each([{}, { comment: 'Patient au fauteuil' }, { onOxygen: false, spo2Scale: 2 }])(
    'needs one measurement: %o',
    (payload) => {
      expect(schemaIssues(vitalsRecordedSchema, payload)).toEqual([
        { path: '', code: 'noMeasurement' },
      ]);
    },
  );

  it('temperature has one decimal, the others are whole numbers', () => {
    expect(schemaIssues(vitalsRecordedSchema, { temperature: 36.6 })).toEqual([]);
    expect(schemaIssues(vitalsRecordedSchema, { temperature: 36.55 })).toEqual([
      { path: 'temperature', code: 'invalid' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { pulse: 80.5 })).toEqual([
      { path: 'pulse', code: 'invalid' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { pulse: '80' })).toEqual([
      { path: 'pulse', code: 'invalid' },
    ]);
  });

  it('blood pressure: diastolic below systolic, and never alone', () => {
    expect(schemaIssues(vitalsRecordedSchema, { systolicBp: 120, diastolicBp: 80 })).toEqual([]);
    expect(schemaIssues(vitalsRecordedSchema, { systolicBp: 80 })).toEqual([]);
    expect(schemaIssues(vitalsRecordedSchema, { systolicBp: 80, diastolicBp: 80 })).toEqual([
      { path: 'diastolicBp', code: 'diastolicAboveSystolic' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { diastolicBp: 80 })).toEqual([
      { path: 'systolicBp', code: 'required' },
    ]);
  });

  it('oxygen: a device when on oxygen, a percentage for a venturi, no details on air', () => {
    const on = { spo2: 94, onOxygen: true };
    expect(
      schemaIssues(vitalsRecordedSchema, { ...on, oxygenDevice: 'nasal-cannula', oxygenFlow: 2 }),
    ).toEqual([]);
    expect(schemaIssues(vitalsRecordedSchema, on)).toEqual([
      { path: 'oxygenDevice', code: 'required' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { ...on, oxygenDevice: 'venturi' })).toEqual([
      { path: 'oxygenPercent', code: 'required' },
    ]);
    expect(
      schemaIssues(vitalsRecordedSchema, { ...on, oxygenDevice: 'venturi', oxygenPercent: 28 }),
    ).toEqual([]);
    expect(
      schemaIssues(vitalsRecordedSchema, { spo2: 94, onOxygen: false, oxygenFlow: 2 }),
    ).toEqual([{ path: 'oxygenFlow', code: 'invalid' }]);
    expect(schemaIssues(vitalsRecordedSchema, { spo2: 94, oxygenDevice: 'simple-mask' })).toEqual([
      { path: 'oxygenDevice', code: 'invalid' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { ...on, oxygenDevice: 'bottle' })).toEqual([
      { path: 'oxygenDevice', code: 'invalid' },
    ]);
  });

  it('glucose carries its unit, mmol/L only; urine output its period', () => {
    expect(schemaIssues(vitalsRecordedSchema, { bloodGlucose: 6.1 })).toEqual([
      { path: 'bloodGlucoseUnit', code: 'required' },
    ]);
    expect(
      schemaIssues(vitalsRecordedSchema, { bloodGlucose: 1.1, bloodGlucoseUnit: 'g/L' }),
    ).toEqual([{ path: 'bloodGlucoseUnit', code: 'invalid' }]);
    expect(schemaIssues(vitalsRecordedSchema, { pulse: 80, bloodGlucoseUnit: 'mmol/L' })).toEqual([
      { path: 'bloodGlucoseUnit', code: 'invalid' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { urineOutput: 400 })).toEqual([
      { path: 'urinePeriodHours', code: 'required' },
    ]);
  });

  it('refuses a consciousness level outside ACVPU and an SpO2 scale other than 1 or 2', () => {
    expect(schemaIssues(vitalsRecordedSchema, { consciousness: 'X' })).toEqual([
      { path: 'consciousness', code: 'invalid' },
    ]);
    expect(schemaIssues(vitalsRecordedSchema, { spo2: 90, spo2Scale: 3 })).toEqual([
      { path: 'spo2Scale', code: 'invalid' },
    ]);
  });

  it('trims the comment and drops it when empty', () => {
    expect(vitalsRecordedSchema.parse({ pulse: 70, comment: '  ' })).toEqual({ pulse: 70 });
    expect(vitalsRecordedSchema.parse({ pulse: 70, comment: ' agité ' }).comment).toBe('agité');
  });
});

describe('glucose units', () => {
  it.each([
    [1.0, 5.6],
    [0.5, 2.8],
    [1.26, 7.0],
    [3.0, 16.7],
  ])('%d g/L is %d mmol/L', (gramsPerLitre, mmol) => {
    expect(gramsPerLitreToMmol(gramsPerLitre)).toBe(mmol);
  });

  it('converts back to g/L with two decimals', () => {
    expect(mmolToGramsPerLitre(5.6)).toBe(1.01);
    expect(mmolToGramsPerLitre(7)).toBe(1.26);
  });
});
