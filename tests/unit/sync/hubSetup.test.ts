// Turning the hub on (strong passphrase, key record on the hub) and joining through it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { changePassphrase, hasWard } from '../../../src/db/lock';
import { getSession, lockSession } from '../../../src/db/session';
import { enableHub, joinHub, type JoinProgress } from '../../../src/sync/hubSetup';
import { syncOnce } from '../../../src/sync/loop';
import { strongForHub } from '../../../src/sync/hubPassphrase';
import {
  addWard,
  hubHome,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from '../../hub/hubProcess';
import { freshWard, PASSPHRASE } from '../db/fixtures';
import { emptyTablet, recordDemo } from '../db/wardFileFixtures';
import { configOf, couch, sessionKey, wardState } from './hubFixtures';

const STRONG = 'cheval agrafe lune verte';
const home = hubHome();
let hub: HubProcess;
let ward: WardCredential;

beforeAll(async () => {
  hub = await startHubProcess(home);
  ward = addWard(home.dataDir, 'setup');
}, 60_000);
afterAll(async () => {
  await stopAllHubs();
  home.remove();
});
beforeEach(freshWard);

describe('hub setup', () => {
  it('the rule: four words and twenty characters, never a PIN', () => {
    expect(strongForHub(PASSPHRASE)).toBe(false); // three words
    expect(strongForHub('123456789012345678901234')).toBe(false);
    expect(strongForHub('un deux trois quatre')).toBe(true);
    expect(strongForHub('a b c d')).toBe(false);
  });

  it('refuses a weak ward passphrase: nothing on the hub, hub not turned on', async () => {
    const config = configOf(hub, ward);
    await expect(enableHub(config, PASSPHRASE)).rejects.toMatchObject({ code: 'weakPassphrase' });
    expect((await couch(config, '/releve:key-record')).status).toBe(404);
    expect(await getLocal('hub')).toBeUndefined();
  });

  it('a new tablet joins through the hub with the ward passphrase and pulls the log', async () => {
    const config = configOf(hub, ward);
    await changePassphrase(PASSPHRASE, STRONG, STRONG);
    await enableHub(config, STRONG);
    await recordDemo(1, 5, 2);
    await syncOnce(config, sessionKey(), (await getLocal('wardId')) ?? '');
    const before = await wardState();
    const wardId = await getLocal('wardId');

    await emptyTablet();
    await expect(joinHub(config, 'pas la bonne phrase du tout')).rejects.toMatchObject({
      code: 'wrongPassphrase',
    });
    expect(await db.local.count()).toBe(0);
    await joinHub(config, STRONG);
    expect(getSession().locked).toBe(false);
    expect(await getLocal('wardId')).toBe(wardId);
    // Pulled as sealed now: nothing to re-seal, so no walk of the log after a reload.
    expect(await getLocal('eventSeal')).toEqual({ done: true, through: null });
    await syncOnce(config, sessionKey(), (await getLocal('wardId')) ?? '');
    expect(await wardState()).toEqual(before);
  });

  it('joining shows how far the first pull is, and the ward is kept only once it is all here', async () => {
    const config = configOf(hub, ward);
    await changePassphrase(PASSPHRASE, STRONG, STRONG);
    await enableHub(config, STRONG);
    await recordDemo(1, 6, 4);
    await syncOnce(config, sessionKey(), (await getLocal('wardId')) ?? '');
    const before = await wardState();

    await emptyTablet();
    const seen: JoinProgress[] = [];
    const held: Promise<boolean>[] = [];
    await joinHub(config, STRONG, (progress) => {
      held.push(hasWard());
      seen.push(progress);
    });
    expect((await Promise.all(held)).some((yes) => yes)).toBe(false);
    const last = seen.at(-1);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[0]?.received).toBe(0);
    expect(last?.received).toBe(last?.expected);
    expect(last?.received).toBeGreaterThanOrEqual(before.events.length);
    expect(await hasWard()).toBe(true);
    expect(await wardState()).toEqual(before);
  });

  it("what a stopped join of another ward left is cleared: the tablet holds only the hub's ward", async () => {
    const config = configOf(hub, ward);
    await changePassphrase(PASSPHRASE, STRONG, STRONG);
    await enableHub(config, STRONG);
    await recordDemo(1, 7, 3);
    await syncOnce(config, sessionKey(), (await getLocal('wardId')) ?? '');
    const before = await wardState();

    // Another ward's file join stopped half-way: its ward id and entries, no key record.
    await emptyTablet();
    await freshWard();
    await recordDemo(1, 11, 2);
    await db.local.delete('keyRecord');
    await lockSession();
    await joinHub(config, STRONG);
    await syncOnce(config, sessionKey(), (await getLocal('wardId')) ?? '');
    expect(await wardState()).toEqual(before);
  });

  it('a wrong hub credential and a hub with no ward key are told apart', async () => {
    const config = configOf(hub, ward);
    await emptyTablet();
    await expect(joinHub({ ...config, password: 'WRONG' }, STRONG)).rejects.toMatchObject({
      code: 'unauthorized',
    });
    const bare = addWard(home.dataDir, 'bare');
    await expect(joinHub(configOf(hub, bare), STRONG)).rejects.toMatchObject({
      code: 'noWardOnHub',
    });
    expect(await db.local.count()).toBe(0);
  });

  it('after a passphrase change the hub holds the new key record: a new tablet joins with the new phrase, not the old', async () => {
    const config = configOf(hub, ward);
    const NEWER = 'tilleul orage piano bleu';
    await changePassphrase(PASSPHRASE, STRONG, STRONG);
    await enableHub(config, STRONG);
    await recordDemo(1, 8, 2);
    const wardId = (await getLocal('wardId')) ?? '';
    await syncOnce(config, sessionKey(), wardId);
    const before = await wardState();

    await changePassphrase(STRONG, NEWER, NEWER);
    // Offline at first: the change reaches the hub at the next exchange that goes through.
    const offline: typeof fetch = () => Promise.reject(new TypeError('network'));
    await expect(syncOnce(config, sessionKey(), wardId, offline)).rejects.toMatchObject({
      code: 'unreachable',
    });
    await syncOnce(config, sessionKey(), wardId);

    await emptyTablet();
    await expect(joinHub(config, STRONG)).rejects.toMatchObject({ code: 'wrongPassphrase' });
    await joinHub(config, NEWER);
    expect(await wardState()).toEqual(before);
  });
});
