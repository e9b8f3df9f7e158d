import { ofType, type WardEvent } from './events';
import { activeEvents } from './voids';
import type { Administration, DoseStatus, DoseWindows } from './doseStatus';
import type { Dose } from './doseAmounts';
import type { EventId } from './ids';
import type { MedAdministered } from './medications';
import { byStamp } from './order';
import { prescriptionLineage, prescriptions, type Prescription } from './prescriptions';
import { prnCheck, type PrnCheck } from './schedule';
import { overlaps, scheduledSlots } from './slots';
import type { Author } from './staff';
import { DEFAULT_TIME_ZONE, instantOf } from './time';

/** A recorded administration, with who charted it (initials for the MAR boxes) and when. */
export interface MarAdministration extends MedAdministered {
  id: EventId;
  /** Bedside time. */
  at: string;
  /** Entry time: later than `at` for a late entry. */
  recordedAt: string;
  author: Author;
}

export interface MarSlot {
  dueAt: string;
  status: DoseStatus;
  /** The administration that covers the dose, if one was charted. */
  administration: MarAdministration | null;
}

export interface MarRow {
  prescription: Prescription;
  /** Scheduled doses in [from, to) with their status at `now`; none for as-needed. */
  slots: MarSlot[];
  /** Every administration of this prescription charted in [from, to), in time order. */
  administrations: MarAdministration[];
  /**
   * As-needed only: one more dose at `now` against the 24 h maximum, counting the doses
   * given under the prescriptions this one replaced.
   */
  prn: PrnCheck | null;
}

/** Active administrations by prescription id, in time order. */
export function administrationsByPrescription(
  events: readonly WardEvent[],
): Map<EventId, MarAdministration[]> {
  const result = new Map<EventId, MarAdministration[]>();
  for (const event of ofType(byStamp(activeEvents(events)), 'med.administered')) {
    const { id, at, recordedAt, author, payload } = event;
    const list = result.get(payload.prescriptionId) ?? [];
    list.push({ ...payload, id, at, recordedAt, author });
    result.set(payload.prescriptionId, list);
  }
  return result;
}

/** An administration as doseStatus reads it. */
export const asAdministration = (record: MarAdministration): Administration => ({
  dueAt: record.dueAt ?? undefined,
  at: record.at,
  outcome: record.outcome,
});

/**
 * The as-needed check at `at` for a prescription, counting its earlier versions' doses, for
 * one more dose of `dose` (the prescribed one by default).
 */
export function prnStatus(
  list: readonly Prescription[],
  byPrescription: ReadonlyMap<EventId, readonly MarAdministration[]>,
  prescription: Prescription,
  at: string,
  timeZone: string,
  dose: Dose = prescription.dose,
): PrnCheck | null {
  const { schedule } = prescription;
  if (schedule.kind !== 'prn') return null;
  const given = prescriptionLineage(list, prescription.id).flatMap(
    (version) => byPrescription.get(version.id) ?? [],
  );
  // Stopped before it started: prnCheck would refuse the schedule, whose end is its start.
  const ended =
    prescription.endsAt !== null && instantOf(prescription.endsAt) <= instantOf(schedule.start);
  const end = ended ? undefined : (prescription.endsAt ?? undefined);
  const records = given.map((record) => ({ ...asAdministration(record), dose: record.dose }));
  const check = prnCheck({ ...schedule, end }, records, at, timeZone, dose);
  return ended
    ? { ...check, allowed: false, reason: 'not-active', blocks: [], nextAllowedAt: null }
    : check;
}

const regularFirst = (p: Prescription) => (p.schedule.kind === 'prn' ? 1 : 0);
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The MAR of one patient's events over [from, to): every prescription that runs in that
 * range or has a dose charted in it, regular ones first, then by drug. A voided
 * prescription is gone; a voided administration frees its slot.
 */
export function marFor(
  events: readonly WardEvent[],
  from: string,
  to: string,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
  windows?: Partial<DoseWindows>,
): MarRow[] {
  const list = prescriptions(events);
  const byPrescription = administrationsByPrescription(events);
  const inRange = (record: MarAdministration) =>
    instantOf(record.at) >= instantOf(from) && instantOf(record.at) < instantOf(to);
  const range = { from, to, now, timeZone };
  // Which rows are shown is decided first (cheap): the slots of the many prescriptions of a
  // long stay that ended before the range are never computed.
  return list
    .map((prescription) => ({
      prescription,
      administrations: (byPrescription.get(prescription.id) ?? []).filter(inRange),
    }))
    .filter(
      (row) =>
        overlaps(row.prescription.schedule.start, row.prescription.endsAt, from, to) ||
        row.administrations.length > 0,
    )
    .map(({ prescription, administrations }) => ({
      prescription,
      slots: scheduledSlots(
        prescription.schedule,
        prescription.endsAt,
        byPrescription.get(prescription.id) ?? [],
        asAdministration,
        range,
        windows,
      ).map(({ dueAt, status, record }) => ({ dueAt, status, administration: record })),
      administrations,
      prn: prnStatus(list, byPrescription, prescription, now, timeZone),
    }))
    .sort(
      (a, b) =>
        regularFirst(a.prescription) - regularFirst(b.prescription) ||
        collator.compare(a.prescription.drug, b.prescription.drug) ||
        instantOf(a.prescription.at) - instantOf(b.prescription.at),
    );
}
