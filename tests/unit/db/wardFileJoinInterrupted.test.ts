import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import { createWard } from '../../../src/db/createWard';
import { hasWard } from '../../../src/db/lock';
import { getSession, lockSession } from '../../../src/db/session';
import { joinWardFile, makeWardFile } from '../../../src/db/wardFile';
import { freshWard, PASSPHRASE } from './fixtures';
import { emptyTablet, recordDemo } from './wardFileFixtures';

beforeEach(freshWard);

/**
 * A file on a USB key pulled out during the join: read whole for the check, then every read
 * fails once `pull()` is called (what the browser does when the file is gone).
 */
function pullableFile(blob: Blob) {
  let pulled = false;
  const failing = (part: Blob): Blob =>
    Object.assign(part, {
      arrayBuffer: () =>
        pulled
          ? Promise.reject(new DOMException('The file is gone', 'NotReadableError'))
          : Blob.prototype.arrayBuffer.call(part),
    });
  const file = Object.assign(new Blob([blob]), {
    slice: (start?: number, end?: number) => failing(Blob.prototype.slice.call(file, start, end)),
  });
  return { file, pull: () => (pulled = true) };
}

const otherDatabaseCounts = async () =>
  Object.fromEntries(
    await Promise.all(
      db.tables
        .filter((table) => table.name !== 'local')
        .map(async (table) => [table.name, await table.count()] as const),
    ),
  );
const nothingStored = async () => {
  expect(Object.values(await otherDatabaseCounts()).every((count) => count === 0)).toBe(true);
  const kept = await db.local.toCollection().primaryKeys();
  expect(kept.filter((key) => key !== 'deviceId')).toEqual([]);
};

const createAnother = () =>
  createWard(
    { name: 'Chirurgie', establishment: 'CH Nord' },
    { name: 'Bea Roux', initials: 'BR', role: 'nurse' },
    { value: 'une autre phrase', confirmation: 'une autre phrase' },
    { iterations: 1000 },
  );

describe('a join is all or nothing', () => {
  it('the file gone half-way: the join fails, nothing is kept, a ward created then is empty', async () => {
    await recordDemo(2);
    const made = await makeWardFile();
    expect(made.events).toBeGreaterThan(1000); // two frames at least
    await emptyTablet();
    const { file, pull } = pullableFile(made.blob);
    // Pulled once the first frame is merged.
    await expect(joinWardFile(file, PASSPHRASE, { onProgress: pull })).rejects.toMatchObject({
      name: 'NotReadableError',
    });
    expect(await hasWard()).toBe(false);
    expect(getSession().locked).toBe(true);
    await nothingStored();

    await createAnother();
    // The new ward holds its own two first entries, nothing of the other ward.
    expect(await db.events.count()).toBe(2);
    expect(await db.patients.count()).toBe(0);
  });

  it('a damaged last frame: the join is refused, nothing kept, a ward created then is empty', async () => {
    await recordDemo(1);
    const bytes = new Uint8Array(await (await makeWardFile()).blob.arrayBuffer());
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 1;
    await emptyTablet();
    await expect(joinWardFile(new Blob([bytes]), PASSPHRASE)).rejects.toMatchObject({
      code: 'damaged',
    });
    await nothingStored();
    await createAnother();
    expect(await db.events.count()).toBe(2);
    expect(await db.patients.count()).toBe(0);
  });

  it('a join cut short by a closed tab: creating or joining a ward afterwards starts clean', async () => {
    await recordDemo(1);
    const made = await makeWardFile();
    await leftovers();
    await createAnother();
    expect(await db.events.count()).toBe(2);
    expect(await db.patients.count()).toBe(0);

    await leftovers();
    const report = await joinWardFile(made.blob, PASSPHRASE);
    expect(report.added).toBe(made.events);
    expect(await db.events.count()).toBe(made.events);
  });
});

/** What a tab closed during a join leaves: a ward id and part of a log, no key record. */
async function leftovers() {
  await freshWard();
  await recordDemo(1, 9);
  await db.local.delete('keyRecord');
  await lockSession();
  expect(await hasWard()).toBe(false);
  expect(await db.events.count()).toBeGreaterThan(0);
}
