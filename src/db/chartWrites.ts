import type { z } from 'zod';
import { chartTimeIssues } from '../domain/chartTime';
import type { payloadSchemas } from '../domain/events';
import type { Spo2ScaleSetting } from '../domain/header';
import type { EventId, PatientId } from '../domain/ids';
import type { PatientState } from '../domain/patient';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import type { vitalsRecordedSchema } from '../domain/vitals';
import { appendEvent, tryBuildEvent, voidEvent, writeChecked } from './append';
import { readPatient } from './patients';
import { writeTransaction } from './projections';
import { wardNow } from './wardTime';

/**
 * The patient, or a ValidationError saying why nothing can be charted at `at` (the clock
 * rules are the domain's, `domain/chartTime.ts`, at `now` of the write).
 */
export async function chartablePatient(
  patientId: PatientId,
  at: string | undefined,
  now: Date,
  extra: ValidationIssue[] = [],
): Promise<PatientState> {
  return chartableState(await readPatient(patientId), at, now, extra);
}

/** chartablePatient for a write that read the patient together with its other reads. */
export function chartableState(
  state: PatientState | null,
  at: string | undefined,
  now: Date,
  extra: ValidationIssue[] = [],
): PatientState {
  const all = [...chartTimeIssues(state, at, now), ...extra];
  // The domain's checks and the clock rules may both say 'futureDate': once is enough.
  const issues = all.filter(
    (issue, index) =>
      all.findIndex((other) => other.path === issue.path && other.code === issue.code) === index,
  );
  if (!state || issues.length > 0) throw new ValidationError(issues);
  return state;
}

export type VitalsInput = z.input<typeof vitalsRecordedSchema>;

/**
 * A set of vital signs at bedside time `at`. The SpO2 is recorded with the patient's scale
 * of the day, so that the score stays what it was even if the scale changes later.
 */
export function recordVitals(patientId: PatientId, payload: VitalsInput, at: string | undefined) {
  return writeTransaction(['vitals.recorded'], async () => {
    // Read together: each read waits for the transaction's turn (issue 12, save delay); the
    // patient and the ward's clock once, for the checks and the event.
    const ward = wardNow();
    const [patient, { now }] = await Promise.all([readPatient(patientId), ward]);
    const scale = patient?.header.spo2Scale;
    const spo2Scale = payload.spo2 !== undefined ? (payload.spo2Scale ?? scale ?? 1) : undefined;
    const draft = { ...payload, spo2Scale };
    const type = 'vitals.recorded';
    const built = await tryBuildEvent({ type, patientId, at, payload: draft }, undefined, ward);
    chartableState(patient, at, now, [...built.issues]);
    return writeChecked(built);
  });
}

/** The patient's SpO2 scale from now on, with who documented the target and why. */
export function setSpo2Scale(patientId: PatientId, scale: Spo2ScaleSetting, reason: string) {
  return writeTransaction(['patient.updated'], async () => {
    const { now, iso } = await wardNow();
    const state = await chartablePatient(patientId, iso, now);
    if ((state.header.spo2Scale ?? 1) === scale) {
      throw new ValidationError([{ path: 'payload.clinical.spo2Scale', code: 'noChange' }]);
    }
    return appendEvent({
      type: 'patient.updated',
      patientId,
      payload: { clinical: { spo2Scale: scale }, reason },
    });
  });
}

/** A targeted note (target, data, actions, results), now. */
export function writeTargetedNote(
  patientId: PatientId,
  payload: z.input<(typeof payloadSchemas)['note.targeted']>,
) {
  return writeTransaction(['note.targeted'], async () => {
    const { now, iso } = await wardNow();
    await chartablePatient(patientId, iso, now);
    return appendEvent({ type: 'note.targeted', patientId, payload });
  });
}

/** A result phoned in by the laboratory, now, with whether it was read back. */
export function recordPhonedResult(
  patientId: PatientId,
  payload: z.input<(typeof payloadSchemas)['result.phoned']>,
) {
  return writeTransaction(['result.phoned'], async () => {
    const { now, iso } = await wardNow();
    await chartablePatient(patientId, iso, now);
    return appendEvent({ type: 'result.phoned', patientId, payload });
  });
}

/** Strikes an entry through with a reason; the entry stays in the log and on screen. */
export const voidEntry = (eventId: EventId, reason: string) => voidEvent(eventId, reason);
