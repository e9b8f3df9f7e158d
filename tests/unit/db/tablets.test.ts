import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal, setLocal } from '../../../src/db/local';
import { lockSession } from '../../../src/db/session';
import { joinWard, readBackupState, saveBackupReminderHours } from '../../../src/db/tablets';
import * as wardFile from '../../../src/db/wardFile';
import { tryCreateWard, tryJoinWard } from '../../../src/features/setup/hooks';
import { freshWard, PASSPHRASE } from './fixtures';
import { UNIT_NOW } from '../clock';

afterEach(() => vi.restoreAllMocks());

describe('a tablet holds one ward (issue 14, point 1)', () => {
  beforeEach(freshWard);

  it('joining is refused when the tablet has a ward: the file is not read, nothing changes', async () => {
    const join = vi.spyOn(wardFile, 'joinWardFile');
    const before = {
      keyRecord: await getLocal('keyRecord'),
      wardId: await getLocal('wardId'),
      events: await db.events.count(),
    };
    const file = new Blob(['not read']);
    await expect(joinWard(file, PASSPHRASE)).rejects.toMatchObject({ code: 'alreadyWard' });
    expect(await tryJoinWard(file, PASSPHRASE)).toEqual({ ok: false, problem: 'alreadyWard' });
    expect(join).not.toHaveBeenCalled();
    expect({
      keyRecord: await getLocal('keyRecord'),
      wardId: await getLocal('wardId'),
      events: await db.events.count(),
    }).toEqual(before);
  });
});

describe('the ward file reminder reads what this tablet keeps', () => {
  beforeEach(async () => {
    lockSession();
    await db.delete();
    await db.open();
  });

  it('a new ward starts the reminder now, with the default 12 h', async () => {
    const created = await tryCreateWard(
      { name: 'Médecine 3', establishment: 'CH Sud' },
      { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
      { value: PASSPHRASE, confirmation: PASSPHRASE },
    );
    expect(created.ok).toBe(true);
    const state = await readBackupState();
    expect(state.madeAt).toBeUndefined();
    expect(state.hours).toBe(12);
    expect(Math.abs(Date.parse(state.heldSince ?? '') - UNIT_NOW.getTime())).toBeLessThan(60_000);
  });

  it('keeps the period per tablet, within bounds', async () => {
    await saveBackupReminderHours(4);
    expect((await readBackupState()).hours).toBe(4);
    await saveBackupReminderHours(1000);
    expect((await readBackupState()).hours).toBe(72);
    await setLocal('wardFileMadeAt', '2026-12-01T09:00:00+01:00');
    expect((await readBackupState()).madeAt).toBe('2026-12-01T09:00:00+01:00');
  });
});
