import { Dexie } from 'dexie';

/**
 * Every table of the app's database as a thief would read it: same file, no key, no
 * middleware, and no schema copied here. Declared with no version, Dexie opens the database
 * as it is on disk, so a table added to src/db/db.ts is read too.
 */
export async function rawTables(name = 'releve'): Promise<Record<string, unknown[]>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const entries = await Promise.all(
      raw.tables.map(async (table) => [table.name, await table.toArray()] as const),
    );
    return Object.fromEntries(entries);
  } finally {
    raw.close();
  }
}

/** Rows as searchable text; ArrayBuffers as their bytes read as text, so clear text shows. */
export const asText = (rows: unknown): string =>
  JSON.stringify(rows, (_key, value: unknown) =>
    value instanceof ArrayBuffer ? new TextDecoder().decode(value) : value,
  );
