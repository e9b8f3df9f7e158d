import type { FrozenVersion } from './frozen';
import { v3 } from './v3';
import rows from './v4.rows.json';
import stored from './v4.stored.json';

/**
 * Dexie version 4 (reads that do not grow with history, issue 11): `events` gains
 * `[patientId+type+atMs]` and `[wardType+atMs]`, and each ward-level event its `wardType`.
 * The v3 ward opened and upgraded by the app at version 4, then written to by it: two ward
 * notes, one struck out, and a bed's room.
 */
export const v4: FrozenVersion = {
  version: 4,
  stores: {
    events:
      'id, [wardId+atMs], [patientId+atMs], [type+atMs], [patientId+type+atMs], [wardType+atMs]',
  },
  encrypted: v3.encrypted,
  passphrase: 'cheval agrafe lune',
  rows,
  stored,
};
