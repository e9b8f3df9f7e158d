import { Dexie } from 'dexie';
import { EVENT_TYPES, type EventType, type WardEvent } from '../domain/events';
import type { PatientLog } from '../domain/fhir/stream';
import { intact } from './damage';
import { db } from './db';
import { wardEventsOfTypes } from './eventReads';
import { countLog, type LogWindow } from './exportPages';
import { getLocal } from './local';
import { readWardPatients } from './patients';
import { readWardTimeZone } from './wardTime';

/**
 * The whole log of this tablet's ward, decrypted and upgraded, at once: what the streamed
 * exports are tested against. The Data screen no longer reads it: the CSV built from it left
 * 1.4 GB of JS heap at 180k entries (bench, 2 December).
 */
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

/** This ward's events of some types, every patient's and the ward's, by `[type+atMs]`. */
async function wardLogOfTypes(wardId: string, types: readonly EventType[]): Promise<WardEvent[]> {
  const range = (type: EventType) =>
    db.events.where('[type+atMs]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray();
  const lists = await Promise.all(types.map(range));
  return intact(lists.flat()).filter((event) => event.wardId === wardId);
}

/**
 * What a streamed CSV export reads first (csvStream.ts), nothing of the size of the log; then
 * the pages of exportPages.ts.
 */
export interface CsvStart {
  wardId: string | null;
  /** The ward's own events (its name for the file's). */
  wardEvents: WardEvent[];
  /** The log's events of `lookupTypes`, every patient's and the ward's. */
  lookupEvents: WardEvent[];
  /** How many entries the export goes through, counted on the indexes (nothing decrypted). */
  total: number;
  timeZone: string;
}

export async function readCsvStart(
  lookupTypes: readonly EventType[],
  bounds: LogWindow = {},
  patientIds?: readonly string[],
): Promise<CsvStart> {
  const wardId = (await getLocal('wardId')) ?? null;
  const timeZone = await readWardTimeZone();
  if (!wardId) return { wardId, wardEvents: [], lookupEvents: [], total: 0, timeZone };
  const [wardEvents, lookupEvents, total] = await Promise.all([
    wardEventsOfTypes(EVENT_TYPES),
    wardLogOfTypes(wardId, lookupTypes),
    countLog(bounds, patientIds),
  ]);
  return { wardId, wardEvents, lookupEvents, total, timeZone };
}
