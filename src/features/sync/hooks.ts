import { useEffect, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getLocal } from '../../db/local';
import { readDataUpTo } from '../../db/printReads';
import { HubError, type HubConfig, type HubErrorCode } from '../../sync/hubClient';
import { readStoredHub } from '../../sync/hubConfig';
import * as setup from '../../sync/hubSetup';
import { HubSetupError, type HubSetupProblem } from '../../sync/hubSetup';
import { connectHubSync, startHubSync, stopHubSync } from '../../sync/runner';
import { getSyncStatus, subscribeSyncStatus } from '../../sync/status';

export type { SyncStatus } from '../../sync/status';

/** The hub's state for the header: re-renders when the loop publishes. */
export const useSyncStatus = () => useSyncExternalStore(subscribeSyncStatus, getSyncStatus);

/**
 * The background sync, for the whole app (mounted once): starts at each unlock if a hub is
 * set and on, stops at each lock (sync/runner.ts). Never awaited by a screen.
 */
export function useHubSync(): void {
  useEffect(() => connectHubSync(), []);
}

export { testHub } from '../../sync/hubSetup';
export { deploymentHubUrl } from '../../sync/deployment';
export type { HubConfig } from '../../sync/hubClient';

/** Turns the hub on, and the exchange starts at once. */
export async function enableHub(config: HubConfig, passphrase: string): Promise<void> {
  await setup.enableHub(config, passphrase);
  await startHubSync();
}

export async function disableHub(): Promise<void> {
  await setup.disableHub();
  stopHubSync();
}

/** The hub this tablet has (Settings), or null: address and whether it is on. */
export const useHubSettings = () => useLiveQuery(() => readStoredHub().then((hub) => hub ?? null));

/** Ward time of this tablet's last complete exchange with the hub (kept across reloads). */
export const useHubExchangedAt = () =>
  useLiveQuery(() => getLocal('hubExchangedAt').then((at) => at ?? null));

/** Bedside time of the latest entry this tablet holds (db/printReads.ts), or null. */
export const useDataUpTo = () => useLiveQuery(() => readDataUpTo(), [], undefined);

/** The words key of a failure of the hub or of its setup. */
export function hubProblem(error: unknown): HubProblem {
  if (error instanceof HubError || error instanceof HubSetupError) return error.code;
  return 'unknown';
}
export type HubProblem = HubErrorCode | HubSetupProblem | 'unknown';
