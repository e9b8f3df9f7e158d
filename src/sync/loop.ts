import { db } from '../db/db';
import { getLocal, setLocal } from '../db/local';
import type { MergeReport } from '../db/merge';
import { wardNow } from '../db/wardTime';
import { backoffMs } from './backoff';
import { HubClient, HubError, type HubConfig } from './hubClient';
import { pull } from './pull';
import { push, queueWholeLog } from './push';
import { shareKeyRecord } from './keyShare';
import { setSyncStatus, type SyncStatus } from './status';

/** The wait between two exchanges while all goes well. */
export const SYNC_INTERVAL_MS = 5_000;

/**
 * After a write, the exchange waits this long for more (a vitals set and its note are two
 * writes): save on one tablet, visible on another within a couple of seconds.
 */
export const NUDGE_DELAY_MS = 300;

/** When to run next: injected, so tests do not wait on the wall clock. */
export interface Scheduler {
  /** Runs `task` after `ms`; the returned function cancels it. */
  after: (ms: number, task: () => void) => () => void;
  random: () => number;
}

export const browserScheduler: Scheduler = {
  after: (ms, task) => {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
  random: Math.random,
};

export interface Exchange {
  sent: number;
  received: MergeReport;
}

/**
 * One exchange: the key record if this tablet's passphrase changed (keyShare.ts), push what
 * waits, then pull what is new. Throws a HubError on failure.
 */
export async function syncOnce(
  config: HubConfig,
  key: CryptoKey,
  wardId: string,
  fetcher?: typeof fetch,
): Promise<Exchange> {
  const hub = new HubClient(config, fetcher);
  const { iso: at } = await wardNow();
  await shareKeyRecord(hub);
  const sent = await push(hub, key);
  const received = await pull(hub, key, wardId, at);
  await setLocal('hubExchangedAt', at);
  return { sent, received };
}

const stateOf = (error: unknown): SyncStatus['state'] =>
  error instanceof HubError
    ? error.code === 'unauthorized' || error.code === 'forbidden'
      ? 'unauthorized'
      : error.code === 'unreachable'
        ? 'offline'
        : 'error'
    : 'error';

export interface SyncLoop {
  /**
   * Runs an exchange soon (after a write): in NUDGE_DELAY_MS, put off by each further nudge;
   * if one is running, another follows it.
   */
  nudge: () => void;
  stop: () => void;
}

/**
 * The background sync while the ward is unlocked: an exchange, then the next after the
 * interval, or after a growing wait (backoffMs) while the hub fails. Never inside a write's
 * transaction and never awaited by a screen; the status is published for the header.
 */
export function startSyncLoop(options: {
  config: HubConfig;
  key: CryptoKey;
  wardId: string;
  scheduler?: Scheduler;
  fetcher?: typeof fetch;
  onExchange?: (exchange: Exchange) => void;
  onError?: (error: unknown) => void;
}): SyncLoop {
  const scheduler = options.scheduler ?? browserScheduler;
  let stopped = false;
  let running = false;
  let again = false;
  let failures = 0;
  let cancel: () => void = () => undefined;

  const plan = (ms: number) => {
    cancel();
    if (!stopped) cancel = scheduler.after(ms, () => void run());
  };

  async function run() {
    if (stopped || running) return;
    running = true;
    again = false;
    try {
      const exchange = await syncOnce(options.config, options.key, options.wardId, options.fetcher);
      failures = 0;
      setSyncStatus({
        state: 'connected',
        exchangedAt: (await getLocal('hubExchangedAt')) ?? null,
        waiting: await db.outbox.count(),
      });
      options.onExchange?.(exchange);
    } catch (error) {
      failures += 1;
      setSyncStatus({ state: stateOf(error), waiting: await db.outbox.count().catch(() => 0) });
      options.onError?.(error);
    } finally {
      running = false;
      if (again) plan(NUDGE_DELAY_MS);
      else plan(failures === 0 ? SYNC_INTERVAL_MS : backoffMs(failures, scheduler.random()));
    }
  }

  void (async () => {
    // With a hub on, all that waits is counted from the start (else the first push does it).
    await queueWholeLog().catch(() => undefined);
    setSyncStatus({
      exchangedAt: (await getLocal('hubExchangedAt')) ?? null,
      waiting: await db.outbox.count(),
    });
  })();
  plan(0);
  return {
    nudge: () => {
      if (stopped) return;
      if (running) again = true;
      else plan(NUDGE_DELAY_MS);
    },
    stop: () => {
      stopped = true;
      cancel();
    },
  };
}
