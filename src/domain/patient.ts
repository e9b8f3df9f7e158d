import type { PatientId, WardId } from './ids';
import type { Identity } from './identity';
import { isType, type EventType, type WardEvent } from './events';
import { byStamp, compareStamps, stampOf, type Stamp } from './order';
import { activeEvents } from './voids';

/** The current header of a patient: who, where, admitted or not. */
export interface PatientState {
  id: PatientId;
  wardId: WardId;
  identity: Identity;
  bed: string | null;
  status: 'admitted' | 'discharged';
  admittedAt: string;
  dischargedAt: string | null;
  /** The last header event applied: a later one can be applied on top, an earlier one cannot. */
  last: Stamp;
}

/** The event types that change a patient's header; the others leave it as it is. */
export const HEADER_TYPES = [
  'patient.admitted',
  'patient.updated',
  'patient.moved',
  'patient.discharged',
] as const satisfies readonly EventType[];

export const isHeaderEvent = (event: WardEvent) => isType(event, ...HEADER_TYPES);

/** Applies one header event that comes after every event already applied. */
export function applyPatientEvent(
  state: PatientState | null,
  event: WardEvent,
): PatientState | null {
  if (!isHeaderEvent(event) || event.patientId === null) return state;
  const last = stampOf(event);
  if (isType(event, 'patient.admitted')) {
    const identity = state
      ? { ...state.identity, ...event.payload.identity }
      : event.payload.identity;
    return {
      id: event.patientId,
      wardId: event.wardId,
      identity,
      bed: event.payload.bed ?? null,
      status: 'admitted',
      admittedAt: event.at,
      dischargedAt: null,
      last,
    };
  }
  if (!state) return null; // a change before any admission has nothing to change yet
  if (isType(event, 'patient.updated')) {
    return { ...state, identity: { ...state.identity, ...event.payload.identity }, last };
  }
  if (isType(event, 'patient.moved')) return { ...state, bed: event.payload.bed, last };
  return { ...state, status: 'discharged', bed: null, dischargedAt: event.at, last };
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
