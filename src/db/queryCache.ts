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
