import { unlockKeyRecord, verifyKeyRecord } from '../db/crypto';
import { db } from '../db/db';
import type { WardId } from '../domain/ids';
import { ensureDeviceId, getLocal, setLocal } from '../db/local';
import { hasWard } from '../db/lock';
import { openSession } from '../db/session';
import { HubClient, type HubConfig } from './hubClient';
import { strongForHub } from './hubPassphrase';
import { KEY_RECORD_DOC } from './pull';

export type HubSetupProblem = 'weakPassphrase' | 'wrongPassphrase' | 'noWard' | 'alreadyWard';

export class HubSetupError extends Error {
  constructor(readonly code: HubSetupProblem) {
    super(code);
    this.name = 'HubSetupError';
  }
}

interface KeyRecordDoc {
  _id: string;
  _rev?: string;
  wardId: string;
  keyRecord: unknown;
}

/** Proves the address and the credential (Settings' "test the connection"). */
export const testHub = (config: HubConfig) => new HubClient(config).info();

/**
 * Turns the hub on for this tablet's ward. The ward passphrase must be strong enough to
 * leave the tablet (hubPassphrase.ts) and must open this ward's key record; the record is
 * then put on the hub as a plain document, so a new tablet can fetch it (joinHub).
 */
export async function enableHub(config: HubConfig, passphrase: string): Promise<void> {
  const wardId = await getLocal('wardId');
  const record = await getLocal('keyRecord');
  if (!wardId || !record) throw new HubSetupError('noWard');
  if (!strongForHub(passphrase)) throw new HubSetupError('weakPassphrase');
  await unlockKeyRecord(record, passphrase).catch(() => {
    throw new HubSetupError('wrongPassphrase');
  });
  const hub = new HubClient(config);
  const onHub = await hub.getDoc<KeyRecordDoc>(KEY_RECORD_DOC);
  await hub.must('PUT', `/${encodeURIComponent(KEY_RECORD_DOC)}`, {
    ...(onHub?._rev ? { _rev: onHub._rev } : {}),
    wardId,
    keyRecord: record,
  });
  await setLocal('hub', { ...config, enabled: true });
}

export async function disableHub(): Promise<void> {
  const hub = await getLocal('hub');
  if (hub) await setLocal('hub', { ...hub, enabled: false });
}

/**
 * A tablet with no ward joins through the hub: the key record is fetched, opened with the
 * ward passphrase, then the ward, the record and the hub are kept and the session opens
 * (nobody charting yet); the sync loop then pulls the log.
 */
export async function joinHub(config: HubConfig, passphrase: string): Promise<void> {
  if (await hasWard()) throw new HubSetupError('alreadyWard');
  const doc = await new HubClient(config).getDoc<KeyRecordDoc>(KEY_RECORD_DOC);
  if (!doc) throw new HubSetupError('noWard');
  const record = await verifyKeyRecord(doc.keyRecord);
  const key = await unlockKeyRecord(record, passphrase).catch(() => {
    throw new HubSetupError('wrongPassphrase');
  });
  await db.transaction('rw', db.local, async () => {
    if (await hasWard()) throw new HubSetupError('alreadyWard');
    await setLocal('wardId', doc.wardId as WardId);
    await setLocal('keyRecord', record);
    await setLocal('hub', { ...config, enabled: true });
  });
  await ensureDeviceId();
  openSession(key);
}
