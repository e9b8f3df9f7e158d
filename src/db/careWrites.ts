import type { z } from 'zod';
import { careDoneSchema, carePlannedSchema, careStoppedSchema } from '../domain/care';
import { checkCareDone, checkCareStop } from '../domain/carePlan';
import type { EventId, PatientId } from '../domain/ids';
import { issuesFromZod, type ValidationIssue } from '../domain/validation';
import { appendEvent } from './append';
import { chartablePatient, nowIso } from './chartWrites';
import { patientEvents, writeTransaction } from './projections';

const schemaIssues = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : issuesFromZod(result.error, 'payload');
};
const asPayload = (issues: readonly ValidationIssue[]) =>
  issues.map((issue) =>
    issue.path === 'at' ? issue : { ...issue, path: `payload.${issue.path}` },
  );

export type CarePlanInput = z.input<typeof carePlannedSchema>;
export type CareRecordInput = z.input<typeof careDoneSchema>;

/** Plans a care item (dressing, capillary glucose...) with its schedule. */
export function planCare(patientId: PatientId, payload: CarePlanInput) {
  return writeTransaction(['care.planned'], async () => {
    await chartablePatient(patientId, nowIso(), schemaIssues(carePlannedSchema, payload));
    return appendEvent({ type: 'care.planned', patientId, payload });
  });
}

/** A planned care done, or not done with the reason, for one of its slots. */
export function recordCare(patientId: PatientId, payload: CareRecordInput, at: string = nowIso()) {
  return writeTransaction(['care.done'], async () => {
    const parsed = careDoneSchema.safeParse(payload);
    const issues = parsed.success ? [] : issuesFromZod(parsed.error, 'payload');
    if (parsed.success) {
      const events = await patientEvents(patientId);
      issues.push(...asPayload(checkCareDone(events, parsed.data, at, nowIso())));
    }
    await chartablePatient(patientId, at, issues);
    return appendEvent({ type: 'care.done', patientId, at, payload });
  });
}

/** Stops a planned care item now, with the reason. */
export function stopCare(patientId: PatientId, careId: EventId, reason: string) {
  return writeTransaction(['care.stopped'], async () => {
    const at = nowIso();
    const payload = { careId, reason };
    const events = await patientEvents(patientId);
    const issues = [
      ...schemaIssues(careStoppedSchema, payload),
      ...asPayload(checkCareStop(events, careId, at)),
    ];
    await chartablePatient(patientId, at, issues);
    return appendEvent({ type: 'care.stopped', patientId, at, payload });
  });
}
