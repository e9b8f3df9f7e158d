import type { Author } from '../domain/staff';
import type { DeviceId, WardId } from '../domain/ids';
import { newId } from '../domain/ids';
import { db } from './db';

/** Values kept per device, outside the ward log. */
export interface LocalValues {
  deviceId: DeviceId;
  wardId: WardId;
  author: Author;
}

export async function getLocal<K extends keyof LocalValues>(
  key: K,
): Promise<LocalValues[K] | undefined> {
  const row = await db.local.get(key);
  return row?.value as LocalValues[K] | undefined;
}

export async function setLocal<K extends keyof LocalValues>(
  key: K,
  value: LocalValues[K],
): Promise<void> {
  await db.local.put({ key, value });
}

/** The device id is created once, on first use, and kept for the life of the install. */
export function ensureDeviceId(): Promise<DeviceId> {
  return db.transaction('rw', db.local, async () => {
    const existing = await getLocal('deviceId');
    if (existing) return existing;
    const id = newId<DeviceId>();
    await setLocal('deviceId', id);
    return id;
  });
}
