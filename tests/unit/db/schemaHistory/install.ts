import { Dexie } from 'dexie';
import { expect } from 'vitest';
import { db } from '../../../../src/db/db';
import { unlockWard } from '../../../../src/db/lock';
import { lockSession } from '../../../../src/db/session';
import { HISTORY } from '.';
import { frozenDexie, thawRows } from './frozen';

/** The last released version, frozen (every event sealed the older way). */
export const LAST_FROZEN = HISTORY[HISTORY.length - 1];

/** The last frozen database, bytes and all, opened and unlocked by today's app. */
export async function installFrozen(): Promise<void> {
  if (!LAST_FROZEN) throw new Error('empty history');
  await lockSession();
  db.close();
  await Dexie.delete('releve');
  const old = frozenDexie('releve', HISTORY);
  await old.open();
  for (const [table, rows] of Object.entries(thawRows(LAST_FROZEN.stored))) {
    await old.table(table).bulkAdd(rows);
  }
  old.close();
  await db.open();
  expect(await unlockWard(LAST_FROZEN.passphrase)).toEqual({ ok: true });
}
