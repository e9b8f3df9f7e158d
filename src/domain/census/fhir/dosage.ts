import { DOSE_UNITS } from '../../doseAmounts';
import { codings, num, obj, objects, str, type Json } from './json';

// Dosage (R4 Dosage) → dose, route and schedule of a prescription. Only what maps exactly:
// "3 times a day" does not say at which hours, so it is not turned into 08:00-14:00-20:00;
// the reader reports it and a nurse transcribes it from the paper.

export type Mapped<T> = { value: T } | { missing: true } | { unmapped: true };

/** UCUM units and dose forms (EDQM, HL7 orderableDrugForm) → the app's dose units. */
const UNITS: Record<string, string> = {
  mg: 'mg',
  g: 'g',
  ug: 'µg',
  µg: 'µg',
  mcg: 'µg',
  ng: 'ng',
  mL: 'mL',
  ml: 'mL',
  '[iU]': 'IU',
  '[IU]': 'IU',
  IU: 'IU',
  UI: 'IU',
  mmol: 'mmol',
  '{tablet}': 'tablet',
  '{tbl}': 'tablet',
  TAB: 'tablet',
  tablet: 'tablet',
  comprimé: 'tablet',
  '{capsule}': 'capsule',
  CAP: 'capsule',
  capsule: 'capsule',
  gélule: 'capsule',
  '{sachet}': 'sachet',
  sachet: 'sachet',
  '[drp]': 'drop',
  drop: 'drop',
  goutte: 'drop',
  '{puff}': 'puff',
  puff: 'puff',
  bouffée: 'puff',
  '{patch}': 'patch',
  patch: 'patch',
  SUPP: 'suppository',
  '{suppository}': 'suppository',
  suppositoire: 'suppository',
  '{ampoule}': 'ampoule',
  ampoule: 'ampoule',
  '{application}': 'application',
};

/** Routes (SNOMED CT, and EDQM standard terms used in France) → the app's route codes. */
const ROUTES: Record<string, string> = {
  '26643006': 'PO',
  '20053000': 'PO',
  '37839007': 'SL',
  '20057000': 'SL',
  '47625008': 'IV',
  '20045000': 'IV',
  '34206005': 'SC',
  '20066000': 'SC',
  '78421000': 'IM',
  '20035000': 'IM',
  '447694001': 'inhaled',
  '18679011000001101': 'inhaled',
  '20020000': 'inhaled',
  '6064005': 'topical',
  '20003000': 'topical',
  '45890007': 'transdermal',
  '20070000': 'transdermal',
  '37161004': 'rectal',
  '20061000': 'rectal',
  '16857009': 'vaginal',
  '20072000': 'vaginal',
  '54485002': 'ophthalmic',
  '20051000': 'ophthalmic',
  '10547007': 'otic',
  '20023000': 'otic',
  '46713006': 'nasal',
  '20049000': 'nasal',
  '127492001': 'enteral-tube',
  '127491008': 'enteral-tube',
};

const unitOf = (quantity: Json): string | undefined =>
  [str(quantity.code), str(quantity.unit)]
    .map((unit) => (unit === undefined ? undefined : UNITS[unit]))
    .find((unit): unit is string => unit !== undefined && DOSE_UNITS.some((u) => u === unit));

export function readDose(dosage: Json): Mapped<{ value: number; unit: string }> {
  const rates = objects(dosage.doseAndRate);
  if (rates.length === 0) return { missing: true };
  const quantity = obj(rates[0]?.doseQuantity);
  const value = num(quantity?.value);
  const unit = quantity ? unitOf(quantity) : undefined;
  if (rates.length > 1 || !quantity || value === undefined || !unit) return { unmapped: true };
  return { value: { value, unit } };
}

export function readRoute(dosage: Json): Mapped<string> {
  if (!obj(dosage.route)) return { missing: true };
  const route = codings(dosage.route)
    .map((coding) => ROUTES[String(coding.code)])
    .find(Boolean);
  return route ? { value: route } : { unmapped: true };
}

const HOURS: Record<string, number> = { h: 1, d: 24 };

/** "08:00:00" → "08:00". */
const hhmm = (time: unknown) => str(time)?.slice(0, 5);

/** As needed: at most N doses a day, from maxDosePerPeriod or the frequency over a period. */
function prnSchedule(dosage: Json, repeat: Json | undefined): Mapped<Record<string, unknown>> {
  const indication =
    str(obj(dosage.asNeededCodeableConcept)?.text) ??
    codings(dosage.asNeededCodeableConcept)
      .map((c) => str(c.display))
      .find(Boolean);
  const max = obj(dosage.maxDosePerPeriod);
  const perDay =
    num(obj(max?.denominator)?.value) === 1 && obj(max?.denominator)?.unit === 'd'
      ? num(obj(max?.numerator)?.value)
      : undefined;
  const frequency = num(repeat?.frequency);
  const hours = (num(repeat?.period) ?? 0) * (HOURS[String(repeat?.periodUnit)] ?? 0);
  const minIntervalHours = frequency === 1 && hours > 0 ? hours : undefined;
  const fromRepeat =
    frequency !== undefined && hours > 0 ? Math.floor((frequency * 24) / hours) : undefined;
  const maxDosesPer24h = perDay ?? fromRepeat;
  if (!indication || maxDosesPer24h === undefined) return { unmapped: true };
  return {
    value: {
      kind: 'prn',
      maxDosesPer24h,
      indication,
      ...(minIntervalHours ? { minIntervalHours } : {}),
    },
  };
}

/** Timing → schedule kind and its fields (start and end are added by the caller). */
export function readTiming(dosage: Json): Mapped<Record<string, unknown>> {
  const repeat = obj(obj(dosage.timing)?.repeat);
  if (dosage.asNeededBoolean === true || obj(dosage.asNeededCodeableConcept)) {
    return prnSchedule(dosage, repeat);
  }
  if (!repeat) return { missing: true };
  const times = (Array.isArray(repeat.timeOfDay) ? repeat.timeOfDay : []).map(hhmm);
  if (times.length > 0 && times.every(Boolean) && !repeat.when) {
    return { value: { kind: 'fixed-times', times: [...times].sort() } };
  }
  if (num(repeat.count) === 1) return { value: { kind: 'once' } };
  const hours = (num(repeat.period) ?? 0) * (HOURS[String(repeat.periodUnit)] ?? 0);
  if (num(repeat.frequency) === 1 && Number.isInteger(hours) && hours > 0 && !repeat.when) {
    return { value: { kind: 'every-n-hours', intervalHours: hours } };
  }
  return { unmapped: true };
}
