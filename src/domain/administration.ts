import type { LogEvent } from './chartEvents';
import type { EventId } from './ids';
import { administrationsByPrescription, asAdministration, prnStatus } from './mar';
import type { MedAdministered, MedPrescribed } from './medications';
import { prescriptionLineage, prescriptions, type Prescription } from './prescriptions';
import type { PrnCheck } from './schedule';
import { slotIssue } from './slots';
import { DEFAULT_TIME_ZONE, instantOf, toIsoWithOffset } from './time';
import type { ValidationIssue } from './validation';

// Checks of medication entries against the log. Paths are the payload's ('dueAt',
// 'override.reason'), and 'at' for the bedside time; the caller adds a prefix if it needs one.

const DAY = 86_400_000;

export interface PrnDoseDraft {
  prescriptionId: string;
  /** When the dose is (or was) given: a late entry may be in the past. */
  at: string;
  override?: { reason: string } | null;
}

export interface PrnDoseCheck {
  /** The 24 h count that decides; null when the prescription is unknown or not as-needed. */
  check: PrnCheck | null;
  issues: ValidationIssue[];
}

const find = (list: readonly Prescription[], id: string) =>
  list.find((prescription) => prescription.id === id);

/**
 * Whether one more as-needed dose at `at` keeps every rolling 24 h within the maximum. A
 * late entry is checked against the doses charted after it too: each window that would hold
 * it must have room. Past the maximum the dose is refused ('prnLimitReached' on 'override')
 * unless an override carries a reason ('required' on 'override.reason' when it is empty).
 */
export function checkPrnDose(
  events: readonly LogEvent[],
  draft: PrnDoseDraft,
  timeZone: string = DEFAULT_TIME_ZONE,
): PrnDoseCheck {
  const list = prescriptions(events);
  const prescription = find(list, draft.prescriptionId);
  if (!prescription)
    return { check: null, issues: [{ path: 'prescriptionId', code: 'unknownEvent' }] };
  const byPrescription = administrationsByPrescription(events);
  const checkAt = (at: string) => prnStatus(list, byPrescription, prescription, at, timeZone);
  const first = checkAt(draft.at);
  if (first === null) return { check: null, issues: [{ path: 'prescriptionId', code: 'invalid' }] };
  if (first.reason === 'not-active')
    return { check: first, issues: [{ path: 'at', code: 'notActive' }] };
  const t = instantOf(draft.at);
  const later = prescriptionLineage(list, prescription.id)
    .flatMap((version) => byPrescription.get(version.id) ?? [])
    .filter((record) => record.outcome === 'given')
    .map((record) => instantOf(record.at))
    .filter((given) => given > t && given < t + DAY)
    .map((given) => checkAt(toIsoWithOffset(new Date(given), timeZone)));
  const check = [first, ...later].find((c) => c?.reason === 'limit-reached') ?? first;
  if (check.allowed) return { check, issues: [] };
  if (!draft.override) return { check, issues: [{ path: 'override', code: 'prnLimitReached' }] };
  if (!draft.override.reason.trim())
    return { check, issues: [{ path: 'override.reason', code: 'required' }] };
  return { check, issues: [] };
}

/**
 * An administration against the log, at bedside time `at`, entered at `now`: the
 * prescription stands; the time is not in the future; a scheduled dose names one of its
 * slots (not after a stop, not already given); an as-needed dose names none, says why it is
 * given and keeps to the 24 h maximum. A dose cannot be given after its prescription ended.
 */
export function checkAdministration(
  events: readonly LogEvent[],
  payload: MedAdministered,
  at: string,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (instantOf(at) > instantOf(now)) issues.push({ path: 'at', code: 'futureDate' });
  const list = prescriptions(events);
  const prescription = find(list, payload.prescriptionId);
  if (!prescription) return [...issues, { path: 'prescriptionId', code: 'unknownEvent' }];
  const given = payload.outcome === 'given';
  if (prescription.schedule.kind === 'prn') {
    if (payload.dueAt !== null) issues.push({ path: 'dueAt', code: 'invalid' });
    if (!given) return issues;
    if (payload.prnIndication === undefined)
      issues.push({ path: 'prnIndication', code: 'required' });
    const prn = checkPrnDose(events, { ...payload, at }, timeZone);
    return [...issues, ...prn.issues];
  }
  if (payload.override !== undefined) issues.push({ path: 'override', code: 'invalid' });
  if (payload.dueAt === null) return [...issues, { path: 'dueAt', code: 'required' }];
  const records = (administrationsByPrescription(events).get(prescription.id) ?? []).map(
    asAdministration,
  );
  const code = slotIssue(
    prescription.schedule,
    prescription.endsAt,
    payload.dueAt,
    records,
    timeZone,
  );
  if (code !== null) issues.push({ path: 'dueAt', code });
  const ended = prescription.endsAt !== null && instantOf(at) >= instantOf(prescription.endsAt);
  if (given && code === null && ended) issues.push({ path: 'at', code: 'notActive' });
  return issues;
}

/**
 * A new prescription against the log: the paper order is not dated after today (in the
 * ward's zone), and the prescription it replaces stands.
 */
export function checkPrescription(
  events: readonly LogEvent[],
  payload: MedPrescribed,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const today = toIsoWithOffset(new Date(instantOf(now)), timeZone).slice(0, 10);
  if (payload.orderDate > today) issues.push({ path: 'orderDate', code: 'futureDate' });
  if (payload.replaces && !find(prescriptions(events), payload.replaces))
    issues.push({ path: 'replaces', code: 'unknownEvent' });
  return issues;
}

/** A stop at `at`: the prescription stands and has not already ended by then. */
export function checkStop(
  events: readonly LogEvent[],
  prescriptionId: EventId,
  at: string,
): ValidationIssue[] {
  const prescription = find(prescriptions(events), prescriptionId);
  if (!prescription) return [{ path: 'prescriptionId', code: 'unknownEvent' }];
  const ended = prescription.endsAt !== null && instantOf(prescription.endsAt) <= instantOf(at);
  return ended ? [{ path: 'prescriptionId', code: 'notActive' }] : [];
}
