import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import { attempt } from '../../db/errors';
import {
  changePassphrase,
  hasWard,
  lockThisPage as lockPage,
  lockWard as lockAll,
  readLockMinutes,
  readLockState,
  saveLockMinutes,
  unlockWard,
} from '../../db/lock';
import { startResealing } from '../../db/reseal';
import { keepWardHint, wardHinted } from '../../db/wardHint';
import { connectLockChannel, getSession, subscribeSession } from '../../db/session';
import type { UnlockOutcome } from '../../domain/lockPolicy';

/** Locked or not, and who is charting: re-renders on lock, unlock and author change. */
export const useSession = () => useSyncExternalStore(subscribeSession, getSession);

/**
 * Whether this device holds a ward yet; undefined while loading, unless the hint kept from
 * the last start says yes (db/wardHint.ts): the lock screen then shows before the database
 * is open, and an unlock waits for it. Once read, the database's answer, kept as the hint.
 */
export function useHasWard(): boolean | undefined {
  const held = useLiveQuery(hasWard);
  useEffect(() => {
    if (held !== undefined) keepWardHint(held);
  }, [held]);
  return held ?? (wardHinted() || undefined);
}

export const useLockMinutes = () => useLiveQuery(readLockMinutes);

/**
 * The wait left (as a deadline on performance.now(), which the device's date cannot move)
 * and whether the device's clock is behind what is stored; follows other tabs' tries.
 */
export const useLockState = () =>
  useLiveQuery(async () => {
    const state = await readLockState();
    return { ...state, deadline: state.waitMs > 0 ? performance.now() + state.waitMs : 0 };
  });

/** Never throws: a storage failure is an outcome the lock screen explains. */
export async function unlockSafely(passphrase: string): Promise<UnlockOutcome> {
  try {
    const outcome = await unlockWard(passphrase);
    // Events sealed before issue 14 are sealed again, in the background (db/reseal.ts).
    if (outcome.ok) startResealing();
    return outcome;
  } catch (error) {
    console.error(error);
    return { ok: false, reason: 'storage' };
  }
}

/** A lock in any other page of the app locks this one too (see db/session.ts). */
export const useLockAcrossTabs = () => useEffect(() => connectLockChannel(), []);

// Locking never rejects (db/session.ts waits for the lock listeners with allSettled), so a
// button, the idle timer or pagehide fire it and forget it.
export const lockWard = (): void => void lockAll();
export const lockThisPage = (): void => void lockPage();

export const trySaveLockMinutes = (minutes: number) => attempt(() => saveLockMinutes(minutes));

export const tryChangePassphrase = (current: string, next: string, confirmation: string) =>
  attempt(async () => {
    await changePassphrase(current, next, confirmation);
    return true;
  });
