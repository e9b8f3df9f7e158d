import { decryptField, encryptField, type FieldContext } from '../db/crypto';
import { db } from '../db/db';
import { getLocal, setLocal, type LocalValues } from '../db/local';
import type { HubConfig } from './hubClient';

export type StoredHub = LocalValues['hub'];

/**
 * The hub's password is sealed under the ward key like the clinical data: whoever copies
 * the tablet's storage cannot fetch the ward's log from the hub with it. The sync only runs
 * unlocked, when the key is here.
 */
const PASSWORD_FIELD: FieldContext = { table: 'local', primaryKey: 'hub', field: 'password' };

export async function sealHub(
  config: HubConfig,
  key: CryptoKey,
  enabled: boolean,
): Promise<StoredHub> {
  return {
    url: config.url,
    user: config.user,
    sealedPassword: await encryptField(key, config.password, PASSWORD_FIELD),
    enabled,
  };
}

/** The hub as stored: on or not, and its address (no key needed). */
export const readStoredHub = () => getLocal('hub');

/** The whole credential, its password opened with the ward key; null when no hub is set. */
export async function readHubConfig(
  key: CryptoKey,
): Promise<(HubConfig & { enabled: boolean }) | null> {
  const hub = await getLocal('hub');
  if (!hub) return null;
  const password = hub.sealedPassword
    ? await decryptField(key, hub.sealedPassword, PASSWORD_FIELD)
    : hub.password;
  if (typeof password !== 'string') return null;
  return { url: hub.url, user: hub.user, password, enabled: hub.enabled };
}

/**
 * A password stored in clear (before it was sealed) is sealed at the next unlock. The
 * ciphertext is made first (no crypto inside a transaction), then the row is replaced only
 * if it is still the one read.
 */
export async function sealClearHubPassword(key: CryptoKey): Promise<boolean> {
  const hub = await getLocal('hub');
  if (!hub || typeof hub.password !== 'string') return false;
  const sealed = await sealHub({ ...hub, password: hub.password }, key, hub.enabled);
  return db.transaction('rw', db.local, async () => {
    const now = await getLocal('hub');
    if (!now || now.password !== hub.password || now.url !== hub.url || now.user !== hub.user)
      return false;
    await setLocal('hub', { ...sealed, enabled: now.enabled });
    return true;
  });
}
