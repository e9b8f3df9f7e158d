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

const instant = (value: string, path: string): number =>
  instantOf(parseOrThrow(isoInstant, value, path));

interface Frame {
  due: number;
  opens: number;
  lateFrom: number;
  missedAt: number;
}

function frameOf(dueAt: string, options: DoseStatusOptions): Frame {
  const w = parseOrThrow(windowsSchema, { ...DEFAULT_DOSE_WINDOWS, ...options.windows }, 'windows');
  const due = instant(dueAt, 'dueAt');
  const next = options.nextDueAt ? instant(options.nextDueAt, 'nextDueAt') : Infinity;
  if (next <= due) throw new ValidationError([{ path: 'nextDueAt', code: 'invalid' }]);
  return {
    due,
    opens: due - w.beforeMinutes * MINUTE,
    lateFrom: due + w.afterMinutes * MINUTE,
    missedAt: Math.min(next, due + w.missedAfterMinutes * MINUTE),
  };
}

/**
 * The administration recorded for a dose: one naming it by dueAt, or one without
 * dueAt whose time falls in [window opens, missedAt). When several cover it, the
 * latest by time wins (refused at 08:05, then given at 08:30 → given).
 */
export function coveringAdministration(
  dueAt: string,
  administrations: readonly Administration[],
  options: DoseStatusOptions = {},
): Administration | undefined {
  const frame = frameOf(dueAt, options);
  let found: { record: Administration; at: number } | undefined;
  administrations.forEach((record, index) => {
    const at = instant(record.at, `administrations.${index}.at`);
    const covers =
      record.dueAt !== undefined
        ? instant(record.dueAt, `administrations.${index}.dueAt`) === frame.due
        : at >= frame.opens && at < frame.missedAt;
    if (covers && (found === undefined || at >= found.at)) found = { record, at };
  });
  return found?.record;
}

export function doseStatus(
  dueAt: string,
  now: string,
  administrations: readonly Administration[],
  options: DoseStatusOptions = {},
): DoseStatus {
  const recorded = coveringAdministration(dueAt, administrations, options);
  if (recorded) return recorded.outcome;
  const frame = frameOf(dueAt, options);
  const t = instant(now, 'now');
  if (t >= frame.missedAt) return 'missed';
  if (t < frame.opens) return 'upcoming';
  return t < frame.lateFrom ? 'due' : 'late';
}
