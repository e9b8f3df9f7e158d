import type { WardEvent } from './events';
import type { EventId } from './ids';
import { administrationsByPrescription, asAdministration, prnStatus } from './mar';
import type { Dose } from './doseAmounts';
import { deviationIssues, deviationOf } from './doseDeviation';
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
  /** The dose about to be given, for a maximum amount per 24 h. */
  dose?: Dose;
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
  events: readonly WardEvent[],
  draft: PrnDoseDraft,
  timeZone: string = DEFAULT_TIME_ZONE,
): PrnDoseCheck {
  const list = prescriptions(events);
  const prescription = find(list, draft.prescriptionId);
  if (!prescription)
    return { check: null, issues: [{ path: 'prescriptionId', code: 'unknownEvent' }] };
  const byPrescription = administrationsByPrescription(events);
  const checkAt = (at: string, dose?: Dose) =>
    prnStatus(list, byPrescription, prescription, at, timeZone, dose);
  const dose = draft.dose ?? prescription.dose;
  const first = checkAt(draft.at, dose);
  if (first === null) return { check: null, issues: [{ path: 'prescriptionId', code: 'invalid' }] };
  if (first.reason === 'not-active')
    return { check: first, issues: [{ path: 'at', code: 'notActive' }] };
  const t = instantOf(draft.at);
  const later = prescriptionLineage(list, prescription.id)
    .flatMap((version) => byPrescription.get(version.id) ?? [])
    .filter((record) => record.outcome === 'given')
    .map((record) => instantOf(record.at))
    .filter((given) => given > t && given < t + DAY)
    .map((given) => checkAt(toIsoWithOffset(new Date(given), timeZone), dose));
  // A later window at its maximum refuses too; its own dose is not "too soon" after itself.
  const full = (c: PrnCheck | null) => c?.blocks.some((b) => b !== 'too-soon') ?? false;
  const laterFull = later.find(full);
  const check: PrnCheck =
    full(first) || !laterFull
      ? first
      : {
          ...laterFull,
          reason: laterFull.blocks.includes('limit-reached') ? 'limit-reached' : 'amount-reached',
          blocks: [
            ...new Set([...laterFull.blocks.filter((b) => b !== 'too-soon'), ...first.blocks]),
          ],
        };
  if (check.allowed) return { check, issues: [] };
  const code = check.blocks.some((b) => b !== 'too-soon') ? 'prnLimitReached' : 'prnTooSoon';
  if (!draft.override) return { check, issues: [{ path: 'override', code }] };
  if (!draft.override.reason.trim())
    return { check, issues: [{ path: 'override.reason', code: 'required' }] };
  return { check, issues: [] };
}

/**
 * An administration against the log, at bedside time `at`, entered at `now`: the
 * prescription stands; the time is not in the future; a scheduled dose names one of its
 * slots (not after a stop, not already given); an as-needed dose names none, says why it is
 * given and keeps to the 24 h maximum and minimum interval. A dose cannot be given after its
 * prescription ended. A dose given differently (amount, or outside its slot's window: see
 * doseDeviation.ts) needs its confirmation with a reason.
 */
export function checkAdministration(
  events: readonly WardEvent[],
  payload: MedAdministered,
  at: string,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
  wardWindowMinutes?: number,
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
    const deviation = deviationOf(prescription, { ...payload, at }, wardWindowMinutes);
    return [...issues, ...prn.issues, ...deviationIssues(deviation, payload.deviation)];
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
  const deviation = deviationOf(prescription, { ...payload, at }, wardWindowMinutes);
  return [...issues, ...deviationIssues(deviation, payload.deviation)];
}

/**
 * A new prescription against the log: the paper order is not dated after today (in the
 * ward's zone), and the prescription it replaces stands, not stopped nor replaced already.
 */
export function checkPrescription(
  events: readonly WardEvent[],
  payload: MedPrescribed,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const today = toIsoWithOffset(new Date(instantOf(now)), timeZone).slice(0, 10);
  if (payload.orderDate > today) issues.push({ path: 'orderDate', code: 'futureDate' });
  const replaced = payload.replaces ? find(prescriptions(events), payload.replaces) : undefined;
  if (payload.replaces && !replaced) issues.push({ path: 'replaces', code: 'unknownEvent' });
  // Changed or stopped in another tab since the form was opened: whatever the times, the
  // nurse must see the prescription as it stands before replacing it.
  if (replaced && (replaced.stop !== null || replaced.replacedBy !== null))
    issues.push({ path: 'replaces', code: 'prescriptionChangedMeanwhile' });
  return issues;
}

/** A stop at `at`: the prescription stands and has not already ended by then. */
export function checkStop(
  events: readonly WardEvent[],
  prescriptionId: EventId,
  at: string,
): ValidationIssue[] {
  const prescription = find(prescriptions(events), prescriptionId);
  if (!prescription) return [{ path: 'prescriptionId', code: 'unknownEvent' }];
  const ended = prescription.endsAt !== null && instantOf(prescription.endsAt) <= instantOf(at);
  return ended ? [{ path: 'prescriptionId', code: 'notActive' }] : [];
}

/**
 * Whether an imported prescription can be checked now: it stands, was imported, and no
 * check of it stands yet (two nurses checking at once: the second is told).
 */
export function checkImportCheck(
  events: readonly WardEvent[],
  prescriptionId: EventId,
): ValidationIssue[] {
  const prescription = find(prescriptions(events), prescriptionId);
  if (!prescription) return [{ path: 'prescriptionId', code: 'unknownEvent' }];
  if (!prescription.imported) return [{ path: 'prescriptionId', code: 'notImported' }];
  return prescription.importCheck ? [{ path: 'prescriptionId', code: 'alreadyChecked' }] : [];
}
