import { wallTimeToIso } from './wall';
import { DEFAULT_TIME_ZONE, instantOf, localDate, toIsoWithOffset } from './zone';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The day after a date (YYYY-MM-DD), by calendar, not by 24 h (DST days are 23 or 25 h). */
export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** Midnight of a ward date (YYYY-MM-DD) on the ward's clock, as an instant. */
export const midnight = (day: string, timeZone = DEFAULT_TIME_ZONE): string =>
  wallTimeToIso(`${day}T00:00`, timeZone) ?? `${day}T00:00Z`;

/** The ward's date (YYYY-MM-DD) at an instant given as ISO. */
export const wardDate = (iso: string, timeZone = DEFAULT_TIME_ZONE): string =>
  localDate(new Date(iso), timeZone);

/**
 * The ward's calendar day `offset` days from the one holding `now`, as [from, to): from
 * midnight to midnight on the ward's clock, 23 or 25 hours long on the days the clocks change.
 */
export function wardDay(now: string, offset = 0, timeZone = DEFAULT_TIME_ZONE) {
  const date = addDays(wardDate(now, timeZone), offset);
  return { date, from: midnight(date, timeZone), to: midnight(addDays(date, 1), timeZone) };
}

/** The instant `hours` hours from `iso` (negative: before), on the ward's clock. */
export const hoursFrom = (iso: string, hours: number, timeZone = DEFAULT_TIME_ZONE): string =>
  toIsoWithOffset(new Date(instantOf(iso) + hours * HOUR), timeZone);

/**
 * How many ward calendar days `iso` is after `now` (0 today, 1 tomorrow, -1 yesterday), on the
 * ward's clock: "next dose at 08:50" must say which day when it is not today.
 */
export function calendarDaysFrom(now: string, iso: string, timeZone = DEFAULT_TIME_ZONE): number {
  const day = (value: string) => Date.parse(`${wardDate(value, timeZone)}T00:00:00Z`);
  return Math.round((day(iso) - day(now)) / DAY);
}
