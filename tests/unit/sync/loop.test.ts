// The background loop on an injected scheduler: no wall clock, each wait is read, not waited.
import { beforeEach, describe, expect, it } from 'vitest';
import { backoffMs, BACKOFF_CAP_MS } from '../../../src/sync/backoff';
import { startSyncLoop, SYNC_INTERVAL_MS, type Scheduler } from '../../../src/sync/loop';
import { getSyncStatus, resetSyncStatus } from '../../../src/sync/status';
import { freshWard } from '../db/fixtures';
import { recordDemo } from '../db/wardFileFixtures';
import { sessionKey } from './hubFixtures';
import { getLocal } from '../../../src/db/local';

beforeEach(async () => {
  await freshWard();
  resetSyncStatus();
});

/** A scheduler that only records: the test runs each planned task itself. */
function manualScheduler(random = 0.5) {
  const waits: number[] = [];
  let next: (() => void) | null = null;
  const scheduler: Scheduler = {
    after: (ms, task) => {
      waits.push(ms);
      next = task;
      return () => {
        next = null;
      };
    },
    random: () => random,
  };
  return { scheduler, waits, runNext: () => next?.() };
}

const config = { url: 'http://hub.invalid/hub/ward', user: 'u', password: 'p' };

/** A CouchDB that holds nothing and takes everything (enough for one clean exchange). */
const emptyCouch: typeof fetch = async (input, init) => {
  const url = String(input);
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  if (url.includes('/_local/'))
    return init?.method === 'PUT' ? json(201, { ok: true }) : json(404, {});
  if (url.includes('/_revs_diff')) return json(200, {});
  if (url.includes('/_changes')) return json(200, { results: [], last_seq: '0' });
  if (init?.method === 'PUT') return json(201, { ok: true }); // the key record (keyShare.ts)
  return json(404, {});
};

describe('sync loop: backoff and status', () => {
  it('waits longer after each failure, capped, with jitter between half and all of the wait', () => {
    expect(backoffMs(1, 0)).toBe(500);
    expect(backoffMs(1, 0.999)).toBeCloseTo(1000, -1);
    expect(backoffMs(3, 0.5)).toBe(3000);
    expect(backoffMs(30, 0.999)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(backoffMs(30, 0)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('a hub that does not answer: status offline, waits grow; once it answers: connected', async () => {
    await recordDemo(1, 5, 2);
    const { scheduler, waits, runNext } = manualScheduler();
    let fail = true;
    let settled: () => void = () => undefined;
    const fetcher: typeof fetch = (input, init) =>
      fail ? Promise.reject(new TypeError('network')) : emptyCouch(input, init);
    const loop = startSyncLoop({
      config,
      key: sessionKey(),
      wardId: (await getLocal('wardId')) ?? '',
      scheduler,
      fetcher,
      onError: () => settled(),
      onExchange: () => settled(),
    });
    const turn = () =>
      new Promise<void>((done) => {
        settled = done;
        runNext();
      });
    expect(waits).toEqual([0]);
    for (let i = 0; i < 4; i++) await turn();
    // Let the finally block plan the next try.
    await new Promise((done) => setImmediate(done));
    expect(getSyncStatus().state).toBe('offline');
    expect(getSyncStatus().waiting).toBeGreaterThan(0);
    expect(waits).toEqual([0, 750, 1500, 3000, 6000]);

    fail = false;
    await turn();
    await new Promise((done) => setImmediate(done));
    expect(getSyncStatus()).toMatchObject({ state: 'connected', waiting: 0 });
    expect(getSyncStatus().exchangedAt).not.toBeNull();
    expect(waits[waits.length - 1]).toBe(SYNC_INTERVAL_MS);
    loop.stop();
  });
});
