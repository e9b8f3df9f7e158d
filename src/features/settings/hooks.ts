import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { nameThisDevice } from '../../db/devices';
import { attempt } from '../../db/errors';
import { getLocal } from '../../db/local';
import { changeWardSettings, readWard } from '../../db/ward';
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

export const tryChangeWardSettings = (change: WardSettingsChange) =>
  attempt(() => changeWardSettings(change));

/** Names this tablet (a ward event: other tablets see it once the logs merge). */
export const tryNameThisDevice = (name: string) => attempt(() => nameThisDevice(name));
