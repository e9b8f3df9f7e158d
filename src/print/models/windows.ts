import { DEFAULT_TIME_ZONE, instantOf, toIsoWithOffset } from '../../domain/time';
import { wallTimeToIso } from '../../domain/wallTime';
import type { SheetKind, SheetWindow } from '../types';

const HOUR = 3_600_000;

/** The day after a date (YYYY-MM-DD), by calendar, not by 24 h (DST days are 23 or 25 h). */
export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** Local midnight of a ward date as an instant. */
export const midnight = (day: string): string => wallTimeToIso(`${day}T00:00`) ?? `${day}T00:00Z`;

export const hoursBefore = (now: string, hours: number): string =>
  toIsoWithOffset(new Date(instantOf(now) - hours * HOUR), DEFAULT_TIME_ZONE);

/** The time window of each sheet. */
export function sheetWindow(kind: SheetKind, now: string, startDay: string): SheetWindow {
  switch (kind) {
    case 'carePlan':
      return { from: midnight(startDay), to: midnight(addDays(startDay, 1)) };
    case 'mar':
      return { from: midnight(startDay), to: midnight(addDays(startDay, 3)) };
    case 'vitals':
    case 'notes':
      return { from: hoursBefore(now, 72), to: now };
    case 'handover':
      return { from: hoursBefore(now, 24), to: now };
    default:
      return { from: now, to: now };
  }
}
