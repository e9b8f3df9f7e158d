import { clampReminderHours, BACKUP_REMINDER_HOURS } from '../domain/backupReminder';
import { hasWard } from './lock';
import { getLocal, setLocal } from './local';
import { joinWardFile, WardFileError, type MergeReport } from './wardFile';
import { wardNow } from './wardTime';

/** The tablet took its ward now (created, joined, restored): the backup reminder starts here. */
export async function markWardHeld(): Promise<void> {
  await setLocal('wardHeldSince', (await wardNow()).iso);
}

/**
 * A tablet with no ward takes the ward of a ward file (join, or restore after its data was
 * lost: the same thing). A tablet holds one ward: refused before the file is even read when
 * one is here (joinWardFile refuses too; this guard keeps the promise whatever it does).
 */
export async function joinWard(file: Blob, passphrase: string): Promise<MergeReport> {
  if (await hasWard()) throw new WardFileError('alreadyWard');
  const report = await joinWardFile(file, passphrase);
  await markWardHeld();
  return report;
}

/** What the backup reminder reads: all per tablet, in `local`, readable while locked. */
export async function readBackupState() {
  const [madeAt, heldSince, hours] = await Promise.all([
    getLocal('wardFileMadeAt'),
    getLocal('wardHeldSince'),
    getLocal('backupReminderHours'),
  ]);
  return {
    madeAt,
    heldSince,
    hours: clampReminderHours(hours ?? BACKUP_REMINDER_HOURS.default),
  };
}

export const saveBackupReminderHours = (hours: number) =>
  setLocal('backupReminderHours', clampReminderHours(hours));
