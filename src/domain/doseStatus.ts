import { z } from 'zod';
import { instantOf } from './time';
import { parseOrThrow, ValidationError } from './validation';

/**
 * Where a scheduled dose stands at `now`. All instants are ISO 8601 strings with an
 * offset (as produced by occurrences()); they are compared as instants, so
 * '…T07:00:00Z' and '…T08:00:00+01:00' are the same dose.
 *
 * Timeline of a dose due at T, with the default windows:
 *   before T − 60 min           'upcoming'
 *   [T − 60 min, T + 60 min)    'due'
 *   [T + 60 min, missedAt)      'late'
 *   from missedAt               'missed'
 * where missedAt is the next dose's due time, or T + 12 h when there is no next dose
 * (a once-only or last dose), whichever comes first: once the next dose is due, giving
 * this one would double up, so it is no longer "late" but "missed".
 * A recorded administration that covers the dose overrides all of this.
 */

export const ADMINISTRATION_OUTCOMES = ['given', 'not-given', 'refused', 'held'] as const;
export type AdministrationOutcome = (typeof ADMINISTRATION_OUTCOMES)[number];

export interface Administration {
  /** The scheduled dose it answers; absent for an entry matched by time (or a PRN dose). */
  dueAt?: string;
  /** When it happened at the bedside. */
  at: string;
  outcome: AdministrationOutcome;
}

export type DoseStatus = 'upcoming' | 'due' | 'late' | 'missed' | AdministrationOutcome;

export interface DoseWindows {
  /** How early a dose becomes due. */
  beforeMinutes: number;
  /** How long after its time a dose stays due before it is late. */
  afterMinutes: number;
  /** When there is no next dose: how long after its time a dose is missed. */
  missedAfterMinutes: number;
}

export const DEFAULT_DOSE_WINDOWS: DoseWindows = {
  beforeMinutes: 60,
  afterMinutes: 60,
  missedAfterMinutes: 12 * 60,
};

export interface DoseStatusOptions {
  /** Due time of the following dose of the same schedule, if any. */
  nextDueAt?: string | null;
  windows?: Partial<DoseWindows>;
}

const MINUTE = 60_000;
const isoInstant = z.iso.datetime({ offset: true, error: 'invalidDate' });
const minutes = z.number({ error: 'invalid' }).min(0, { error: 'invalid' });
const windowsSchema = z.object({
  beforeMinutes: minutes,
  afterMinutes: minutes,
  missedAfterMinutes: minutes,
});

/** An ISO 8601 instant with its offset, checked, as milliseconds. */
export const checkedInstant = (value: string, path: string): number =>
  instantOf(parseOrThrow(isoInstant, value, path));

/** A dose's instants, read once: when its window opens, it turns late, it is missed. */
export interface DoseFrame {
  due: number;
  opens: number;
  lateFrom: number;
  missedAt: number;
}

/** An administration with its instants read (and checked) once, for many doses. */
export interface TimedAdministration {
  record: Administration;
  at: number;
  /** The dose it answers; undefined when matched by time. */
  due: number | undefined;
}

/** The windows, defaults filled in and checked once. */
export const doseWindows = (windows?: Partial<DoseWindows>): DoseWindows =>
  parseOrThrow(windowsSchema, { ...DEFAULT_DOSE_WINDOWS, ...windows }, 'windows');

export function doseFrame(
  dueAt: string,
  nextDueAt: string | null | undefined,
  w: DoseWindows,
): DoseFrame {
  const due = checkedInstant(dueAt, 'dueAt');
  const next = nextDueAt ? checkedInstant(nextDueAt, 'nextDueAt') : Infinity;
  if (next <= due) throw new ValidationError([{ path: 'nextDueAt', code: 'invalid' }]);
  return {
    due,
    opens: due - w.beforeMinutes * MINUTE,
    lateFrom: due + w.afterMinutes * MINUTE,
    missedAt: Math.min(next, due + w.missedAfterMinutes * MINUTE),
  };
}

export const timedAdministrations = (
  administrations: readonly Administration[],
): TimedAdministration[] =>
  administrations.map((record, index) => ({
    record,
    at: checkedInstant(record.at, `administrations.${index}.at`),
    due:
      record.dueAt === undefined
        ? undefined
        : checkedInstant(record.dueAt, `administrations.${index}.dueAt`),
  }));

/** Whether an entry charted without due time falls in the dose's window. */
export const inWindow = (frame: DoseFrame, at: number): boolean =>
  at >= frame.opens && at < frame.missedAt;

/**
 * The administration recorded for a dose: one naming it by its due time, or one without
 * whose time falls in [window opens, missedAt). When several cover it, the latest by time
 * wins (refused at 08:05, then given at 08:30 → given).
 */
export function coveringIn(
  frame: DoseFrame,
  timed: readonly TimedAdministration[],
): TimedAdministration | undefined {
  let found: TimedAdministration | undefined;
  for (const entry of timed) {
    const covers = entry.due !== undefined ? entry.due === frame.due : inWindow(frame, entry.at);
    if (covers && (found === undefined || entry.at >= found.at)) found = entry;
  }
  return found;
}

/** Where a dose stands at `now` when nothing covers it. */
export function pendingStatus(frame: DoseFrame, now: number): DoseStatus {
  if (now >= frame.missedAt) return 'missed';
  if (now < frame.opens) return 'upcoming';
  return now < frame.lateFrom ? 'due' : 'late';
}

const frameOf = (dueAt: string, options: DoseStatusOptions) =>
  doseFrame(dueAt, options.nextDueAt, doseWindows(options.windows));

/** coveringIn for one dose (see there), its inputs checked. */
export function coveringAdministration(
  dueAt: string,
  administrations: readonly Administration[],
  options: DoseStatusOptions = {},
): Administration | undefined {
  const frame = frameOf(dueAt, options);
  return coveringIn(frame, timedAdministrations(administrations))?.record;
}

export function doseStatus(
  dueAt: string,
  now: string,
  administrations: readonly Administration[],
  options: DoseStatusOptions = {},
): DoseStatus {
  const frame = frameOf(dueAt, options);
  const recorded = coveringIn(frame, timedAdministrations(administrations));
  if (recorded) return recorded.record.outcome;
  return pendingStatus(frame, checkedInstant(now, 'now'));
}
