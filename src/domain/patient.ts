import type { BedId, PatientId, WardId } from './ids';
import type { Identity } from './identity';
import { isType, type EventType, type WardEvent } from './events';
import { CLINICAL_KEYS, type ClearableField, type ClinicalHeader, type Discharge } from './header';
import { byStamp, compareStamps, stampOf, type Stamp } from './order';
import { activeEvents } from './voids';

/** The current header of a patient: who, where, admitted or not, and the clinical header. */
export interface PatientState {
  id: PatientId;
  wardId: WardId;
  identity: Identity;
  /** The id of the bed (see beds.ts); null without a bed or once discharged. */
  bed: BedId | null;
  status: 'admitted' | 'discharged';
  /** The last admission (a readmission starts a new stay). */
  admittedAt: string;
  dischargedAt: string | null;
  /** Reason, physician, allergies, isolation...: of the current (or last) stay. */
  header: ClinicalHeader;
  /** Where the patient went at the last discharge; null while admitted. */
  discharge: Discharge | null;
  /** The last header event applied: a later one can be applied on top, an earlier one cannot. */
  last: Stamp;
}

/** The event types that change a patient's header; the others leave it as it is. */
export const HEADER_TYPES = [
  'patient.admitted',
  'patient.updated',
  'patient.moved',
  'patient.discharged',
  'patient.identifierLinked',
] as const satisfies readonly EventType[];

export const isHeaderEvent = (event: WardEvent) => isType(event, ...HEADER_TYPES);

/** A copy without the keys whose value is undefined: "not given" never erases a value. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function without<T extends object>(value: T, cleared: readonly ClearableField[] = []): T {
  const gone = new Set<string>(cleared);
  return Object.fromEntries(Object.entries(value).filter(([key]) => !gone.has(key))) as T;
}

const clinicalOf = (payload: ClinicalHeader): ClinicalHeader =>
  defined(Object.fromEntries(CLINICAL_KEYS.map((key) => [key, payload[key]]))) as ClinicalHeader;

/** Applies one header event that comes after every event already applied. */
export function applyPatientEvent(
  state: PatientState | null,
  event: WardEvent,
): PatientState | null {
  if (!isHeaderEvent(event) || event.patientId === null) return state;
  const last = stampOf(event);
  if (isType(event, 'patient.admitted')) {
    const { identity, bedId } = event.payload;
    return {
      id: event.patientId,
      wardId: event.wardId,
      // A readmission typed on a tablet that had not seen an IPP link yet keeps the IPP.
      identity: state ? { ...state.identity, ...defined(identity) } : defined(identity),
      bed: bedId ?? null,
      status: 'admitted',
      admittedAt: event.at,
      dischargedAt: null,
      header: clinicalOf(event.payload),
      discharge: null,
      last,
    } as PatientState;
  }
  if (!state) return null; // a change before any admission has nothing to change yet
  if (isType(event, 'patient.updated')) {
    const { identity = {}, clinical = {}, cleared } = event.payload;
    return {
      ...state,
      identity: without({ ...state.identity, ...defined(identity) }, cleared),
      header: without({ ...state.header, ...defined(clinical) }, cleared),
      last,
    };
  }
  if (isType(event, 'patient.identifierLinked')) {
    return { ...state, identity: { ...state.identity, ipp: event.payload.ipp }, last };
  }
  if (isType(event, 'patient.moved')) return { ...state, bed: event.payload.bedId, last };
  return {
    ...state,
    status: 'discharged',
    bed: null,
    dischargedAt: event.at,
    discharge: defined(event.payload) as Discharge,
    last,
  };
}

/**
 * True when the event can be applied on top of the state without a refold. With no
 * state there may be earlier events that had nothing to apply to, so it is false.
 */
export const comesAfter = (state: PatientState | null, event: WardEvent) =>
  state !== null && compareStamps(state.last, stampOf(event)) < 0;

/** The header of one patient from all of its events, in any order, voids included. */
export function foldPatient(events: readonly WardEvent[]): PatientState | null {
  const header = activeEvents(events).filter(isHeaderEvent);
  return byStamp(header).reduce<PatientState | null>(applyPatientEvent, null);
}
