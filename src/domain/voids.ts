import type { EventId } from './ids';
import { isType, type WardEvent } from './events';

/** A correction as a bare pair: its own id and the id of the event it strikes. */
export interface Strike {
  id: EventId;
  target: EventId;
}

/**
 * The ids struck out by these corrections, followed down their chains: a void can itself be
 * voided (the correction was wrong), which makes its target count again. Works on bare pairs,
 * so a read that never decrypts the struck entries can use it (domain/reconcile.ts).
 */
export function voidedAmong(strikes: Iterable<Strike>): Set<EventId> {
  const voidsOf = new Map<EventId, EventId[]>();
  for (const { id, target } of strikes) {
    const list = voidsOf.get(target) ?? [];
    list.push(id);
    voidsOf.set(target, list);
  }
  const memo = new Map<EventId, boolean>();
  const isVoided = (id: EventId, seen: Set<EventId>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) return false; // a cycle cannot be created by hand; never loop on one
    seen.add(id);
    const result = (voidsOf.get(id) ?? []).some((voidId) => !isVoided(voidId, seen));
    memo.set(id, result);
    return result;
  };
  const result = new Set<EventId>();
  for (const target of voidsOf.keys()) if (isVoided(target, new Set())) result.add(target);
  return result;
}

/**
 * Ids of the events that are voided. A void can itself be voided (the correction
 * was wrong), which makes its target count again.
 */
export function voidedIds(events: readonly WardEvent[]): Set<EventId> {
  const strikes = events
    .filter((event) => isType(event, 'event.voided'))
    .map((event) => ({ id: event.id, target: event.payload.eventId }));
  const voided = voidedAmong(strikes);
  return new Set(events.filter((event) => voided.has(event.id)).map((event) => event.id));
}

/** The events that count: neither voided nor voids themselves. */
export function activeEvents<E extends WardEvent>(events: readonly E[]): E[] {
  const voided = voidedIds(events);
  return events.filter((event) => event.type !== 'event.voided' && !voided.has(event.id));
}
