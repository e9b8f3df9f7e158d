import { db } from './db';
import { setLocal } from './local';

/** What a tablet keeps for the life of its install, ward or not. */
const KEPT = ['deviceId'];

/**
 * A tablet with no ward (no key record) holds nothing: what an interrupted join left (the
 * ward id, part of a log, its projections, outbox or quarantine) is cleared, so that the
 * next ward created or joined here starts empty (docs/ward-file.md, "An interrupted join").
 * Does nothing once the tablet holds a ward. Returns whether anything was cleared.
 */
export async function clearWithoutWard(): Promise<boolean> {
  const cleared = await db.transaction('rw', db.tables, async () => {
    if ((await db.local.get('keyRecord')) !== undefined) return false;
    const others = db.tables.filter((table) => table.name !== 'local');
    const counts = await Promise.all(others.map((table) => table.count()));
    const localKeys = (await db.local.toCollection().primaryKeys()).filter(
      (key) => !KEPT.includes(String(key)),
    );
    if (counts.every((count) => count === 0) && localKeys.length === 0) return false;
    await Promise.all(others.map((table) => table.clear()));
    await db.local.bulkDelete(localKeys);
    return true;
  });
  // An empty log has nothing sealed the older way (db/eventSeal.ts): as at a first open.
  if (cleared) db.eventSeal.progress = { done: true, through: null };
  return cleared;
}

/**
 * A ward taken by a tablet that had none (created here, joined from a ward file or a hub)
 * holds only events sealed with their clear fields bound: written here, or stored as they
 * travelled (wire.ts never opens the older seal), after this module cleared what was left.
 * Said in storage with the key record: otherwise the next start finds events and no progress,
 * and the next unlock walks the whole log re-sealing nothing (db/reseal.ts, 164 s of CPU at
 * 144k events). Called in the caller's transaction on `local`.
 */
export async function keepSealDone(): Promise<void> {
  const done = { done: true, through: null };
  await setLocal('eventSeal', done);
  db.eventSeal.progress = done;
  db.eventSeal.stored = true;
}
