import type { FrozenVersion } from './frozen';
import { v2 } from './v2';
import rows from './v3.rows.json';
import stored from './v3.stored.json';

/**
 * Dexie version 3, as released (drafts of open forms, issue 9): adds `drafts`. The v2 ward
 * plus a half-typed vitals form; the key record now has its `check`.
 */
export const v3: FrozenVersion = {
  version: 3,
  stores: { drafts: 'id' },
  encrypted: { ...v2.encrypted, drafts: ['draft'] },
  passphrase: 'cheval agrafe lune',
  rows,
  stored,
};
