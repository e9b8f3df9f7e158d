import { createReadStream, existsSync, writeFileSync, appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Dexie } from 'dexie';
import { db, DEXIE_VERSIONS } from '../../src/db/db';
import { lockSession } from '../../src/db/session';
import { freezeBytes } from '../unit/db/schemaHistory/frozen';
import { thawRows } from '../unit/db/schemaHistory/frozen';

// Seeding 180,000 events takes minutes: the seeded database is kept as IndexedDB held it
// (ciphertext and all, one row a line) and put back as is by later runs. A dump of an older
// Dexie version is opened by the current app, so its upgrade runs on the whole log too.

interface Header<T> {
  versions: { version: number; stores: Record<string, string> }[];
  seeded: T;
}

/** Writes every table of the app's database, as stored, to `file`. */
export async function dumpDatabase<T>(file: string, seeded: T): Promise<void> {
  const raw = new Dexie(db.name);
  await raw.open();
  const versions = DEXIE_VERSIONS.map(({ version, stores }) => ({ version, stores }));
  writeFileSync(file, `${JSON.stringify({ versions, seeded } satisfies Header<T>)}\n`);
  for (const table of raw.tables) {
    const rows = await table.toArray();
    for (let i = 0; i < rows.length; i += 1000) {
      const lines = rows
        .slice(i, i + 1000)
        .map((row) => JSON.stringify([table.name, freezeBytes(row)]));
      appendFileSync(file, `${lines.join('\n')}\n`);
    }
  }
  raw.close();
}

/** Puts a dump back under the app's database name and opens the app's database on it. */
export async function restoreDatabase<T>(file: string): Promise<T | null> {
  if (!existsSync(file)) return null;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let header: Header<T> | null = null;
  const byTable: Record<string, unknown[]> = {};
  for await (const line of lines) {
    if (!line) continue;
    if (!header) {
      header = JSON.parse(line) as Header<T>;
      continue;
    }
    const [table, row] = JSON.parse(line) as [string, unknown];
    (byTable[table] ??= []).push(row);
  }
  if (!header) return null;
  await lockSession();
  db.close();
  await Dexie.delete(db.name);
  const old = new Dexie(db.name);
  for (const { version, stores } of header.versions) old.version(version).stores(stores);
  await old.open();
  for (const [table, rows] of Object.entries(thawRows(byTable))) {
    await old.table(table).bulkAdd(rows);
  }
  old.close();
  await db.open();
  return header.seeded;
}
