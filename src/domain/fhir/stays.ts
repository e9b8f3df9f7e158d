import { isType, type WardEvent } from '../events';
import { byStamp } from '../order';
import { instantOf } from '../time';
import { activeEvents } from '../voids';

/** A stay: from an admission to its discharge, with the beds in between. */
export interface Stay {
  admission: WardEvent<'patient.admitted'>;
  /** Moves and the discharge of the stay, in order: the Encounter's Provenance. */
  changes: WardEvent[];
  beds: { bedId: string; from: string; to: string | null }[];
  discharge: WardEvent<'patient.discharged'> | null;
  /** A voided admission: its Encounter is entered-in-error. */
  voided: boolean;
}

/** A patient's stays, from their header events (voided admissions as stays of their own). */
export function staysOf(events: readonly WardEvent[]): Stay[] {
  const active = new Set(activeEvents(events).map((event) => event.id));
  const stays: Stay[] = [];
  let current: Stay | null = null;
  for (const event of byStamp(events)) {
    if (isType(event, 'patient.admitted')) {
      const voided = !active.has(event.id);
      const stay: Stay = {
        admission: event,
        changes: [],
        beds: event.payload.bedId ? [{ bedId: event.payload.bedId, from: event.at, to: null }] : [],
        discharge: null,
        voided,
      };
      stays.push(stay);
      if (!voided) current = stay;
      continue;
    }
    if (!current || !active.has(event.id)) continue;
    const bed = current.beds.at(-1);
    if (isType(event, 'patient.moved')) {
      if (bed) bed.to = event.at;
      current.beds.push({ bedId: event.payload.bedId, from: event.at, to: null });
      current.changes.push(event);
    } else if (isType(event, 'patient.discharged')) {
      if (bed) bed.to = event.at;
      current.discharge = event;
      current.changes.push(event);
      current = null;
    }
  }
  return stays;
}

/** Whether a stay overlaps the window [from, to) (ms). */
export const stayInWindow = (stay: Stay, fromMs: number, toMs: number): boolean =>
  instantOf(stay.admission.at) < toMs &&
  (stay.discharge === null || instantOf(stay.discharge.at) >= fromMs);

/** The stay a bedside time belongs to (the last one begun by then), if any. */
export function stayAt(stays: readonly Stay[], at: string): Stay | undefined {
  const t = instantOf(at);
  return stays
    .filter((stay) => !stay.voided && instantOf(stay.admission.at) <= t)
    .filter((stay) => stay.discharge === null || instantOf(stay.discharge.at) >= t)
    .at(-1);
}
