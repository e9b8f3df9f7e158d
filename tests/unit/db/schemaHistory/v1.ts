import type { FrozenVersion } from './frozen';
import rows from './v1.rows.json';
import stored from './v1.stored.json';

/**
 * Dexie version 1, as released (lock and encryption, issue 3): the ward log, the patients
 * projection and the device's values. A ward with two patients, beds, moves, a late entry,
 * notes, a correction and a discharge; no vitals yet (the charting screens came with v2).
 * The key record has no `check` (it came later, added at the first unlock).
 */
export const v1: FrozenVersion = {
  version: 1,
  stores: {
    events: 'id, [wardId+atMs], [patientId+atMs], [type+atMs]',
    patients: 'id, wardId',
    local: 'key',
  },
  encrypted: {
    events: ['payload', 'author'],
    patients: [
      'identity',
      'bed',
      'status',
      'admittedAt',
      'dischargedAt',
      'header',
      'discharge',
      'last',
    ],
  },
  passphrase: 'cheval agrafe lune',
  rows,
  stored,
};
