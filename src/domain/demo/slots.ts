import type { Schedule } from '../schedule';
import { DAY, HOUR, MINUTE, type WardClock } from './clock';

// schedule.ts's occurrences(), on the generator's clock: the same instants (the unit tests
// check every generated dose against the real one), without a time-zone formatter per call.

function wallClockInstant(clock: WardClock, localDay: number, minutes: number): number {
  const wall = localDay + minutes * MINUTE;
  const before = clock.offset(wall - DAY);
  const after = clock.offset(wall + DAY);
  const candidates = [before, after]
    .map((offset) => wall - offset * MINUTE)
    .filter((t) => wall - clock.offset(t) * MINUTE === t);
  return candidates.length > 0 ? Math.min(...candidates) : wall - before * MINUTE;
}

const localDayOf = (clock: WardClock, t: number): number => {
  const local = t + clock.offset(t) * MINUTE;
  return local - (((local % DAY) + DAY) % DAY);
};

/** Due instants (ms) of a schedule in [from, to), ascending; none for as needed. */
export function slotsOf(clock: WardClock, schedule: Schedule, from: number, to: number): number[] {
  const start = Date.parse(schedule.start);
  const lo = Math.max(from, start);
  const hi = Math.min(to, schedule.end === undefined ? Infinity : Date.parse(schedule.end));
  if (lo >= hi) return [];
  const due = new Set<number>();
  if (schedule.kind === 'fixed-times') {
    const minutes = schedule.times.map(
      (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3)),
    );
    for (let day = localDayOf(clock, lo); day <= localDayOf(clock, hi); day += DAY) {
      for (const m of minutes) due.add(wallClockInstant(clock, day, m));
    }
  } else if (schedule.kind === 'every-n-hours') {
    const step = schedule.intervalHours * HOUR;
    for (let k = Math.max(0, Math.ceil((lo - start) / step)); start + k * step < hi; k++)
      due.add(start + k * step);
  } else if (schedule.kind === 'once') {
    due.add(start);
  }
  return [...due].filter((t) => t >= lo && t < hi).sort((a, b) => a - b);
}
