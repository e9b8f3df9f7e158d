import { isEncryptedField, resealRecord } from './crypto';
import { db as appDb, type ReleveDb } from './db';
import { derivedEventProblem, EVENT_CODEC, type EventSealProgress } from './eventSeal';
import { refreshCachedRows } from './queryCache';
import { getDataKey } from './session';

/**
 * Events stored before issue 14 are sealed to their place only ('releve/field/v1'). After
 * each unlock they are sealed again, in id order and small batches, with their clear fields
 * bound (db/eventSeal.ts); once all are, the older seal is refused for events. Each batch is
 * read in one short transaction, sealed outside any (crypto never holds the store), and
 * written with the progress in a second one: a lock, a reload or a closed tab loses at most
 * the batch in hand, and the next unlock goes on from `through`.
 */
export interface ResealOptions {
  target?: ReleveDb;
  getKey?: () => CryptoKey | null;
  batch?: number;
  /** Between batches: gives the page back to the nurse (a task of its own). */
  pause?: () => Promise<void>;
}

export interface ResealReport {
  resealed: number;
  /** Neither seal holds: left as stored, read and listed as damaged. */
  damaged: number;
  done: boolean;
}

type Row = Record<string, unknown>;
const CODEC = { ...EVENT_CODEC, derived: derivedEventProblem };
/** When the page is idle (within a second at most), or in a task of its own without it. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
const running = new WeakMap<ReleveDb, Promise<ResealReport>>();

/** Re-seals what is left; one run per database at a time. Stops (and resumes later) when locked. */
export function resealEvents(options: ResealOptions = {}): Promise<ResealReport> {
  const target = options.target ?? appDb;
  const current = running.get(target);
  if (current) return current;
  const run = resealAll(target, options).finally(() => running.delete(target));
  running.set(target, run);
  return run;
}

async function resealAll(target: ReleveDb, options: ResealOptions): Promise<ResealReport> {
  const { getKey = getDataKey, batch = 200, pause = idle } = options;
  await target.open();
  const report = { resealed: 0, damaged: 0, done: target.eventSeal.progress.done };
  if (report.done && !target.eventSeal.stored) {
    // Done since the database had no event when it opened: kept, or a reload would walk again.
    await target.local.put({ key: 'eventSeal', value: target.eventSeal.progress });
    target.eventSeal.stored = true;
  }
  while (!target.eventSeal.progress.done) {
    const key = getKey();
    if (!key) break; // locked: the next unlock goes on from here
    const { through } = target.eventSeal.progress;
    const rows = await readAfter(target, through, batch);
    const last = rows[rows.length - 1];
    const next: EventSealProgress = last
      ? { done: false, through: String(last.id) }
      : { done: true, through };
    const sealed = await Promise.all(rows.map((row) => resealRecord(CODEC, key, row)));
    const changes: { before: Row; after: Row }[] = [];
    sealed.forEach((result, i) => {
      const before = rows[i];
      if (result.state === 'resealed' && before) changes.push({ before, after: result.row });
      if (result.state === 'damaged') report.damaged += 1;
    });
    if (!getKey()) break; // locked meanwhile: nothing written, this batch is done again
    await write(target, changes, next);
    target.eventSeal.progress = next;
    target.eventSeal.stored = true;
    report.resealed += changes.length;
    await pause();
  }
  report.done = target.eventSeal.progress.done;
  return report;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('events: re-seal failed'));
  });

/** Stored rows as they are (ciphertext), below the middleware: the next `limit` after `through`. */
function readAfter(target: ReleveDb, through: string | null, limit: number): Promise<Row[]> {
  const range = through === null ? undefined : IDBKeyRange.lowerBound(through, true);
  return target.transaction('r', target.events, (tx) =>
    request<Row[]>(tx.idbtrans.objectStore('events').getAll(range, limit)),
  );
}

const ivOf = (row: unknown): Uint8Array | null => {
  const payload: unknown = typeof row === 'object' && row ? Reflect.get(row, 'payload') : null;
  return isEncryptedField(payload) ? new Uint8Array(payload.iv) : null;
};

/** Still the row that was read (same IV): another tab may have re-sealed or purged it. */
function unchanged(now: unknown, before: Row): boolean {
  const [a, b] = [ivOf(now), ivOf(before)];
  return a !== null && b !== null && a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Writes the re-sealed rows and the progress in one transaction, below the middleware (same
 * clear content), then forgets the cached results holding those rows (ciphertext: they would
 * hand out the older seal once it is refused) and runs again the live queries that read them;
 * a batch that changed no row leaves the cache alone (db/queryCache.ts).
 */
async function write(target: ReleveDb, changes: { before: Row; after: Row }[], next: object) {
  await target.transaction('rw', target.events, target.local, (tx) => {
    const events = tx.idbtrans.objectStore('events');
    // The put is made in the get's own success event, while the transaction is active.
    const pending = changes.map(
      ({ before, after }) =>
        new Promise<unknown>((resolve, reject) => {
          const get = events.get(String(before.id));
          get.onerror = () => reject(get.error ?? new Error('events: re-seal failed'));
          get.onsuccess = () => {
            if (unchanged(get.result, before)) resolve(request(events.put(after)));
            else resolve(null);
          };
        }),
    );
    const progress = request(
      tx.idbtrans.objectStore('local').put({ key: 'eventSeal', value: next }),
    );
    return Promise.all([...pending, progress]);
  });
  refreshCachedRows(target, 'events', new Set(changes.map(({ before }) => before.id)));
}

/** After an unlock: fire and forget; a failure is logged and the next unlock tries again. */
export function startResealing(): void {
  resealEvents().catch((error: unknown) => {
    // Closed under it (a reload, a test deleting the database): goes on at the next unlock.
    if (!(error instanceof Error) || error.name !== 'DatabaseClosedError') console.error(error);
  });
}
