import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { attempt } from '../../db/errors';
import {
  changePassphrase,
  hasWard,
  lockWard,
  readLockMinutes,
  saveLockMinutes,
  unlockWard,
} from '../../db/lock';
import { getSession, subscribeSession } from '../../db/session';

/** Locked or not, and who is charting: re-renders on lock, unlock and author change. */
export const useSession = () => useSyncExternalStore(subscribeSession, getSession);

/** Whether this device holds a ward yet; undefined while loading. */
export const useHasWard = () => useLiveQuery(hasWard);

export const useLockMinutes = () => useLiveQuery(readLockMinutes);

export const useUnlock = () => unlockWard;
export const useLock = () => lockWard;

export const useSaveLockMinutes = () => (minutes: number) =>
  attempt(() => saveLockMinutes(minutes));

export const useChangePassphrase = () => (current: string, next: string, confirmation: string) =>
  attempt(async () => {
    await changePassphrase(current, next, confirmation);
    return true;
  });
