import { Dexie } from 'dexie';
import { expect } from 'vitest';
import { db } from '../../../../src/db/db';
import { unlockWard } from '../../../../src/db/lock';
import { lockSession } from '../../../../src/db/session';
import { HISTORY } from '.';
import { frozenDexie, thawRows, type FrozenVersion } from './frozen';

/** The last released version, frozen (every event sealed the older way). */
export const LAST_FROZEN = HISTORY[HISTORY.length - 1];

/**
 * Writes, under the app's database name, the frozen database of the last version of
 * `history` exactly as IndexedDB held it (ciphertext included), then opens the app's
 * database on it: Dexie upgrades it to the current version, ward locked, as on a tablet.
 */
export async function installFrozenVersion(
  history: readonly FrozenVersion[],
  last: FrozenVersion,
): Promise<void> {
  await lockSession();
  db.close();
  await Dexie.delete('releve');
  const old = frozenDexie('releve', history);
  await old.open();
  for (const [table, rows] of Object.entries(thawRows(last.stored))) {
    await old.table(table).bulkAdd(rows);
  }
  old.close();
  await db.open();
}

/** The last frozen database, bytes and all, opened and unlocked by today's app. */
export async function installFrozen(): Promise<void> {
  if (!LAST_FROZEN) throw new Error('empty history');
  await installFrozenVersion(HISTORY, LAST_FROZEN);
  expect(await unlockWard(LAST_FROZEN.passphrase)).toEqual({ ok: true });
}
