import { Dexie } from 'dexie';
import { EVENT_TYPES, type EventType, type WardEvent } from '../domain/events';
import type { PatientLog } from '../domain/fhir/stream';
import type { PatientId } from '../domain/ids';
import { HEADER_TYPES } from '../domain/patient';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { patientEventsOfTypes, wardEventsOfTypes } from './eventReads';
import { getLocal } from './local';
import { readWardPatients } from './patients';
import { readWardTimeZone } from './wardTime';

/** The whole log of this tablet's ward, decrypted and upgraded, for a recovery export. */
export async function readWardLog(): Promise<{ events: WardEvent[]; timeZone: string }> {
  const wardId = await getLocal('wardId');
  if (!wardId) return { events: [], timeZone: await readWardTimeZone() };
  const rows = await db.events
    .where('[wardId+atMs]')
    .between([wardId, Dexie.minKey], [wardId, Dexie.maxKey])
    .toArray();
  return { events: intact(rows), timeZone: await readWardTimeZone() };
}

/** What a streamed export reads first: the ward's own events and who its patients are. */
export interface ExportStart {
  wardId: string | null;
  wardEvents: WardEvent[];
  patientIds: string[];
  timeZone: string;
}

export async function readExportStart(): Promise<ExportStart> {
  const wardId = (await getLocal('wardId')) ?? null;
  const [wardEvents, patients, timeZone] = await Promise.all([
    wardEventsOfTypes(EVENT_TYPES),
    readWardPatients(),
    readWardTimeZone(),
  ]);
  const listed: string[] = patients.map((p) => p.id);
  const logged = (await loggedPatientIds()).filter((id) => !listed.includes(id));
  return { wardId, wardEvents, patientIds: [...listed, ...logged], timeZone };
}

/**
 * Every patient with an entry in the log, read from the index (nothing decrypted): a patient
 * whose record is damaged or missing still has all of their care in the export.
 */
async function loggedPatientIds(): Promise<string[]> {
  const keys = await db.events.orderBy('[patientId+atMs]').uniqueKeys();
  return [...new Set(keys.map((key) => String(Array.isArray(key) ? key[0] : key)))];
}

/** One patient's whole log (decrypted, upgraded), oldest first. */
export async function readPatientLog(patientId: string): Promise<WardEvent[]> {
  const wardId = await getLocal('wardId');
  const rows = await db.events
    .where('[patientId+atMs]')
    .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
    .toArray();
  return intact(rows).filter((event) => event.wardId === wardId);
}

/**
 * The patients' logs one after the other, each read when the export asks for it: a 60-day
 * ward's log is never in memory whole (docs/fhir-export.md).
 */
export async function* patientLogs(patientIds: readonly string[]): AsyncGenerator<PatientLog> {
  for (const patientId of patientIds) yield { patientId, events: await readPatientLog(patientId) };
}

/** A window of the log by bedside time, in ms: [fromMs, toMs); open ends when absent. */
export interface LogWindow {
  fromMs?: number | undefined;
  toMs?: number | undefined;
}

/** This ward's events of some types, every patient's and the ward's, by `[type+atMs]`. */
async function wardLogOfTypes(wardId: string, types: readonly EventType[]): Promise<WardEvent[]> {
  const range = (type: EventType) =>
    db.events.where('[type+atMs]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray();
  const lists = await Promise.all(types.map(range));
  return intact(lists.flat()).filter((event) => event.wardId === wardId);
}

/** The window's part of the `[wardId+atMs]` index: [from, to), from open after a page. */
const windowRange = (wardId: string, bounds: LogWindow, fromMs?: number, after = false) =>
  db.events
    .where('[wardId+atMs]')
    .between(
      [wardId, fromMs ?? bounds.fromMs ?? Dexie.minKey],
      [wardId, bounds.toMs ?? Dexie.maxKey],
      !after,
      bounds.toMs === undefined,
    );

/** What a streamed CSV export reads first (csvStream.ts): nothing of the size of the log. */
export interface CsvStart {
  wardId: string | null;
  /** The ward's own events (its name for the file's). */
  wardEvents: WardEvent[];
  /** The log's events of `lookupTypes`, every patient's and the ward's. */
  lookupEvents: WardEvent[];
  /** How many entries the window holds, counted on the index (nothing decrypted). */
  total: number;
  timeZone: string;
}

export async function readCsvStart(
  lookupTypes: readonly EventType[],
  bounds: LogWindow = {},
): Promise<CsvStart> {
  const wardId = (await getLocal('wardId')) ?? null;
  const timeZone = await readWardTimeZone();
  if (!wardId) return { wardId, wardEvents: [], lookupEvents: [], total: 0, timeZone };
  const [wardEvents, lookupEvents, total] = await Promise.all([
    wardEventsOfTypes(EVENT_TYPES),
    wardLogOfTypes(wardId, lookupTypes),
    windowRange(wardId, bounds).count(),
  ]);
  return { wardId, wardEvents, lookupEvents, total, timeZone };
}

/** A patient's header events in this ward (identity, stays), oldest first. */
export async function readPatientHeader(patientId: PatientId): Promise<WardEvent[]> {
  const wardId = await getLocal('wardId');
  const header = await patientEventsOfTypes(patientId, HEADER_TYPES);
  return header.filter((event) => event.wardId === wardId);
}

/**
 * The ward's log in the order of `[wardId+atMs]` (bedside time, then id), as readWardLog reads
 * it, `pageSize` entries at a time: never the whole log at once. A page ends before its last
 * millisecond, which the next page starts with (read again), so no entry comes twice nor is
 * skipped; a page
 * whose entries all share one millisecond is followed by the rest of that millisecond.
 */
export async function* wardLogPages(
  bounds: LogWindow = {},
  pageSize = 2000,
): AsyncGenerator<StoredEvent[]> {
  const wardId = await getLocal('wardId');
  if (!wardId) return;
  let fromMs: number | undefined;
  let after = false;
  for (;;) {
    const rows: StoredEvent[] = await windowRange(wardId, bounds, fromMs, after)
      .limit(pageSize)
      .toArray();
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) {
      if (rows.length > 0) yield intact(rows);
      return;
    }
    if (rows[0]?.atMs === last.atMs) {
      // One millisecond fills the page: all of it, then on after it.
      const all = await db.events.where('[wardId+atMs]').equals([wardId, last.atMs]).toArray();
      yield intact(all);
      [fromMs, after] = [last.atMs, true];
    } else {
      yield intact(rows.filter((row) => row.atMs < last.atMs));
      [fromMs, after] = [last.atMs, false];
    }
  }
}
