// The loop of the app (sync/runner.ts) against a real hub: it starts at unlock and stops at
// lock, a write is sent without waiting for the interval, and the hub's password never
// sits in IndexedDB in clear. Waits are read from an injected scheduler, never waited.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal, setLocal } from '../../../src/db/local';
import { changePassphrase } from '../../../src/db/lock';
import { lockSession, openSession } from '../../../src/db/session';
import { readHubConfig } from '../../../src/sync/hubConfig';
import { enableHub } from '../../../src/sync/hubSetup';
import { NUDGE_DELAY_MS, type Scheduler } from '../../../src/sync/loop';
import { connectHubSync, startHubSync, stopHubSync } from '../../../src/sync/runner';
import { getSyncStatus } from '../../../src/sync/status';
import {
  addWard,
  hubHome,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from '../../hub/hubProcess';
import { freshWard, PASSPHRASE } from '../db/fixtures';
import { recordDemo } from '../db/wardFileFixtures';
import { configOf, hubEventIds, outboxCount, sessionKey } from './hubFixtures';

const STRONG = 'cheval agrafe lune verte';
const home = hubHome();
let hub: HubProcess;
let ward: WardCredential;

beforeAll(async () => {
  hub = await startHubProcess(home);
  ward = addWard(home.dataDir, 'runner');
}, 60_000);
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});
beforeEach(freshWard);
afterEach(stopHubSync);

/** Records each planned wait; the test runs the planned task and waits for its end. */
function steppedScheduler() {
  const waits: number[] = [];
  let task: (() => void) | null = null;
  let settled: () => void = () => undefined;
  const scheduler: Scheduler = {
    after: (ms, next) => {
      waits.push(ms);
      task = next;
      return () => {
        if (task === next) task = null;
      };
    },
    random: () => 0.5,
  };
  const done = () => settled();
  return {
    scheduler,
    waits,
    planned: () => task !== null,
    options: { scheduler, onExchange: done, onError: done },
    /** Runs the planned exchange and resolves when it has ended. */
    step: () =>
      new Promise<void>((resolve) => {
        settled = resolve;
        const next = task;
        task = null;
        next?.();
      }),
  };
}

/** Every string stored in the local table, ArrayBuffers read as text too. */
async function localText(): Promise<string> {
  const rows = await db.local.toArray();
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (value instanceof ArrayBuffer) parts.push(Buffer.from(value).toString('latin1'));
    else if (ArrayBuffer.isView(value)) parts.push(Buffer.from(value.buffer).toString('latin1'));
    else if (typeof value === 'string') parts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  rows.forEach(walk);
  return parts.join('\n');
}

async function hubOn() {
  await changePassphrase(PASSPHRASE, STRONG, STRONG);
  await enableHub(configOf(hub, ward), STRONG);
}

describe('the app loop (sync/runner.ts)', () => {
  it('a write is sent at the next nudge, after NUDGE_DELAY_MS, not at the 5 s interval', async () => {
    await hubOn();
    const stepped = steppedScheduler();
    expect(await startHubSync(stepped.options)).toBe(true);
    await stepped.step(); // the first exchange
    const written = await recordDemo(1, 7, 2);
    // The write's commit is seen by a liveQuery, which plans the exchange soon.
    await vi.waitFor(() => expect(stepped.waits.at(-1)).toBe(NUDGE_DELAY_MS));
    await stepped.step();
    expect(await outboxCount()).toBe(0);
    const onHub = await hubEventIds(configOf(hub, ward));
    expect(written.every((event) => onHub.includes(event.id))).toBe(true);
  }, 60_000);

  it('starts at unlock and stops at lock', async () => {
    await hubOn();
    const key = sessionKey();
    lockSession();
    const stepped = steppedScheduler();
    const disconnect = connectHubSync(stepped.options);
    expect(stepped.planned()).toBe(false);
    openSession(key);
    await vi.waitFor(() => expect(stepped.planned()).toBe(true));
    await stepped.step();
    expect(getSyncStatus().state).toBe('connected');
    lockSession();
    expect(stepped.planned()).toBe(false);
    expect(getSyncStatus().state).toBe('off');
    disconnect();
  }, 60_000);

  it('keeps the hub password sealed under the ward key, never in clear', async () => {
    const config = configOf(hub, ward);
    await hubOn();
    expect(await localText()).not.toContain(config.password);
    expect((await getLocal('hub'))?.password).toBeUndefined();
    expect(await readHubConfig(sessionKey())).toEqual({ ...config, enabled: true });
  }, 60_000);

  it('a password stored in clear before is sealed at the next unlock', async () => {
    const config = configOf(hub, ward);
    await setLocal('hub', { ...config, enabled: true });
    const key = sessionKey();
    lockSession();
    const stepped = steppedScheduler();
    const disconnect = connectHubSync(stepped.options);
    expect(await localText()).toContain(config.password);
    openSession(key);
    await vi.waitFor(() => expect(stepped.planned()).toBe(true));
    expect(await localText()).not.toContain(config.password);
    expect(await readHubConfig(key)).toEqual({ ...config, enabled: true });
    await stepped.step();
    expect(getSyncStatus().state).toBe('connected');
    disconnect();
  }, 60_000);
});
