import { Dexie } from 'dexie';
import { bedConflicts, sharedBeds } from '../domain/conflicts/beds';
import { duplicateConflict, duplicatePairs } from '../domain/conflicts/duplicates';
import { HEADER_LOG, headerConflicts } from '../domain/conflicts/header';
import { slotConflicts } from '../domain/conflicts/slots';
import { patientsOf, type Conflict } from '../domain/conflicts/types';
import type { EventType, WardEvent } from '../domain/events';
import type { PatientId } from '../domain/ids';
import type { PatientState } from '../domain/patient';
import { dbNow } from './clock';
import { db } from './db';
import { patientEventsOfTypes } from './eventReads';
import { readPresentPatients } from './presence';
import { recentSlotEntries } from './recentSlots';

// Reads for what two tablets did at the same time (issue 14, point 5). The projections say
// which beds and which pairs of patients to look at; only those patients' few events are
// read then (plain index ranges), never the ward's whole log.

/** How far back the board looks for slots charted twice; the patient's screen sees it all. */
export const BOARD_SLOT_WINDOW_HOURS = 72;

const PLACING: readonly EventType[] = ['patient.admitted', 'patient.moved', 'event.voided'];

async function logsOf(ids: Iterable<PatientId>, types: readonly EventType[]) {
  const unique = [...new Set(ids)];
  const lists = await Promise.all(unique.map((id) => patientEventsOfTypes(id, types)));
  return new Map<PatientId, WardEvent[]>(unique.map((id, index) => [id, lists[index] ?? []]));
}

/** Shared beds and possible duplicates among the present patients (those of `only`, if given). */
async function crossPatientConflicts(
  patients: readonly PatientState[],
  only?: PatientId,
): Promise<Conflict[]> {
  const shared = [...sharedBeds(patients)].filter(([, ids]) => !only || ids.includes(only));
  const inShared = patients.filter((p) => shared.some(([, ids]) => ids.includes(p.id)));
  const pairs = duplicatePairs(patients).filter((pair) => !only || pair.patients.includes(only));
  const [placing, admissions] = await Promise.all([
    logsOf(
      inShared.map((p) => p.id),
      PLACING,
    ),
    logsOf(
      pairs.flatMap((pair) => pair.patients),
      HEADER_LOG,
    ),
  ]);
  const beds = bedConflicts(inShared, placing);
  const duplicates = pairs.flatMap((pair) => duplicateConflict(pair, admissions) ?? []);
  return [...beds, ...duplicates];
}

/** How many edits each patient has, from the index alone (nothing decrypted). */
const editCount = (id: PatientId) =>
  db.events
    .where('[patientId+type+atMs]')
    .between([id, 'patient.updated', Dexie.minKey], [id, 'patient.updated', Dexie.maxKey])
    .count();

/** Header fields in conflict for each present patient with at least two edits. */
async function wardHeaderConflicts(patients: readonly PatientState[]): Promise<Conflict[]> {
  // In one transaction: one each, 30 of them, cost the board's first draw some 10 ms.
  const counts = await db.transaction('r', db.events, () =>
    Promise.all(patients.map((p) => editCount(p.id))),
  );
  // A damaged edit is counted here, then left out by the read of the log, as before.
  const edited = patients.filter((_, i) => (counts[i] ?? 0) > 1).map((p) => p.id);
  const logs = await logsOf(edited, HEADER_LOG);
  return [...logs.values()].flatMap(headerConflicts);
}

/** Slots charted twice in the last hours, on the whole ward (entries read once: recentSlots). */
async function recentSlotConflicts(): Promise<Conflict[]> {
  const fromMs = dbNow().getTime() - BOARD_SLOT_WINDOW_HOURS * 3_600_000;
  return slotConflicts(await recentSlotEntries(fromMs));
}

/** What the conflicts are about: the conflicts, and the present patients they name. */
export interface ConflictRead {
  conflicts: Conflict[];
  patients: PatientState[];
}

/** Every conflict the board shows: on present patients, slots of the last few days. */
export async function readWardConflicts(): Promise<ConflictRead> {
  const patients = await readPresentPatients();
  const present = new Set(patients.map((p) => p.id));
  const [cross, header, slots] = await Promise.all([
    crossPatientConflicts(patients),
    wardHeaderConflicts(patients),
    recentSlotConflicts(),
  ]);
  const onWard = slots.filter((c) => patientsOf(c).some((id) => present.has(id)));
  return { conflicts: [...cross, ...header, ...onWard], patients };
}

/**
 * The conflicts that involve one patient and other patients (a shared bed, a possible
 * duplicate); those within their own log (header, slots) come from the log the screen reads.
 */
export async function readPatientCrossConflicts(patientId: PatientId): Promise<ConflictRead> {
  const patients = await readPresentPatients();
  return { conflicts: await crossPatientConflicts(patients, patientId), patients };
}
