import { z } from 'zod';
import { CONSCIOUSNESS_LEVELS } from './news2';
import { optionalText } from './text';
import type { ValidationCode } from './validation';

// Payload of 'vitals.recorded'. events.ts will import this file: no import of events here.

/** Oxygen delivery, as on the NEWS2 chart; air is `onOxygen: false`. */
export const OXYGEN_DEVICES = [
  'nasal-cannula',
  'simple-mask',
  'venturi',
  'non-rebreather',
  'humidified',
  'high-flow',
  'cpap',
  'niv',
  'tracheostomy-mask',
  'other',
] as const;
export type OxygenDevice = (typeof OXYGEN_DEVICES)[number];

/** Blood glucose is stored in mmol/L only; a meter reading g/L goes through gramsPerLitreToMmol. */
export const GLUCOSE_UNIT = 'mmol/L';
/** The units a glucose meter reads in; what the nurse typed is kept as typed (issue 10). */
export const GLUCOSE_ENTRY_UNITS = ['g/L', GLUCOSE_UNIT] as const;
export type GlucoseEntryUnit = (typeof GLUCOSE_ENTRY_UNITS)[number];

interface Limit {
  unit: string;
  /** Outside (bounds included in the range), the value cannot be true: it is refused. */
  possible: readonly [number, number];
  /** Outside, but possible: the nurse confirms it before saving. */
  usual: readonly [number, number];
  /** Decimals the value may carry (0: whole numbers). */
  decimals: number;
}

/**
 * Plausibility of every numeric measurement, one row each. "possible" catches typos and unit
 * slips (98.6 °F, 366 for 36.6, a diastolic typed as pulse); "usual" asks for a second look.
 */
export const VITALS_LIMITS = {
  respiratoryRate: { unit: '/min', possible: [0, 80], usual: [8, 35], decimals: 0 },
  spo2: { unit: '%', possible: [50, 100], usual: [80, 100], decimals: 0 },
  oxygenFlow: { unit: 'L/min', possible: [0.1, 80], usual: [0.5, 15], decimals: 1 },
  oxygenPercent: { unit: '%', possible: [21, 100], usual: [24, 60], decimals: 0 },
  systolicBp: { unit: 'mmHg', possible: [40, 300], usual: [80, 220], decimals: 0 },
  diastolicBp: { unit: 'mmHg', possible: [20, 200], usual: [40, 130], decimals: 0 },
  pulse: { unit: '/min', possible: [0, 300], usual: [40, 150], decimals: 0 },
  temperature: { unit: '°C', possible: [25, 45], usual: [35, 40], decimals: 1 },
  pain: { unit: '/10', possible: [0, 10], usual: [0, 10], decimals: 0 },
  bloodGlucose: { unit: GLUCOSE_UNIT, possible: [0.5, 60], usual: [2.5, 30], decimals: 1 },
  weight: { unit: 'kg', possible: [0.3, 400], usual: [30, 200], decimals: 1 },
  urineOutput: { unit: 'mL', possible: [0, 10000], usual: [0, 4000], decimals: 0 },
  urinePeriodHours: { unit: 'h', possible: [1, 24], usual: [1, 24], decimals: 0 },
} as const satisfies Record<string, Limit>;
export type NumericVital = keyof typeof VITALS_LIMITS;

/** High-flow oxygen runs at 30–60 L/min: for it, this replaces the usual oxygenFlow range. */
export const HIGH_FLOW_USUAL = [10, 60] as const;

/** What counts as a measurement: a set needs one of these (oxygen details alone are not). */
export const MEASUREMENTS = [
  'respiratoryRate',
  'spo2',
  'systolicBp',
  'diastolicBp',
  'pulse',
  'consciousness',
  'temperature',
  'pain',
  'bloodGlucose',
  'weight',
  'urineOutput',
] as const;

const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid';

/** Whether a value has at most `decimals` decimals, allowing for floating-point noise. */
export const fitsDecimals = (value: number, decimals: number): boolean => {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

const measure = (field: NumericVital) => {
  const { possible, decimals } = VITALS_LIMITS[field];
  return z
    .number({ error: typeError })
    .min(possible[0], { error: 'outOfRange' })
    .max(possible[1], { error: 'outOfRange' })
    .refine((value) => fitsDecimals(value, decimals), { error: 'invalid' })
    .optional();
};

const OXYGEN_DETAILS = ['oxygenDevice', 'oxygenFlow', 'oxygenPercent'] as const;

/** 'vitals.recorded': any subset of the measurements, at least one. */
export const vitalsRecordedSchema = z
  .object({
    respiratoryRate: measure('respiratoryRate'),
    spo2: measure('spo2'),
    /** The SpO2 scale in use when the set was taken (the patient's, unless stated). */
    spo2Scale: z.literal([1, 2], { error: 'invalid' }).optional(),
    onOxygen: z.boolean({ error: 'invalid' }).optional(),
    oxygenDevice: z.enum(OXYGEN_DEVICES, { error: 'invalid' }).optional(),
    oxygenFlow: measure('oxygenFlow'),
    /** FiO2, set on a venturi valve or a high-flow blender. */
    oxygenPercent: measure('oxygenPercent'),
    systolicBp: measure('systolicBp'),
    diastolicBp: measure('diastolicBp'),
    pulse: measure('pulse'),
    consciousness: z.enum(CONSCIOUSNESS_LEVELS, { error: 'invalid' }).optional(),
    temperature: measure('temperature'),
    pain: measure('pain'),
    bloodGlucose: measure('bloodGlucose'),
    bloodGlucoseUnit: z.literal(GLUCOSE_UNIT, { error: 'invalid' }).optional(),
    /** The reading as typed (2.56 g/L), printed as such; absent on older events. */
    bloodGlucoseAsEntered: z
      .object({
        value: z.number({ error: typeError }).positive({ error: 'outOfRange' }),
        unit: z.enum(GLUCOSE_ENTRY_UNITS, { error: 'invalid' }),
      })
      .optional(),
    weight: measure('weight'),
    /** Urine collected over the last urinePeriodHours hours. */
    urineOutput: measure('urineOutput'),
    urinePeriodHours: measure('urinePeriodHours'),
    comment: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, code: ValidationCode) =>
      ctx.addIssue({ code: 'custom', path: path ? [path] : [], message: code });
    if (!MEASUREMENTS.some((field) => v[field] !== undefined)) issue('', 'noMeasurement');
    if (v.diastolicBp !== undefined) {
      if (v.systolicBp === undefined) issue('systolicBp', 'required');
      else if (v.diastolicBp >= v.systolicBp) issue('diastolicBp', 'diastolicAboveSystolic');
    }
    if (v.onOxygen === true) {
      if (v.oxygenDevice === undefined) issue('oxygenDevice', 'required');
      if (v.oxygenDevice === 'venturi' && v.oxygenPercent === undefined)
        issue('oxygenPercent', 'required');
    } else {
      for (const field of OXYGEN_DETAILS) if (v[field] !== undefined) issue(field, 'invalid');
    }
    const paired = [
      ['bloodGlucose', 'bloodGlucoseUnit'],
      ['urineOutput', 'urinePeriodHours'],
    ] as const;
    if (v.bloodGlucoseAsEntered !== undefined && v.bloodGlucose === undefined)
      issue('bloodGlucoseAsEntered', 'invalid');
    for (const [value, detail] of paired) {
      if (v[value] !== undefined && v[detail] === undefined) issue(detail, 'required');
      if (v[value] === undefined && v[detail] !== undefined) issue(detail, 'invalid');
    }
  });
export type VitalsRecorded = z.output<typeof vitalsRecordedSchema>;

export type Plausibility = 'impossible' | 'unusual';
/** Numbers as a form holds them (empty fields null or absent), with the device in use. */
export type VitalsValues = { [K in NumericVital]?: number | null } & {
  oxygenDevice?: OxygenDevice | null;
};

/**
 * Per field, whether a value is impossible (refused) or unusual (to confirm); fields that are
 * fine or empty are absent. A diastolic at or above the systolic is impossible.
 */
export function checkVitals(values: VitalsValues): Partial<Record<NumericVital, Plausibility>> {
  const result: Partial<Record<NumericVital, Plausibility>> = {};
  for (const field of Object.keys(VITALS_LIMITS) as NumericVital[]) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    const { possible } = VITALS_LIMITS[field];
    const usual =
      field === 'oxygenFlow' && values.oxygenDevice === 'high-flow'
        ? HIGH_FLOW_USUAL
        : VITALS_LIMITS[field].usual;
    if (!Number.isFinite(value) || value < possible[0] || value > possible[1])
      result[field] = 'impossible';
    else if (value < usual[0] || value > usual[1]) result[field] = 'unusual';
  }
  const { systolicBp: sys, diastolicBp: dia } = values;
  if (typeof sys === 'number' && typeof dia === 'number' && dia >= sys)
    result.diastolicBp = 'impossible';
  return result;
}

/** A glucose meter reading in g/L, as mmol/L with one decimal (glucose: 180.16 g/mol). */
export const gramsPerLitreToMmol = (gramsPerLitre: number): number =>
  Math.round(((gramsPerLitre * 1000) / 180.16) * 10) / 10;

/** mmol/L as g/L with two decimals, for a ward that reads g/L. */
export const mmolToGramsPerLitre = (mmol: number): number =>
  Math.round(((mmol * 180.16) / 1000) * 100) / 100;
