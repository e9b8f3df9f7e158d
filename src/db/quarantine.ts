import type { QuarantineRow } from './db';
import { db } from './db';

/** Every quarantined entry, newest import first (the list in Settings). */
export async function readQuarantine(): Promise<QuarantineRow[]> {
  const rows = await db.quarantine.toArray();
  return rows.sort((a, b) =>
    a.quarantinedAt < b.quarantinedAt ? 1 : a.quarantinedAt > b.quarantinedAt ? -1 : 0,
  );
}

/** Adds refused entries; a row already there (same file, same place) is kept as it was. */
export async function quarantine(rows: readonly QuarantineRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction('rw', db.quarantine, async () => {
    const known = new Set(
      await db.quarantine
        .where('key')
        .anyOf(rows.map((r) => r.key))
        .primaryKeys(),
    );
    const fresh = rows.filter((row) => !known.has(row.key));
    await db.quarantine.bulkAdd(fresh);
    return fresh.length;
  });
}
