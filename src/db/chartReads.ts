import { Dexie } from 'dexie';
import type { EventType, WardEvent } from '../domain/events';
import type { PatientId } from '../domain/ids';
import type { PatientState } from '../domain/patient';
import { instantOf } from '../domain/time';
import { intact, unreadable } from './damage';
import { db } from './db';
import { lastFullSet } from './lastVitals';
import { getLocal } from './local';
import { patientEvents } from './projections';

/** A patient's whole log (every stay), as the charting folds read it. */
export const readPatientChart = (patientId: PatientId): Promise<WardEvent[]> =>
  patientEvents(patientId);

/**
 * The patient's last full vitals set of the current stay (one projection row), or null:
 * a set of an earlier stay says nothing about today.
 */
export async function readLastVitals(
  patient: Pick<PatientState, 'id' | 'admittedAt'>,
): Promise<WardEvent<'vitals.recorded'> | null> {
  const stored = await db.lastVitals.get(patient.id);
  // A damaged or newer row (reported) is only a projection: the log still says what it held.
  const event = unreadable(stored) ? lastFullSet(await patientEvents(patient.id)) : stored?.event;
  if (!event || instantOf(event.at) < instantOf(patient.admittedAt)) return null;
  return event;
}

/** Plans and corrections: a prescription of day 1 still runs on day 50, so read whole. */
const PLANS: EventType[] = [
  'med.prescribed',
  'med.stopped',
  'med.importChecked',
  'care.planned',
  'care.stopped',
  'event.voided',
];
/** Entries that pile up: only those near the "to do" window are read. */
const ENTRIES: EventType[] = ['med.administered', 'care.done'];

const ofType = (type: EventType, fromMs: number) =>
  db.events
    .where('[type+atMs]')
    .between([type, fromMs], [type, Dexie.maxKey])
    .toArray()
    .then(intact);

/**
 * What the ward's "to do" needs for the patients present, by patient: plans and corrections
 * of their current stay, doses and care charted since `entriesFromMs`, and each
 * patient's last full vitals set. Plain index reads: 60 days of log stay fast.
 */
export async function readWardChart(
  patients: readonly Pick<PatientState, 'id' | 'admittedAt'>[],
  entriesFromMs: number,
): Promise<Map<PatientId, WardEvent[]>> {
  const wardId = await getLocal('wardId');
  const byPatient = new Map<PatientId, WardEvent[]>(patients.map((p) => [p.id, []]));
  if (!wardId || patients.length === 0) return byPatient;
  const plansFromMs = Math.min(...patients.map((p) => instantOf(p.admittedAt)));
  const lists = await Promise.all([
    ...PLANS.map((type) => ofType(type, plansFromMs)),
    ...ENTRIES.map((type) => ofType(type, entriesFromMs)),
    ...patients.map(readLastVitals),
  ]);
  const since = new Map(patients.map((p) => [p.id, instantOf(p.admittedAt)]));
  for (const event of lists.flat()) {
    if (!event || event.wardId !== wardId || event.patientId === null) continue;
    // A prescription of an earlier stay is not due today (corrections count whenever made).
    const start = since.get(event.patientId) ?? Infinity;
    if (event.type !== 'event.voided' && instantOf(event.at) < start) continue;
    byPatient.get(event.patientId)?.push(event);
  }
  return byPatient;
}
