import { ofType, type WardEvent } from '../events';
import type { EventId, PatientId } from '../ids';
import { byStamp } from '../order';
import { instantOf } from '../time';
import { activeEvents } from '../voids';
import type { CareConflict, DoseConflict } from './types';

// One tablet alone refuses to chart a slot twice (slotIssue: "already recorded"); two
// tablets that had not seen each other's entry can each chart it. Both stand after a merge.

interface Slot {
  patientId: PatientId;
  target: EventId;
  dueAt: string;
}

/** The entries of each slot charted more than once, with the slot, oldest entry first. */
function twice<E extends WardEvent>(
  events: readonly E[],
  slotOf: (event: E) => Slot | null,
): { slot: Slot; entries: E[] }[] {
  const groups = new Map<string, { slot: Slot; entries: E[] }>();
  for (const event of byStamp(events)) {
    const slot = slotOf(event);
    if (!slot) continue;
    const key = `${slot.patientId}|${slot.target}|${instantOf(slot.dueAt)}`;
    const group = groups.get(key) ?? { slot, entries: [] };
    group.entries.push(event);
    groups.set(key, group);
  }
  return [...groups.values()].filter((group) => group.entries.length > 1);
}

const keyOf = (kind: string, slot: Slot) =>
  `${kind}|${slot.patientId}|${slot.target}|${instantOf(slot.dueAt)}`;

/**
 * Dose and care slots charted more than once by entries that stand (a voided entry does not
 * count: a dose voided then charted again is one dose). `events` must hold the voids too.
 */
export function slotConflicts(events: readonly WardEvent[]): (DoseConflict | CareConflict)[] {
  const active = activeEvents(events);
  const doses = twice(ofType(active, 'med.administered'), (e) =>
    // An as-needed dose has no slot: two of them are two doses, which prnCheck judges.
    e.patientId && e.payload.dueAt
      ? { patientId: e.patientId, target: e.payload.prescriptionId, dueAt: e.payload.dueAt }
      : null,
  ).map(({ slot, entries }): DoseConflict => ({
    kind: 'dose',
    key: keyOf('dose', slot),
    patientId: slot.patientId,
    prescriptionId: slot.target,
    dueAt: slot.dueAt,
    entries,
  }));
  const care = twice(ofType(active, 'care.done'), (e) =>
    e.patientId
      ? { patientId: e.patientId, target: e.payload.careId, dueAt: e.payload.dueAt }
      : null,
  ).map(({ slot, entries }): CareConflict => ({
    kind: 'care',
    key: keyOf('care', slot),
    patientId: slot.patientId,
    careId: slot.target,
    dueAt: slot.dueAt,
    entries,
  }));
  return [...doses, ...care];
}
