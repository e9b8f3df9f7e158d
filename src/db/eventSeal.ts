import type { Dexie } from 'dexie';
import { instantOf } from '../domain/time';
import type { Binding, RecordCodec } from './crypto';

/**
 * How an event's ciphertexts (payload, author) are sealed, defined once for the events table
 * (middleware, db.ts) and for events in transit (wire.ts): AES-GCM additional data covers the
 * scheme, the id, and every clear field a file or a hub could otherwise change undetected.
 */
export const EVENT_FIELDS = ['payload', 'author'] as const;

export const EVENT_BINDING: Binding = {
  scheme: 'releve/event/v2',
  // `v` as stored, before any upgrade on read (the middleware decrypts before onRead).
  clear: (row) => [
    row.wardId,
    row.patientId,
    row.type,
    row.at,
    row.recordedAt,
    row.deviceId,
    row.v,
  ],
};

export const EVENT_CODEC: RecordCodec = {
  table: 'events',
  fields: EVENT_FIELDS,
  extractKey: (value) => (value as { id?: unknown }).id,
  binding: EVENT_BINDING,
};

/**
 * The stored clear fields derived from bound ones (append.ts toStored): `atMs` orders the
 * indexes, `wardType` lists the ward's own events. Not bound, so checked at every read: an
 * event whose index fields lie (moved in time, hidden from the ward's reads) is damaged.
 */
export function derivedEventProblem(row: Record<string, unknown>): string | null {
  if (typeof row.at !== 'string' || row.atMs !== instantOf(row.at)) return 'atMs is not at';
  const wardType = row.patientId === null ? row.type : undefined;
  if (row.wardType !== wardType) return 'wardType is not the type of a ward-level event';
  return null;
}

/** How far the events of this database are re-sealed under EVENT_BINDING (db/reseal.ts). */
export interface EventSealProgress {
  /** Every event stored before the binding existed is re-sealed: the older seal is refused. */
  done: boolean;
  /** Events re-sealed in id order: every id up to this one holds the binding. */
  through: string | null;
}

const isProgress = (value: unknown): value is EventSealProgress =>
  typeof value === 'object' &&
  value !== null &&
  typeof Reflect.get(value, 'done') === 'boolean' &&
  (typeof Reflect.get(value, 'through') === 'string' || Reflect.get(value, 'through') === null);

/** Per database, in memory: which stored events may still hold the older seal. */
export class EventSealState {
  progress: EventSealProgress = { done: false, through: null };

  /** True while an event with this id may still be sealed the older way (not yet re-sealed). */
  readonly legacy = (id: unknown): boolean => {
    const { done, through } = this.progress;
    if (done) return false;
    return through === null || (typeof id === 'string' && id > through);
  };

  /**
   * Read when the database opens, before any other query runs (Dexie's 'ready'). A database
   * with no event yet has nothing to re-seal: it is done from the start. At most one key of
   * the events is read: a count walks the whole table, and every start waits for this.
   */
  async load(database: Dexie): Promise<void> {
    const stored: unknown = (await database.table('local').get('eventSeal'))?.value;
    this.stored = isProgress(stored);
    if (isProgress(stored)) this.progress = stored;
    else {
      const first = await database.table('events').limit(1).primaryKeys();
      this.progress = { done: first.length === 0, through: null };
    }
  }

  /**
   * Whether `progress` is in storage. Nothing is written at open (a refused first write must
   * leave the database empty): the next re-seal run stores it (db/reseal.ts).
   */
  stored = false;
}
