import { useLiveQuery } from 'dexie-react-hooks';
import { readBeds } from '../../db/beds';
import { swapPatients } from '../../db/bedSwap';
import { attempt } from '../../db/errors';
import {
  dischargePatient,
  linkIdentifier,
  movePatient,
  updatePatient,
  type DischargeInput,
} from '../../db/patientChanges';
import {
  admitPatient,
  drawTempId,
  readPatient,
  readPatientHistory,
  readWardPatients,
  type AdmissionInput,
} from '../../db/patients';
import { localDate } from '../../domain/admission';
import type { PatientId } from '../../domain/ids';

export type { AdmissionInput, DischargeInput };

/** The patient's header from the projection; undefined while loading, null when unknown. */
export const usePatient = (id: string) => useLiveQuery(() => readPatient(id as PatientId), [id]);

export const usePatientHistory = (id: string) =>
  useLiveQuery(() => readPatientHistory(id as PatientId), [id]);

/** Every patient known here, present or discharged. */
export const useWardPatients = () => useLiveQuery(readWardPatients);

export const useBeds = () => useLiveQuery(readBeds);

/** The ward's date, for ages. */
export const useToday = () => localDate(new Date());

export const useDrawTempId = () => () => attempt(drawTempId);

export const useAdmit =
  () => (input: AdmissionInput, confirmed: PatientId[], patientId?: PatientId) =>
    attempt(() => admitPatient(input, { confirmed, patientId }));

export const useUpdatePatient =
  () => (id: PatientId, input: AdmissionInput, reason: string, confirmed: PatientId[]) =>
    attempt(() => updatePatient(id, input, reason, confirmed));

export const useMovePatient = () => (id: PatientId, bedId: string, at: string | undefined) =>
  attempt(() => movePatient(id, bedId, at));

export const useDischarge = () => (id: PatientId, input: DischargeInput) =>
  attempt(() => dischargePatient(id, input));

export const useLinkIdentifier = () => (id: PatientId, ipp: string, confirmed: PatientId[]) =>
  attempt(() => linkIdentifier(id, ipp, confirmed));

/** Two present patients exchange their beds at the same time. */
export const useSwapPatients = () => (id: PatientId, otherId: PatientId, at: string | undefined) =>
  attempt(() => swapPatients(id, otherId, at));
