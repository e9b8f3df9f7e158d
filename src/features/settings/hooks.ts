import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { nameThisDevice } from '../../db/devices';
import { attempt } from '../../db/errors';
import { getLocal } from '../../db/local';
import { getSession, subscribeSession } from '../../db/session';
import { changeWardSettings, readWard } from '../../db/ward';
import { readWardTimeZone } from '../../db/wardTime';
import { DEFAULT_TIME_ZONE } from '../../domain/time';
import type { WardSettingsChange } from '../../domain/wardSettings';

export interface StorageStatus {
  /** null when the browser cannot tell. */
  persisted: boolean | null;
  usedBytes: number | null;
  availableBytes: number | null;
}

async function readStorageStatus(): Promise<StorageStatus> {
  const storage = globalThis.navigator?.storage;
  const persisted = storage?.persisted ? await storage.persisted() : null;
  const estimate = storage?.estimate ? await storage.estimate() : undefined;
  const used = estimate?.usage ?? null;
  const quota = estimate?.quota ?? null;
  return {
    persisted,
    usedBytes: used,
    availableBytes: quota === null || used === null ? null : Math.max(0, quota - used),
  };
}

/** What the browser says of this device's storage; undefined while it answers. */
export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    let live = true;
    void readStorageStatus().then((s) => live && setStatus(s));
    return () => {
      live = false;
    };
  }, []);
  return status;
}

export const useDeviceId = () => useLiveQuery(() => getLocal('deviceId'));

/** The ward's shared settings, as the log says on this tablet; undefined while read. */
export const useWardSettings = () => useLiveQuery(async () => (await readWard())?.settings);

/**
 * The ward's time zone (Settings), read again when the ward is unlocked and when the log
 * changes; Europe/Paris while locked (the settings are encrypted) and before the first run.
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

export const tryChangeWardSettings = (change: WardSettingsChange) =>
  attempt(() => changeWardSettings(change));

/** Names this tablet (a ward event: other tablets see it once the logs merge). */
export const tryNameThisDevice = (name: string) => attempt(() => nameThisDevice(name));
