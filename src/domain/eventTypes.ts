import type { EventType, WardEvent } from './events';

// Apart from events.ts and its schemas (zod), which a read that only narrows events does not
// need: the app's first chunk reads the ward's time zone with these (db/wardTime.ts).

export const isType = <T extends EventType>(
  event: WardEvent,
  ...types: T[]
): event is WardEvent<T> => (types as EventType[]).includes(event.type);

/** The events of the given types, narrowed. */
export const ofType = <T extends EventType>(
  events: readonly WardEvent[],
  ...types: T[]
): WardEvent<T>[] => events.filter((event): event is WardEvent<T> => isType(event, ...types));
