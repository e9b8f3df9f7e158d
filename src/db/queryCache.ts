import { Dexie } from 'dexie';
import { forgetDecrypted } from './crypto/readCache';

/**
 * Forgets Dexie's liveQuery cache for every table of `database` but `local` (which the lock
 * screen still reads). The cache sits below the encryption middleware, so its results are
 * ciphertext; but each entry also keeps the live queries that read it (`subscribers`, and the
 * zone of its `promise`, the listeners of its transaction), whose last result is decrypted, and
 * Dexie deletes unused entries on
 * a 3 s timer that holds them meanwhile. Emptied at lock, they can be collected at once.
 * Measured by "after lock, a patient's name is no longer in the page's memory" (e2e).
 */
export function dropQueryCache(database: Dexie): void {
  // The records the encryption middleware keeps decrypted (crypto/readCache.ts) go too.
  forgetDecrypted();
  for (const table of database.tables) {
    if (table.name === 'local') continue;
    const part = `idb://${database.name}/${table.name}`;
    const cached = Dexie.cache[part];
    if (!cached) continue;
    const entries = [
      ...Object.values(cached.queries.query),
      ...Object.values(cached.queries.count),
    ].flat();
    for (const entry of entries) {
      entry.subscribers.clear();
      entry.promise = Promise.resolve();
      // Its finished IDBTransaction still holds Dexie's listeners, and through them the query.
      entry.req = { ...entry.req, trans: { abort: () => undefined } };
      if (entry.type === 'query') entry.res = undefined;
    }
    cached.objs.clear();
    Reflect.deleteProperty(Dexie.cache, part);
  }
}

/**
 * After rows of `table` were rewritten below Dexie (db/reseal.ts: same content, new seal), the
 * cached results that hold one of them (`ids`) are forgotten, and the live queries that read
 * them run again. Deleting the table's cache instead left those live queries subscribed to
 * entries that no later write reached: the screen open during the walk stayed deaf to every
 * write, a hub pull included, until it was opened again (issue 15, hub benchmark).
 */
export function refreshCachedRows(database: Dexie, table: string, ids: ReadonlySet<unknown>) {
  const cached = Dexie.cache[`idb://${database.name}/${table}`];
  if (!cached || ids.size === 0) return;
  const rerun = new Set<() => void>();
  for (const entries of Object.values(cached.queries.query)) {
    for (const entry of [...entries]) {
      if (entry.type !== 'query') continue;
      // A result still being read may hold the rows as they were: forgotten too.
      const stale = entry.res?.some((row: unknown) => ids.has(idOf(row))) ?? true;
      if (!stale) continue;
      entries.splice(entries.indexOf(entry), 1);
      for (const query of entry.subscribers) rerun.add(query);
    }
  }
  for (const query of rerun) query();
}

const idOf = (row: unknown): unknown =>
  typeof row === 'object' && row !== null ? Reflect.get(row, 'id') : row;
