import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession } from '../db/session';
import { readWardTimeZone } from '../db/wardTime';
import { DEFAULT_TIME_ZONE } from '../domain/time';

/**
 * The ward's time zone (Settings), read again when the ward is unlocked and when the log
 * changes; Europe/Paris while locked (the settings are encrypted) and before the first run.
 * Here rather than in the settings feature's hooks, whose writes the lock screen does not need.
 */
export function useWardTimeZone(): string {
  const { locked } = useSyncExternalStore(subscribeSession, getSession);
  const zone = useLiveQuery(
    () =>
      locked
        ? DEFAULT_TIME_ZONE
        : readWardTimeZone().catch((error: unknown) => {
            // Locked while reading: the next read, after the unlock, says the zone.
            if (error instanceof Error && error.name === 'LockedError') return DEFAULT_TIME_ZONE;
            throw error;
          }),
    [locked],
  );
  return zone ?? DEFAULT_TIME_ZONE;
}
