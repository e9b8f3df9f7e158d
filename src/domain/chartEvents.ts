import type { ChartEventType, ChartPayload } from './chartSchemas';
import type { WardEvent } from './events';
import type { EventId, PatientId } from './ids';
import type { Author } from './staff';
import { voidedIds } from './voids';

/** The part of an event the charting folds read. */
export interface EventLike<T extends string, P> {
  id: EventId;
  type: T;
  patientId: PatientId | null;
  /** Bedside time, ISO 8601 with offset. */
  at: string;
  /** Entry time: a late entry shows as such. */
  recordedAt: string;
  author: Author;
  payload: P;
}

/** A bedside charting event; `ChartEvent<'vitals.recorded'>` narrows it to one type. */
export type ChartEvent<T extends ChartEventType = ChartEventType> = {
  [K in T]: EventLike<K, ChartPayload<K>>;
}[T];

/**
 * What the folds take: any event of the log. Once the chart schemas are in payloadSchemas,
 * WardEvent covers ChartEvent and this type is WardEvent itself.
 */
export type LogEvent = WardEvent | ChartEvent;
export type LogEventOf<T extends LogEvent['type']> = Extract<LogEvent, { type: T }>;

/** The events of the given types, narrowed. */
export const ofType = <T extends LogEvent['type']>(
  events: readonly LogEvent[],
  ...types: T[]
): LogEventOf<T>[] =>
  events.filter((event): event is LogEventOf<T> => (types as string[]).includes(event.type));

/**
 * The events that count (activeEvents of voids.ts, for the wider LogEvent): neither voided
 * nor voids. voidedIds reads only ids, types and the payloads of 'event.voided', which every
 * LogEvent carries as a WardEvent does; the assertion goes once the chart types are wired.
 */
export function activeLog<E extends LogEvent>(events: readonly E[]): E[] {
  const voided = voidedIds(events as readonly LogEvent[] as readonly WardEvent[]);
  return events.filter((event) => event.type !== 'event.voided' && !voided.has(event.id));
}

/** The voided ids of a log, as voids.ts computes them. */
export const voidedIdsOf = (events: readonly LogEvent[]): Set<EventId> =>
  voidedIds(events as readonly WardEvent[]);
