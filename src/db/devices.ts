import { Dexie } from 'dexie';
import { foldDeviceNames } from '../domain/devices';
import type { WardEvent } from '../domain/events';
import type { DeviceId } from '../domain/ids';
import { appendEvent } from './append';
import { intact } from './damage';
import { db } from './db';
import { ensureDeviceId, getLocal } from './local';

/** Names this tablet for the ward: a 'device.named' event that other tablets receive. */
export async function nameThisDevice(name: string): Promise<WardEvent<'device.named'>> {
  const deviceId = await ensureDeviceId();
  return appendEvent({ type: 'device.named', payload: { deviceId, name } });
}

/** Every named tablet of this ward, by id (corrections applied). Two index reads. */
export async function readDeviceNames(): Promise<Map<DeviceId, string>> {
  const wardId = await getLocal('wardId');
  if (!wardId) return new Map();
  const lists = await Promise.all(
    (['device.named', 'event.voided'] as const).map((type) =>
      db.events.where('[type+atMs]').between([type, Dexie.minKey], [type, Dexie.maxKey]).toArray(),
    ),
  );
  return foldDeviceNames(intact(lists.flat()).filter((event) => event.wardId === wardId));
}
