/** The ward's clock: Europe/Paris unless the ward's settings say otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/**
 * The zones a ward may choose (issue 11): mainland France and the overseas departments and
 * territories whose hospitals run Relève. A short list, not every IANA zone: a mistyped zone
 * would shift every dose.
 */
export const WARD_TIME_ZONES = [
  'Europe/Paris',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'America/Miquelon',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
] as const;
export type WardTimeZone = (typeof WARD_TIME_ZONES)[number];

// Making an Intl.DateTimeFormat costs far more than using one: one per zone, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// formatToParts is the cost of every due time on a MAR, and the same instants come back on
// every render: offsets already found are kept (a pure function; the bound keeps it small).
const offsets = new Map<string, Map<number, number>>();
const KEPT_OFFSETS = 20_000;

/** Offset of a time zone at an instant, in minutes east of UTC. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const t = instant.getTime();
  let known = offsets.get(timeZone);
  const found = known?.get(t);
  if (found !== undefined) return found;
  const offset = computeOffsetMinutes(instant, timeZone);
  if (!known || known.size >= KEPT_OFFSETS) {
    known = new Map();
    offsets.set(timeZone, known);
  }
  known.set(t, offset);
  return offset;
}

function computeOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset, e.g. 2026-11-29T19:05:00.000+01:00. */
export function toIsoWithOffset(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60000);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Milliseconds since the epoch of an ISO string; NaN when it is not a date. */
export const instantOf = (iso: string): number => Date.parse(iso);

/** The date (YYYY-MM-DD) on the ward's clock at an instant. */
export const localDate = (instant: Date, timeZone = DEFAULT_TIME_ZONE): string =>
  toIsoWithOffset(instant, timeZone).slice(0, 10);
