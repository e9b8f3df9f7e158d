import type { z } from 'zod';
import type { careDoneSchema, carePlannedSchema } from '../domain/care';
import { checkCareDone, checkCareStop } from '../domain/carePlan';
import type { AsTyped } from '../domain/formInput';
import type { EventId, PatientId } from '../domain/ids';
import type { ValidationIssue } from '../domain/validation';
import { tryBuildEvent, writeChecked } from './append';
import { chartablePatient } from './chartWrites';
import { patientEventsOfTypes } from './eventReads';
import { writeTransaction } from './projections';
import { wardNow } from './wardTime';

// What the care checks read (domain/carePlan.ts): the items, their records and corrections,
// by type; the patient's vitals, notes and doses are not read.
const PLAN = ['care.planned', 'care.stopped', 'event.voided'] as const;
const PLAN_AND_RECORDS = [...PLAN, 'care.done'] as const;

const asPayload = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) =>
    issue.path === 'at' ? issue : { ...issue, path: `payload.${issue.path}` },
  );

/** A care item as the form typed it (AsTyped: the schema refuses what does not fit). */
export type CarePlanInput = AsTyped<z.input<typeof carePlannedSchema>>;
export type CareRecordInput = z.input<typeof careDoneSchema>;

/** Plans a care item (dressing, capillary glucose...) with its schedule. */
export function planCare(patientId: PatientId, payload: CarePlanInput) {
  return writeTransaction(['care.planned'], async () => {
    const built = await tryBuildEvent({ type: 'care.planned', patientId, payload });
    const { now, iso } = await wardNow();
    await chartablePatient(patientId, iso, now, [...built.issues]);
    return writeChecked(built);
  });
}

/** A planned care done, or not done with the reason, for one of its slots. */
export function recordCare(patientId: PatientId, payload: CareRecordInput, when?: string) {
  return writeTransaction(['care.done'], async () => {
    const { now, iso, timeZone } = await wardNow();
    const at = when ?? iso;
    const built = await tryBuildEvent({ type: 'care.done', patientId, at, payload });
    const issues = [...built.issues];
    if (built.event) {
      const events = await patientEventsOfTypes(patientId, PLAN_AND_RECORDS);
      issues.push(...asPayload(checkCareDone(events, built.event.payload, at, iso, timeZone)));
    }
    await chartablePatient(patientId, at, now, issues);
    return writeChecked(built);
  });
}

/** Stops a planned care item now, with the reason. */
export function stopCare(patientId: PatientId, careId: EventId, reason: string) {
  return writeTransaction(['care.stopped'], async () => {
    const { now, iso: at } = await wardNow();
    const built = await tryBuildEvent({
      type: 'care.stopped',
      patientId,
      at,
      payload: { careId, reason },
    });
    const events = await patientEventsOfTypes(patientId, PLAN);
    const issues = [...built.issues, ...asPayload(checkCareStop(events, careId, at))];
    await chartablePatient(patientId, at, now, issues);
    return writeChecked(built);
  });
}
