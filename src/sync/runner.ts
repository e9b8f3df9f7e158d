import { liveQuery } from 'dexie';
import { db } from '../db/db';
import { getLocal } from '../db/local';
import { getDataKey, getSession, subscribeSession } from '../db/session';
import type { Fetch } from './hubClient';
import { readHubConfig, sealClearHubPassword } from './hubConfig';
import { startSyncLoop, type Exchange, type Scheduler, type SyncLoop } from './loop';
import { resetSyncStatus } from './status';

/** The one loop of this page, while the ward is unlocked and a hub is on. */
let current: { loop: SyncLoop; unwatch: () => void } | null = null;
// Bumped at each start and stop, so that a start still reading storage gives way.
let generation = 0;

export interface HubSyncOptions {
  scheduler?: Scheduler;
  fetcher?: Fetch;
  onExchange?: (exchange: Exchange) => void;
  onError?: (error: unknown) => void;
}

export function stopHubSync(): void {
  generation += 1;
  current?.unwatch();
  current?.loop.stop();
  current = null;
  resetSyncStatus();
}

/**
 * (Re)starts the loop if the ward is unlocked and its hub is on: at unlock, and right after
 * the hub is turned on or joined. A password still in clear is sealed first (hubConfig.ts).
 */
export async function startHubSync(options: HubSyncOptions = {}): Promise<boolean> {
  stopHubSync();
  const mine = generation;
  const key = getDataKey();
  if (!key || getSession().locked) return false;
  await sealClearHubPassword(key).catch((error: unknown) => console.error(error));
  const config = await readHubConfig(key).catch(() => null);
  const wardId = await getLocal('wardId');
  const held = (await getLocal('keyRecord')) !== undefined;
  if (mine !== generation || !config?.enabled || !wardId || !held) return false;
  const loop = startSyncLoop({ config, key, wardId, ...options });
  current = { loop, unwatch: watchWrites(loop.nudge) };
  return true;
}

/**
 * Calls `nudge` after each committed write that grows the outbox (a new entry to send) or
 * changes the key record (a new passphrase, keyShare.ts). Dexie's liveQuery runs after the
 * commit, so the exchange is never inside the write's transaction nor in its way.
 */
export function watchWrites(nudge: () => void): () => void {
  let last: { waiting: number; record: string } | null = null;
  const subscription = liveQuery(async () => ({
    waiting: await db.outbox.count(),
    record: JSON.stringify((await getLocal('keyRecord')) ?? null),
  })).subscribe({
    next: (now) => {
      if (last && (now.waiting > last.waiting || now.record !== last.record)) nudge();
      last = now;
    },
    error: (error: unknown) => console.error(error),
  });
  return () => subscription.unsubscribe();
}

/** Follows the session: the loop starts at each unlock and stops at each lock. */
export function connectHubSync(options: HubSyncOptions = {}): () => void {
  let locked = getSession().locked;
  if (!locked) void startHubSync(options);
  const unsubscribe = subscribeSession(() => {
    const now = getSession().locked;
    if (now === locked) return;
    locked = now;
    if (locked) stopHubSync();
    else void startHubSync(options);
  });
  return () => {
    unsubscribe();
    stopHubSync();
  };
}
