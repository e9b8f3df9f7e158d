import { HEADER_LOG, basedOnFor, headerConflicts, valueSet } from '../domain/conflicts/header';
import { CLEARABLE_FIELDS } from '../domain/header';
import { EDITED_IDENTITY_KEYS, type EditedField } from '../domain/headerMerge';
import type { EventId, PatientId } from '../domain/ids';
import { isOneOf } from '../domain/oneOf';
import { ValidationError } from '../domain/validation';
import { tryBuildEvent, writeChecked } from './append';
import { patientEventsOfTypes } from './eventReads';
import { writeTransaction } from './projections';

// The writes that resolve a conflict between tablets (issue 14, point 5). Each is an
// ordinary event, so the conflict goes on every tablet that receives it.

const RESOLVED = new ValidationError([{ path: '', code: 'conflictResolved' }]);

/**
 * The nurse chose one of the values two tablets recorded for a header field: it is written
 * again as an edit based on every edit in conflict, which ends the conflict. Refused when
 * the field is no longer in conflict here (resolved meanwhile, in another tab).
 */
export function chooseHeaderValue(
  patientId: PatientId,
  field: EditedField,
  chosen: EventId,
  reason: string,
): Promise<EventId> {
  return writeTransaction(['patient.updated'], async () => {
    const log = await patientEventsOfTypes(patientId, HEADER_LOG);
    const conflict = headerConflicts(log).find((c) => c.field === field);
    const entry = conflict?.entries.find((e) => e.id === chosen);
    if (!conflict || !entry) throw RESOLVED;
    const value = valueSet(entry, field);
    const set = isOneOf(EDITED_IDENTITY_KEYS, field) ? 'identity' : 'clinical';
    const payload = {
      ...(value === undefined
        ? { cleared: isOneOf(CLEARABLE_FIELDS, field) ? [field] : [] }
        : { [set]: { [field]: value } }),
      reason,
      basedOn: basedOnFor(log, [field]),
    };
    const built = await tryBuildEvent({ type: 'patient.updated', patientId, payload });
    return (await writeChecked(built)).id;
  });
}

/**
 * "Different persons": the nurse says two records that may be one person are not. Recorded
 * on the patient as `distinctFrom`, as the admission form does when she confirms.
 */
export function declareDistinct(
  patientId: PatientId,
  other: PatientId,
  reason: string,
): Promise<EventId> {
  return writeTransaction(['patient.updated'], async () => {
    const built = await tryBuildEvent({
      type: 'patient.updated',
      patientId,
      payload: { distinctFrom: [other], reason },
    });
    return (await writeChecked(built)).id;
  });
}
