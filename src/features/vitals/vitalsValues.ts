import type { z } from 'zod';
import type { Consciousness, News2Draft } from '../../domain/news2';
import {
  checkVitals,
  fitsDecimals,
  gramsPerLitreToMmol,
  GLUCOSE_UNIT,
  VITALS_LIMITS,
  type GlucoseEntryUnit,
  type NumericVital,
  type OxygenDevice,
  type Plausibility,
  type vitalsRecordedSchema,
} from '../../domain/vitals';
import type { Spo2Scale } from '../../domain/vitalsChart';
import type { TypedDateTime } from '../../ui/DateTimeField';

/** The measurements typed as numbers, in the order of the NEWS2 chart, then the others. */
export const SCORED_FIELDS = [
  'respiratoryRate',
  'spo2',
  'systolicBp',
  'diastolicBp',
  'pulse',
] as const;
export const OTHER_FIELDS = [
  'pain',
  'bloodGlucose',
  'weight',
  'urineOutput',
  'urinePeriodHours',
] as const;
export const OXYGEN_FIELDS = ['oxygenFlow', 'oxygenPercent'] as const;
type TypedField = NumericVital;
export type VitalsInput = z.input<typeof vitalsRecordedSchema>;

/** The form as typed: numbers stay text until sent, so nothing typed is lost. */
export type VitalsValues = Record<TypedField, string> & {
  oxygen: 'air' | 'oxygen' | '';
  oxygenDevice: OxygenDevice | '';
  consciousness: Consciousness | '';
  /** '' until the nurse picks one: the ward's unit (Settings), see withWardUnit. */
  glucoseUnit: GlucoseEntryUnit | '';
  comment: string;
  at: TypedDateTime;
};

export const emptyVitals = (at: TypedDateTime): VitalsValues => ({
  ...(Object.fromEntries(Object.keys(VITALS_LIMITS).map((key) => [key, ''])) as Record<
    TypedField,
    string
  >),
  oxygen: '',
  oxygenDevice: '',
  consciousness: '',
  glucoseUnit: '',
  comment: '',
  at,
});

/** The form with its glycaemia unit resolved: the one picked, else the ward's. */
export const withWardUnit = (
  values: VitalsValues,
  wardUnit: GlucoseEntryUnit,
): VitalsValues & { glucoseUnit: GlucoseEntryUnit } => ({
  ...values,
  glucoseUnit: values.glucoseUnit || wardUnit,
});

/** What is wrong with a field, most serious first: the nurse reads one message. */
export type FieldProblem = 'notNumber' | 'decimals' | Plausibility;

export interface ReadVitals {
  /** The valid numbers, glucose in mmol/L. */
  numbers: Partial<Record<TypedField, number>>;
  problems: Partial<Record<TypedField, FieldProblem>>;
  /** What NEWS2 reads: impossible or malformed values count as missing. */
  draft: News2Draft;
}

/** "36,8" and "36.8" are numbers; empty is null; anything else is not a number. */
export function parseTyped(text: string): number | null | 'notNumber' {
  const typed = text.trim().replace(',', '.');
  if (!typed) return null;
  return /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : 'notNumber';
}

/** Reads the form: numbers, per-field problems (checkVitals decides plausibility), NEWS2 draft. */
export function readVitals(values: VitalsValues, scale: Spo2Scale): ReadVitals {
  const checked: ReadVitals['numbers'] = {};
  const problems: ReadVitals['problems'] = {};
  const oxygen = values.oxygen === 'oxygen';
  for (const field of Object.keys(VITALS_LIMITS) as TypedField[]) {
    if (!oxygen && (field === 'oxygenFlow' || field === 'oxygenPercent')) continue;
    const parsed = parseTyped(values[field]);
    if (parsed === null) continue;
    if (parsed === 'notNumber') {
      problems[field] = 'notNumber';
      continue;
    }
    const gramsPerLitre = field === 'bloodGlucose' && values.glucoseUnit === 'g/L';
    const value = gramsPerLitre ? gramsPerLitreToMmol(parsed) : parsed;
    if (!gramsPerLitre && !fitsDecimals(value, VITALS_LIMITS[field].decimals)) {
      problems[field] = 'decimals';
      continue;
    }
    checked[field] = value;
  }
  const plausibility = checkVitals({ ...checked, oxygenDevice: values.oxygenDevice || null });
  const numbers: ReadVitals['numbers'] = {};
  for (const [field, value] of Object.entries(checked) as [TypedField, number][]) {
    const verdict = plausibility[field];
    if (verdict) problems[field] = verdict;
    // An impossible value is not sent, and NEWS2 reads it as missing.
    if (verdict !== 'impossible') numbers[field] = value;
  }
  const draft: News2Draft = {
    respiratoryRate: numbers.respiratoryRate ?? null,
    spo2: numbers.spo2 ?? null,
    spo2Scale: scale,
    onOxygen: values.oxygen === '' ? null : oxygen,
    systolicBp: numbers.systolicBp ?? null,
    pulse: numbers.pulse ?? null,
    consciousness: values.consciousness || null,
    temperature: numbers.temperature ?? null,
  };
  return { numbers, problems, draft };
}

/** The fields whose values are unusual: the nurse confirms them before saving. */
export const unusualFields = (read: ReadVitals): TypedField[] =>
  (Object.keys(read.problems) as TypedField[]).filter((f) => read.problems[f] === 'unusual');

/** Whether something keeps the set from being saved as typed (not a number, impossible...). */
export const blocking = (read: ReadVitals): TypedField[] =>
  (Object.keys(read.problems) as TypedField[]).filter((f) => read.problems[f] !== 'unusual');

/** The payload of 'vitals.recorded': only what was typed; oxygen details only on oxygen. */
export function toVitalsPayload(
  values: VitalsValues & { glucoseUnit: GlucoseEntryUnit },
  read: ReadVitals,
): VitalsInput {
  const { numbers } = read;
  const oxygen = values.oxygen === 'oxygen';
  const entered = parseTyped(values.bloodGlucose);
  return {
    ...numbers,
    onOxygen: values.oxygen === '' ? undefined : oxygen,
    oxygenDevice: oxygen && values.oxygenDevice ? values.oxygenDevice : undefined,
    consciousness: values.consciousness || undefined,
    bloodGlucoseUnit: numbers.bloodGlucose === undefined ? undefined : GLUCOSE_UNIT,
    bloodGlucoseAsEntered:
      numbers.bloodGlucose === undefined || typeof entered !== 'number'
        ? undefined
        : { value: entered, unit: values.glucoseUnit },
    comment: values.comment,
  };
}
