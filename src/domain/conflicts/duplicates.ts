import { findPossibleDuplicates, type DuplicateReason } from '../duplicates';
import { ofType, type WardEvent } from '../events';
import type { PatientId } from '../ids';
import { byStamp, compareStamps, stampOf } from '../order';
import type { PatientState } from '../patient';
import { activeEvents } from '../voids';
import type { DuplicateConflict } from './types';

type Present = Pick<PatientState, 'id' | 'status' | 'identity'>;

export interface DuplicatePair {
  patients: [PatientId, PatientId];
  reasons: DuplicateReason[];
}

/**
 * Pairs of present patients that duplicates.ts calls possible duplicates: the candidates.
 * Whether a pair is a conflict needs their admissions (duplicateConflict).
 */
export function duplicatePairs(patients: readonly Present[]): DuplicatePair[] {
  const present = patients.filter((p) => p.status === 'admitted');
  return present.flatMap((patient, index) =>
    findPossibleDuplicates(patient.identity, present.slice(index + 1)).map(
      ({ patient: other, reasons }): DuplicatePair => ({
        patients: [patient.id, other.id],
        reasons,
      }),
    ),
  );
}

/** Every patient this one's log says is someone else (admissions and updates that stand). */
function saidDistinct(events: readonly WardEvent[]): Set<PatientId> {
  const said = ofType(activeEvents(events), 'patient.admitted', 'patient.updated').flatMap(
    (event) => event.payload.distinctFrom ?? [],
  );
  return new Set(said);
}

const lastAdmission = (events: readonly WardEvent[]) =>
  byStamp(ofType(activeEvents(events), 'patient.admitted')).at(-1);

/**
 * A pair is a conflict when each was admitted on a different tablet (one tablet alone shows
 * the possible duplicate before admitting) and neither record says the other is someone
 * else (`distinctFrom`, on the admission or on a later update). `logs` holds each patient's
 * admissions, updates and voids.
 */
export function duplicateConflict(
  pair: DuplicatePair,
  logs: ReadonlyMap<PatientId, readonly WardEvent[]>,
): DuplicateConflict | null {
  const [a, b] = pair.patients;
  const [logA, logB] = [logs.get(a) ?? [], logs.get(b) ?? []];
  const [admittedA, admittedB] = [lastAdmission(logA), lastAdmission(logB)];
  if (!admittedA || !admittedB || admittedA.deviceId === admittedB.deviceId) return null;
  if (saidDistinct(logA).has(b) || saidDistinct(logB).has(a)) return null;
  const first = compareStamps(stampOf(admittedA), stampOf(admittedB)) <= 0;
  return {
    kind: 'duplicate',
    key: `duplicate|${[a, b].sort().join('|')}`,
    patients: first ? [a, b] : [b, a],
    reasons: pair.reasons,
    entries: first ? [admittedA, admittedB] : [admittedB, admittedA],
  };
}
