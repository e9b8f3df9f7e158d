import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { hasWard } from '../../../src/db/lock';
import { getSession } from '../../../src/db/session';
import {
  importWardFile,
  joinWardFile,
  makeWardFile,
  readWardFileHeader,
} from '../../../src/db/wardFile';
import { freshWard, PASSPHRASE } from './fixtures';
import { emptyTablet, recordDemo, unlockedState } from './wardFileFixtures';

beforeEach(freshWard);

describe('joining a ward with a file', () => {
  it('the tablet has no ward until the whole log is merged (the join screen stays up)', async () => {
    await recordDemo(1);
    const made = await makeWardFile();
    await emptyTablet();
    // Asked at every frame merged: the app shows a ward's screens only once hasWard says so.
    const during: Promise<boolean>[] = [];
    await joinWardFile(made.blob, PASSPHRASE, { onProgress: () => during.push(hasWard()) });
    expect(during.length).toBeGreaterThan(0);
    expect(await Promise.all(during)).toEqual(during.map(() => false));
    expect(await hasWard()).toBe(true);
  });
});

describe('ward file: export, then import', () => {
  it('round trip into an empty tablet gives the identical log and projections', async () => {
    await recordDemo(1);
    const before = await unlockedState();
    expect(before.events.length).toBeGreaterThan(300);
    const made = await makeWardFile();
    expect(made.events).toBe(before.events.length);
    expect(made.fileName).toMatch(/^releve-medecine-3-\d{4}-\d{2}-\d{2}-\d{4}\.releve$/);
    const header = await readWardFileHeader(made.blob);
    expect(header).toMatchObject({ format: 1, kind: 'ward', wardId: before.wardId, since: null });
    expect(header.events).toBe(before.events.length);

    await emptyTablet();
    const report = await joinWardFile(made.blob, PASSPHRASE);
    expect(report).toMatchObject({
      added: before.events.length,
      alreadyPresent: 0,
      quarantined: 0,
    });
    expect(report.newPatients).toBe(before.patients.length);
    expect(getSession().locked).toBe(false);
    const after = await unlockedState();
    // Every event, clear fields and decrypted payload and author, is the same.
    expect(after.events).toEqual(before.events);
    expect(after.patients).toEqual(before.patients);
    expect(after.lastVitals).toEqual(before.lastVitals);
    expect(after.wardId).toBe(before.wardId);
    expect(await getLocal('keyRecord')).toEqual(before.keyRecord);
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await recordDemo(1);
    const made = await makeWardFile();
    const count = (await unlockedState()).events.length;
    const before = await unlockedState();
    expect(await importWardFile(made.blob)).toEqual({
      added: 0,
      alreadyPresent: count,
      newPatients: 0,
      quarantined: 0,
    });
    expect(await importWardFile(made.blob)).toEqual({
      added: 0,
      alreadyPresent: count,
      newPatients: 0,
      quarantined: 0,
    });
    expect(await unlockedState()).toEqual(before);
  });

  it('records when this tablet last made a ward file', async () => {
    expect(await getLocal('wardFileMadeAt')).toBeUndefined();
    const made = await makeWardFile();
    expect(await getLocal('wardFileMadeAt')).toBe((await readWardFileHeader(made.blob)).createdAt);
    expect(await db.events.count()).toBe(made.events);
  });
});

describe('a backup copy for IT', () => {
  const COPY = 'copie pour la DSI 2026';

  it('opens with the passphrase chosen at export, not the ward one; a wrong ward passphrase makes none', async () => {
    await recordDemo(1);
    const before = await unlockedState();
    await expect(
      makeWardFile({ backup: { wardPassphrase: 'pas la bonne', filePassphrase: COPY } }),
    ).rejects.toMatchObject({ code: 'wrongPassphrase' });
    const made = await makeWardFile({
      backup: { wardPassphrase: PASSPHRASE, filePassphrase: COPY },
    });
    expect(made.fileName).toMatch(/-sauvegarde\.releve$/);
    expect(await readWardFileHeader(made.blob)).toMatchObject({ kind: 'backup' });
    await emptyTablet();
    await expect(joinWardFile(made.blob, PASSPHRASE)).rejects.toMatchObject({
      code: 'wrongPassphrase',
    });
    await joinWardFile(made.blob, COPY);
    expect((await unlockedState()).events).toEqual(before.events);
  });
});
