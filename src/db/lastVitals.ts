import { Dexie } from 'dexie';
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
const isFullSet = (event: VitalsEvent) => news2FromVitals(event.payload).kind === 'scored';

/** The last full set that stands in a patient's log, by bedside time; null when none. */
export function lastFullSet(events: readonly WardEvent[]): VitalsEvent | null {
  const sets = ofType(byStamp(activeEvents(events as readonly WardEvent[])), 'vitals.recorded');
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

async function refold(patientId: PatientId): Promise<void> {
  const events = await db.events
    .where('[patientId+atMs]')
    .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
    .toArray();
  // A damaged row is evidence: kept until an explicit rebuild (rebuildProjections).
  if (isDamaged(await db.lastVitals.get(patientId))) return;
  const last = lastFullSet(intact(events));
  if (last) await db.lastVitals.put(rowOf(last));
  else await db.lastVitals.delete(patientId);
}

/**
 * Keeps the last full set of the event's patient, inside the append's transaction. A full set
 * later than the one kept replaces it; a correction of a set (or of a correction) refolds the
 * patient from the log, so the row always equals a rebuild.
 */
export async function projectLastVitals(event: WardEvent): Promise<void> {
  const patientId = event.patientId;
  if (patientId === null) return;
  if (event.type === 'vitals.recorded') {
    if (!isFullSet(event)) return;
    const current = await db.lastVitals.get(patientId);
    if (unreadable(current)) return; // kept as found; readLastVitals reads the log instead
    if (current && compareStamps(stampOf(current.event), stampOf(event)) > 0) return;
    await db.lastVitals.put(rowOf(event));
    return;
  }
  if (event.type !== 'event.voided') return;
  const target = await db.events.get(event.payload.eventId);
  if (target?.type === 'vitals.recorded' || target?.type === 'event.voided') {
    await refold(patientId);
  }
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
