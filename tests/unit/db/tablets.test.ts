import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal, setLocal } from '../../../src/db/local';
import { lockSession } from '../../../src/db/session';
import { joinWard, readBackupState, saveBackupReminderHours } from '../../../src/db/tablets';
import * as wardFile from '../../../src/db/wardFile';
import { hasWard } from '../../../src/db/lock';
import { emptyTablet } from './wardFileFixtures';
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

describe('restoring a tablet that lost its data (issue 14, points 1 and 7)', () => {
  beforeEach(freshWard);

  it('takes the ward back from its last ward file, with the ward passphrase only', async () => {
    const made = await wardFile.makeWardFile();
    const wardId = await getLocal('wardId');
    const events = await db.events.count();
    await emptyTablet(); // the browser erased everything of the origin

    const wrong = await tryJoinWard(made.blob, 'pas la bonne phrase');
    expect(wrong).toEqual({ ok: false, problem: 'wrongPassphrase' });
    expect(await hasWard()).toBe(false);
    expect(await db.events.count()).toBe(0);

    const restored = await tryJoinWard(made.blob, PASSPHRASE);
    expect(restored).toEqual({
      ok: true,
      report: { added: events, alreadyPresent: 0, newPatients: 0, quarantined: 0 },
    });
    expect(await getLocal('wardId')).toBe(wardId);
    // The reminder starts from the restore: this tablet has made no file since.
    const state = await readBackupState();
    expect(state.madeAt).toBeUndefined();
    expect(state.heldSince).toBeDefined();
  });

  it('a file of nothing is refused in words, and nothing is stored', async () => {
    await emptyTablet();
    expect(await tryJoinWard(new Blob([]), PASSPHRASE)).toEqual({ ok: false, problem: 'empty' });
    expect(await tryJoinWard(new Blob(['bonjour']), PASSPHRASE)).toEqual({
      ok: false,
      problem: 'notWardFile',
    });
    expect(await hasWard()).toBe(false);
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
