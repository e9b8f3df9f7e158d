import type { BedId } from './ids';
import { isType, type WardEvent } from './events';
import { byStamp } from './order';
import { activeEvents } from './voids';

export interface Bed {
  bedId: BedId;
  label: string;
  room?: string | undefined;
  order: number;
  unavailable: boolean;
}

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Board order: the ward's chosen order, then the label as people read it (2 before 10). */
export const compareBeds = (a: Bed, b: Bed) =>
  a.order - b.order || collator.compare(a.label, b.label);

/** Two labels are the same bed for a person reading them: case and spaces do not count. */
export const bedLabelKey = (label: string) =>
  label.trim().replace(/\s+/g, ' ').toLocaleUpperCase('fr');

/** The ward's beds from its ward-level events, in board order. */
export function foldBeds(events: readonly WardEvent[]): Bed[] {
  const beds = new Map<BedId, Bed>();
  for (const event of byStamp(activeEvents(events))) {
    if (isType(event, 'bed.added')) {
      const { bedId, label, room, order } = event.payload;
      beds.set(bedId, { bedId, label, room, order, unavailable: false });
    } else if (isType(event, 'bed.updated')) {
      const bed = beds.get(event.payload.bedId);
      if (!bed) continue; // an update of a bed whose creation was voided
      const { label, room, order, unavailable } = event.payload;
      beds.set(bed.bedId, {
        ...bed,
        label: label ?? bed.label,
        room: room === undefined ? bed.room : room || undefined,
        order: order ?? bed.order,
        unavailable: unavailable ?? bed.unavailable,
      });
    }
  }
  return [...beds.values()].sort(compareBeds);
}

/** The next position at the end of the board. */
export const nextBedOrder = (beds: readonly Bed[]) =>
  beds.reduce((max, bed) => Math.max(max, bed.order), 0) + 1;
