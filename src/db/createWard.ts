import { payloadSchemas } from '../domain/events';
import { newId, type StaffId, type WardId } from '../domain/ids';
import { staffMemberSchema } from '../domain/staff';
import { issuesFromZod, ValidationError } from '../domain/validation';
import { buildParsed, writeEvents } from './append';
import { createKeyRecord, type KeyOptions } from './crypto';
import { setLocal } from './local';
import { hasWard, passphraseIssues } from './lock';
import { clearWithoutWard, keepSealDone } from './noWard';
import { writeTransaction } from './projections';
import { lockSession, openSession } from './session';
import type { StaffDraft } from './ward';

// The first run, apart from the lock (lock.ts): only the first-run screen needs it, and with it
// the event schemas and the write path, which the lock screen then loads without.

export interface WardDraft {
  name: string;
  establishment: string;
}

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
      await keepSealDone();
      await setLocal('queueWholeLog', true); // no hub has this ward yet (src/sync/push.ts)
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
