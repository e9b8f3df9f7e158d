import type { Page } from '@playwright/test';

/**
 * The same operations on raw IndexedDB in the same page, beside the app's figures: the app's
 * own stored (encrypted) rows read by the same index, and puts into a scratch database.
 */
export interface RawFigures {
  /** One patient's whole log by the [patientId+atMs] index. */
  patientLogMs: number;
  patientLogRows: number;
  /** The same patient's last 72 h by index. */
  last72hMs: number;
  last72hRows: number;
  /** One put of one event row, committed. */
  singlePutMs: number[];
  /**
   * One transaction of `bulkRows` rows (a day of the ward), committed: the patient's stored
   * rows in turn, into a store with the app's indexes.
   */
  bulkPutMs: number;
  bulkRows: number;
}

export function rawIdb(page: Page, patientId: string, puts: number): Promise<RawFigures> {
  return page.evaluate(
    async ({ patientId, puts }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('idb'));
        });
      const committed = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('tx'));
        });
      const open = (name: string, upgrade?: (db: IDBDatabase) => void) => {
        const request = indexedDB.open(name);
        if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
        return done(request);
      };
      const app = await open('releve');
      // The scratch store gets the app's own indexes: each is written at every put, and a
      // bulk put with one index ran 2.5 times as fast as one with the app's five.
      const appStore = app.transaction('events').objectStore('events');
      const indexes = [...appStore.indexNames].map((name) => {
        const { keyPath } = appStore.index(name);
        return { name, keyPath };
      });
      const byPatient = (from: number) =>
        done(
          app
            .transaction('events')
            .objectStore('events')
            .index('[patientId+atMs]')
            .getAll(IDBKeyRange.bound([patientId, from], [patientId, Number.MAX_SAFE_INTEGER])),
        );
      let t0 = performance.now();
      const log = (await byPatient(-Number.MAX_SAFE_INTEGER)) as Record<string, unknown>[];
      const patientLogMs = performance.now() - t0;
      t0 = performance.now();
      const recent = await byPatient(Date.now() - 72 * 3_600_000);
      const last72hMs = performance.now() - t0;
      app.close();
      await done(indexedDB.deleteDatabase('bench-raw'));
      const scratch = await open('bench-raw', (db) => {
        const store = db.createObjectStore('events', { keyPath: 'id' });
        for (const { name, keyPath } of indexes) store.createIndex(name, keyPath);
      });
      // The patient's stored rows in turn (their own sizes, types and times), under new ids.
      const samples = log.length > 0 ? log : [{ patientId, atMs: Date.now() }];
      const row = (n: number) => ({ ...samples[n % samples.length], id: `bench-${n}` });
      const singlePutMs: number[] = [];
      for (let n = 0; n < puts; n += 1) {
        t0 = performance.now();
        const tx = scratch.transaction('events', 'readwrite');
        tx.objectStore('events').put(row(n));
        await committed(tx);
        singlePutMs.push(performance.now() - t0);
      }
      const bulkRows = 2700;
      t0 = performance.now();
      const tx = scratch.transaction('events', 'readwrite');
      for (let n = 0; n < bulkRows; n += 1) tx.objectStore('events').put(row(puts + n));
      await committed(tx);
      const bulkPutMs = performance.now() - t0;
      scratch.close();
      await done(indexedDB.deleteDatabase('bench-raw'));
      return {
        patientLogMs,
        patientLogRows: log.length,
        last72hMs,
        last72hRows: recent.length,
        singlePutMs,
        bulkPutMs,
        bulkRows,
      };
    },
    { patientId, puts },
  );
}
