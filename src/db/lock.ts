import {
  clampLockMinutes,
  clockIsBehind,
  LOCK_MINUTES,
  type UnlockOutcome,
} from '../domain/lockPolicy';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import {
  checkPassphraseStrength,
  findCryptoError,
  rewrapKeyRecord,
  unlockKeyRecord,
  verifyKeyRecord,
  withCheck,
  type KeyRecord,
} from './crypto';
import { db } from './db';
import { getLocal, setLocal } from './local';
import { dropQueryCache } from './queryCache';
import { lockSession, onLock, openSession } from './session';
import { UnlockAttempts } from './unlockAttempts';

// What the lock screen needs, and nothing of the event schemas or the write path: the first
// run is in createWard.ts, and the entries a newer app wrote are projected from a chunk loaded
// at unlock (see projectKeptNewer), so the lock screen's own chunks stay small.

/** Problems with a new passphrase and its confirmation, at `path`. */
export function passphraseIssues(passphrase: string, confirmation: string, path: string) {
  const problem = checkPassphraseStrength(passphrase);
  const issues: ValidationIssue[] = [];
  if (problem)
    issues.push({ path, code: problem === 'passphrase-empty' ? 'required' : 'weakPassphrase' });
  else if (passphrase !== confirmation)
    issues.push({ path: `${path}Confirm`, code: 'passphraseMismatch' });
  return issues;
}

/** True once this device holds a ward (its key record); readable while locked. */
export const hasWard = async () => (await getLocal('keyRecord')) !== undefined;

// At every lock, before the screens go: nothing decrypted stays reachable through Dexie.
onLock(() => dropQueryCache(db));

/** This page's count of wrong passphrases (see unlockAttempts.ts). */
const pageAttempts = new UnlockAttempts(db);

/**
 * Opens the ward with its passphrase. Wrong tries are counted on the device, in clear; a
 * damaged key record is reported as such and not counted (nothing a nurse types can fix it).
 */
export async function unlockWard(
  passphrase: string,
  attempts: UnlockAttempts = pageAttempts,
): Promise<UnlockOutcome> {
  const { waitMs } = await attempts.status();
  if (waitMs > 0) return { ok: false, reason: 'wait', waitMs };
  if (passphrase === '') return { ok: false, reason: 'empty' };
  let record: KeyRecord;
  try {
    record = await verifyKeyRecord((await attempts.db.local.get('keyRecord'))?.value);
  } catch (error) {
    if (findCryptoError(error)?.code === 'corrupted-key-record') {
      console.error(error);
      return { ok: false, reason: 'corrupted' };
    }
    throw error;
  }
  const reservation = await attempts.reserve();
  if ('waitMs' in reservation) return { ok: false, reason: 'wait', ...reservation };
  const { countNotSaved } = reservation;
  let key: CryptoKey;
  try {
    key = await unlockKeyRecord(record, passphrase);
  } catch (error) {
    if (findCryptoError(error)?.code !== 'wrong-passphrase') throw error;
    const left = attempts.waitMs(reservation.counted);
    const saved = countNotSaved ? { countNotSaved } : {};
    return left > 0
      ? { ok: false, reason: 'wait', waitMs: left, ...saved }
      : { ok: false, reason: 'wrong', ...saved };
  }
  openSession(key);
  await attempts.clear();
  if (record.check === undefined) await addCheck(attempts, record);
  await projectKeptNewer();
  return { ok: true };
}

/** Entries a newer Relève wrote that this app now reads (after an update) reach the board. */
async function projectKeptNewer() {
  try {
    // The folds and schemas it needs are not the lock screen's: the unlocked screens' chunks,
    // loading since the lock screen showed (app/App.tsx), bring them.
    const { projectNowReadable } = await import('./keptNewer');
    await projectNowReadable();
  } catch (error) {
    console.error(error); // the ward is open; they stay listed for the next unlock
  }
}

/** A record written before `check` existed gets one; the ward is open whatever happens. */
async function addCheck(attempts: UnlockAttempts, record: KeyRecord) {
  try {
    await attempts.db.local.put({ key: 'keyRecord', value: await withCheck(record) });
  } catch (error) {
    console.error(error);
  }
}

/**
 * What the lock screen shows before any try: the wait left, and whether the device's date is
 * behind the latest time stored here (set back: the wait is then not shortened, see
 * UnlockAttempts, but every time recorded would be wrong too).
 */
export async function readLockState(attempts: UnlockAttempts = pageAttempts) {
  const { waitMs, lastFailureAt } = await attempts.status();
  const lastEvent = await attempts.db.events.orderBy('[wardId+atMs]').lastKey();
  const lastEventAt = Array.isArray(lastEvent) ? Number(lastEvent[1]) : undefined;
  const latest = Math.max(lastFailureAt ?? 0, lastEventAt ?? 0) || undefined;
  const now = attempts.clock.wall();
  return { waitMs, clockBehind: clockIsBehind(now, latest) ? latest : undefined };
}

/** Locks this page and every other page of the app (see session.ts). */
export const lockWard = (): Promise<void> => lockSession();

/** Locks this page only: a page being left (reload, close) must not lock the ward's other tabs. */
export const lockThisPage = (): Promise<void> => lockSession({ broadcast: false });

/** A new passphrase wraps the same data key: nothing is re-encrypted. */
export async function changePassphrase(current: string, next: string, confirmation: string) {
  const issues = passphraseIssues(next, confirmation, 'next');
  if (current === '') issues.unshift({ path: 'current', code: 'required' });
  if (issues.length > 0) throw new ValidationError(issues);
  try {
    await setLocal('keyRecord', await rewrapKeyRecord(await getLocal('keyRecord'), current, next));
  } catch (error) {
    if (findCryptoError(error)?.code !== 'wrong-passphrase') throw error;
    throw new ValidationError([{ path: 'current', code: 'wrongPassphrase' }]);
  }
}

export const readLockMinutes = async () =>
  clampLockMinutes((await getLocal('lockMinutes')) ?? LOCK_MINUTES.default);

export const saveLockMinutes = (minutes: number) =>
  setLocal('lockMinutes', clampLockMinutes(minutes));
