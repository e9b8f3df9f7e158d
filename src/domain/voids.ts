import type { EventId } from './ids';
import { isType, type WardEvent } from './events';

/**
 * Ids of the events that are voided. A void can itself be voided (the correction
 * was wrong), which makes its target count again.
 */
export function voidedIds(events: readonly WardEvent[]): Set<EventId> {
  const voidsOf = new Map<EventId, EventId[]>();
  for (const event of events) {
    if (!isType(event, 'event.voided')) continue;
    const list = voidsOf.get(event.payload.eventId) ?? [];
    list.push(event.id);
    voidsOf.set(event.payload.eventId, list);
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
  for (const event of events) if (isVoided(event.id, new Set())) result.add(event.id);
  return result;
}

/** The events that count: neither voided nor voids themselves. */
export function activeEvents<E extends WardEvent>(events: readonly E[]): E[] {
  const voided = voidedIds(events);
  return events.filter((event) => event.type !== 'event.voided' && !voided.has(event.id));
}
