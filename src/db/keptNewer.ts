import type { WardEvent } from '../domain/events';
import type { EventId } from '../domain/ids';
import { intact } from './damage';
import { db, type StoredEvent } from './db';
import { projectBatch } from './foldBatch';
import { writeTables } from './projections';

/**
 * Ids of entries a newer Relève wrote that this tablet took in as they came (db/merge.ts):
 * left out of the projections while unreadable. Only ids, in `local`; empty on most tablets.
 */
const KEPT = 'keptNewer';

const keptIds = async (): Promise<EventId[]> => {
  const value = (await db.local.get(KEPT))?.value;
  return Array.isArray(value) ? value.filter((id): id is EventId => typeof id === 'string') : [];
};

/** Adds the ids of rows just kept as they came (in the caller's transaction). */
export async function rememberNewer(rows: readonly StoredEvent[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = new Set([...(await keptIds()), ...rows.map((row) => row.id)]);
  await db.local.put({ key: KEPT, value: [...ids] });
}

/**
 * After an update, the kept entries this app now reads are projected as if they had just
 * arrived (the board, the last vitals), those it still cannot read stay listed. Resolves to
 * how many became readable. Cheap when nothing is kept: one read of `local`.
 */
export async function projectNowReadable(): Promise<number> {
  const ids = await keptIds();
  if (ids.length === 0) return 0;
  const rows = await db.events.bulkGet(ids);
  const readable = intact<WardEvent>(rows.filter((row) => row !== undefined));
  if (readable.length === 0) return 0;
  const done = new Set(readable.map((event) => event.id));
  await db.transaction('rw', writeTables(readable), async () => {
    await projectBatch(readable);
    await db.local.put({ key: KEPT, value: ids.filter((id) => !done.has(id)) });
  });
  return readable.length;
}
