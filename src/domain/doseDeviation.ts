import { sameDose, type Dose } from './doseAmounts';
import type { Schedule } from './schedule';
import { instantOf } from './time';
import type { ValidationIssue } from './validation';

/**
 * A dose given differently from its prescription, which the nurse must confirm with a
 * reason (kept in the event) and which the MAR shows:
 *
 * - 'dose': the amount differs from the prescribed one (1 g = 1000 mg is the same amount;
 *   1 g against 1 tablet differs, since they cannot be compared);
 * - 'timing': a scheduled dose given outside the window around its slot. The window is the
 *   ward's (default ±60 min, as the "due" window of doseStatus). For "every N h" it widens
 *   to a quarter of the interval, capped at 2 h: two consecutive doses given at the far
 *   edges of their windows are still at least half the interval apart (q4h ±1 h, q6h
 *   ±1 h 30, q8h and beyond ±2 h). An as-needed dose has no slot: its minimum interval
 *   (prnCheck) applies instead.
 */
export const DEVIATION_KINDS = ['dose', 'timing'] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export const DEFAULT_TIMING_WINDOW_MINUTES = 60;
const WIDEST_INTERVAL_WINDOW_MINUTES = 120;
const MINUTE = 60_000;

/** Half-width of the window around a slot, in minutes. */
export function timingWindowMinutes(
  schedule: Schedule,
  wardMinutes: number = DEFAULT_TIMING_WINDOW_MINUTES,
): number {
  if (schedule.kind !== 'every-n-hours') return wardMinutes;
  const quarter = Math.min((schedule.intervalHours * 60) / 4, WIDEST_INTERVAL_WINDOW_MINUTES);
  return Math.max(wardMinutes, quarter);
}

export interface GivenDose {
  outcome: string;
  dose?: Dose;
  /** The slot; null for an as-needed dose. */
  dueAt: string | null;
  /** Bedside time. */
  at: string;
}

export interface Deviation {
  /** The dose given when it differs from the prescribed one. */
  dose: { prescribed: Dose; given: Dose } | null;
  /** Minutes from the slot (negative: early) when outside the window. */
  timing: { minutes: number; window: number } | null;
}

/** How a dose given departs from its prescription; both null when it does not. */
export function deviationOf(
  prescribed: { dose: Dose; schedule: Schedule },
  record: GivenDose,
  wardMinutes?: number,
): Deviation {
  if (record.outcome !== 'given') return { dose: null, timing: null };
  const given = record.dose;
  const dose =
    given && !sameDose(given, prescribed.dose) ? { prescribed: prescribed.dose, given } : null;
  let timing: Deviation['timing'] = null;
  if (record.dueAt !== null) {
    const minutes = Math.round((instantOf(record.at) - instantOf(record.dueAt)) / MINUTE);
    const window = timingWindowMinutes(prescribed.schedule, wardMinutes);
    if (Math.abs(minutes) > window) timing = { minutes, window };
  }
  return { dose, timing };
}

export const deviationKinds = (deviation: Deviation): DeviationKind[] =>
  DEVIATION_KINDS.filter((kind) => deviation[kind] !== null);

/**
 * A deviation needs its confirmation: every kind found must be among those confirmed (a dose
 * confirmed for its timing alone is refused when its amount differs too), with a reason.
 */
export function deviationIssues(
  deviation: Deviation,
  confirmed: { kinds: readonly DeviationKind[]; reason: string } | undefined,
): ValidationIssue[] {
  const found = deviationKinds(deviation);
  if (found.length === 0) return [];
  const issues: ValidationIssue[] = [];
  if (!confirmed || found.some((kind) => !confirmed.kinds.includes(kind))) {
    if (deviation.dose) issues.push({ path: 'deviation', code: 'doseDeviation' });
    if (deviation.timing) issues.push({ path: 'deviation', code: 'timingDeviation' });
    return issues;
  }
  return confirmed.reason.trim() ? [] : [{ path: 'deviation.reason', code: 'required' }];
}
