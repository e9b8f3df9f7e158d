import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { moveToJoinedWard } from '../../../src/db/joinedWard';
import { joinOtherWard, JoinWardsError } from '../../../src/db/joinWards';
import { saveDraft } from '../../../src/db/drafts';
import { getLocal } from '../../../src/db/local';
import { readLockMinutes, saveLockMinutes } from '../../../src/db/lock';
import { getSession } from '../../../src/db/session';
import { makeWardFile } from '../../../src/db/wardFile';
import { readBackupState, saveBackupReminderHours } from '../../../src/db/tablets';
import { readWard } from '../../../src/db/ward';
import { PASSPHRASE } from './fixtures';
import {
  allEvents,
  OTHER_PASSPHRASE,
  openTablet,
  twoWards,
  type TwoWards,
} from './joinWardsFixtures';
import { rawTables } from './rawTables';
import { saveTablet } from './tablets';

let wards: TwoWards;
beforeEach(async () => {
  wards = await twoWards();
});

/** A's ward file, made on A (after the join when `join`), then B's tablet opened. */
async function fileOfA(join: boolean): Promise<Blob> {
  if (join) await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);
  const { blob } = await makeWardFile();
  await saveTablet();
  await openTablet(wards.b, OTHER_PASSPHRASE);
  return blob;
}

const missingOf = (error: unknown) =>
  error instanceof JoinWardsError && error.code === 'missingEntries' ? error.missing : error;

describe('the tablet of the other ward moves to the joined ward', () => {
  it('takes A’s file after the join: on ward A, every entry it held still there', async () => {
    const file = await fileOfA(true);
    const held = await allEvents();
    const report = await moveToJoinedWard(file, PASSPHRASE);
    expect(report.quarantined).toBe(0);
    const ward = await readWard();
    expect(ward?.name).toBe('Médecine 3');
    const now = new Map((await allEvents()).map((e) => [e.id, e]));
    const configuration = ['ward.configured', 'ward.settingsChanged', 'bed.added'];
    for (const event of held) {
      if (configuration.includes(event.type) && !now.has(event.id)) continue;
      expect(now.get(event.id)?.author).toEqual(event.author);
    }
    expect(held.filter((e) => now.has(e.id)).length).toBe(held.length - 4);
    expect(await getLocal('wardId')).toBe(ward?.wardId);
    expect(getSession()).toMatchObject({ locked: false, author: null });
  });

  it('keeps this tablet’s own id and settings (lock delay, backup reminder) on ward A', async () => {
    const file = await fileOfA(true);
    const deviceId = await getLocal('deviceId');
    await saveLockMinutes(2);
    await saveBackupReminderHours(4);
    await moveToJoinedWard(file, PASSPHRASE);
    expect(await getLocal('deviceId')).toBe(deviceId);
    expect(await readLockMinutes()).toBe(2);
    expect((await readBackupState()).hours).toBe(4);
  });

  it('refuses a file that lacks entries of this tablet, says how many, changes nothing', async () => {
    const before = await fileOfA(false);
    const mine = (await allEvents()).length;
    const state = await rawTables();
    const error: unknown = await moveToJoinedWard(before, PASSPHRASE).catch((e) => e);
    expect(missingOf(error)).toBe(mine);
    expect(await rawTables()).toEqual(state);
  });

  it('refuses when this tablet charted after A’s file was made', async () => {
    const file = await fileOfA(true);
    await appendEvent({ type: 'note.written', payload: { text: 'Après le fichier' } });
    const state = await rawTables();
    const error: unknown = await moveToJoinedWard(file, PASSPHRASE).catch((e) => e);
    expect(missingOf(error)).toBe(1);
    expect(await rawTables()).toEqual(state);
  });

  it('refuses while a draft of this tablet is not saved: what was typed is never dropped', async () => {
    const file = await fileOfA(true);
    await saveDraft('note', 'ward', { text: 'À moitié tapé' });
    const state = await rawTables();
    const error: unknown = await moveToJoinedWard(file, PASSPHRASE).catch((e) => e);
    expect(error).toMatchObject({ code: 'draftsPending', missing: 1 });
    expect(await rawTables()).toEqual(state);
  });
});
