import type { Bed } from './beds';
import { bedLabelKey } from './beds';
import { nameTokens } from './identity';
import type { PatientState } from './patient';

/** A card of the board: a bed and who is in it (two after a merge of tablets that disagree). */
export interface BoardSlot {
  bed: Bed;
  patients: PatientState[];
}

export interface Board {
  slots: BoardSlot[];
  /** Admitted patients with no bed, or in a bed the ward does not have (anymore). */
  unplaced: PatientState[];
}

export const BOARD_FILTERS = ['all', 'free', 'isolation', 'allergies'] as const;
export type BoardFilter = (typeof BOARD_FILTERS)[number];

/** One card per bed in bed order; only admitted patients are placed. */
export function buildBoard(beds: readonly Bed[], patients: readonly PatientState[]): Board {
  const present = patients.filter((p) => p.status === 'admitted');
  const slots = beds.map((bed) => ({
    bed,
    patients: present.filter((p) => p.bed === bed.bedId),
  }));
  const known = new Set(beds.map((bed) => bed.bedId));
  const unplaced = present.filter((p) => p.bed === null || !known.has(p.bed));
  return { slots, unplaced };
}

export const isIsolated = (patient: PatientState) =>
  (patient.header.isolation ?? []).some((precaution) => precaution !== 'none');
/** Isolation not recorded (an imported census that did not say): to check, not "none". */
export const isolationUnknown = (patient: PatientState) => patient.header.isolation === undefined;

export const hasAllergies = (patient: PatientState) => patient.header.allergies?.status === 'known';
/** Allergies not recorded (an imported census that did not say): to ask, not "none". */
export const allergiesUnknown = (patient: PatientState) => patient.header.allergies === undefined;

export const isFree = (slot: BoardSlot) => slot.patients.length === 0 && !slot.bed.unavailable;

const compact = (text: string) => text.toUpperCase().replace(/[\s-]/g, '');

/**
 * Whether a patient answers a search: every word typed starts one of the names (birth,
 * used, first names; accents and case do not count), or the text is part of the IPP or
 * of the temporary identifier.
 */
export function patientMatches(patient: PatientState, query: string): boolean {
  const words = nameTokens(query);
  const { identity } = patient;
  const code = compact(query);
  if (code.length >= 3) {
    const ids = [identity.ipp, identity.tempId].filter((id): id is string => !!id).map(compact);
    if (ids.some((id) => id.includes(code))) return true;
  }
  if (words.length === 0) return false;
  const names = [
    identity.birthName,
    identity.usedName,
    identity.firstName,
    identity.firstNames,
    identity.usedFirstName,
  ].flatMap((name) => (name ? nameTokens(name) : []));
  return words.every((word) => names.some((name) => name.startsWith(word)));
}

const slotMatches = (slot: BoardSlot, query: string, filter: BoardFilter): boolean => {
  const byFilter =
    filter === 'all' ||
    (filter === 'free' && isFree(slot)) ||
    // Isolation not recorded is shown too: it is to check at the door, not "none".
    (filter === 'isolation' && slot.patients.some((p) => isIsolated(p) || isolationUnknown(p))) ||
    (filter === 'allergies' && slot.patients.some(hasAllergies));
  if (!byFilter) return false;
  if (!query.trim()) return true;
  return (
    bedLabelKey(slot.bed.label) === bedLabelKey(query) ||
    slot.patients.some((patient) => patientMatches(patient, query))
  );
};

// Stands in for the bed of a patient who has none, when matching him alone.
const NO_BED: Bed = { bedId: '' as Bed['bedId'], label: '', order: 0, unavailable: false };

/** The board as searched and filtered: the cards keep their bed order. */
export function filterBoard(board: Board, query: string, filter: BoardFilter): Board {
  const patientOk = (patient: PatientState) =>
    slotMatches({ bed: NO_BED, patients: [patient] }, query, filter) && filter !== 'free';
  return {
    slots: board.slots.filter((slot) => slotMatches(slot, query, filter)),
    unplaced: board.unplaced.filter(patientOk),
  };
}

/** What the board header counts. */
export function boardCounts(board: Board) {
  const unavailable = board.slots.filter((slot) => slot.bed.unavailable).length;
  return {
    beds: board.slots.length,
    occupied: board.slots.filter((slot) => slot.patients.length > 0).length,
    free: board.slots.filter(isFree).length,
    unavailable,
    present:
      board.slots.reduce((sum, slot) => sum + slot.patients.length, 0) + board.unplaced.length,
  };
}
