import {
  RELEASED_VERSIONS,
  upgradeEvent,
  type Upgraded,
  type Versioned,
  type VersionTable,
} from '../domain/eventVersions';

/**
 * Events as read: upgraded to the current version of their type before any fold or screen
 * sees them (the log itself is never rewritten), or kept out when a newer app wrote them.
 * Runs in the one read path of the database, the encryption middleware's `onRead` (db.ts).
 */

/** Marks a row read from the database that holds an event this app cannot read. */
export const NEWER = '__newer';

export interface NewerEvent {
  /** The event's id: a copy of it in `lastVitals` counts once. */
  id: string;
  type: string;
  v: number;
  reason: Exclude<Upgraded<Versioned>, { readable: true }>['reason'];
  patientId: string | null;
}

/**
 * What is handed out in place of such a row: its clear fields (ids, type, times, version),
 * not its content, so nothing can fold or show it. `intact` (damage.ts) drops it.
 */
export type NewerRow = Record<string, unknown> & { [NEWER]: NewerEvent };

export const isNewer = (value: unknown): value is NewerRow =>
  typeof value === 'object' && value !== null && NEWER in value;

type Listener = () => void;
let found: readonly NewerEvent[] = [];
const listeners = new Set<Listener>();

/** The events this device read this session that a newer version of Relève wrote. */
export const newerEvents = (): readonly NewerEvent[] => found;

export function subscribeNewer(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(event: NewerEvent): void {
  if (found.some((known) => known.id === event.id)) return;
  found = [...found, event];
  // Told after the read, never inside it (a listener may read again).
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

let versions: VersionTable = RELEASED_VERSIONS;

/** For tests: an empty list, and the versions an app would read with (today's by default). */
export function resetNewer(table: VersionTable = RELEASED_VERSIONS): void {
  found = [];
  versions = table;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** An event read from storage, or null when the value is not one (left to other checks). */
function asVersioned(value: unknown): Versioned | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!('type' in value) || typeof value.type !== 'string') return null;
  const v = 'v' in value ? value.v : undefined;
  // A version that is not a number is unreadable, as NaN is.
  const version = v === undefined || typeof v === 'number' ? v : Number.NaN;
  return { type: value.type, v: version, payload: 'payload' in value ? value.payload : undefined };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The event upgraded, or what a newer app wrote that this one cannot read (reported). */
function upgrade(row: Record<string, unknown>): Record<string, unknown> | NewerRow {
  const event = asVersioned(row);
  if (!event) return row;
  const upgraded = upgradeEvent(event, versions);
  if (upgraded.readable) {
    if (upgraded.event === event) return row;
    return { ...row, v: upgraded.event.v, payload: upgraded.event.payload };
  }
  const { reason, v } = upgraded;
  const newer = {
    id: text(row.id) ?? '',
    type: event.type,
    v,
    reason,
    patientId: text(row.patientId),
  };
  report(newer);
  return { [NEWER]: newer };
}

/** A stored event as the app reads it (`onRead` of the events table). */
export function readEvent(row: unknown): unknown {
  if (!isRecord(row)) return row;
  const upgraded = upgrade(row);
  if (!isNewer(upgraded)) return upgraded;
  // Its encrypted content (payload, author) is left out: only the clear fields are handed out.
  const clear = Object.entries(row).filter(([field]) => field !== 'payload' && field !== 'author');
  return { ...Object.fromEntries(clear), ...upgraded };
}

/** A lastVitals row (a copy of a vitals event) as the app reads it. */
export function readLastVitalsRow(row: unknown): unknown {
  if (!isRecord(row) || !isRecord(row.event)) return row;
  const upgraded = upgrade(row.event);
  if (!isNewer(upgraded)) return upgraded === row.event ? row : { ...row, event: upgraded };
  return { patientId: row.patientId, wardId: row.wardId, ...upgraded };
}
