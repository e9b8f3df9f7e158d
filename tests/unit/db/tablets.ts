import { Dexie } from 'dexie';
import { db } from '../../../src/db/db';
import { joinWardFile, makeWardFile } from '../../../src/db/wardFile';
import { PASSPHRASE } from './fixtures';
import { rawTables } from './rawTables';
import { emptyTablet } from './wardFileFixtures';

/**
 * Several tablets of one ward in one test process: each tablet's database is kept as stored
 * (ciphertext and all) and put back under the app's database name when it is its turn. They
 * share the ward key, which the session keeps in memory.
 */
export type Tablet = Record<string, unknown[]>;

export const saveTablet = (): Promise<Tablet> => rawTables();

export async function loadTablet(tablet: Tablet): Promise<void> {
  db.close();
  const raw = new Dexie('releve');
  await raw.open();
  try {
    await raw.transaction('rw', raw.tables, async () => {
      for (const table of raw.tables) {
        await table.clear();
        await table.bulkAdd(tablet[table.name] ?? []);
      }
    });
  } finally {
    raw.close();
  }
  await db.open();
}

/** A new tablet joined to the ward of the current one (its whole log at that time). */
export async function joinedTablet(): Promise<Tablet> {
  const from = await saveTablet();
  const { blob } = await makeWardFile();
  await emptyTablet();
  await joinWardFile(blob, PASSPHRASE);
  const joined = await saveTablet();
  await loadTablet(from);
  return joined;
}
