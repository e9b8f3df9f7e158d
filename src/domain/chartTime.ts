import type { PatientState } from './patient';
import { instantOf, isFuture } from './time';
import type { ValidationIssue } from './validation';

// The clock rules of a write (issue 11): checked here with the `now` of the write's injected
// clock, once per write, instead of in the db layer with its own reads of the system time.

/** Not a date, or ahead of `now` by more than the skew allowed between tablets. */
export function bedsideTimeIssues(at: string | undefined, now: Date): ValidationIssue[] {
  if (!at || Number.isNaN(instantOf(at))) return [{ path: 'at', code: 'invalidDate' }];
  return isFuture(at, now) ? [{ path: 'at', code: 'futureDate' }] : [];
}

/**
 * Whether something can be charted for this patient at bedside time `at`: the patient is
 * known, the time is a date, not ahead of `now`, not before the stay, and not after a
 * discharge (a late entry of the stay is fine).
 */
export function chartTimeIssues(
  state: PatientState | null,
  at: string | undefined,
  now: Date,
): ValidationIssue[] {
  if (!state) return [{ path: '', code: 'notAdmitted' }];
  const clock = bedsideTimeIssues(at, now);
  if (clock.length > 0 || !at) return clock;
  const t = instantOf(at);
  if (t < instantOf(state.admittedAt)) return [{ path: 'at', code: 'beforeAdmission' }];
  if (state.status === 'discharged' && t > instantOf(state.dischargedAt ?? state.admittedAt)) {
    return [{ path: '', code: 'notAdmitted' }];
  }
  return [];
}

/** A move or a discharge: at `now` or in the past, not before the patient was last placed. */
export function placementTimeIssues(
  at: string | undefined,
  lastPlacedAt: number,
  now: Date,
): ValidationIssue[] {
  const clock = bedsideTimeIssues(at, now);
  if (clock.length > 0 || !at) return clock;
  return instantOf(at) < lastPlacedAt ? [{ path: 'at', code: 'beforeAdmission' }] : [];
}
