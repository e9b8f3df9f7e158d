import { Dexie } from 'dexie';
import type { EventType } from '../domain/events';
import type { PatientId } from '../domain/ids';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { getLocal } from './local';

// Reads whose cost depends on what they return, not on how long the ward has run: each is a
// range of one index (issue 11). `[wardType+atMs]` holds only the ward's own events (beds,
// staff, settings, log book, their corrections), `[patientId+type+atMs]` a patient's by type.

const wardRange = (type: EventType) =>
  db.events.where('[wardType+atMs]').between([type, Dexie.minKey], [type, Dexie.maxKey]);

/** The ward's own events (patientId null) of some types, each type oldest first. */
export async function wardEventsOfTypes(types: readonly EventType[]): Promise<StoredEvent[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return [];
  const lists = await Promise.all(types.map((type) => wardRange(type).toArray()));
  return intact(lists.flat()).filter((event) => event.wardId === wardId);
}

/** The ward's own events of one type, newest first, at most `limit` read. */
export async function latestWardEvents(type: EventType, limit: number): Promise<StoredEvent[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return [];
  const newest = await wardRange(type).reverse().limit(limit).toArray();
  return intact(newest).filter((event) => event.wardId === wardId);
}

/** The order of the [patientId+atMs] index (bedside time, then id), which folds and screens expect. */
export const inLogOrder = (a: StoredEvent, b: StoredEvent) =>
  a.atMs - b.atMs || (a.id < b.id ? -1 : 1);

/** A patient's events of some types (from `fromMs` on), in log order (bedside time, then id). */
export async function patientEventsOfTypes(
  patientId: PatientId,
  types: readonly EventType[],
  fromMs: number = -Infinity,
): Promise<StoredEvent[]> {
  const lists = await Promise.all(
    types.map((type) =>
      db.events
        .where('[patientId+type+atMs]')
        .between([patientId, type, fromMs], [patientId, type, Dexie.maxKey])
        .toArray(),
    ),
  );
  return intact(lists.flat()).sort(inLogOrder);
}
