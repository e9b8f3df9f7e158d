import {
  planCare,
  recordCare,
  stopCare,
  type CarePlanInput,
  type CareRecordInput,
} from '../../db/careWrites';
import { attempt } from '../../db/errors';
import type { EventId, PatientId } from '../../domain/ids';

export type { CarePlanInput, CareRecordInput };

export const tryPlanCare = (patientId: PatientId, input: CarePlanInput) =>
  attempt(() => planCare(patientId, input));

export const tryRecordCare = (
  patientId: PatientId,
  input: CareRecordInput,
  at: string | undefined,
) => attempt(() => recordCare(patientId, input, at));

export const tryStopCare = (patientId: PatientId, careId: EventId, reason: string) =>
  attempt(() => stopCare(patientId, careId, reason));
