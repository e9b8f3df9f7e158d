import { Dexie } from 'dexie';
import { EVENT_TYPES, type WardEvent } from '../domain/events';
import type { PatientLog } from '../domain/fhir/stream';
import { intact } from './damage';
import { db } from './db';
import { wardEventsOfTypes } from './eventReads';
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
