import type { z } from 'zod';
import { allergyIssues, matchAllergies } from '../domain/allergyCheck';
import { checkAdministration, checkPrescription, checkStop } from '../domain/administration';
import type { WardEvent } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import {
  medAdministeredSchema,
  medPrescribedSchema,
  medStoppedSchema,
} from '../domain/medications';
import { issuesFromZod, type ValidationIssue } from '../domain/validation';
import { appendEvent, buildEvent, writeEvents } from './append';
import { chartablePatient, nowIso } from './chartWrites';
import { readPatient } from './patients';
import { patientEvents, writeTransaction } from './projections';

// The domain's checks name payload fields ('dueAt', 'override.reason') and 'at' for the
// bedside time; the forms read payload fields as 'payload.…', as the schemas report them.
const asPayload = (issues: readonly ValidationIssue[]): ValidationIssue[] =>
  issues.map((issue) =>
    issue.path === 'at' || issue.path === '' ? issue : { ...issue, path: `payload.${issue.path}` },
  );

function parse<S extends z.ZodType>(schema: S, input: unknown, prefix: string) {
  const result = schema.safeParse(input);
  return result.success
    ? { data: result.data as z.output<S>, issues: [] }
    : { data: undefined, issues: issuesFromZod(result.error, prefix) };
}

export type PrescriptionInput = Omit<z.input<typeof medPrescribedSchema>, 'replaces'>;

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
    const now = nowIso();
    const payload = { ...input, replaces: change?.prescriptionId };
    const parsed = parse(medPrescribedSchema, payload, 'payload');
    const issues = [...parsed.issues];
    const events: WardEvent[] = await patientEvents(patientId);
    if (parsed.data) {
      issues.push(...asPayload(checkPrescription(events, parsed.data, now)));
      // The allergies as they stand now, not as the form saw them: one recorded meanwhile
      // in another tab makes a new warning.
      const allergies = (await readPatient(patientId))?.header.allergies;
      const matches = matchAllergies(parsed.data.drug, allergies);
      issues.push(...asPayload(allergyIssues(matches, parsed.data.allergyOverride)));
    }
    const stopAt = parsed.data?.schedule.start ?? now;
    if (change) {
      const stop = parse(medStoppedSchema, change, 'stop');
      issues.push(...stop.issues);
      const stopIssues = checkStop(events, change.prescriptionId, stopAt);
      issues.push(...stopIssues.map((issue) => ({ ...issue, path: 'payload.replaces' })));
    }
    await chartablePatient(patientId, now, issues);
    const written = await buildEvent({ type: 'med.prescribed', patientId, payload });
    const stop = change
      ? [await buildEvent({ type: 'med.stopped', patientId, at: stopAt, payload: change })]
      : [];
    await writeEvents([...stop, written]);
    return written;
  });
}

/** Stops a prescription at `at` (now by default), with the reason. */
export function stopPrescription(
  patientId: PatientId,
  prescriptionId: EventId,
  reason: string,
  at: string = nowIso(),
) {
  return writeTransaction(['med.stopped'], async () => {
    const parsed = parse(medStoppedSchema, { prescriptionId, reason }, 'payload');
    const events = await patientEvents(patientId);
    const issues = [...parsed.issues, ...asPayload(checkStop(events, prescriptionId, at))];
    await chartablePatient(patientId, at, issues);
    return appendEvent({
      type: 'med.stopped',
      patientId,
      at,
      payload: { prescriptionId, reason },
    });
  });
}

export type AdministrationInput = z.input<typeof medAdministeredSchema>;

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
    const parsed = parse(medAdministeredSchema, input, 'payload');
    const issues = [...parsed.issues];
    if (parsed.data && at) {
      const events = await patientEvents(patientId);
      issues.push(...asPayload(checkAdministration(events, parsed.data, at, nowIso())));
    }
    await chartablePatient(patientId, at, issues);
    return appendEvent({ type: 'med.administered', patientId, at, payload: input });
  });
}
