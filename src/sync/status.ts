/** What the header says about the hub (app shell), kept in memory by the sync loop. */
export interface SyncStatus {
  /** off: no hub set or turned off; connected: last exchange went through. */
  state: 'off' | 'connected' | 'offline' | 'unauthorized' | 'error';
  /** Ward time of the last complete exchange (kept in local across reloads). */
  exchangedAt: string | null;
  /** Entries of this tablet the hub has not got yet (outbox count). */
  waiting: number;
}

const OFF: SyncStatus = { state: 'off', exchangedAt: null, waiting: 0 };
let current: SyncStatus = OFF;
const listeners = new Set<() => void>();

export const getSyncStatus = (): SyncStatus => current;

export function setSyncStatus(next: Partial<SyncStatus>): void {
  current = { ...current, ...next };
  listeners.forEach((listener) => listener());
}

export const resetSyncStatus = () => setSyncStatus(OFF);

/** For useSyncExternalStore. */
export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
