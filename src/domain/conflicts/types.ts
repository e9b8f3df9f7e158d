import type { DuplicateReason } from '../duplicates';
import type { WardEvent } from '../events';
import type { EditedField } from '../headerMerge';
import type { BedId, EventId, PatientId } from '../ids';

// What two tablets did at the same time (issue 14, point 5): found in the merged log, shown
// to a nurse with the entries involved, never resolved by the app itself.

/** Two (or more) patients present in one bed: each placed there by an admission or a move. */
export interface BedConflict {
  kind: 'bed';
  key: string;
  bedId: BedId;
  patients: PatientId[];
  /** The admission or move that put each patient there (when it was read). */
  entries: WardEvent[];
}

/** One scheduled dose slot charted twice (two entries that stand). */
export interface DoseConflict {
  kind: 'dose';
  key: string;
  patientId: PatientId;
  prescriptionId: EventId;
  dueAt: string;
  entries: WardEvent<'med.administered'>[];
}

/** One care slot charted twice. */
export interface CareConflict {
  kind: 'care';
  key: string;
  patientId: PatientId;
  careId: EventId;
  dueAt: string;
  entries: WardEvent<'care.done'>[];
}

/** The same person admitted on two tablets: two present patients that may be one. */
export interface DuplicateConflict {
  kind: 'duplicate';
  key: string;
  patients: [PatientId, PatientId];
  reasons: DuplicateReason[];
  /** Each patient's admission (the last that stands), in the order of `patients`. */
  entries: [WardEvent<'patient.admitted'>, WardEvent<'patient.admitted'>];
}

/** One header field changed on two tablets, neither edit based on the other. */
export interface HeaderConflict {
  kind: 'header';
  key: string;
  patientId: PatientId;
  field: EditedField;
  /** The concurrent edits, oldest first; each holds a different value. */
  entries: WardEvent<'patient.updated'>[];
}

export type Conflict =
  BedConflict | DoseConflict | CareConflict | DuplicateConflict | HeaderConflict;
export type ConflictKind = Conflict['kind'];

/** The patients a conflict is about. */
export function patientsOf(conflict: Conflict): PatientId[] {
  switch (conflict.kind) {
    case 'bed':
    case 'duplicate':
      return conflict.patients;
    case 'dose':
    case 'care':
    case 'header':
      return [conflict.patientId];
  }
}
