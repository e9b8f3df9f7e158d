import { foldDeviceNames } from '../domain/devices';
import type { WardEvent } from '../domain/events';
import type { DeviceId } from '../domain/ids';
import { appendEvent } from './append';
import { wardEventsOfTypes } from './eventReads';
import { ensureDeviceId } from './local';

/** Names this tablet for the ward: a 'device.named' event that other tablets receive. */
export async function nameThisDevice(name: string): Promise<WardEvent<'device.named'>> {
  const deviceId = await ensureDeviceId();
  return appendEvent({ type: 'device.named', payload: { deviceId, name } });
}

/** Every named tablet of this ward, by id (the ward's own corrections applied). */
export async function readDeviceNames(): Promise<Map<DeviceId, string>> {
  return foldDeviceNames(await wardEventsOfTypes(['device.named', 'event.voided']));
}
