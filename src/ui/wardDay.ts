import { localDate } from '../domain/admission';
import { DEFAULT_TIME_ZONE, toIsoWithOffset } from '../domain/time';
import { wallTimeToIso } from '../domain/wallTime';

const DAY = 86_400_000;

/**
 * The ward's calendar day `offset` days from the one holding `now`, as [from, to): from
 * midnight to midnight on the ward's clock, 23 or 25 hours long on the days the clocks change.
 */
export function wardDay(now: string, offset = 0, timeZone = DEFAULT_TIME_ZONE) {
  const today = localDate(new Date(now), timeZone);
  const dateAt = (days: number) =>
    new Date(Date.parse(`${today}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  const midnight = (date: string) => wallTimeToIso(`${date}T00:00`, timeZone) ?? now;
  return { date: dateAt(offset), from: midnight(dateAt(offset)), to: midnight(dateAt(offset + 1)) };
}

/** The instant `hours` hours from `iso`, on the ward's clock. */
export const hoursFrom = (iso: string, hours: number, timeZone = DEFAULT_TIME_ZONE): string =>
  toIsoWithOffset(new Date(Date.parse(iso) + hours * 3_600_000), timeZone);
