import { Dexie } from 'dexie';
import type { WardEvent } from '../domain/events';
import type { PatientId } from '../domain/ids';
import {
  applyPatientEvent,
  comesAfter,
  foldPatient,
  isHeaderEvent,
  type PatientState,
} from '../domain/patient';
import { db, type StoredEvent } from './db';
import { lastVitalsRows, projectLastVitals, touchesLastVitals } from './lastVitals';

export function patientEvents(patientId: PatientId): Promise<StoredEvent[]> {
  return db.events
    .where('[patientId+atMs]')
    .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
    .toArray();
}

async function save(id: PatientId, state: PatientState | null): Promise<void> {
  if (state) await db.patients.put(state);
  else await db.patients.delete(id);
}

/**
 * The tables a write of these events touches. Only vitals and corrections reach lastVitals, so
 * a transaction that writes header, bed or ward events alone need not list it; one that may
 * write vitals or corrections must (Dexie refuses a nested transaction over more tables).
 */
export const writeTables = (events: readonly WardEvent[]) =>
  touchesLastVitals(events) ? [db.events, db.patients, db.lastVitals] : [db.events, db.patients];

/**
 * Keeps the projections in step with one appended event. Must run inside the append's
 * transaction. In-order header events are applied directly; a late entry or a correction
 * refolds the patient from the log, so the result always equals a rebuild.
 */
export async function project(event: WardEvent): Promise<void> {
  if (touchesLastVitals([event])) await projectLastVitals(event);
  await projectPatient(event);
}

async function projectPatient(event: WardEvent): Promise<void> {
  const patientId = event.patientId;
  if (patientId === null) return;
  if (isHeaderEvent(event)) {
    const current = (await db.patients.get(patientId)) ?? null;
    if (comesAfter(current, event)) return save(patientId, applyPatientEvent(current, event));
  } else if (event.type !== 'event.voided') {
    return;
  }
  await save(patientId, foldPatient(await patientEvents(patientId)));
}

/** Throws the projections away and folds them again from the log. */
export function rebuildProjections(): Promise<void> {
  return db.transaction('rw', db.events, db.patients, db.lastVitals, async () => {
    const byPatient = new Map<PatientId, WardEvent[]>();
    for (const event of await db.events.toArray()) {
      if (event.patientId === null) continue;
      const list = byPatient.get(event.patientId) ?? [];
      list.push(event);
      byPatient.set(event.patientId, list);
    }
    await db.patients.clear();
    const states = [...byPatient.values()].map(foldPatient);
    await db.patients.bulkPut(states.filter((s): s is PatientState => s !== null));
    await db.lastVitals.clear();
    await db.lastVitals.bulkPut(lastVitalsRows(byPatient));
  });
}
