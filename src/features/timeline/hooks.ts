import { useLiveQuery } from 'dexie-react-hooks';
import { voidEntry } from '../../db/chartWrites';
import { readDeviceNames } from '../../db/devices';
import { attempt } from '../../db/errors';
import type { EventId } from '../../domain/ids';

export const tryVoidEntry = (eventId: EventId, reason: string) =>
  attempt(() => voidEntry(eventId, reason));

/** The names the ward gave its tablets, for the author lines. */
export const useDeviceNames = () => useLiveQuery(readDeviceNames);
