import { DEFAULT_TIME_ZONE, toIsoWithOffset, zoneOffsetMinutes } from './zone';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a wall-clock time on the ward ("2026-11-29T19:05", as a datetime-local
 * field gives it), as ISO 8601 with the zone's offset; undefined if it is not one. In the
 * hour repeated when clocks go back, the first one is meant; in the hour skipped in spring,
 * the time is read with the winter offset (02:30 becomes 03:30).
 */
export function wallTimeToIso(wall: string, timeZone = DEFAULT_TIME_ZONE): string | undefined {
  const match = WALL.exec(wall);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23) {
    return undefined;
  }
  const before = zoneOffsetMinutes(new Date(asUtc - 86_400_000 / 2), timeZone);
  const after = zoneOffsetMinutes(new Date(asUtc + 86_400_000 / 2), timeZone);
  // Try the larger offset first: it is the earlier of two readings of a repeated hour.
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const instant = asUtc - offset * 60_000;
    if (zoneOffsetMinutes(new Date(instant), timeZone) === offset) {
      return toIsoWithOffset(new Date(instant), timeZone);
    }
  }
  return toIsoWithOffset(new Date(asUtc - Math.min(before, after) * 60_000), timeZone);
}

/** The wall-clock time of an instant on the ward, as a datetime-local field wants it. */
export const isoToWallTime = (iso: string, timeZone = DEFAULT_TIME_ZONE): string =>
  toIsoWithOffset(new Date(iso), timeZone).slice(0, 16);

const DAY_FIRST = /^(\d{1,2})[/.\s-](\d{1,2})[/.\s-](\d{4})$/;

/**
 * A date as a French nurse types it (29/11/1950, 29.11.1950, 29111950) or as ISO, to
 * YYYY-MM-DD without checking that the day exists (the schema says 'invalidDate' for
 * 31/02). Anything else is returned as typed, for the schema to refuse.
 */
export function dayFirstToIso(text: string): string {
  const typed = text.trim();
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(typed);
  const match = DAY_FIRST.exec(typed) ?? compact;
  if (!match) return typed;
  const [, day = '', month = '', year = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** YYYY-MM-DD to DD/MM/YYYY, for a form field showing a recorded date. */
export const isoToDayFirst = (iso: string): string => {
  const [year, month, day] = iso.split('-');
  return day && month && year ? `${day}/${month}/${year}` : iso;
};

/** Completed years and months between a birth date and today (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): { years: number; months: number } {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
  const months = Math.max(0, (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0));
  return { years: Math.floor(months / 12), months };
}

/** "19:05", "19h05", "19.05", "1905", "9:05" as HH:MM; undefined when it is not a time. */
export function typedTime(text: string): string | undefined {
  const match = /^(\d{1,2})\s*[:hH.]?\s*(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [, hours = '', minutes = ''] = match;
  return Number(hours) < 24 && Number(minutes) < 60
    ? `${hours.padStart(2, '0')}:${minutes}`
    : undefined;
}

/** A date and a time typed on the ward (29/11/2026, 19h05) as an instant; undefined if not one. */
export const typedToIso = (date: string, time: string, timeZone = DEFAULT_TIME_ZONE) => {
  const hm = typedTime(time);
  return hm ? wallTimeToIso(`${dayFirstToIso(date)}T${hm}`, timeZone) : undefined;
};

/** An instant as the date and time fields show it: 29/11/2026 and 19:05. */
export function isoToTyped(iso: string, timeZone = DEFAULT_TIME_ZONE) {
  const wall = isoToWallTime(iso, timeZone);
  return { date: isoToDayFirst(wall.slice(0, 10)), time: wall.slice(11, 16) };
}
