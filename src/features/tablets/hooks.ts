import { useLiveQuery } from 'dexie-react-hooks';
import { attempt } from '../../db/errors';
import { readBackupState, saveBackupReminderHours } from '../../db/tablets';
import { makeWardFile } from '../../db/wardFile';
import { backupStatus, type BackupStatus } from '../../domain/backupReminder';
import { useNow } from '../../ui/useNow';
import { asLongWork } from '../../ui/longWork';

/**
 * When this tablet last made a ward file and whether the board should remind, on the ward's
 * clock (re-read every 30 s, and at once when a file is made); undefined while read.
 */
export function useBackupStatus(): (BackupStatus & { hours: number }) | undefined {
  const now = useNow();
  const state = useLiveQuery(readBackupState);
  if (!state) return undefined;
  return { ...backupStatus({ ...state, nowMs: Date.parse(now) }), hours: state.hours };
}

export const useBackupReminderHours = () =>
  useLiveQuery(async () => (await readBackupState()).hours);

export const trySaveBackupReminderHours = (hours: number) =>
  attempt(() => saveBackupReminderHours(hours));

/** A ward file of the whole log (what joins a tablet, and the backup); records when it was made. */
export const tryMakeWholeWardFile = (onProgress: (done: number, total: number) => void) =>
  attempt(() => asLongWork(() => makeWardFile({ onProgress })));

export type { MadeWardFile, MergeReport } from '../../db/wardFile';
