import type { FrozenVersion } from './frozen';
import { v1 } from './v1';
import rows from './v2.rows.json';
import stored from './v2.stored.json';

/**
 * Dexie version 2, as released (bedside charting, issue 5): adds `lastVitals`, the last full
 * vitals set of each patient. The v1 ward plus vitals, full and partial, and a voided set.
 */
export const v2: FrozenVersion = {
  version: 2,
  stores: { lastVitals: 'patientId' },
  encrypted: { ...v1.encrypted, lastVitals: ['event'] },
  passphrase: 'cheval agrafe lune',
  rows,
  stored,
};
