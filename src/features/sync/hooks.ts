import { useEffect, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getLocal } from '../../db/local';
import { getDataKey } from '../../db/session';
import { HubError, type HubErrorCode } from '../../sync/hubClient';
import { HubSetupError, type HubSetupProblem } from '../../sync/hubSetup';
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

export { disableHub, enableHub, testHub } from '../../sync/hubSetup';
export type { HubConfig } from '../../sync/hubClient';

/** The hub this tablet has (Settings), or null. */
export const useHubSettings = () => useLiveQuery(() => getLocal('hub').then((hub) => hub ?? null));

/** The words key of a failure of the hub or of its setup. */
export function hubProblem(error: unknown): HubProblem {
  if (error instanceof HubError || error instanceof HubSetupError) return error.code;
  return 'unknown';
}
export type HubProblem = HubErrorCode | HubSetupProblem | 'unknown';
