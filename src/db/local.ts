import type { DeviceId, WardId } from '../domain/ids';
import type { UnlockFailures } from '../domain/lockPolicy';
import type { EncryptedField, KeyRecord } from './crypto';
import { newId } from '../domain/ids';
import { db } from './db';
import type { EventSealProgress } from './eventSeal';

/** Values kept per device, outside the ward log and in clear: none identifies a patient. */
export interface LocalValues {
  deviceId: DeviceId;
  wardId: WardId;
  /** The data key, wrapped by the passphrase: useless without it. */
  keyRecord: KeyRecord;
  unlockFailures: UnlockFailures;
  lockMinutes: number;
  /** When this tablet last saved the recovery export (FHIR/CSV): the purge asks for one. */
  recoveryExportedAt: string;
  /** How far the stored events are re-sealed with their clear fields bound (db/reseal.ts). */
  eventSeal: EventSealProgress;
  /** Ward time this tablet last made a ward file (db/wardFile.ts), for the backup reminder. */
  wardFileMadeAt: string;
  /** Hours without a ward file before the board reminds (per tablet; default 12). */
  backupReminderHours: number;
  /** When this tablet took its ward (created, joined, restored): the reminder's start. */
  wardHeldSince: string;
  /**
   * The ward's hub (src/sync/hubConfig.ts): its database address, user, and password sealed
   * under the ward key (`password` in clear only in rows written before that; sealed at the
   * next unlock), and whether it is on.
   */
  hub: {
    url: string;
    user: string;
    password?: string;
    sealedPassword?: EncryptedField;
    enabled: boolean;
  };
  /** The key record this tablet last put on (or took from) the hub at `url` (src/sync/keyShare.ts). */
  hubKeyRecord: { url: string; record: KeyRecord };
  /** How far this tablet has pulled from the hub at `url` (a CouchDB update sequence). */
  hubPulled: { url: string; seq: string | number };
  /** Ward time of the last complete exchange with the hub. */
  hubExchangedAt: string;
  /**
   * Set when the tablet takes a ward without a hub (created here, joined from a ward file):
   * the outbox may lack events of the log, so the next push queues the whole log and removes
   * this in the same transaction (src/sync/push.ts). Until then, a write of events that come
   * from elsewhere (not `fresh`) leaves the outbox alone (db/append.ts).
   */
  queueWholeLog: true;
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

/**
 * The device id is created once, on first use, and kept for the life of the install. Read
 * first by a plain get: a write's transaction asks it at every save, and a nested transaction
 * there made its other reads wait for this one (issue 12, the save delay).
 */
export async function ensureDeviceId(): Promise<DeviceId> {
  return (await getLocal('deviceId')) ?? createDeviceId();
}

/** Made in a transaction of its own: two tabs starting together keep one id. */
function createDeviceId(): Promise<DeviceId> {
  return db.transaction('rw', db.local, async () => {
    const existing = await getLocal('deviceId');
    if (existing) return existing;
    const id = newId<DeviceId>();
    await setLocal('deviceId', id);
    return id;
  });
}
