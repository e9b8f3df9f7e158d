import type { DeviceId } from './ids';
import { byStamp } from './order';
import { voidedIds } from './voids';
import type { WardEvent } from './events';

// A tablet's name ("Tablette 2") is a ward event, not a local setting: once the logs of two
// tablets merge, each shows the other's name on the entries and sheets it made.

/** Each tablet's current name, by device id: the latest 'device.named' that stands. */
export function foldDeviceNames(events: readonly WardEvent[]): Map<DeviceId, string> {
  const voided = voidedIds(events);
  const names = new Map<DeviceId, string>();
  for (const event of byStamp(events)) {
    if (event.type === 'device.named' && !voided.has(event.id)) {
      names.set(event.payload.deviceId, event.payload.name);
    }
  }
  return names;
}

/**
 * A short code for an unnamed tablet: the last 4 hex digits of its id. Ids are UUID v7, whose
 * first digits are the creation time (tablets set up the same day share them); the last ones
 * are random.
 */
export const shortDeviceCode = (deviceId: string): string =>
  deviceId.replace(/-/g, '').slice(-4).toLowerCase();
