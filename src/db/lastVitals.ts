import { ofType, type EventType, type WardEvent } from '../domain/events';
import { activeEvents } from '../domain/voids';
import type { PatientId } from '../domain/ids';
import { byStamp, compareStamps, stampOf } from '../domain/order';
import { news2FromVitals } from '../domain/vitalsChart';
import { isDamaged } from './crypto';
import { intact, unreadable } from './damage';
import { db, type LastVitalsRow } from './db';

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
const rowOf = (event: VitalsEvent): LastVitalsRow => {
  const { id, wardId, patientId, type, at, recordedAt, author, deviceId, v, payload } = event;
  return {
    patientId: patientId as PatientId,
    wardId,
    // The version travels with the copy: an older row is upgraded on read like the log.
    event: { id, wardId, patientId, type, at, recordedAt, author, deviceId, v, payload },
  };
};

/** The patient's row folded again from its log (`events`, read once by the caller). */
export async function refoldLastVitals(
  patientId: PatientId,
  events: readonly WardEvent[],
): Promise<void> {
  // A damaged row is evidence: kept until an explicit rebuild (rebuildProjections).
  if (isDamaged(await db.lastVitals.get(patientId))) return;
  const last = lastFullSet(intact(events));
  if (last) await db.lastVitals.put(rowOf(last));
  else await db.lastVitals.delete(patientId);
}

/**
 * A full set later than the one kept replaces it, inside the write's transaction. Whether the
 * set stands (no correction of it is stored) is the caller's check (db/foldBatch.ts).
 */
export async function projectVitalsSet(event: VitalsEvent): Promise<void> {
  const patientId = event.patientId;
  if (patientId === null || !isFullSet(event)) return;
  const current = await db.lastVitals.get(patientId);
  if (unreadable(current)) return; // kept as found; readLastVitals reads the log instead
  if (current && compareStamps(stampOf(current.event), stampOf(event)) > 0) return;
  await db.lastVitals.put(rowOf(event));
}

/**
 * Whether a correction that strikes `target` (a full set, directly) changes the row: only when
 * that set is the one kept. A set that was not kept stays out (it is struck now).
 */
export async function strikesKeptSet(target: VitalsEvent): Promise<boolean> {
  if (!isFullSet(target) || target.patientId === null) return false;
  const current = await db.lastVitals.get(target.patientId);
  if (unreadable(current)) return false; // kept as found until a rebuild
  return current?.event.id === target.id;
}

/** The rows of every patient, folded again from their events (for rebuildProjections). */
export function lastVitalsRows(byPatient: ReadonlyMap<PatientId, WardEvent[]>): LastVitalsRow[] {
  return [...byPatient.values()]
    .map(lastFullSet)
    .filter((event): event is VitalsEvent => event !== null)
    .map(rowOf);
}

/** The event types whose projection needs the lastVitals table in the write's transaction. */
const LAST_VITALS_TYPES: readonly EventType[] = ['vitals.recorded', 'event.voided'];
export const touchesLastVitals = (types: readonly EventType[]): boolean =>
  types.some((type) => LAST_VITALS_TYPES.includes(type));
