import { Dexie } from 'dexie';
import { isType, type WardEvent } from '../domain/events';
import type { EventId, PatientId } from '../domain/ids';
import { compareStamps, stampOf } from '../domain/order';
import {
  applyPatientEvent,
  comesAfter,
  foldPatient,
  isHeaderEvent,
  type PatientState,
} from '../domain/patient';
import { BatchRows, MAX_CHAIN } from './batchRows';
import { isDamaged } from './crypto';
import { intact, unreadable } from './damage';
import { db, type LastVitalsRow } from './db';
import { isFullSet, lastFullSet, lastVitalsRowOf } from './lastVitals';
import { patientEvents } from './projections';

/**
 * Ids of events that a stored correction strikes but that were not in the log when it came
 * (a ward file or a hub pull brings a correction before its target). Only ids, in `local`:
 * when one of them arrives, its patient is folded again. Empty on a tablet that writes alone.
 */
const AWAITED = 'awaitedTargets';

type Refold = { header: Set<PatientId>; vitals: Set<PatientId> };

/**
 * Keeps the projections in step with a batch of events just stored, in the write's
 * transaction, without rereading a patient's log in the usual cases: a header event that
 * comes after the others is applied, a full vitals set later than the kept one replaces it,
 * and a correction is followed to the event it finally strikes (or restores): only when that
 * is a header event, or the vitals set kept, is the patient folded again from its log, once
 * per batch. So the cost of a write does not grow with the history of the ward.
 */
export async function projectBatch(
  events: readonly WardEvent[],
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> {
  // Stored by this batch but not projected yet: for a correction, as if not arrived.
  const pending = new Set<EventId>(events.map((event) => event.id));
  const rows = new BatchRows(events);
  await rows.preload();
  // Events built here just now were never awaited; without a correction, none is added.
  const readAwaited = !fresh || events.some(isVoid);
  const before = readAwaited ? (await db.local.get(AWAITED))?.value : undefined;
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
    if (isVoid(event)) projectCorrection(event, pending, awaited, refold, rows);
    else if (isHeaderEvent(event)) {
      if (!refold.header.has(patientId) && !applyHeader(event, patientId, rows)) {
        refold.header.add(patientId);
      }
    } else if (isType(event, 'vitals.recorded') && !refold.vitals.has(patientId)) {
      projectVitalsSet(event, patientId, rows);
    }
  }

  await rows.ensure([...refold.header], [...refold.vitals]);
  for (const patientId of new Set([...refold.header, ...refold.vitals])) {
    const log = await logOf(patientId, events);
    if (refold.header.has(patientId)) rows.setPatient(patientId, foldPatient(log));
    if (refold.vitals.has(patientId)) {
      const last = lastFullSet(intact(log));
      rows.setLastVitals(patientId, last && lastVitalsRowOf(last));
    }
  }
  await rows.flush();
  await saveAwaited(awaited, known);
}

/**
 * A header event applied to the patient's row when it comes after every header event
 * applied; false when it does not and the patient must be folded again. A damaged row is
 * kept as found (the log has the event).
 */
function applyHeader(event: WardEvent, patientId: PatientId, rows: BatchRows): boolean {
  const stored = rows.patient(patientId);
  if (isDamaged(stored)) return true;
  const current = (stored as PatientState | undefined) ?? null;
  if (!comesAfter(current, event)) return false;
  const next = applyPatientEvent(current, event);
  if (next) rows.setPatient(patientId, next);
  return true;
}

/** A full set later than the one kept replaces it (the caller checked that it stands). */
function projectVitalsSet(
  event: WardEvent<'vitals.recorded'>,
  patientId: PatientId,
  rows: BatchRows,
): void {
  if (!isFullSet(event)) return;
  const current = rows.lastVitals(patientId);
  if (unreadable(current)) return; // kept as found; readLastVitals reads the log instead
  const kept = current as LastVitalsRow | undefined;
  if (kept && compareStamps(stampOf(kept.event), stampOf(event)) > 0) return;
  rows.setLastVitals(patientId, lastVitalsRowOf(event));
}

/**
 * Whether a correction that strikes `target` (a full set, directly) changes the row: only when
 * that set is the one kept. A set that was not kept stays out (it is struck now).
 */
function strikesKeptSet(target: WardEvent<'vitals.recorded'>, rows: BatchRows): boolean {
  if (!isFullSet(target) || target.patientId === null) return false;
  const current = rows.lastVitals(target.patientId);
  if (unreadable(current)) return false; // kept as found until a rebuild
  return (current as LastVitalsRow | undefined)?.event.id === target.id;
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
function projectCorrection(
  correction: WardEvent<'event.voided'>,
  pending: ReadonlySet<EventId>,
  awaited: Set<EventId>,
  refold: Refold,
  rows: BatchRows,
): void {
  let targetId = correction.payload.eventId;
  for (let depth = 1; depth <= MAX_CHAIN; depth += 1) {
    if (pending.has(targetId)) return void awaited.add(targetId); // later in this batch
    const target = rows.target(targetId);
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
      if (depth > 1 || strikesKeptSet(target, rows)) refold.vitals.add(patientId);
    }
    return;
  }
  if (correction.patientId !== null) {
    refold.header.add(correction.patientId);
    refold.vitals.add(correction.patientId);
  }
}
