import { Dexie } from 'dexie';
import { EVENT_TYPES, type EventType, type WardEvent } from '../domain/events';
import type { PatientId } from '../domain/ids';
import { foldPatient } from '../domain/patient';
import { DAMAGED, isDamaged, storedOf } from './crypto';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { lastVitalsRows, touchesLastVitals } from './lastVitals';
import { resetPresence } from './presence';

export function patientEvents(patientId: PatientId): Promise<StoredEvent[]> {
  return db.events
    .where('[patientId+atMs]')
    .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
    .toArray()
    .then(intact);
}

/**
 * The tables a write of events of these types touches: the log, the patients' projection, and
 * lastVitals for vitals and corrections only. Every write transaction is scoped from this
 * (Dexie refuses a table, or a nested transaction, outside its parent's scope), plus `local`:
 * buildEvent reads the ward and the device there, and the batch fold keeps there the ids of
 * corrections whose target has not arrived yet (db/foldBatch.ts); and `outbox`: every event
 * written here is queued for the hub in the same transaction (src/sync/push.ts).
 */
export const tablesOf = (types: readonly EventType[]) =>
  touchesLastVitals(types) ? [db.events, db.patients, db.lastVitals] : [db.events, db.patients];

/** The tables a write of these events touches (tablesOf their types). */
export const writeTables = (events: readonly WardEvent[]) => [
  ...tablesOf(events.map((event) => event.type)),
  db.local,
  db.outbox,
];

/**
 * A write that reads, then builds and writes events of these types, in one transaction: its
 * scope follows from the types, plus `local`.
 */
export const writeTransaction = <T>(
  types: readonly EventType[],
  write: () => Promise<T>,
): Promise<T> => db.transaction('rw', [...tablesOf(types), db.local, db.outbox], write);

/** Where a damaged projection row is kept, as stored, when a rebuild replaces it. */
export const QUARANTINE_PREFIX = 'damaged:';

/** Copies each damaged row, ciphertext and all, into `local` before the rebuild clears it. */
async function quarantine(rows: readonly unknown[]): Promise<string[]> {
  const ids: string[] = [];
  for (const row of rows) {
    if (!isDamaged(row)) continue;
    const id = `${row[DAMAGED].table}:${String(row[DAMAGED].primaryKey)}`;
    await db.local.put({ key: `${QUARANTINE_PREFIX}${id}`, value: storedOf(row) ?? null });
    ids.push(id);
  }
  return ids;
}

/**
 * Throws the projections away and folds them again from the log (the damaged events left
 * out: they cannot be read). A damaged projection row is kept in `local` first: evidence.
 * Resolves to the ids (`table:key`) of the damaged rows it replaced.
 */
export function rebuildProjections(): Promise<string[]> {
  // Every projection is replaced: the tables of a write of any type, and `local` for evidence.
  return db.transaction('rw', [...tablesOf(EVENT_TYPES), db.local], async () => {
    const replaced = [
      ...(await quarantine(await db.patients.toArray())),
      ...(await quarantine(await db.lastVitals.toArray())),
    ];
    const byPatient = new Map<PatientId, WardEvent[]>();
    for (const event of intact(await db.events.toArray())) {
      if (event.patientId === null) continue;
      const list = byPatient.get(event.patientId) ?? [];
      list.push(event);
      byPatient.set(event.patientId, list);
    }
    await db.patients.clear();
    const states = [...byPatient.values()].map(foldPatient).filter((s) => s !== null);
    await db.patients.bulkPut(states);
    await resetPresence(states);
    await db.lastVitals.clear();
    await db.lastVitals.bulkPut(lastVitalsRows(byPatient));
    return replaced;
  });
}
