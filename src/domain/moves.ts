import type { Bed } from './beds';
import { isType, type WardEvent } from './events';
import type { BedId, PatientId } from './ids';
import { byStamp } from './order';
import type { PatientState } from './patient';
import { activeEvents } from './voids';

type Placed = Pick<PatientState, 'id' | 'status' | 'bed'>;

/**
 * The patients present in the other beds of the room of `bedId` (rooms are the beds' `room`),
 * leaving out those who are moving (`leaving`): whom the patient would share the room with.
 */
export function roomMates<P extends Placed>(
  beds: readonly Bed[],
  patients: readonly P[],
  bedId: string,
  leaving: readonly string[],
): P[] {
  const room = beds.find((bed) => bed.bedId === bedId)?.room;
  if (!room) return [];
  const sameRoom = new Set(
    beds.filter((bed) => bed.room === room && bed.bedId !== bedId).map((bed) => bed.bedId),
  );
  return patients.filter(
    (p) => p.status === 'admitted' && p.bed && sameRoom.has(p.bed) && !leaving.includes(p.id),
  );
}

/** A patient going to a bed, as one of the moves written together. */
export interface BedMove {
  patientId: PatientId;
  bedId: BedId;
}

/**
 * The beds that would hold more than one present patient once all `moves` are applied
 * together: a swap is two moves, checked as one, so neither bed is ever occupied twice.
 */
export function doublyOccupied(patients: readonly Placed[], moves: readonly BedMove[]): BedId[] {
  const target = new Map(moves.map((move) => [move.patientId as string, move.bedId]));
  const count = new Map<BedId, number>();
  for (const patient of patients) {
    if (patient.status !== 'admitted') continue;
    const bed = target.get(patient.id) ?? patient.bed;
    if (bed) count.set(bed, (count.get(bed) ?? 0) + 1);
  }
  return [...count].filter(([, n]) => n > 1).map(([bed]) => bed);
}

/**
 * Since when the patient is in the bed they are in: the last admission or move that stands
 * (a move voided as an error does not count). Null without either.
 */
export function placedSince(events: readonly WardEvent[]): string | null {
  const placed = byStamp(activeEvents(events)).filter((event) =>
    isType(event, 'patient.admitted', 'patient.moved'),
  );
  return placed.at(-1)?.at ?? null;
}
