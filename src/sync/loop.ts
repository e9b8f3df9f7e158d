import { db } from '../db/db';
import { getLocal, setLocal } from '../db/local';
import type { MergeReport } from '../db/merge';
import { wardNow } from '../db/wardTime';
import { backoffMs } from './backoff';
import { HubClient, HubError, type HubConfig } from './hubClient';
import { pull } from './pull';
import { push } from './push';
import { setSyncStatus, type SyncStatus } from './status';

/** The wait between two exchanges while all goes well. */
export const SYNC_INTERVAL_MS = 5_000;

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

/** One exchange: push what waits, then pull what is new. Throws a HubError on failure. */
export async function syncOnce(
  config: HubConfig,
  key: CryptoKey,
  wardId: string,
  fetcher?: typeof fetch,
): Promise<Exchange> {
  const hub = new HubClient(config, fetcher);
  const { iso: at } = await wardNow();
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
  /** Runs an exchange soon (after a write), unless one is running. */
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
  let failures = 0;
  let cancel: () => void = () => undefined;

  const plan = (ms: number) => {
    cancel();
    if (!stopped) cancel = scheduler.after(ms, () => void run());
  };

  async function run() {
    if (stopped || running) return;
    running = true;
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
      plan(failures === 0 ? SYNC_INTERVAL_MS : backoffMs(failures, scheduler.random()));
    }
  }

  void (async () => {
    setSyncStatus({
      exchangedAt: (await getLocal('hubExchangedAt')) ?? null,
      waiting: await db.outbox.count(),
    });
  })();
  plan(0);
  return {
    nudge: () => {
      if (!running) plan(0);
    },
    stop: () => {
      stopped = true;
      cancel();
    },
  };
}
