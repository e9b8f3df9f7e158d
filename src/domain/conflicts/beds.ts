import { isType, type WardEvent } from '../events';
import type { BedId, PatientId } from '../ids';
import { byStamp } from '../order';
import type { PatientState } from '../patient';
import { activeEvents } from '../voids';
import type { BedConflict } from './types';

type Placed = Pick<PatientState, 'id' | 'status' | 'bed'>;

/**
 * Beds that hold more than one present patient, with who is in each. One tablet never lets
 * this happen (freeBed, doublyOccupied); two tablets that had not seen each other's
 * admission or move can. A bed freed (discharge, move) then taken again is not shared.
 */
export function sharedBeds(patients: readonly Placed[]): Map<BedId, PatientId[]> {
  const byBed = new Map<BedId, PatientId[]>();
  for (const patient of patients) {
    if (patient.status !== 'admitted' || !patient.bed) continue;
    byBed.set(patient.bed, [...(byBed.get(patient.bed) ?? []), patient.id]);
  }
  return new Map([...byBed].filter(([, ids]) => ids.length > 1));
}

/** The admission or move that put the patient where they are: the last one that stands. */
export function placingEvent(events: readonly WardEvent[]): WardEvent | null {
  const placed = byStamp(activeEvents(events)).filter((event) =>
    isType(event, 'patient.admitted', 'patient.moved'),
  );
  return placed.at(-1) ?? null;
}

/**
 * One conflict per shared bed. `logs` holds, for each patient in a shared bed, their
 * admissions, moves and voids (enough for placingEvent); a patient not read has no entry.
 */
export function bedConflicts(
  patients: readonly Placed[],
  logs: ReadonlyMap<PatientId, readonly WardEvent[]>,
): BedConflict[] {
  return [...sharedBeds(patients)].map(([bedId, ids]) => {
    const entries = ids
      .map((id) => placingEvent(logs.get(id) ?? []))
      .filter((event): event is WardEvent => event !== null);
    const order = new Map(byStamp(entries).map((event, index) => [event.patientId, index]));
    const sorted = [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { kind: 'bed', key: `bed|${bedId}`, bedId, patients: sorted, entries: byStamp(entries) };
  });
}
