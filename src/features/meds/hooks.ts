import { useSyncExternalStore } from 'react';
import { attempt } from '../../db/errors';
import {
  administer,
  checkImportedPrescription,
  prescribe,
  stopPrescription,
  type AdministrationInput,
  type PrescriptionChange,
  type PrescriptionInput,
} from '../../db/medWrites';
import { getSession, subscribeSession } from '../../db/session';
import type { EventId, PatientId } from '../../domain/ids';
import { mayRecord } from '../../domain/permissions';

export type { AdministrationInput, PrescriptionChange, PrescriptionInput };

export const tryPrescribe = (
  patientId: PatientId,
  input: PrescriptionInput,
  change?: PrescriptionChange,
) => attempt(() => prescribe(patientId, input, change));

export const tryStopPrescription = (
  patientId: PatientId,
  prescriptionId: EventId,
  reason: string,
) => attempt(() => stopPrescription(patientId, prescriptionId, reason));

export const tryCheckImport = (patientId: PatientId, prescriptionId: EventId) =>
  attempt(() => checkImportedPrescription(patientId, prescriptionId));

export const tryAdminister = (
  patientId: PatientId,
  input: AdministrationInput,
  at: string | undefined,
) => attempt(() => administer(patientId, input, at));

/**
 * What the person charting may do with medicines (`domain/permissions.ts`), for the screens to
 * hide or explain the actions; the writes refuse anyway.
 */
export function useMedRights() {
  const author = useSyncExternalStore(subscribeSession, getSession).author;
  const role = author?.role ?? null;
  return {
    role,
    prescribe: role !== null && mayRecord(role, 'med.prescribed'),
    administer: role !== null && mayRecord(role, 'med.administered'),
  };
}
