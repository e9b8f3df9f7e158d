import type { z } from 'zod';
import { allergyIssues, matchAllergies } from '../domain/allergyCheck';
import {
  checkAdministration,
  checkImportCheck,
  checkPrescription,
  checkStop,
} from '../domain/administration';
import type { WardEvent } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import type { AsTyped } from '../domain/formInput';
import type { medAdministeredSchema, medPrescribedSchema } from '../domain/medications';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import { tryBuildEvent, writeChecked, writeEvents } from './append';
import { chartablePatient, chartableState } from './chartWrites';
import { readPatient } from './patients';
import { patientEventsOfTypes } from './eventReads';
import { writeTransaction } from './projections';
import { wardNow } from './wardTime';

// The domain's checks name payload fields ('dueAt', 'override.reason') and 'at' for the
// bedside time; the forms read payload fields as 'payload.…', as the schemas report them.
const asPayload = (issues: readonly ValidationIssue[]): ValidationIssue[] =>
  issues.map((issue) =>
    issue.path === 'at' || issue.path === '' ? issue : { ...issue, path: `payload.${issue.path}` },
  );

// What the checks read (domain/administration.ts): prescriptions, stops and corrections, and
// the doses for an administration, by type; the patient's vitals, notes and care are not read.
const PRESCRIPTIONS = [
  'med.prescribed',
  'med.stopped',
  'med.importChecked',
  'event.voided',
] as const;
const PRESCRIPTIONS_AND_DOSES = [...PRESCRIPTIONS, 'med.administered'] as const;

/** The prescription as the form typed it (AsTyped: the schema refuses what does not fit). */
export type PrescriptionInput = AsTyped<Omit<z.input<typeof medPrescribedSchema>, 'replaces'>>;

/** What a change needs besides the new prescription: the one it replaces and why. */
export interface PrescriptionChange {
  prescriptionId: EventId;
  reason: string;
}

/**
 * Transcribes a paper prescription. A change stops the old one when the new one starts and
 * links them (`replaces`), in one transaction: both are written or neither; it is refused
 * when the old one was stopped or changed meanwhile. A drug matching a recorded allergy
 * needs the override (which allergies were shown, and why), or is refused.
 */
export function prescribe(
  patientId: PatientId,
  input: PrescriptionInput,
  change?: PrescriptionChange,
) {
  return writeTransaction(['med.prescribed', 'med.stopped'], async () => {
    const { now: instant, iso: now, timeZone } = await wardNow();
    const payload = { ...input, replaces: change?.prescriptionId };
    const built = await tryBuildEvent({ type: 'med.prescribed', patientId, payload });
    const written = built.event;
    const issues = [...built.issues];
    const events: WardEvent[] = await patientEventsOfTypes(patientId, PRESCRIPTIONS);
    if (written) {
      issues.push(...asPayload(checkPrescription(events, written.payload, now, timeZone)));
      // The allergies as they stand now, not as the form saw them: one recorded meanwhile
      // in another tab makes a new warning.
      const allergies = (await readPatient(patientId))?.header.allergies;
      const matches = matchAllergies(written.payload.drug, allergies);
      issues.push(...asPayload(allergyIssues(matches, written.payload.allergyOverride)));
    }
    const stopAt = written?.payload.schedule.start ?? now;
    const stop = change
      ? await tryBuildEvent({ type: 'med.stopped', patientId, at: stopAt, payload: change })
      : null;
    if (change && stop) {
      issues.push(...stop.issues.map((i) => ({ ...i, path: i.path.replace(/^payload/, 'stop') })));
      const stopIssues = checkStop(events, change.prescriptionId, stopAt);
      issues.push(...stopIssues.map((issue) => ({ ...issue, path: 'payload.replaces' })));
    }
    await chartablePatient(patientId, now, instant, issues);
    // chartablePatient has thrown on any issue: both events are built.
    if (!written || (stop && !stop.event)) throw new ValidationError(issues);
    await writeEvents([...(stop?.event ? [stop.event] : []), written]);
    return written;
  });
}

/** Stops a prescription at `at` (now by default), with the reason. */
export function stopPrescription(
  patientId: PatientId,
  prescriptionId: EventId,
  reason: string,
  when?: string,
) {
  return writeTransaction(['med.stopped'], async () => {
    const { now, iso } = await wardNow();
    const at = when ?? iso;
    const payload = { prescriptionId, reason };
    const built = await tryBuildEvent({ type: 'med.stopped', patientId, at, payload });
    const events = await patientEventsOfTypes(patientId, PRESCRIPTIONS);
    const issues = [...built.issues, ...asPayload(checkStop(events, prescriptionId, at))];
    await chartablePatient(patientId, at, now, issues);
    return writeChecked(built);
  });
}

/**
 * A nurse checked an imported prescription against the order (issue 13): from now on it
 * counts as transcribed by her. Refused if it was not imported or is already checked.
 */
export function checkImportedPrescription(patientId: PatientId, prescriptionId: EventId) {
  return writeTransaction(['med.importChecked'], async () => {
    const { now, iso } = await wardNow();
    const payload = { prescriptionId };
    const built = await tryBuildEvent({ type: 'med.importChecked', patientId, at: iso, payload });
    const events = await patientEventsOfTypes(patientId, PRESCRIPTIONS);
    const issues = [...built.issues, ...asPayload(checkImportCheck(events, prescriptionId))];
    await chartablePatient(patientId, iso, now, issues);
    return writeChecked(built);
  });
}

export type AdministrationInput = AsTyped<z.input<typeof medAdministeredSchema>>;

/**
 * A dose given or not at bedside time `at` (a late entry in the past), checked against the
 * log as the domain says: the slot, the prescription running, the 24 h maximum and minimum
 * interval of an as-needed dose and its override with a reason, and a dose or a time that
 * departs from the prescription, confirmed with a reason.
 */
export function administer(
  patientId: PatientId,
  input: AdministrationInput,
  at: string | undefined,
) {
  return writeTransaction(['med.administered'], async () => {
    // Read together: each read waits for the transaction's turn (issue 12, save delay); the
    // ward's clock once, for the checks and the event's frame.
    const ward = wardNow();
    const [{ now, iso, timeZone }, built, events, patient] = await Promise.all([
      ward,
      tryBuildEvent({ type: 'med.administered', patientId, at, payload: input }, undefined, ward),
      patientEventsOfTypes(patientId, PRESCRIPTIONS_AND_DOSES),
      readPatient(patientId),
    ]);
    const issues = [...built.issues];
    if (built.event && at) {
      issues.push(
        ...asPayload(checkAdministration(events, built.event.payload, at, iso, timeZone)),
      );
    }
    chartableState(patient, at, now, issues);
    return writeChecked(built);
  });
}
