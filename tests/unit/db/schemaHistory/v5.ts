import type { FrozenVersion } from './frozen';
import { v4 } from './v4';
import rows from './v5.rows.json';
import stored from './v5.stored.json';

/**
 * Dexie version 5 (ward file import, issue 14): adds `quarantine`, in clear (what it keeps
 * of an entry is still sealed as the file carried it). The v4 ward plus one quarantined
 * entry: a copy of its first note whose payload ciphertext had one bit flipped in transit.
 */
export const v5: FrozenVersion = {
  version: 5,
  stores: { quarantine: 'key' },
  encrypted: v4.encrypted,
  passphrase: v4.passphrase,
  rows,
  stored,
};
