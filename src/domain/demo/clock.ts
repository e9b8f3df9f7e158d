import { DEFAULT_TIME_ZONE, zoneOffsetMinutes } from '../time';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * The ward's clock for the generator: toIsoWithOffset's format, with the zone's offset kept
 * per hour (offsets change on the hour), since a ward of 60 days writes a million instants.
 */
export class WardClock {
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string = DEFAULT_TIME_ZONE) {}

  /** Offset east of UTC, in minutes, at an instant. */
  offset(ms: number): number {
    const hour = Math.floor(ms / HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = zoneOffsetMinutes(new Date(hour * HOUR), this.timeZone);
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  private readonly days = new Map<number, string>();

  /** ISO 8601 with the ward's offset, as toIsoWithOffset writes it. */
  iso(ms: number): string {
    const t = Math.floor(ms);
    const offset = this.offset(t);
    const local = t + offset * MINUTE;
    const dayNumber = Math.floor(local / DAY);
    let date = this.days.get(dayNumber);
    if (date === undefined) {
      const day = new Date(dayNumber * DAY);
      date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
      this.days.set(dayNumber, date);
    }
    const inDay = local - dayNumber * DAY;
    const sign = offset < 0 ? '-' : '+';
    return (
      `${date}T${pad(Math.floor(inDay / HOUR))}:${pad(Math.floor(inDay / MINUTE) % 60)}:` +
      `${pad(Math.floor(inDay / 1000) % 60)}.${pad(inDay % 1000, 3)}` +
      `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
    );
  }

  /** The local date, YYYY-MM-DD. */
  date(ms: number): string {
    return this.iso(ms).slice(0, 10);
  }

  /** The local hour, with minutes as a fraction (13.5 is 13:30). */
  hour(ms: number): number {
    const local = ms + this.offset(ms) * MINUTE;
    return (((local % DAY) + DAY) % DAY) / HOUR;
  }

  /** The instant of a local hour (fraction allowed) on the local day of `ms`. */
  atHour(ms: number, hour: number): number {
    const start = ms - this.hour(ms) * HOUR;
    const guess = start + hour * HOUR;
    // Across a change of offset that day, correct by the difference.
    return guess + (this.offset(start) - this.offset(guess)) * MINUTE;
  }
}
