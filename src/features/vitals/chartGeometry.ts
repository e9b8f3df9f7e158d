import { DEFAULT_TIME_ZONE, toIsoWithOffset } from '../../domain/time';

const HOUR = 3_600_000;

/** Where a value sits on a panel: a linear scale from [lo, hi] to [from, to]. */
export const scale =
  (lo: number, hi: number, from: number, to: number) =>
  (value: number): number =>
    hi === lo ? (from + to) / 2 : from + ((value - lo) / (hi - lo)) * (to - from);

/**
 * The y range of a panel: the values and the normal band, padded so that a flat series and
 * the band stay readable, but never past what the measure can be (no 101 % SpO2).
 */
export function yRange(
  values: readonly number[],
  band: readonly [number, number],
  bounds: readonly [number, number] = [-Infinity, Infinity],
) {
  const lo = Math.min(...values, band[0]);
  const hi = Math.max(...values, band[1]);
  const pad = Math.max((hi - lo) * 0.1, 1);
  return [
    Math.max(bounds[0], Math.floor(lo - pad)),
    Math.min(bounds[1], Math.ceil(hi + pad)),
  ] as const;
}

/** Midnights and noons on the ward's clock between two instants: the chart's time grid. */
export function timeTicks(fromMs: number, toMs: number, timeZone = DEFAULT_TIME_ZONE): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / HOUR) * HOUR; t <= toMs; t += HOUR) {
    const local = toIsoWithOffset(new Date(t), timeZone);
    if (local.slice(14, 16) === '00' && ['00', '12'].includes(local.slice(11, 13))) ticks.push(t);
  }
  return ticks;
}
