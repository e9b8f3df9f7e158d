import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyRecord } from '../../../src/db/crypto/keyRecord';
import { db } from '../../../src/db/db';
import { readLockState, unlockWard } from '../../../src/db/lock';
import { getLocal, setLocal } from '../../../src/db/local';
import { getSession, lockSession } from '../../../src/db/session';
import { UnlockAttempts } from '../../../src/db/unlockAttempts';
import { freshWard, PASSPHRASE } from './fixtures';
import { closeTabs, fakeClock, fullDiskTab, tab } from './lockFixtures';

beforeEach(async () => {
  await freshWard();
  void lockSession();
});
afterEach(closeTabs);

describe('wrong passphrases from several tabs at once', () => {
  it('counts every one of four simultaneous wrong tries from four tabs', async () => {
    const tabs = [tab(), tab(), tab(), tab()];
    const outcomes = await Promise.all(tabs.map((t) => unlockWard('pas la bonne', t)));
    expect(outcomes.every((o) => !o.ok && o.reason === 'wrong')).toBe(true);
    expect((await getLocal('unlockFailures'))?.count).toBe(4);
  });

  it('lets exactly five of 18 simultaneous tries from 6 tabs test a passphrase, then waits', async () => {
    const tabs = Array.from({ length: 6 }, () => tab());
    const tries = Array.from({ length: 18 }, (_, i) => unlockWard(`faux ${i}`, tabs[i % 6]));
    const outcomes = await Promise.all(tries);
    // Each try is counted before its key is derived: none slips past the wait.
    expect((await getLocal('unlockFailures'))?.count).toBe(5);
    const reasons = outcomes.map((o) => (o.ok ? 'ok' : o.reason));
    expect(reasons.filter((r) => r === 'wrong')).toHaveLength(4);
    expect(reasons.filter((r) => r === 'wait')).toHaveLength(14);
    // The right passphrase, from any tab, has to wait too.
    expect(await unlockWard(PASSPHRASE, tabs[0])).toMatchObject({ ok: false, reason: 'wait' });
  });
});

describe('a full disk', () => {
  it('still counts wrong tries (in the page), says so, and enforces the wait', async () => {
    const clock = fakeClock(0);
    const full = fullDiskTab(clock);
    for (let i = 1; i <= 4; i++) {
      expect(await unlockWard('faux', full)).toEqual({
        ok: false,
        reason: 'wrong',
        countNotSaved: 'quota',
      });
    }
    expect(await unlockWard('faux', full)).toEqual({
      ok: false,
      reason: 'wait',
      waitMs: 30_000,
      countNotSaved: 'quota',
    });
    expect(await unlockWard(PASSPHRASE, full)).toMatchObject({ ok: false, reason: 'wait' });
    expect(await getLocal('unlockFailures')).toBeUndefined();
    clock.advance(30_000);
    // The disk is full, not broken: the right passphrase still opens the ward.
    expect(await unlockWard(PASSPHRASE, full)).toEqual({ ok: true });
  });
});

describe('the device clock', () => {
  async function fiveWrong(page: UnlockAttempts) {
    for (let i = 0; i < 5; i++) await unlockWard('faux', page);
  }

  it('moved forward, does not shorten the wait: elapsed time is monotonic in a page', async () => {
    const clock = fakeClock(1_000_000, 0);
    const page = new UnlockAttempts(db, clock);
    await fiveWrong(page);
    clock.wallMs += 24 * 3_600_000; // the date is set a day ahead...
    clock.monoMs += 1_000; // ...one second later
    expect(await unlockWard(PASSPHRASE, page)).toEqual({
      ok: false,
      reason: 'wait',
      waitMs: 29_000,
    });
    clock.monoMs += 29_000;
    expect(await unlockWard(PASSPHRASE, page)).toEqual({ ok: true });
  });

  // Keys only: readable while locked, as the lock screen reads them.
  const lastEventAt = async () =>
    Number(((await db.events.orderBy('[wardId+atMs]').lastKey()) as [string, number])[1]);

  it('set back, counts nothing as elapsed, and the lock screen is told', async () => {
    const failedAt = (await lastEventAt()) + 24 * 3_600_000;
    await fiveWrong(new UnlockAttempts(db, fakeClock(failedAt)));
    // Another page, whose device date is a day behind the last failure stored.
    const clock = fakeClock(failedAt - 24 * 3_600_000, 0);
    const page = new UnlockAttempts(db, clock);
    expect(await readLockState(page)).toEqual({ waitMs: 30_000, clockBehind: failedAt });
    clock.monoMs += 30_000;
    expect(await unlockWard(PASSPHRASE, page)).toEqual({ ok: true });
  });

  it('behind the latest stored event, is reported; a few minutes off is not', async () => {
    const last = await lastEventAt();
    expect(last).toBeGreaterThan(0);
    const behind = await readLockState(new UnlockAttempts(db, fakeClock(last - 3_600_000)));
    expect(behind).toEqual({ waitMs: 0, clockBehind: last });
    const skew = await readLockState(new UnlockAttempts(db, fakeClock(last - 60_000)));
    expect(skew).toEqual({ waitMs: 0, clockBehind: undefined });
  });
});

describe('a damaged key record', () => {
  const flip = (base64: string, at = 0) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    bytes[at] = (bytes[at] ?? 0) ^ 1;
    return btoa(String.fromCharCode(...bytes));
  };
  type Damage = (r: KeyRecord) => unknown;
  const damages: [string, Damage][] = [
    ['a flipped bit in the wrapped key', (r) => ({ ...r, wrappedKey: flip(r.wrappedKey, 7) })],
    ['a flipped bit in the salt', (r) => ({ ...r, salt: flip(r.salt) })],
    ['another iteration count', (r) => ({ ...r, iterations: 1001 })],
    ['a salt that is not base64', (r) => ({ ...r, salt: 'pas du base64!' })],
    ['a wrapped key of the wrong length', (r) => ({ ...r, wrappedKey: r.salt })],
    ['an unknown version', (r) => ({ ...r, version: 2 })],
    ['no record at all', () => undefined],
  ];

  it.each(damages)('%s says "damaged", and is not counted as a failure', async (_, damage) => {
    const record = await getLocal('keyRecord');
    if (!record) throw new Error('the ward has a key record');
    await db.local.put({ key: 'keyRecord', value: damage(record) });
    const page = new UnlockAttempts(db, fakeClock());
    for (let i = 0; i < 6; i++) {
      expect(await unlockWard(PASSPHRASE, page)).toEqual({ ok: false, reason: 'corrupted' });
    }
    expect(await getLocal('unlockFailures')).toBeUndefined();
    expect(getSession().locked).toBe(true);
  });

  it('written before records had a check, still opens and is given one', async () => {
    const { check, ...old } = (await getLocal('keyRecord')) ?? { check: undefined };
    expect(check).toBeDefined();
    await setLocal('keyRecord', old as never);
    expect(await unlockWard(PASSPHRASE, new UnlockAttempts(db, fakeClock()))).toEqual({
      ok: true,
    });
    expect((await getLocal('keyRecord'))?.check).toBe(check);
  });
});
