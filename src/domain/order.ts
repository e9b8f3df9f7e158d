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

/** Negative when a comes first. Ties on `at` are broken by id (UUID v7), so the order is total. */
export function compareStamps(a: Stamp, b: Stamp): number {
  const delta = instantOf(a.at) - instantOf(b.at);
  if (delta !== 0) return delta;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const byStamp = <E extends Stamp>(events: readonly E[]): E[] =>
  [...events].sort(compareStamps);
