import type { KeyRecord } from '../db/crypto';
import { getLocal, setLocal } from '../db/local';
import type { HubClient } from './hubClient';

/** The document that carries the wrapped ward key: not an event. */
export const KEY_RECORD_DOC = 'releve:key-record';

export interface KeyRecordDoc {
  _id: string;
  _rev?: string;
  wardId: string;
  keyRecord: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Puts this ward's key record on the hub (over the one there), and remembers it. */
export async function putKeyRecord(hub: HubClient, wardId: string, record: KeyRecord) {
  const onHub = await hub.getDoc<KeyRecordDoc>(KEY_RECORD_DOC);
  await hub.must('PUT', `/${encodeURIComponent(KEY_RECORD_DOC)}`, {
    ...(onHub?._rev ? { _rev: onHub._rev } : {}),
    wardId,
    keyRecord: record,
  });
  await setLocal('hubKeyRecord', { url: hub.url, record });
}

/**
 * After a passphrase change on this tablet its key record differs from the one it last put
 * on (or took from) the hub: the new one goes on the hub, so that a new tablet joins with
 * the new passphrase and the old one no longer opens the hub's copy. Checked at each
 * exchange, so a change made offline reaches the hub at the next one. A tablet that has not
 * changed its passphrase leaves the hub's record alone (another tablet may have changed it).
 * With nothing remembered (hub turned on before this was kept) the hub's record is only
 * written if the hub has none: which of the two is newer cannot be told.
 */
export async function shareKeyRecord(hub: HubClient): Promise<boolean> {
  const wardId = await getLocal('wardId');
  const record = await getLocal('keyRecord');
  if (!wardId || !record) return false;
  const shared = await getLocal('hubKeyRecord');
  if (shared?.url === hub.url && same(shared.record, record)) return false;
  if (!shared || shared.url !== hub.url) {
    const onHub = await hub.getDoc<KeyRecordDoc>(KEY_RECORD_DOC);
    if (onHub) {
      await setLocal('hubKeyRecord', { url: hub.url, record });
      return false;
    }
  }
  await putKeyRecord(hub, wardId, record);
  return true;
}
