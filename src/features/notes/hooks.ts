import { recordPhonedResult, writeTargetedNote } from '../../db/chartWrites';
import { attempt } from '../../db/errors';
import type { PatientId } from '../../domain/ids';
import type { NoteTargeted, ResultPhoned } from '../../domain/notes';

export type NoteInput = { [K in keyof NoteTargeted]-?: string };
export type ResultInput = Omit<ResultPhoned, 'readBack'> & { readBack: boolean | undefined };

export const tryWriteNote = (patientId: PatientId, input: NoteInput) =>
  attempt(() => writeTargetedNote(patientId, input));

export const tryRecordResult = (patientId: PatientId, input: ResultInput) =>
  // readBack undefined is refused by the schema as 'required': the nurse must answer.
  attempt(() => recordPhonedResult(patientId, input as ResultPhoned));
