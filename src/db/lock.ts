import { payloadSchemas } from '../domain/events';
import { newId, type StaffId, type WardId } from '../domain/ids';
import {
  clampLockMinutes,
  LOCK_MINUTES,
  nextTryAt,
  type UnlockOutcome,
} from '../domain/lockPolicy';
import { staffMemberSchema, type Author } from '../domain/staff';
import { issuesOf, ValidationError, type ValidationIssue } from '../domain/validation';
import { buildEvent, writeEvents } from './append';
import {
  checkPassphraseStrength,
  createKeyRecord,
  findCryptoError,
  rewrapKeyRecord,
  unlockKeyRecord,
  type KeyOptions,
} from './crypto';
import { db } from './db';
import { getLocal, setLocal } from './local';
import { lockSession, openSession } from './session';
import type { StaffDraft } from './ward';

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
  const author: Author = { ...first, staffId: newId<StaffId>() } as Author;
  const issues = [
    ...issuesOf(payloadSchemas['ward.configured'], ward, 'ward'),
    ...issuesOf(staffMemberSchema, author, 'staff'),
    ...passphraseIssues(passphrase.value, passphrase.confirmation, 'passphrase'),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  if (await hasWard()) throw new Error('This device already has a ward');
  const { record, key } = await createKeyRecord(passphrase.value, options);
  const person = staffMemberSchema.parse(author);
  const wardId = newId<WardId>();
  openSession(key, person);
  try {
    await db.transaction('rw', db.local, db.events, db.patients, async () => {
      await setLocal('wardId', wardId);
      await setLocal('keyRecord', record);
      await writeEvents([
        await buildEvent({ type: 'ward.configured', payload: ward }, person),
        await buildEvent({ type: 'staff.added', payload: person }, person),
      ]);
    });
  } catch (error) {
    lockSession();
    throw error;
  }
  return wardId;
}

/** Opens the ward with its passphrase. Wrong tries are counted on the device, in clear. */
export async function unlockWard(passphrase: string, now = Date.now()): Promise<UnlockOutcome> {
  const failures = await getLocal('unlockFailures');
  const until = nextTryAt(failures);
  if (until > now) return { ok: false, reason: 'wait', until };
  if (passphrase === '') return { ok: false, reason: 'empty' };
  try {
    openSession(await unlockKeyRecord(await getLocal('keyRecord'), passphrase));
  } catch (error) {
    const code = findCryptoError(error)?.code;
    if (code === 'corrupted-key-record') return { ok: false, reason: 'corrupted' };
    if (code !== 'wrong-passphrase') throw error;
    const count = (failures?.count ?? 0) + 1;
    await setLocal('unlockFailures', { count, lastAt: now });
    const wait = nextTryAt({ count, lastAt: now });
    return wait > now ? { ok: false, reason: 'wait', until: wait } : { ok: false, reason: 'wrong' };
  }
  await db.local.delete('unlockFailures');
  return { ok: true };
}

export const lockWard = lockSession;

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
