import { payloadSchemas } from '../domain/events';
import { newId, type StaffId, type WardId } from '../domain/ids';
import {
  clampLockMinutes,
  clockIsBehind,
  LOCK_MINUTES,
  type UnlockOutcome,
} from '../domain/lockPolicy';
import { staffMemberSchema } from '../domain/staff';
import { issuesFromZod, ValidationError, type ValidationIssue } from '../domain/validation';
import { buildParsed, writeEvents } from './append';
import { projectNowReadable } from './keptNewer';
import {
  checkPassphraseStrength,
  createKeyRecord,
  findCryptoError,
  rewrapKeyRecord,
  unlockKeyRecord,
  verifyKeyRecord,
  withCheck,
  type KeyOptions,
  type KeyRecord,
} from './crypto';
import { db } from './db';
import { getLocal, setLocal } from './local';
import { clearWithoutWard } from './noWard';
import { dropQueryCache } from './queryCache';
import { lockSession, onLock, openSession } from './session';
import { UnlockAttempts } from './unlockAttempts';
import type { StaffDraft } from './ward';
import { writeTransaction } from './projections';

export interface WardDraft {
  name: string;
  establishment: string;
}

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

/**
 * First run: the ward, its passphrase and the first person charting, who is the author of
 * the first events. Everything is checked before anything is written.
 */
export async function createWard(
  ward: WardDraft,
  first: StaffDraft,
  passphrase: { value: string; confirmation: string },
  options: KeyOptions = {},
): Promise<WardId> {
  // Each payload parsed once; the events are built from the parsed values (buildParsed).
  const place = payloadSchemas['ward.configured'].safeParse(ward);
  const person = staffMemberSchema.safeParse({ ...first, staffId: newId<StaffId>() });
  const issues = [
    ...(place.success ? [] : issuesFromZod(place.error, 'ward')),
    ...(person.success ? [] : issuesFromZod(person.error, 'staff')),
    ...passphraseIssues(passphrase.value, passphrase.confirmation, 'passphrase'),
  ];
  if (!place.success || !person.success || issues.length > 0) throw new ValidationError(issues);
  if (await hasWard()) throw new Error('This device already has a ward');
  await clearWithoutWard(); // what a join cut short left is not this ward's (docs/ward-file.md)
  const { record, key } = await createKeyRecord(passphrase.value, options);
  const author = person.data;
  const wardId = newId<WardId>();
  openSession(key, author);
  try {
    await writeTransaction(['ward.configured', 'staff.added'], async () => {
      await setLocal('wardId', wardId);
      await setLocal('keyRecord', record);
      const built = [
        await buildParsed({ type: 'ward.configured', payload: place.data }, author),
        await buildParsed({ type: 'staff.added', payload: author }, author),
      ];
      const events = built.flatMap((b) => (b.event ? [b.event] : []));
      if (events.length < built.length) throw new ValidationError(built.flatMap((b) => b.issues));
      await writeEvents(events);
    });
  } catch (error) {
    void lockSession();
    throw error;
  }
  return wardId;
}

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
