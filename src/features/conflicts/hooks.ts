import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { voidEvent } from '../../db/append';
import { chooseHeaderValue, declareDistinct } from '../../db/conflictWrites';
import {
  readPatientCrossConflicts,
  readWardConflicts,
  type ConflictRead,
} from '../../db/conflicts';
import { attempt } from '../../db/errors';
import { headerConflicts } from '../../domain/conflicts/header';
import { slotConflicts } from '../../domain/conflicts/slots';
import type { WardEvent } from '../../domain/events';
import type { EditedField } from '../../domain/headerMerge';
import type { EventId, PatientId } from '../../domain/ids';

/** The ward's conflicts between tablets and the present patients, live (the board). */
export const useWardConflicts = () => useLiveQuery(readWardConflicts);

/**
 * One patient's conflicts: those within their log (a header field, a slot charted twice),
 * found in the log the screen already read, and those with other patients (a bed, a
 * possible duplicate), read live.
 */
export function usePatientConflicts(
  patientId: PatientId,
  events: readonly WardEvent[] | undefined,
): ConflictRead | undefined {
  const cross = useLiveQuery(() => readPatientCrossConflicts(patientId), [patientId]);
  return useMemo(() => {
    if (!cross || !events) return undefined;
    const own = [...headerConflicts(events), ...slotConflicts(events)];
    return { conflicts: [...cross.conflicts, ...own], patients: cross.patients };
  }, [cross, events]);
}

/** Voids one of the two entries of a slot charted twice. */
export const tryVoidEntry = (eventId: EventId, reason: string) =>
  attempt(() => voidEvent(eventId, reason));

/** Keeps the value of one of the edits in conflict, as an edit based on all of them. */
export const tryChooseValue = (
  patientId: PatientId,
  field: EditedField,
  chosen: EventId,
  reason: string,
) => attempt(() => chooseHeaderValue(patientId, field, chosen, reason));

/** Says two records that may be one person are two different people. */
export const tryDeclareDistinct = (patientId: PatientId, other: PatientId, reason: string) =>
  attempt(() => declareDistinct(patientId, other, reason));
