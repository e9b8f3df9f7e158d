import { ofType, type EventType, type WardEvent } from '../domain/events';
import { activeEvents } from '../domain/voids';
import type { PatientId } from '../domain/ids';
import { byStamp } from '../domain/order';
import { news2FromVitals } from '../domain/vitalsChart';
import type { LastVitalsRow } from './db';

type VitalsEvent = WardEvent<'vitals.recorded'>;

/** A set with the seven NEWS2 parameters: only such a set resets the observation clock. */
export const isFullSet = (event: VitalsEvent) => news2FromVitals(event.payload).kind === 'scored';

/** The last full set that stands in a patient's log, by bedside time; null when none. */
export function lastFullSet(events: readonly WardEvent[]): VitalsEvent | null {
  const sets = ofType(byStamp(activeEvents(events)), 'vitals.recorded');
  const full = (sets as VitalsEvent[]).filter(isFullSet);
  return full.at(-1) ?? null;
}

/** The event as appended, whether it comes from a write or from the store (without atMs). */
export const lastVitalsRowOf = (event: VitalsEvent): LastVitalsRow => {
  const { id, wardId, patientId, type, at, recordedAt, author, deviceId, v, payload } = event;
  return {
    patientId: patientId as PatientId,
    wardId,
    // The version travels with the copy: an older row is upgraded on read like the log.
    event: { id, wardId, patientId, type, at, recordedAt, author, deviceId, v, payload },
  };
};

/** The rows of every patient, folded again from their events (for rebuildProjections). */
export function lastVitalsRows(byPatient: ReadonlyMap<PatientId, WardEvent[]>): LastVitalsRow[] {
  return [...byPatient.values()]
    .map(lastFullSet)
    .filter((event): event is VitalsEvent => event !== null)
    .map(lastVitalsRowOf);
}

/** The event types whose projection needs the lastVitals table in the write's transaction. */
const LAST_VITALS_TYPES: readonly EventType[] = ['vitals.recorded', 'event.voided'];
export const touchesLastVitals = (types: readonly EventType[]): boolean =>
  types.some((type) => LAST_VITALS_TYPES.includes(type));
