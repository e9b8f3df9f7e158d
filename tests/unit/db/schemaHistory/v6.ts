import type { FrozenVersion } from './frozen';
import { v5 } from './v5';
import rows from './v6.rows.json';
import stored from './v6.stored.json';

/**
 * Dexie version 6 (sync with a hub, issue 15): adds `outbox`, in clear (event ids only).
 * The v5 ward plus its first note waiting to be sent to the hub.
 */
export const v6: FrozenVersion = {
  version: 6,
  stores: { outbox: 'id' },
  encrypted: v5.encrypted,
  passphrase: v5.passphrase,
  rows,
  stored,
};
