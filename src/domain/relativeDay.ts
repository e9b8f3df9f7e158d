import { localDate } from './admission';
import { DEFAULT_TIME_ZONE } from './time';

const DAY = 86_400_000;

/**
 * How many ward calendar days `iso` is after `now` (0 today, 1 tomorrow, -1 yesterday), on the
 * ward's clock: "next dose at 08:50" must say which day when it is not today.
 */
export function calendarDaysFrom(
  now: string,
  iso: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): number {
  const day = (value: string) => Date.parse(`${localDate(new Date(value), timeZone)}T00:00:00Z`);
  return Math.round((day(iso) - day(now)) / DAY);
}
