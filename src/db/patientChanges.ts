import { validateAdmission, type Admission } from '../domain/admission';
import { placementTimeIssues } from '../domain/chartTime';
import { isType } from '../domain/events';
import { updatedPayloadSchema, type ClearableField } from '../domain/header';
import { basedOnFor, HEADER_LOG } from '../domain/conflicts/header';
import {
  EDITED_FIELDS,
  mergeHeaderEdit,
  type FieldConflict,
  type HeaderSnapshot,
} from '../domain/headerMerge';
import type { BedId, PatientId } from '../domain/ids';
import type { Identity } from '../domain/identity';
import type { PatientState } from '../domain/patient';
import { instantOf } from '../domain/time';
import { issuesFromZod, ValidationError, type ValidationIssue } from '../domain/validation';
import { activeEvents } from '../domain/voids';
import { appendEvent, buildParsed, tryBuildEvent, writeChecked } from './append';
import { patientEventsOfTypes } from './eventReads';
import {
  bedIssues,
  duplicatesOf,
  readPatient,
  type AdmissionInput,
  type Checked,
} from './patients';
import { patientEvents, writeTransaction } from './projections';
import { wardNow } from './wardTime';

export async function stateOf(id: PatientId, mustBeAdmitted: boolean): Promise<PatientState> {
  const state = await readPatient(id);
  if (!state || (mustBeAdmitted && state.status !== 'admitted')) {
    throw new ValidationError([{ path: '', code: 'notAdmitted' }]);
  }
  return state;
}

/**
 * A move or a discharge happens at `now` (the write's clock) or in the past, after the
 * patient was last placed: the domain's rule (`domain/chartTime.ts`) on what the log says.
 */
export async function timeIssues(
  id: PatientId,
  at: string | undefined,
  now: Date,
): Promise<ValidationIssue[]> {
  const placed = activeEvents(await patientEvents(id))
    .filter((e) => isType(e, 'patient.admitted', 'patient.moved'))
    .map((e) => instantOf(e.at));
  return placementTimeIssues(at, Math.max(...placed), now);
}

/** Moves an admitted patient to a free bed, at the time of the move. */
export function movePatient(id: PatientId, bedId: string, at: string | undefined) {
  return writeTransaction(['patient.moved'], async () => {
    const state = await stateOf(id, true);
    const { now } = await wardNow();
    const issues = [...(await bedIssues(bedId, id, 'bedId')), ...(await timeIssues(id, at, now))];
    if (!bedId) issues.push({ path: 'bedId', code: 'required' });
    else if (bedId === state.bed) issues.push({ path: 'bedId', code: 'noChange' });
    if (issues.length > 0) throw new ValidationError(issues);
    return appendEvent({
      type: 'patient.moved',
      patientId: id,
      at,
      payload: { bedId: bedId as BedId },
    });
  });
}

export interface DischargeInput {
  destination: string;
  detail: string;
  at: string | undefined;
}

/** Discharges an admitted patient: the bed is free from that time. */
export function dischargePatient(id: PatientId, input: DischargeInput) {
  return writeTransaction(['patient.discharged'], async () => {
    await stateOf(id, true);
    const { now } = await wardNow();
    const issues = await timeIssues(id, input.at, now);
    // The payload is parsed once, here; a refused time is said by timeIssues alone (the
    // event is then built at now only to check its payload: it is not written).
    const built = await tryBuildEvent({
      type: 'patient.discharged',
      patientId: id,
      at: issues.length > 0 ? undefined : input.at,
      payload: { destination: input.destination, detail: input.detail },
    });
    return writeChecked(built, issues);
  });
}

const TRAITS = ['birthName', 'usedName', 'firstName', 'birthDate', 'ipp'];

/** The form's ground: what it showed when opened (its values rebased on conflicts seen). */
export interface EditOptions {
  opened: HeaderSnapshot;
  /** Possible duplicates the nurse was shown and said are someone else. */
  confirmed?: readonly PatientId[];
}

/** Someone else changed a field she changed too: nothing written, both values to choose from. */
export interface EditConflicts {
  saved: false;
  conflicts: FieldConflict[];
  /** What is stored now, to rebase the form on once she has chosen. */
  current: PatientState;
}

/**
 * Records a change of identity or clinical header with its reason. The form sends what it
 * shows and what it showed when opened: only what the nurse changed is written, on top of
 * what is stored now (three-way, `domain/headerMerge.ts`), so a change made meanwhile from
 * another tab or tablet is never undone. A field both changed stops the write. A change of
 * traits is checked for duplicates too.
 */
export function updatePatient(
  id: PatientId,
  input: AdmissionInput,
  reason: string,
  { opened, confirmed = [] }: EditOptions,
): Promise<Checked<PatientId> | EditConflicts> {
  return writeTransaction(['patient.updated'], async () => {
    const state = await stateOf(id, false);
    const identity = { ...(input.identity as object), tempId: state.identity.tempId };
    const merged = { ...input, identity, admittedAt: state.admittedAt };
    // Parsed once: the reason by its field's schema, the rest by the admission's validator;
    // the event is built from what they return (buildParsed), not parsed again.
    const why = updatedPayloadSchema.shape.reason.safeParse(reason);
    const issues = why.success ? [] : issuesFromZod(why.error, 'payload.reason');
    let admission: Admission | undefined;
    try {
      const { now, timeZone } = await wardNow();
      admission = validateAdmission(merged, now, timeZone);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.unshift(...error.issues);
    }
    if (!admission || !why.success || issues.length > 0) throw new ValidationError(issues);
    const edit = mergeHeaderEdit(opened, state, {
      identity: admission.identity,
      header: admission,
    });
    if (edit.conflicts.length > 0) {
      return { saved: false, conflicts: edit.conflicts, current: state };
    }
    const cleared = edit.cleared as ClearableField[];
    const none = (o: object) => Object.keys(o).length === 0;
    if (none(edit.identity) && none(edit.clinical) && cleared.length === 0) {
      throw new ValidationError([{ path: '', code: 'noChange' }]);
    }
    if (TRAITS.some((key) => key in edit.identity || (cleared as string[]).includes(key))) {
      const gone = new Set<string>(cleared);
      const traits = Object.fromEntries(
        Object.entries({ ...state.identity, ...edit.identity }).filter(([key]) => !gone.has(key)),
      ) as Identity;
      const { shown } = await duplicatesOf(traits, id, confirmed);
      if (shown.length > 0) return { saved: false, duplicates: shown };
    }
    // What this edit is based on: the edits of the fields it writes that this tablet knows
    // (domain/conflicts/header.ts), so another tablet's edit made meanwhile shows as a conflict.
    const written = [...Object.keys(edit.identity), ...Object.keys(edit.clinical), ...cleared];
    const basedOn = basedOnFor(
      await patientEventsOfTypes(id, HEADER_LOG),
      EDITED_FIELDS.filter((field) => written.includes(field)),
    );
    const built = await buildParsed({
      type: 'patient.updated',
      patientId: id,
      payload: {
        identity: none(edit.identity) ? undefined : edit.identity,
        clinical: none(edit.clinical) ? undefined : edit.clinical,
        cleared: cleared.length > 0 ? cleared : undefined,
        reason: why.data,
        basedOn,
      },
    });
    await writeChecked(built);
    return { saved: true, value: id };
  });
}

/** The nurse linked although other records carry this IPP: who they are, and why. */
export interface SharedIpp {
  with: readonly PatientId[];
  reason: string;
}

/**
 * Links the temporary identifier of a patient to the IPP found once systems are back. An IPP
 * that another record already carries is refused, unless the nurse confirmed, for those very
 * records, with a reason: then both records carry it, and the event says so.
 */
export function linkIdentifier(
  id: PatientId,
  ipp: string,
  shared?: SharedIpp,
): Promise<Checked<PatientId>> {
  return writeTransaction(['patient.identifierLinked'], async () => {
    const state = await stateOf(id, false);
    const tempId = state.identity.tempId;
    if (!tempId) throw new ValidationError([{ path: 'payload.tempId', code: 'invalidTempId' }]);
    if (state.identity.ipp)
      throw new ValidationError([{ path: 'payload.ipp', code: 'alreadyLinked' }]);
    // Parsed once: the nurse's reason too, when she confirmed records that share the IPP.
    const built = await tryBuildEvent({
      type: 'patient.identifierLinked',
      patientId: id,
      payload: { tempId, ipp, sharedIpp: shared && shared.with.length > 0 ? shared : undefined },
    });
    if (!built.event) throw new ValidationError([...built.issues]);
    const link = built.event.payload;
    const traits = { ...state.identity, ipp: link.ipp, tempId: undefined };
    const { all } = await duplicatesOf(traits, id, []);
    const sameIpp = all.filter((match) => match.reasons.includes('sameIpp'));
    const others = sameIpp.map((match) => match.patient.id);
    if (others.some((other) => !link.sharedIpp?.with.includes(other))) {
      return { saved: false, duplicates: sameIpp };
    }
    // Only the records that carry the IPP now: a subset of those she confirmed, so still valid.
    const sharedIpp =
      link.sharedIpp && others.length > 0
        ? { with: others, reason: link.sharedIpp.reason }
        : undefined;
    const event = { ...built.event, payload: { ...link, sharedIpp } };
    await writeChecked({ event, issues: [] });
    return { saved: true, value: id };
  });
}
