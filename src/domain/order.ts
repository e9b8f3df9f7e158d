import type { WardEvent } from './events';
import { instantOf } from './time';

/** Where an event stands in time: bedside time first, the event id breaks ties. */
export interface Stamp {
  at: string;
  id: string;
}

export const stampOf = (event: Pick<WardEvent, 'at' | 'id'>): Stamp => ({
  at: event.at,
  id: event.id,
});

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Negative when a comes first. Ties on `at` are broken by id (UUID v7), so the order is total. */
export const compareStamps = (a: Stamp, b: Stamp): number =>
  instantOf(a.at) - instantOf(b.at) || compareIds(a.id, b.id);

/** In stamp order (compareStamps); each instant read once, not at every comparison. */
export function byStamp<E extends Stamp>(events: readonly E[]): E[] {
  const keyed = events.map((event) => ({ event, t: instantOf(event.at) }));
  keyed.sort((a, b) => a.t - b.t || compareIds(a.event.id, b.event.id));
  return keyed.map(({ event }) => event);
}
