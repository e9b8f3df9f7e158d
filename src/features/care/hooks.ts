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

export const usePlanCare = () => (patientId: PatientId, input: CarePlanInput) =>
  attempt(() => planCare(patientId, input));

export const useRecordCare =
  () => (patientId: PatientId, input: CareRecordInput, at: string | undefined) =>
    attempt(() => recordCare(patientId, input, at));

export const useStopCare = () => (patientId: PatientId, careId: EventId, reason: string) =>
  attempt(() => stopCare(patientId, careId, reason));
