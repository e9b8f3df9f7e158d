import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { timeRoute } from './inPage';
import { startProfile } from './trace';

// BENCH_PROFILE=<prefix> (measure.spec.ts): a CPU profile (CDP Profiler) and the IndexedDB
// transactions and requests of one board route change and one patient-screen open, written
// to <prefix>-board.json and <prefix>-patient.json. Read them with scripts/profile-screens.mjs.

declare global {
  interface Window {
    idbLog?: unknown[];
  }
}

/**
 * Logs every IndexedDB transaction (stores, mode, open to complete) and request by store. An
 * init script (measure.spec.ts, before the unlock): Dexie binds `transaction` when it opens the database.
 */
export const watchIdb = () => {
  if (window.idbLog) return;
  const log: unknown[] = [];
  window.idbLog = log;
  const entries = new WeakMap<
    IDBTransaction,
    { at: number; requests: Record<string, number>; steps: [string, number, number][] }
  >();
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const tx = open.apply(this, args);
    const entry = {
      stores: [...tx.objectStoreNames],
      mode: tx.mode,
      at: performance.now(),
      ms: 0,
      requests: {} as Record<string, number>,
      // Each request: when asked and when answered, ms from the transaction's start.
      steps: [] as [string, number, number][],
    };
    log.push(entry);
    entries.set(tx, entry);
    tx.addEventListener('complete', () => (entry.ms = performance.now() - entry.at));
    return tx;
  };
  const count = (proto: object, methods: string[], kind: string) => {
    for (const method of methods) {
      const original = (proto as Record<string, (...a: unknown[]) => unknown>)[method];
      if (!original) continue;
      (proto as Record<string, unknown>)[method] = function (
        this: IDBObjectStore | IDBIndex,
        ...a: unknown[]
      ) {
        const store = 'objectStore' in this ? this.objectStore : this;
        const entry = entries.get(store.transaction);
        const key = `${store.name}${kind === 'index' ? `[${(this as IDBIndex).name}]` : ''}.${method}`;
        const request = original.apply(this, a) as IDBRequest;
        if (entry) {
          entry.requests[key] = (entry.requests[key] ?? 0) + 1;
          const step: [string, number, number] = [key, performance.now() - entry.at, -1];
          entry.steps.push(step);
          request.addEventListener('success', () => {
            step[2] = performance.now() - entry.at;
            // Rows a getAll returned, as `<key>:rows`: what a read costs grows with them.
            const result: unknown = request.result;
            if (method.startsWith('getAll') && Array.isArray(result))
              entry.requests[`${key}:rows`] = (entry.requests[`${key}:rows`] ?? 0) + result.length;
          });
        }
        return request;
      };
    }
  };
  const methods = ['get', 'getAll', 'getAllKeys', 'openCursor', 'openKeyCursor', 'count'];
  count(IDBObjectStore.prototype, [...methods, 'put', 'add', 'delete'], 'store');
  count(IDBIndex.prototype, methods, 'index');
};

async function profileOne(page: Page, hash: string, probe: { selector: string }, out: string) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => window.idbLog?.splice(0));
  const stopProfile = await startProfile(cdp, 100);
  const ms = await timeRoute(page, hash, probe);
  // What runs after the probe (later reads, renders) is listed too, for a second.
  await page.waitForTimeout(1000);
  const profile = await stopProfile();
  const start = await page.evaluate(() => window.benchStart ?? 0);
  const idb = await page.evaluate(() => window.idbLog ?? []);
  writeFileSync(out, JSON.stringify({ hash, ms, start, idb, profile }));
  await cdp.detach();
  return ms;
}

export async function profileScreens(page: Page, prefix: string) {
  const board = { selector: '[data-testid="board-counts"]' };
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('[data-bed] a[href^="#/patient/"]')].map(
      (a) => a.getAttribute('href')?.split('/')[2] ?? '',
    ),
  );
  const id = ids[0] ?? '';
  for (let n = 0; n < 3; n += 1) {
    await timeRoute(page, '#/beds', { selector: 'main h1' });
    await timeRoute(page, '#/', board);
  }
  await timeRoute(page, '#/beds', { selector: 'main h1' });
  const boardMs = await profileOne(page, '#/', board, `${prefix}-board.json`);
  // The patient's screen a second time (the first open also loads its chunks).
  await timeRoute(page, `#/patient/${id}`, { selector: '#timeline-title' });
  await timeRoute(page, '#/', board);
  const patientMs = await profileOne(
    page,
    `#/patient/${id}`,
    { selector: '#timeline-title' },
    `${prefix}-patient.json`,
  );
  console.log(`profiled: board ${boardMs.toFixed(0)} ms, patient ${patientMs.toFixed(0)} ms`);
}
