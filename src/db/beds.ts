import { bedLabelKey, foldBeds, nextBedOrder, type Bed } from '../domain/beds';
import { newId, type BedId } from '../domain/ids';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import { buildEvent, writeEvents } from './append';
import { wardEventsOfTypes } from './eventReads';
import { writeTransaction } from './projections';

/** The ward's beds in board order (the ward's own corrections only, not the patients'). */
export async function readBeds(): Promise<Bed[]> {
  return foldBeds(await wardEventsOfTypes(['bed.added', 'bed.updated', 'event.voided']));
}

export interface BedDraft {
  label: string;
  room?: string;
}

function checkLabels(beds: readonly Bed[], labels: readonly string[], path: string) {
  const taken = new Set(beds.map((bed) => bedLabelKey(bed.label)));
  for (const label of labels) {
    const key = bedLabelKey(label);
    if (key && taken.has(key)) throw new ValidationError([{ path, code: 'duplicateBedLabel' }]);
    taken.add(key);
  }
}

/** Adds one bed at the end of the board. */
export function addBed(draft: BedDraft): Promise<BedId> {
  return writeTransaction(['bed.added'], async () => {
    const beds = await readBeds();
    checkLabels(beds, [draft.label], 'payload.label');
    const bedId = newId<BedId>();
    const payload = { bedId, label: draft.label, room: draft.room, order: nextBedOrder(beds) };
    await writeEvents([await buildEvent({ type: 'bed.added', payload })]);
    return bedId;
  });
}

/** Most wards number their beds: "1 to 24" sets up a whole ward in one go. */
export const MAX_SERIES = 60;

export function addBedSeries(from: number, to: number): Promise<number> {
  return writeTransaction(['bed.added'], async () => {
    const valid = (n: number) => Number.isInteger(n) && n >= 0 && n < 10_000;
    const issues = [
      ...(valid(from) ? [] : [{ path: 'from', code: 'invalid' as const }]),
      ...(valid(to) && to >= from && to - from < MAX_SERIES
        ? []
        : [{ path: 'to', code: 'outOfRange' as const }]),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    const beds = await readBeds();
    const labels = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    checkLabels(beds, labels, 'from');
    const order = nextBedOrder(beds);
    const events = [];
    for (const [index, label] of labels.entries()) {
      const payload = { bedId: newId<BedId>(), label, order: order + index };
      events.push(await buildEvent({ type: 'bed.added', payload }));
    }
    await writeEvents(events);
    return events.length;
  });
}

export interface BedChange {
  label?: string;
  room?: string;
  unavailable?: boolean;
}

/** What the bed's edit form showed when it was opened. */
export interface BedShown {
  label: string;
  room: string;
}

/**
 * Renames, changes the room, or closes/reopens a bed: only what changed is recorded. With
 * `shown` (the edit form), only what the nurse changed from it counts, and a field someone
 * else changed meanwhile to another value is refused ('changedMeanwhile'), not overwritten.
 */
export function updateBed(bedId: BedId, change: BedChange, shown?: BedShown): Promise<void> {
  return writeTransaction(['bed.updated'], async () => {
    const beds = await readBeds();
    const bed = beds.find((b) => b.bedId === bedId);
    if (!bed) throw new ValidationError([{ path: 'payload.bedId', code: 'unknownBed' }]);
    const stored = { label: bed.label, room: bed.room ?? '' };
    const issues: ValidationIssue[] = [];
    const typed = (field: keyof BedShown): string | undefined => {
      const value = change[field]?.trim();
      if (value === undefined || value === stored[field]) return undefined;
      if (!shown) return value;
      const before = shown[field].trim();
      if (value === before) return undefined; // she left it: someone else's value stays
      if (stored[field] !== before) {
        issues.push({ path: `payload.${field}`, code: 'changedMeanwhile' });
      }
      return value;
    };
    const payload: { bedId: BedId } & BedChange = { bedId };
    const label = typed('label');
    const room = typed('room');
    if (issues.length > 0) throw new ValidationError(issues);
    if (label !== undefined) {
      checkLabels(
        beds.filter((b) => b.bedId !== bedId),
        [label],
        'payload.label',
      );
      payload.label = label;
    }
    if (room !== undefined) payload.room = room;
    if (change.unavailable !== undefined && change.unavailable !== bed.unavailable) {
      payload.unavailable = change.unavailable;
    }
    if (Object.keys(payload).length === 1) {
      throw new ValidationError([{ path: 'payload', code: 'noChange' }]);
    }
    await writeEvents([await buildEvent({ type: 'bed.updated', payload })]);
  });
}

/** Moves a bed one place up (-1) or down (+1) on the board: the two beds swap places. */
export function moveBed(bedId: BedId, step: -1 | 1): Promise<void> {
  return writeTransaction(['bed.updated'], async () => {
    const beds = await readBeds();
    const index = beds.findIndex((b) => b.bedId === bedId);
    const other = beds[index + step];
    const bed = beds[index];
    if (!bed || !other) return; // already first or last
    // Equal orders (beds added on two tablets at once) are separated by the swap.
    const [a, b] =
      other.order === bed.order ? [bed.order + step, bed.order] : [other.order, bed.order];
    await writeEvents([
      await buildEvent({ type: 'bed.updated', payload: { bedId, order: a } }),
      await buildEvent({ type: 'bed.updated', payload: { bedId: other.bedId, order: b } }),
    ]);
  });
}
