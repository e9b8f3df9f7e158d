import { attempt } from '../../db/errors';
import {
  administer,
  prescribe,
  stopPrescription,
  type AdministrationInput,
  type PrescriptionChange,
  type PrescriptionInput,
} from '../../db/medWrites';
import type { EventId, PatientId } from '../../domain/ids';

export type { AdministrationInput, PrescriptionChange, PrescriptionInput };

export const usePrescribe =
  () => (patientId: PatientId, input: PrescriptionInput, change?: PrescriptionChange) =>
    attempt(() => prescribe(patientId, input, change));

export const useStopPrescription =
  () => (patientId: PatientId, prescriptionId: EventId, reason: string) =>
    attempt(() => stopPrescription(patientId, prescriptionId, reason));

export const useAdminister =
  () => (patientId: PatientId, input: AdministrationInput, at: string | undefined) =>
    attempt(() => administer(patientId, input, at));
