import { useLiveQuery } from 'dexie-react-hooks';
import { attempt } from '../../db/errors';
import {
  readEscalationSources,
  recordEscalation,
  type EscalationInput,
} from '../../db/escalationWrites';
import type { PatientId } from '../../domain/ids';
import type { PatientState } from '../../domain/patient';

export type { EscalationInput };

/** Who was informed of a score that triggers, and when. */
export const tryRecordEscalation = (
  patientId: PatientId,
  payload: EscalationInput,
  at: string | undefined,
) => attempt(() => recordEscalation(patientId, payload, at));

/** For a bed card: the last full set of the stay and the calls and corrections since, live. */
export const useEscalationSources = (patient: Pick<PatientState, 'id' | 'admittedAt'>) =>
  useLiveQuery(() => readEscalationSources(patient), [patient.id, patient.admittedAt]);
