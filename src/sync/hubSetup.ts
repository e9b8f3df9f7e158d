import { unlockKeyRecord, verifyKeyRecord } from '../db/crypto';
import { db } from '../db/db';
import type { WardId } from '../domain/ids';
import { ensureDeviceId, getLocal, setLocal } from '../db/local';
import { hasWard } from '../db/lock';
import { clearWithoutWard, keepSealDone } from '../db/noWard';
import { lockSession, openSession } from '../db/session';
import { wardNow } from '../db/wardTime';
import { HubClient, type HubConfig } from './hubClient';
import { sealHub } from './hubConfig';
import { strongForHub } from './hubPassphrase';
import { KEY_RECORD_DOC, putKeyRecord, type KeyRecordDoc } from './keyShare';
import { pull, PULL_BATCH } from './pull';
import { pushCheckpointName } from './push';

export type HubSetupProblem =
  | 'weakPassphrase'
  | 'wrongPassphrase'
  | 'noWard'
  | 'alreadyWard'
  /** The hub answers but holds no ward key: no tablet of the ward has turned it on yet. */
  | 'noWardOnHub';

export class HubSetupError extends Error {
  constructor(readonly code: HubSetupProblem) {
    super(code);
    this.name = 'HubSetupError';
  }
}

/** Proves the address and the credential (Settings' "test the connection"). */
export const testHub = (config: HubConfig) => new HubClient(config).info();

/**
 * Turns the hub on for this tablet's ward. The ward passphrase must be strong enough to
 * leave the tablet (hubPassphrase.ts) and must open this ward's key record; the record is
 * then put on the hub as a plain document, so a new tablet can fetch it (joinHub). The
 * hub's password is kept sealed under the ward key (hubConfig.ts).
 */
export async function enableHub(config: HubConfig, passphrase: string): Promise<void> {
  const wardId = await getLocal('wardId');
  const record = await getLocal('keyRecord');
  if (!wardId || !record) throw new HubSetupError('noWard');
  if (!strongForHub(passphrase)) throw new HubSetupError('weakPassphrase');
  const key = await unlockKeyRecord(record, passphrase).catch(() => {
    throw new HubSetupError('wrongPassphrase');
  });
  await putKeyRecord(new HubClient(config), wardId, record);
  await setLocal('hub', await sealHub(config, key, true));
}

export async function disableHub(): Promise<void> {
  const hub = await getLocal('hub');
  if (hub) await setLocal('hub', { ...hub, enabled: false });
}

/** How far a join's first pull is: documents received, of about `expected`. */
export interface JoinProgress {
  received: number;
  expected: number;
}

/**
 * A tablet with no ward joins through the hub: the key record is fetched and opened with
 * the ward passphrase, the session opens (nobody charting yet) and the whole log is pulled;
 * the key record is kept last, with the hub, so that until the log is here the tablet still
 * shows its first run, and a cut pull is taken up from its checkpoint by another try.
 */
export async function joinHub(
  config: HubConfig,
  passphrase: string,
  onProgress?: (progress: JoinProgress) => void,
): Promise<void> {
  if (await hasWard()) throw new HubSetupError('alreadyWard');
  const hub = new HubClient(config);
  const info = await hub.info();
  const doc = await hub.getDoc<KeyRecordDoc>(KEY_RECORD_DOC);
  if (!doc) throw new HubSetupError('noWardOnHub');
  const record = await verifyKeyRecord(doc.keyRecord);
  const key = await unlockKeyRecord(record, passphrase).catch(() => {
    throw new HubSetupError('wrongPassphrase');
  });
  const wardId = doc.wardId as WardId;
  // The key record is not an event: doc_count less one, give or take deleted documents.
  const expected = Math.max(0, info.doc_count - 1);
  try {
    // What a stopped join of another ward left is not this ward's: cleared (db/noWard.ts). A
    // stopped hub join of this ward is kept, so its pull resumes from its checkpoint.
    if ((await getLocal('wardId')) !== wardId) await clearWithoutWard();
    await setLocal('wardId', wardId);
    await ensureDeviceId();
    openSession(key);
    onProgress?.({ received: 0, expected });
    const { iso: at } = await wardNow();
    await pull(hub, key, wardId, at, PULL_BATCH, (received) =>
      onProgress?.({ received, expected: Math.max(expected, received) }),
    );
    // Everything this tablet holds came from this hub: nothing to send back (push.ts).
    await hub.putLocalDoc(await pushCheckpointName(), { last_seq: 0 });
    const hubRow = await sealHub(config, key, true);
    await db.transaction('rw', db.local, async () => {
      if (await hasWard()) throw new HubSetupError('alreadyWard');
      await setLocal('hub', hubRow);
      await setLocal('hubKeyRecord', { url: hub.url, record });
      await setLocal('hubExchangedAt', at);
      await setLocal('keyRecord', record);
      // Every event here came from the hub, sealed as it travelled (db/noWard.ts).
      await keepSealDone();
    });
  } catch (error) {
    if (!(await hasWard())) await lockSession({ broadcast: false });
    throw error;
  }
}
