import { useEffect, useSyncExternalStore } from 'react';
import { getLocal } from '../../db/local';
import { getDataKey } from '../../db/session';
import { startSyncLoop } from '../../sync/loop';
import { getSyncStatus, resetSyncStatus, subscribeSyncStatus } from '../../sync/status';

export type { SyncStatus } from '../../sync/status';

/** The hub's state for the header: re-renders when the loop publishes. */
export const useSyncStatus = () => useSyncExternalStore(subscribeSyncStatus, getSyncStatus);

/**
 * Runs the background sync while the screens are shown (the ward is unlocked), if a hub is
 * set and on; stops at lock (the shell unmounts). Never awaited by a screen.
 */
export function useHubSync(): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void (async () => {
      const hub = await getLocal('hub');
      const wardId = await getLocal('wardId');
      const key = getDataKey();
      if (cancelled || !hub?.enabled || !wardId || !key) return;
      stop = startSyncLoop({ config: hub, key, wardId }).stop;
    })();
    return () => {
      cancelled = true;
      stop?.();
      resetSyncStatus();
    };
  }, []);
}
