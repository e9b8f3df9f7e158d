import { Dexie } from 'dexie';
import type { EventType, WardEvent } from '../domain/events';
import type { PatientId } from '../domain/ids';
import { generateTempId, TEMP_ID_RANDOM_RANGE } from '../domain/tempId';
import { MAX_RESERVED_TEMP_IDS } from '../domain/tempIdReservation';
import { ValidationError } from '../domain/validation';
import { buildEvent, writeEvents } from './append';
import { intact } from './damage';
import { db } from './db';
import { inLogOrder, patientEventsOfTypes } from './eventReads';
import { ensureDeviceId, getLocal } from './local';
import { writeTransaction } from './projections';

/** Entries that pile up (a set every hour): only the sheets' windows are read. */
const WINDOWED = [
  'vitals.recorded',
  'med.administered',
  'care.done',
  'note.targeted',
  'result.phoned',
  'note.written',
] as const satisfies readonly EventType[];
/** Plans and corrections: few, and a prescription of day 1 still runs on day 50. */
const WHOLE: readonly EventType[] = [
  'med.prescribed',
  'med.stopped',
  'med.importChecked',
  'care.planned',
  'care.stopped',
  'event.voided',
];

/** Every event of the ward log of one type (few: the reserved identifiers). */
const ofType = (type: EventType) =>
  db.events
    .where('[type+atMs]')
    .between([type, Dexie.minKey], [type, Dexie.maxKey])
    .toArray()
    .then(intact);

/** Patients whose events are read in one transaction, and so decrypted in one task. */
const PATIENTS_PER_TRANSACTION = 5;

/**
 * The chosen patients' events the sheets need, by patient, in log order: plans and
 * corrections whole, entries from `sinceMs` on. Each patient's own index ranges
 * (eventReads.ts): the plans read by type for the whole ward decrypted every prescription and
 * void of every patient ever admitted, most of a 540k-event ward's pack.
 */
export async function readPrintEvents(
  patientIds: readonly string[],
  sinceMs: number,
): Promise<Map<string, WardEvent[]>> {
  const wardId = await getLocal('wardId');
  const read = async (id: string): Promise<[string, WardEvent[]]> => {
    if (!wardId) return [id, []];
    const [whole, recent] = await Promise.all([
      patientEventsOfTypes(id as PatientId, WHOLE),
      patientEventsOfTypes(id as PatientId, WINDOWED, sinceMs),
    ]);
    const events = [...whole, ...recent].filter((event) => event.wardId === wardId);
    return [id, events.sort(inLogOrder)];
  };
  // Explicit transactions of a few patients each (12 ranges a patient): outside one, inside a
  // live query, each range went through Dexie's query cache (a scan of every cached range of
  // the index: quadratic) in a transaction of its own; one for the whole ward decrypted its
  // ~360 ranges' rows in one task of 40–58 ms CPU (issue 10: no freeze over 100 ms). A live query
  // still observes the ranges read in an explicit transaction, so a new event re-runs it.
  const lists: [string, WardEvent[]][] = [];
  for (let start = 0; start < patientIds.length; start += PATIENTS_PER_TRANSACTION) {
    const some = patientIds.slice(start, start + PATIENTS_PER_TRANSACTION);
    lists.push(...(await db.transaction('r', db.events, () => Promise.all(some.map(read)))));
  }
  return new Map(lists);
}

/** Bedside time of the latest entry of the ward on this tablet: "data up to" on the sheets. */
export async function readDataUpTo(): Promise<string | null> {
  const wardId = await getLocal('wardId');
  if (!wardId) return null;
  const last = await db.events
    .where('[wardId+atMs]')
    .between([wardId, Dexie.minKey], [wardId, Dexie.maxKey])
    .last();
  return last?.at ?? null;
}

/** Every temporary identifier reserved for blank sheets in the ward log. */
export async function readReservedTempIds(): Promise<Set<string>> {
  const events = await ofType('tempId.reserved');
  return new Set(
    events.flatMap((event) => (event.type === 'tempId.reserved' ? event.payload.tempIds : [])),
  );
}

/**
 * Patients decrypted per read below: 200 took 74–95 ms of CPU a read in the 540k ward's pack
 * (a timeline trace, 4 December), each read a task of its own; with 40, no task of that pack
 * took over 49 ms of CPU.
 */
const PATIENTS_PER_READ = 40;

/**
 * The temporary identifier of every patient ever admitted, read a slice at a time: at day 200
 * the ward's patients are a thousand, and opening them in one read froze the print centre's
 * tap for 200 ms (issue 10: no freeze over 100 ms). Keys first, which decrypt nothing.
 */
async function patientTempIds(): Promise<string[]> {
  const keys = await db.patients.toCollection().primaryKeys();
  const tempIds: string[] = [];
  for (let start = 0; start < keys.length; start += PATIENTS_PER_READ) {
    const rows = await db.patients.bulkGet(keys.slice(start, start + PATIENTS_PER_READ));
    for (const patient of intact(rows.filter((row) => row !== undefined))) {
      if (patient.identity.tempId) tempIds.push(patient.identity.tempId);
    }
  }
  return tempIds;
}

/**
 * Allocates `count` temporary identifiers for blank admission sheets and records them in
 * the log ('tempId.reserved') in the same transaction: an identifier printed on paper is
 * never drawn again on this tablet (drawTempId skips reserved ones), and the device part of
 * the identifier keeps other tablets apart (see tempId.ts).
 */
export function reserveTempIds(count: number): Promise<string[]> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_RESERVED_TEMP_IDS) {
    return Promise.reject(new ValidationError([{ path: 'count', code: 'outOfRange' }]));
  }
  return writeTransaction(['tempId.reserved'], async () => {
    const deviceId = await ensureDeviceId();
    const taken = await readReservedTempIds();
    for (const tempId of await patientTempIds()) taken.add(tempId);
    const tempIds: string[] = [];
    for (let i = 0; tempIds.length < count; i++) {
      if (i > 1000 * count) throw new Error('No free temporary identifier left on this tablet');
      // 2^32 is a multiple of 2^20: the remainder is uniform.
      const random = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % TEMP_ID_RANDOM_RANGE;
      const id = generateTempId(deviceId, random);
      if (taken.has(id)) continue;
      taken.add(id);
      tempIds.push(id);
    }
    const event = await buildEvent({ type: 'tempId.reserved', payload: { tempIds } });
    await writeEvents([event]);
    return tempIds;
  });
}
