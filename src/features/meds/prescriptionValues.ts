import type { DoseUnit, Route } from '../../domain/medications';
import type { Prescription } from '../../domain/prescriptions';
import { dayFirstToIso, isoToDayFirst, isoToTyped } from '../../domain/time';
import {
  emptySchedule,
  fromSchedule,
  toSchedule,
  type ScheduleValues,
} from '../../ui/scheduleValues';
import type { PrescriptionInput } from './hooks';

/** A paper prescription as typed: text stays text until sent. */
export interface PrescriptionValues {
  drug: string;
  doseValue: string;
  doseUnit: DoseUnit | '';
  route: Route | '';
  schedule: ScheduleValues;
  prescriber: string;
  /** As typed, day first: the date written on the paper order. */
  orderDate: string;
  highAlert: boolean;
  note: string;
}

export const emptyPrescription = (nowIso: string, timeZone?: string): PrescriptionValues => ({
  drug: '',
  doseValue: '',
  doseUnit: '',
  route: '',
  schedule: emptySchedule(nowIso, timeZone),
  prescriber: '',
  orderDate: isoToTyped(nowIso, timeZone).date,
  highAlert: false,
  note: '',
});

/** The form filled from a prescription, for a change: the new one starts now by default. */
export const fromPrescription = (
  p: Prescription,
  nowIso: string,
  timeZone?: string,
): PrescriptionValues => ({
  drug: p.drug,
  doseValue: String(p.dose.value).replace('.', ','),
  doseUnit: p.dose.unit,
  route: p.route,
  schedule: {
    ...fromSchedule(p.schedule, nowIso, timeZone),
    start: isoToTyped(nowIso, timeZone),
  },
  prescriber: p.prescriber,
  orderDate: isoToDayFirst(p.orderDate),
  highAlert: p.highAlert,
  note: p.note ?? '',
});

/** "1,5" and "1.5" are numbers; anything else is sent as typed, for the schema to refuse. */
export const typedNumber = (text: string): number | string | undefined => {
  const typed = text.trim().replace(',', '.');
  if (!typed) return undefined;
  return /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : text;
};

/** The dose typed, when it is one (a number and a unit); undefined while it is not. */
export function typedDose(values: {
  doseValue: string;
  doseUnit: DoseUnit | '';
}): { value: number; unit: DoseUnit } | undefined {
  const value = typedNumber(values.doseValue);
  return typeof value === 'number' && value > 0 && values.doseUnit
    ? { value, unit: values.doseUnit }
    : undefined;
}

/**
 * What the write path validates. Text that is not a number or a date is passed as typed and
 * refused there, field by field (PrescriptionInput is the payload's input type as typed).
 */
export function toPrescriptionInput(
  values: PrescriptionValues,
  timeZone?: string,
): PrescriptionInput {
  return {
    drug: values.drug,
    dose: { value: typedNumber(values.doseValue), unit: values.doseUnit || undefined },
    route: values.route || undefined,
    schedule: toSchedule(values.schedule, timeZone),
    prescriber: values.prescriber,
    orderDate: values.orderDate.trim() ? dayFirstToIso(values.orderDate) : undefined,
    highAlert: values.highAlert,
    note: values.note,
  };
}
