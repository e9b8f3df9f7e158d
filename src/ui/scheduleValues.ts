import type { DoseUnit } from '../domain/doseAmounts';
import type { z } from 'zod';
import type { AsTyped } from '../domain/formInput';
import type { Schedule, ScheduleKind, scheduleSchema } from '../domain/schedule';
import { isoToTyped, typedTime, typedToIso } from '../domain/time';
import type { TypedDateTime } from './DateTimeField';

type TypedSchedule = AsTyped<z.input<typeof scheduleSchema>>;

/** A schedule as typed: text stays text until it is sent, so nothing typed is lost. */
export interface ScheduleValues {
  kind: ScheduleKind | '';
  /** Times of day, as typed: "8h 12:00 1800". */
  times: string;
  intervalHours: string;
  maxDosesPer24h: string;
  /** As needed: an optional maximum amount per 24 h ("4" and "g") and minimum interval. */
  maxAmountValue: string;
  maxAmountUnit: DoseUnit | '';
  minIntervalHours: string;
  indication: string;
  start: TypedDateTime;
  /** Empty date and time: no end. */
  end: TypedDateTime;
}

export const NO_TIME: TypedDateTime = { date: '', time: '' };

export const emptySchedule = (nowIso: string, timeZone?: string): ScheduleValues => ({
  kind: '',
  times: '',
  intervalHours: '',
  maxDosesPer24h: '',
  maxAmountValue: '',
  maxAmountUnit: '',
  minIntervalHours: '',
  indication: '',
  start: isoToTyped(nowIso, timeZone),
  end: NO_TIME,
});

/** The instant typed; what is not one is sent as typed, for the schema to say 'invalidDate'. */
export const typedInstant = (
  { date, time }: TypedDateTime,
  timeZone?: string,
): string | undefined =>
  typedToIso(date, time, timeZone) ?? (date.trim() || time.trim() ? `${date} ${time}` : undefined);

/** "8h, 12:00 1800" → ["08:00", "12:00", "18:00"], in the day's order; a typo stays as typed. */
export function parseTimes(text: string): string[] {
  const typed = text.split(/[\s,;/]+/).filter(Boolean);
  return typed
    .map(
      (part) =>
        typedTime(/^\d{1,2}h?$/i.test(part) ? `${part.replace(/h$/i, '')}:00` : part) ?? part,
    )
    .sort();
}

/** A whole number, or the text as typed for the schema to refuse. */
export const wholeNumber = (text: string): number | string | undefined => {
  const typed = text.trim();
  if (!typed) return undefined;
  return /^\d+$/.test(typed) ? Number(typed) : typed;
};

/** "1,5" or "1.5" is a number; other text is sent as typed, for the schema to refuse. */
export const decimal = (text: string): number | string | undefined => {
  const typed = text.trim().replace(',', '.');
  if (!typed) return undefined;
  return /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : text;
};

/** What the write path validates (scheduleSchema): only the fields of the kind chosen. */
/** The schedule as typed, for the schema to check (see AsTyped). */
export function toSchedule(values: ScheduleValues, timeZone?: string): TypedSchedule | undefined {
  const span = {
    start: typedInstant(values.start, timeZone),
    end: typedInstant(values.end, timeZone),
  };
  switch (values.kind) {
    case 'fixed-times':
      return { kind: values.kind, times: parseTimes(values.times), ...span };
    case 'every-n-hours':
      return { kind: values.kind, intervalHours: wholeNumber(values.intervalHours), ...span };
    case 'once':
      return { kind: values.kind, ...span };
    case 'prn':
      return {
        kind: values.kind,
        maxDosesPer24h: wholeNumber(values.maxDosesPer24h),
        maxAmountPer24h:
          values.maxAmountValue.trim() || values.maxAmountUnit
            ? { value: decimal(values.maxAmountValue), unit: values.maxAmountUnit || undefined }
            : undefined,
        minIntervalHours: decimal(values.minIntervalHours),
        indication: values.indication,
        ...span,
      };
    default:
      return undefined;
  }
}

/** The form filled from a recorded schedule: to change a prescription. */
export function fromSchedule(
  schedule: Schedule,
  nowIso: string,
  timeZone?: string,
): ScheduleValues {
  return {
    ...emptySchedule(nowIso, timeZone),
    kind: schedule.kind,
    times: schedule.kind === 'fixed-times' ? schedule.times.join(' ') : '',
    intervalHours: schedule.kind === 'every-n-hours' ? String(schedule.intervalHours) : '',
    maxDosesPer24h: schedule.kind === 'prn' ? String(schedule.maxDosesPer24h) : '',
    maxAmountValue:
      schedule.kind === 'prn' && schedule.maxAmountPer24h
        ? String(schedule.maxAmountPer24h.value).replace('.', ',')
        : '',
    maxAmountUnit: (schedule.kind === 'prn' && schedule.maxAmountPer24h?.unit) || '',
    minIntervalHours:
      schedule.kind === 'prn' && schedule.minIntervalHours !== undefined
        ? String(schedule.minIntervalHours).replace('.', ',')
        : '',
    indication: schedule.kind === 'prn' ? schedule.indication : '',
    end: schedule.end ? isoToTyped(schedule.end, timeZone) : NO_TIME,
  };
}
