import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { getLocal } from '../../../src/db/local';
import { getSession } from '../../../src/db/session';
import {
  importWardFile,
  joinWardFile,
  makeWardFile,
  readWardFileHeader,
} from '../../../src/db/wardFile';
import { freshWard, PASSPHRASE } from './fixtures';
import { emptyTablet, recordDemo, tabletState } from './wardFileFixtures';

beforeEach(freshWard);

describe('ward file: export, then import', () => {
  it('round trip into an empty tablet gives the identical log and projections', async () => {
    await recordDemo(1);
    const before = await tabletState();
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
    const after = await tabletState();
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
    const count = (await tabletState()).events.length;
    const before = await tabletState();
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
    expect(await tabletState()).toEqual(before);
  });

  it('records when this tablet last made a ward file', async () => {
    expect(await getLocal('wardFileMadeAt')).toBeUndefined();
    const made = await makeWardFile();
    expect(await getLocal('wardFileMadeAt')).toBe((await readWardFileHeader(made.blob)).createdAt);
    expect(await db.events.count()).toBe(made.events);
  });
});
