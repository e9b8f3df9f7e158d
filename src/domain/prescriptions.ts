import { ofType, type WardEvent } from './events';
import { activeEvents } from './voids';
import type { EventId } from './ids';
import type { MedPrescribed } from './medications';
import { byStamp } from './order';
import { earliest, runsAt } from './slots';
import type { Author } from './staff';

/** Who stopped a prescription or a care item, when and why. */
export interface Stop {
  id: EventId;
  at: string;
  reason: string;
  author: Author;
}

/** A nurse checked an imported prescription against the order ('med.importChecked'). */
export interface ImportCheck {
  id: EventId;
  at: string;
  author: Author;
}

/** A prescription as the MAR shows it. */
export interface Prescription extends Omit<MedPrescribed, 'replaces'> {
  id: EventId;
  /** When it was transcribed (bedside time of the event). */
  at: string;
  author: Author;
  replaces: EventId | null;
  /** The first stop that stands (a voided stop does not count). */
  stop: Stop | null;
  /**
   * For a prescription read from a census file: who checked it against the order, and when
   * (the first check that stands); null until then, and for one transcribed by hand.
   */
  importCheck: ImportCheck | null;
  /** The prescription that replaces this one, if one stands. */
  replacedBy: EventId | null;
  /**
   * When doses stop being due (excluded): the schedule's end, the stop, or the start of the
   * replacing prescription, whichever comes first; null when open-ended. A replacement ends
   * the old prescription even if its stop was lost or voided alone: no dose is due twice.
   */
  endsAt: string | null;
}

/** Every prescription that stands (not voided), in the order they were written. */
export function prescriptions(events: readonly WardEvent[]): Prescription[] {
  const active = byStamp(activeEvents(events));
  const stops = new Map<EventId, Stop>();
  for (const event of ofType(active, 'med.stopped')) {
    const { prescriptionId, reason } = event.payload;
    if (!stops.has(prescriptionId))
      stops.set(prescriptionId, { id: event.id, at: event.at, reason, author: event.author });
  }
  const checks = new Map<EventId, ImportCheck>();
  for (const event of ofType(active, 'med.importChecked')) {
    const { prescriptionId } = event.payload;
    if (!checks.has(prescriptionId))
      checks.set(prescriptionId, { id: event.id, at: event.at, author: event.author });
  }
  const written = ofType(active, 'med.prescribed');
  const replacements = new Map<EventId, { id: EventId; start: string }>();
  for (const event of written) {
    const { replaces, schedule } = event.payload;
    if (replaces && !replacements.has(replaces))
      replacements.set(replaces, { id: event.id, start: schedule.start });
  }
  return written.map((event) => {
    const { replaces, ...payload } = event.payload;
    const stop = stops.get(event.id) ?? null;
    const replacement = replacements.get(event.id);
    return {
      ...payload,
      id: event.id,
      at: event.at,
      author: event.author,
      replaces: replaces ?? null,
      stop,
      importCheck: payload.imported ? (checks.get(event.id) ?? null) : null,
      replacedBy: replacement?.id ?? null,
      endsAt: earliest(payload.schedule.end, stop?.at, replacement?.start),
    };
  });
}

/** Whether doses of a prescription can be due or given at `at`. */
export const prescriptionRunsAt = (prescription: Prescription, at: string): boolean =>
  runsAt(prescription.schedule.start, prescription.endsAt, at);

/** The prescriptions running at `at`: started, not ended, stopped or replaced. */
export const activePrescriptions = (events: readonly WardEvent[], at: string): Prescription[] =>
  prescriptions(events).filter((prescription) => prescriptionRunsAt(prescription, at));

/**
 * A prescription and those it replaced, newest first: an as-needed maximum counts the doses
 * given under the earlier versions too (changing a dose does not reset the 24 h).
 */
export function prescriptionLineage(list: readonly Prescription[], id: EventId): Prescription[] {
  const byId = new Map(list.map((prescription) => [prescription.id, prescription]));
  const lineage: Prescription[] = [];
  let current = byId.get(id);
  while (current && !lineage.includes(current)) {
    lineage.push(current);
    current = current.replaces ? byId.get(current.replaces) : undefined;
  }
  return lineage;
}

/**
 * Whether a prescription can still be changed or stopped at `now`: it runs, and no stop or
 * replacement is recorded, even one that takes effect later (a change starting tonight):
 * changing it again would make two versions of one order.
 */
export const prescriptionOpen = (prescription: Prescription, now: string): boolean =>
  prescriptionRunsAt(prescription, now) &&
  prescription.stop === null &&
  prescription.replacedBy === null;

/** Whether an imported prescription still waits for a nurse to check it against the order. */
export const awaitsImportCheck = (prescription: Prescription): boolean =>
  prescription.imported !== undefined && prescription.importCheck === null;
