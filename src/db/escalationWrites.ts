import type { z } from 'zod';
import type { WardEvent } from '../domain/events';
import { activeEvents } from '../domain/voids';
import type { escalationInformedSchema } from '../domain/escalationSchema';
import type { PatientId } from '../domain/ids';
import { instantOf } from '../domain/time';
import type { ValidationIssue } from '../domain/validation';
import { tryBuildEvent, writeChecked } from './append';
import { chartablePatient } from './chartWrites';
import { readLastVitals } from './chartReads';
import { patientEventsOfTypes } from './eventReads';
import { intactOrNull } from './damage';
import { db } from './db';
import { getLocal } from './local';
import { writeTransaction } from './projections';
import { wardNow } from './wardTime';

export type EscalationInput = z.input<typeof escalationInformedSchema>;

/**
 * Why a call cannot answer this set: it is not a standing set of this patient, or is later.
 * The set is read by its id with the patient's corrections (a correction can be undone by
 * another), not the patient's whole log.
 */
async function targetIssues(
  patientId: PatientId,
  payload: EscalationInput,
  at: string | undefined,
): Promise<ValidationIssue[]> {
  const found = intactOrNull(await db.events.where('id').equals(payload.vitalsEventId).first());
  const wardId = await getLocal('wardId');
  const mine = found?.patientId === patientId && found.wardId === wardId ? found : null;
  const voids = mine ? await patientEventsOfTypes(patientId, ['event.voided']) : [];
  const target = mine && activeEvents([mine, ...voids]).find((event) => event.id === mine.id);
  if (!target || target.type !== 'vitals.recorded') {
    return [{ path: 'payload.vitalsEventId', code: 'notVitals' }];
  }
  const t = at ? instantOf(at) : NaN;
  return t < instantOf(target.at) ? [{ path: 'at', code: 'beforeVitals' }] : [];
}

/**
 * Records who was told of a set that triggers the escalation, at bedside time `at`: the
 * patient is present then, and the set stands, is this patient's, and was taken before.
 */
export function recordEscalation(
  patientId: PatientId,
  payload: EscalationInput,
  at: string | undefined,
) {
  return writeTransaction(['escalation.informed'], async () => {
    const built = await tryBuildEvent({ type: 'escalation.informed', patientId, at, payload });
    const issues = [...built.issues, ...(await targetIssues(patientId, payload, at))];
    const { now } = await wardNow();
    await chartablePatient(patientId, at, now, issues);
    return writeChecked(built);
  });
}

/**
 * What the board card needs to tell whether a call is due: the last full set of the stay and
 * the patient's events since it (calls and corrections are always later than their set).
 */
export async function readEscalationSources(patient: {
  id: PatientId;
  admittedAt: string;
}): Promise<WardEvent[]> {
  const last = await readLastVitals(patient);
  if (!last) return [];
  const types = ['escalation.informed', 'event.voided'] as const;
  return [last, ...(await patientEventsOfTypes(patient.id, types, instantOf(last.at)))];
}
