import { useLiveQuery } from 'dexie-react-hooks';
import { swapPatients } from '../../db/bedSwap';
import { attempt } from '../../db/errors';
import {
  dischargePatient,
  linkIdentifier,
  movePatient,
  updatePatient,
  type DischargeInput,
  type EditConflicts,
  type EditOptions,
  type SharedIpp,
} from '../../db/patientChanges';
import {
  admitPatient,
  drawTempId,
  readPatient,
  readHistoryWindow,
  readWardPatients,
  type AdmissionInput,
  type HistoryEntry,
  type HistoryWindow,
} from '../../db/patients';
import type { PatientId } from '../../domain/ids';

export type {
  AdmissionInput,
  DischargeInput,
  EditConflicts,
  HistoryEntry,
  HistoryWindow,
  SharedIpp,
};

/** The patient's header from the projection; undefined while loading, null when unknown. */
export const usePatient = (id: PatientId) => useLiveQuery(() => readPatient(id), [id]);

/** The `limit` newest entries of the patient's history (and corrections), and if there are more. */
export const usePatientHistory = (id: PatientId, limit: number) =>
  useLiveQuery(() => readHistoryWindow(id, limit), [id, limit]);

/** Every patient known here, present or discharged. */
export const useWardPatients = () => useLiveQuery(readWardPatients);

export const tryDrawTempId = () => attempt(drawTempId);

export const tryAdmit = (input: AdmissionInput, confirmed: PatientId[], patientId?: PatientId) =>
  attempt(() => admitPatient(input, { confirmed, patientId }));

/** A header edit, three-way: what the form showed when opened is part of what is sent. */
export const tryUpdatePatient = (
  id: PatientId,
  input: AdmissionInput,
  reason: string,
  options: EditOptions,
) => attempt(() => updatePatient(id, input, reason, options));

export const tryMovePatient = (id: PatientId, bedId: string, at: string | undefined) =>
  attempt(() => movePatient(id, bedId, at));

export const tryDischarge = (id: PatientId, input: DischargeInput) =>
  attempt(() => dischargePatient(id, input));

/** Two present patients exchange their beds at the same time. */
export const trySwapPatients = (id: PatientId, otherId: PatientId, at: string | undefined) =>
  attempt(() => swapPatients(id, otherId, at));
/** `shared`: linked although other records carry this IPP, confirmed twice, with a reason. */
export const tryLinkIdentifier = (id: PatientId, ipp: string, shared?: SharedIpp) =>
  attempt(() => linkIdentifier(id, ipp, shared));
