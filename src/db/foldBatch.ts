import { Dexie } from 'dexie';
import { isType, type WardEvent } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import { foldPatient, isHeaderEvent } from '../domain/patient';
import { unreadable } from './damage';
import { db } from './db';
import { projectVitalsSet, refoldLastVitals, strikesKeptSet } from './lastVitals';
import { applyHeaderEvent, patientEvents, savePatient } from './projections';

/**
 * Ids of events that a stored correction strikes but that were not in the log when it came
 * (a ward file or a hub pull brings a correction before its target). Only ids, in `local`:
 * when one of them arrives, its patient is folded again. Empty on a tablet that writes alone.
 */
const AWAITED = 'awaitedTargets';

/** A chain of corrections longer than this is folded again rather than followed. */
const MAX_CHAIN = 16;

type Refold = { header: Set<PatientId>; vitals: Set<PatientId> };

/**
 * Keeps the projections in step with a batch of events just stored, in the write's
 * transaction, without rereading a patient's log in the usual cases: a header event that
 * comes after the others is applied, a full vitals set later than the kept one replaces it,
 * and a correction is followed to the event it finally strikes (or restores): only when that
 * is a header event, or the vitals set kept, is the patient folded again from its log, once
 * per batch. So the cost of a write does not grow with the history of the ward.
 */
export async function projectBatch(events: readonly WardEvent[]): Promise<void> {
  // Stored by this batch but not projected yet: for a correction, as if not arrived.
  const pending = new Set<EventId>(events.map((event) => event.id));
  const before = (await db.local.get(AWAITED))?.value;
  const awaited = new Set<EventId>(Array.isArray(before) ? (before as EventId[]) : []);
  const known = new Set(awaited);
  const refold: Refold = { header: new Set(), vitals: new Set() };
  const vitalsInScope = events.some((e) => e.type === 'vitals.recorded' || isVoid(e));

  for (const event of events) {
    pending.delete(event.id);
    const patientId = event.patientId;
    if (awaited.size > 0 && awaited.delete(event.id)) {
      // A correction of it came first: what it strikes is settled by folding again.
      if (patientId !== null) {
        refold.header.add(patientId);
        if (vitalsInScope) refold.vitals.add(patientId);
      }
      continue;
    }
    if (patientId === null) continue;
    if (isVoid(event)) await projectCorrection(event, pending, awaited, refold);
    else if (isHeaderEvent(event)) {
      if (!refold.header.has(patientId) && !(await applyHeaderEvent(event))) {
        refold.header.add(patientId);
      }
    } else if (isType(event, 'vitals.recorded') && !refold.vitals.has(patientId)) {
      await projectVitalsSet(event);
    }
  }

  for (const patientId of new Set([...refold.header, ...refold.vitals])) {
    const log = await logOf(patientId, events);
    if (refold.header.has(patientId)) await savePatient(patientId, foldPatient(log));
    if (refold.vitals.has(patientId)) await refoldLastVitals(patientId, log);
  }
  await saveAwaited(awaited, known);
}

/** Writes the awaited ids back when they changed: usually never (a tablet writing alone). */
async function saveAwaited(awaited: ReadonlySet<EventId>, known: ReadonlySet<EventId>) {
  const same = awaited.size === known.size && [...awaited].every((id) => known.has(id));
  if (same) return;
  if (awaited.size > 0) await db.local.put({ key: AWAITED, value: [...awaited] });
  else await db.local.delete(AWAITED);
}

/**
 * The patient's log. When all of it came in this batch (a new patient, as in a census import
 * or the first day of a ward file), it is the batch's own events: counted by index, not read.
 */
async function logOf(patientId: PatientId, batch: readonly WardEvent[]): Promise<WardEvent[]> {
  const mine = batch.filter((event) => event.patientId === patientId);
  const stored = await db.events
    .where('[patientId+atMs]')
    .between([patientId, Dexie.minKey], [patientId, Dexie.maxKey])
    .count();
  return stored === mine.length ? mine : patientEvents(patientId);
}

const isVoid = (event: WardEvent): event is WardEvent<'event.voided'> =>
  event.type === 'event.voided';

/** Follows a correction to the event it finally strikes or restores, and says what to fold. */
async function projectCorrection(
  correction: WardEvent<'event.voided'>,
  pending: ReadonlySet<EventId>,
  awaited: Set<EventId>,
  refold: Refold,
): Promise<void> {
  let targetId = correction.payload.eventId;
  for (let depth = 1; depth <= MAX_CHAIN; depth += 1) {
    if (pending.has(targetId)) return void awaited.add(targetId); // later in this batch
    const target = await db.events.get(targetId);
    if (target === undefined) return void awaited.add(targetId); // not arrived yet
    if (unreadable(target) || target.patientId === null) return; // never folded
    if (isVoid(target)) {
      targetId = target.payload.eventId;
      continue;
    }
    const patientId = target.patientId;
    if (isHeaderEvent(target)) refold.header.add(patientId);
    else if (isType(target, 'vitals.recorded')) {
      // Struck directly, a set that is not the kept one changes nothing; restored, it may.
      if (depth > 1 || (await strikesKeptSet(target))) refold.vitals.add(patientId);
    }
    return;
  }
  if (correction.patientId !== null) {
    refold.header.add(correction.patientId);
    refold.vitals.add(correction.patientId);
  }
}
