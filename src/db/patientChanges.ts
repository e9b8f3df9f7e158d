import { CLOCK_SKEW_MS, validateAdmission, type Admission } from '../domain/admission';
import { isType } from '../domain/events';
import {
  CLINICAL_KEYS,
  dischargedPayloadSchema,
  updatedPayloadSchema,
  type ClearableField,
} from '../domain/header';
import type { BedId, PatientId } from '../domain/ids';
import { identitySchema, tempIdLinkSchema } from '../domain/identity';
import type { PatientState } from '../domain/patient';
import { instantOf } from '../domain/time';
import { issuesOf, ValidationError, type ValidationIssue } from '../domain/validation';
import { activeEvents } from '../domain/voids';
import { appendEvent } from './append';
import {
  bedIssues,
  duplicatesOf,
  inPatientTransaction,
  readPatient,
  type AdmissionInput,
  type Checked,
} from './patients';
import { patientEvents } from './projections';

export async function stateOf(id: PatientId, mustBeAdmitted: boolean): Promise<PatientState> {
  const state = await readPatient(id);
  if (!state || (mustBeAdmitted && state.status !== 'admitted')) {
    throw new ValidationError([{ path: '', code: 'notAdmitted' }]);
  }
  return state;
}

/** A move or a discharge happens now or in the past, after the patient was last placed. */
export async function timeIssues(
  id: PatientId,
  at: string | undefined,
): Promise<ValidationIssue[]> {
  const instant = at ? instantOf(at) : NaN;
  if (Number.isNaN(instant)) return [{ path: 'at', code: 'invalidDate' }];
  if (instant > Date.now() + CLOCK_SKEW_MS) return [{ path: 'at', code: 'futureDate' }];
  const placed = activeEvents(await patientEvents(id))
    .filter((e) => isType(e, 'patient.admitted', 'patient.moved'))
    .map((e) => instantOf(e.at));
  return instant < Math.max(...placed) ? [{ path: 'at', code: 'beforeAdmission' }] : [];
}

/** Moves an admitted patient to a free bed, at the time of the move. */
export function movePatient(id: PatientId, bedId: string, at: string | undefined) {
  return inPatientTransaction(async () => {
    const state = await stateOf(id, true);
    const issues = [...(await bedIssues(bedId, id, 'bedId')), ...(await timeIssues(id, at))];
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
  return inPatientTransaction(async () => {
    await stateOf(id, true);
    const payload = { destination: input.destination, detail: input.detail };
    const issues = [
      ...issuesOf(dischargedPayloadSchema, payload, 'payload'),
      ...(await timeIssues(id, input.at)),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    return appendEvent({
      type: 'patient.discharged',
      patientId: id,
      at: input.at,
      payload: dischargedPayloadSchema.parse(payload),
    });
  });
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** What differs between two records over some keys: new values, and keys now absent. */
function changes<T extends object>(before: Partial<T>, after: T, keys: readonly (keyof T)[]) {
  const changed: Partial<T> = {};
  const cleared: (keyof T)[] = [];
  for (const key of keys) {
    if (canonical(before[key]) === canonical(after[key])) continue;
    if (after[key] === undefined) cleared.push(key);
    else changed[key] = after[key];
  }
  return { changed, cleared };
}

const IDENTITY_KEYS = Object.keys(identitySchema.shape).filter(
  (key) => key !== 'tempId',
) as (keyof Admission['identity'])[];
const TRAITS = ['birthName', 'usedName', 'firstName', 'birthDate', 'ipp'];

/**
 * Records a change of identity or clinical header with its reason. The form sends the
 * whole header; only what differs is written. A change of traits is checked for duplicates.
 */
export function updatePatient(
  id: PatientId,
  input: AdmissionInput,
  reason: string,
  confirmed: readonly PatientId[] = [],
): Promise<Checked<PatientId>> {
  return inPatientTransaction(async () => {
    const state = await stateOf(id, false);
    const identity = { ...(input.identity as object), tempId: state.identity.tempId };
    const merged = { ...input, identity, admittedAt: state.admittedAt };
    const issues = issuesOf(updatedPayloadSchema.shape.reason, reason, 'payload.reason');
    let admission: Admission | undefined;
    try {
      admission = validateAdmission(merged, new Date());
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      issues.unshift(...error.issues);
    }
    if (!admission || issues.length > 0) throw new ValidationError(issues);
    const who = changes(state.identity, admission.identity, IDENTITY_KEYS);
    const what = changes(state.header, admission, CLINICAL_KEYS);
    const cleared = [...who.cleared, ...what.cleared] as ClearableField[];
    const none = (o: object) => Object.keys(o).length === 0;
    if (none(who.changed) && none(what.changed) && cleared.length === 0) {
      throw new ValidationError([{ path: '', code: 'noChange' }]);
    }
    if (TRAITS.some((key) => key in who.changed || (cleared as string[]).includes(key))) {
      const { shown } = await duplicatesOf(admission.identity, id, confirmed);
      if (shown.length > 0) return { saved: false, duplicates: shown };
    }
    await appendEvent({
      type: 'patient.updated',
      patientId: id,
      payload: {
        identity: none(who.changed) ? undefined : who.changed,
        clinical: none(what.changed) ? undefined : what.changed,
        cleared: cleared.length > 0 ? cleared : undefined,
        reason,
      },
    });
    return { saved: true, value: id };
  });
}

/** Links the temporary identifier of a patient to the IPP found once systems are back. */
export function linkIdentifier(
  id: PatientId,
  ipp: string,
  confirmed: readonly PatientId[] = [],
): Promise<Checked<PatientId>> {
  return inPatientTransaction(async () => {
    const state = await stateOf(id, false);
    const tempId = state.identity.tempId;
    if (!tempId) throw new ValidationError([{ path: 'payload.tempId', code: 'invalidTempId' }]);
    if (state.identity.ipp)
      throw new ValidationError([{ path: 'payload.ipp', code: 'alreadyLinked' }]);
    const link = tempIdLinkSchema.safeParse({ tempId, ipp });
    if (!link.success)
      throw new ValidationError(issuesOf(tempIdLinkSchema, { tempId, ipp }, 'payload'));
    const traits = { ...state.identity, ipp: link.data.ipp, tempId: undefined };
    const { shown } = await duplicatesOf(traits, id, confirmed);
    const sameIpp = shown.filter((match) => match.reasons.includes('sameIpp'));
    if (sameIpp.length > 0) return { saved: false, duplicates: sameIpp };
    await appendEvent({ type: 'patient.identifierLinked', patientId: id, payload: link.data });
    return { saved: true, value: id };
  });
}
