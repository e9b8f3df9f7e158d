import { Dexie } from 'dexie';
import { isType, type EventType } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import type { LogKey, ReconcileKind, ReconcileSources, Tick } from '../domain/reconcile';
import { toIsoWithOffset } from '../domain/time';
import { appendEvent, voidEvent } from './append';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { getLocal } from './local';
import { readWardTimeZone } from './wardTime';

const ofType = (type: EventType) =>
  db.events.where('[type+atMs]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray();

/** Types an import writes (census, FHIR): marked `imported` in their payload. */
const IMPORTABLE: readonly EventType[] = ['patient.admitted', 'patient.updated', 'med.prescribed'];

const isImported = (event: StoredEvent): boolean =>
  typeof event.payload === 'object' && Object.hasOwn(event.payload, 'imported');

/**
 * What the back-entry worklist needs (domain/reconcile.ts). Every patient event is counted
 * from the keys of `[patientId+type+atMs]` (clear: ward-level events are not in it), so 60 days
 * of a ward are counted without decrypting them; only corrections, ticks and the types an
 * import writes are read whole. A tablet holds one ward (writeBatch refuses another's).
 */
export async function readReconcileSources(): Promise<ReconcileSources> {
  const wardId = await getLocal('wardId');
  if (!wardId) return { entries: [], strikes: [], ticks: [], imported: new Set() };
  return db.transaction('r', db.events, async () => {
    const index = db.events.orderBy('[patientId+type+atMs]');
    const [keys, ids, voids, ticks, importable] = await Promise.all([
      index.keys(),
      index.primaryKeys(),
      ofType('event.voided'),
      ofType('record.reentered'),
      Promise.all(IMPORTABLE.map(ofType)),
    ]);
    // keys() and primaryKeys() walk the same index in the same order.
    const entries = keys.flatMap((key, i) => toLogKey(key, ids[i]));
    const mine = (event: StoredEvent) => event.wardId === wardId && event.patientId !== null;
    return {
      entries,
      strikes: intact(voids)
        .filter(mine)
        .flatMap((e) =>
          isType(e, 'event.voided') ? [{ id: e.id, target: e.payload.eventId }] : [],
        ),
      ticks: intact(ticks).filter(mine).flatMap(toTick),
      imported: new Set(
        intact(importable.flat())
          .filter(isImported)
          .map((event) => event.id),
      ),
    };
  });
}

/** An index key `[patientId, type, atMs]` and its primary key, as the worklist counts them. */
function toLogKey(key: unknown, id: unknown): LogKey[] {
  if (!Array.isArray(key) || typeof id !== 'string') return [];
  const [patientId, type, atMs]: unknown[] = key;
  if (typeof patientId !== 'string' || typeof type !== 'string' || typeof atMs !== 'number')
    return [];
  return [{ id: id as EventId, patientId: patientId as PatientId, type, atMs }];
}

function toTick(event: StoredEvent): Tick[] {
  if (!isType(event, 'record.reentered') || event.patientId === null) return [];
  const { name, initials } = event.author;
  return [
    {
      id: event.id,
      patientId: event.patientId,
      kind: event.payload.kind,
      through: event.payload.through,
      recordedAt: event.recordedAt,
      by: { name, initials },
    },
  ];
}

/**
 * Ticks a line: the patient's entries of this kind made up to `throughMs` (the entry time of
 * the last one the list showed) are in the hospital record.
 */
export async function markReentered(patientId: PatientId, kind: ReconcileKind, throughMs: number) {
  const through = toIsoWithOffset(new Date(throughMs), await readWardTimeZone());
  return appendEvent({ type: 'record.reentered', patientId, payload: { kind, through } });
}

/** Takes a tick back: a correction strikes it through, nothing is deleted. */
export const unmarkReentered = (tickId: EventId, reason: string) => voidEvent(tickId, reason);
