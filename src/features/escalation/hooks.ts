import { attempt } from '../../db/errors';
import { recordEscalation, type EscalationInput } from '../../db/escalationWrites';
import type { PatientId } from '../../domain/ids';

export type { EscalationInput };

/** Who was informed of a score that triggers, and when. */
export const tryRecordEscalation = (
  patientId: PatientId,
  payload: EscalationInput,
  at: string | undefined,
) => attempt(() => recordEscalation(patientId, payload, at));
