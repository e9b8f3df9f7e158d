import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decryptRecord, encryptRecord, isDamaged } from '../../../src/db/crypto';
import { damagedRecords, resetDamaged } from '../../../src/db/damage';
import { db } from '../../../src/db/db';
import { EVENT_CODEC } from '../../../src/db/eventSeal';
import { unlockWard } from '../../../src/db/lock';
import { resealEvents } from '../../../src/db/reseal';
import { joinWardFile, makeWardFile } from '../../../src/db/wardFile';
import { getDataKey, lockSession } from '../../../src/db/session';
import { editRawRow, rawRows } from '../crypto/helpers';
import { installFrozen, LAST_FROZEN } from './schemaHistory/install';
import { freshWard, PASSPHRASE } from './fixtures';
import { admit } from './patientFixtures';
import { emptyTablet } from './wardFileFixtures';

/** The seal of before issue 14: each ciphertext bound to its table, key and field only. */
const OLDER = {
  table: 'events',
  fields: ['payload', 'author'],
  extractKey: EVENT_CODEC.extractKey,
};
const last = LAST_FROZEN;
const noPause = () => Promise.resolve();

const key = () => {
  const found = getDataKey();
  if (!found) throw new Error('locked');
  return found;
};

/** Raw rows that hold the new seal (opened under the binding only, no older seal allowed). */
async function bound(dataKey = key()): Promise<number> {
  const rows = await rawRows('releve', 'events');
  const opened = await Promise.all(
    rows.map((row) =>
      decryptRecord(EVENT_CODEC, dataKey, row).then(
        () => true,
        () => false,
      ),
    ),
  );
  return opened.filter(Boolean).length;
}

const EVENTS = 22;

beforeEach(async () => {
  resetDamaged(() => 0);
  await installFrozen();
});
afterEach(() => lockSession());

describe('events sealed before the binding are sealed again after unlock', () => {
  it('reads whole before, during and after; every raw row ends bound; the older seal is then refused', async () => {
    const clear = await db.events.toArray();
    expect(clear).toHaveLength(EVENTS);
    expect(clear.filter(isDamaged)).toEqual([]);
    expect(await bound()).toBe(0);

    const report = await resealEvents({ batch: 5, pause: noPause });
    expect(report).toEqual({ resealed: EVENTS, damaged: 0, done: true });
    expect(await bound()).toBe(EVENTS);
    expect(await db.events.toArray()).toEqual(clear);
    expect((await db.local.get('eventSeal'))?.value).toMatchObject({ done: true });

    // A row sealed the older way, written into storage after: refused, listed.
    const victim = clear[3];
    if (!victim) throw new Error('no event');
    const older = await encryptRecord(OLDER, key(), await db.events.get(victim.id));
    await editRawRow('releve', 'events', victim.id, (row) => {
      row.payload = older.payload;
      row.author = older.author;
    });
    db.close(); // a reload: the progress is read again from storage
    await db.open();
    expect(isDamaged(await db.events.get(victim.id))).toBe(true);
    expect(damagedRecords().map((r) => r.id)).toEqual([`events:${victim.id}`]);
    expect(await resealEvents({ pause: noPause })).toEqual({ resealed: 0, damaged: 0, done: true });
  });

  it('stops at a lock, loses nothing over a reload, and goes on at the next unlock', async () => {
    const clear = await db.events.toArray();
    const dataKey = key();
    let batches = 0;
    const lockAfterTwo = async () => {
      batches += 1;
      if (batches === 2) await lockSession();
    };
    const first = await resealEvents({ batch: 5, pause: lockAfterTwo });
    expect(first).toEqual({ resealed: 10, damaged: 0, done: false });
    expect(await bound(dataKey)).toBe(10);

    db.close();
    await db.open();
    expect(await unlockWard(last?.passphrase ?? '')).toEqual({ ok: true });
    // Half re-sealed: the rows not yet re-sealed still read; those already are refuse the older seal.
    expect(await db.events.toArray()).toEqual(clear);
    const progress = db.eventSeal.progress;
    expect(progress).toMatchObject({ done: false });
    const early = clear.map((e) => e.id).filter((id) => id <= String(progress.through))[0];
    if (!early) throw new Error('nothing re-sealed');
    const older = await encryptRecord(OLDER, key(), await db.events.get(early));
    await editRawRow('releve', 'events', early, (row) => {
      row.payload = older.payload;
      row.author = older.author;
    });
    expect(isDamaged(await db.events.get(early))).toBe(true);

    const rest = await resealEvents({ batch: 5, pause: noPause });
    // Only what is left is read again: the altered row stays as it is, damaged.
    expect(rest).toEqual({ resealed: EVENTS - 10, damaged: 0, done: true });
    expect(isDamaged(await db.events.get(early))).toBe(true);
    expect(await bound()).toBe(EVENTS - 1);
  });

  it('a tablet with no event yet has nothing to re-seal: the older seal is refused from the start', async () => {
    await lockSession();
    db.close();
    await Dexie.delete('releve');
    await db.open();
    expect(db.eventSeal.progress).toEqual({ done: true, through: null });
    expect(db.eventSeal.legacy('any')).toBe(false);
  });

  it('opening a log whose progress is not stored reads one key of it, not the whole table', async () => {
    await db.local.delete('eventSeal'); // as on a tablet that never re-sealed
    db.close();
    // Every start waits for this read (Dexie 'ready'): a count walks every event.
    const count = vi.spyOn(IDBObjectStore.prototype, 'count');
    try {
      await db.open();
      expect(count).not.toHaveBeenCalled();
    } finally {
      count.mockRestore();
    }
    expect(db.eventSeal.progress).toEqual({ done: false, through: null });
    expect(db.eventSeal.legacy('any')).toBe(true);
  });

  it('a ward begun here says it has nothing to re-seal: the next unlock walks nothing', async () => {
    await freshWard();
    await admit();
    // Stored with the ward's first events, not left to the first unlock's walk.
    expect((await db.local.get('eventSeal'))?.value).toEqual({ done: true, through: null });
    await lockSession();
    db.close();
    await db.open();
    expect(db.eventSeal.progress).toEqual({ done: true, through: null });
  });

  it('a ward joined from a file says it has nothing to re-seal: after a reload, no walk', async () => {
    await freshWard();
    await admit();
    const { blob } = await makeWardFile();
    await emptyTablet();
    await joinWardFile(blob, PASSPHRASE);
    // Every event came through the file, stored as it travelled: already bound.
    const rows = await rawRows('releve', 'events');
    expect(rows.length).toBeGreaterThan(2);
    expect(await bound()).toBe(rows.length);
    expect((await db.local.get('eventSeal'))?.value).toEqual({ done: true, through: null });
    const dataKey = key();
    await lockSession();
    db.close();
    await db.open(); // a reload: the progress is read from storage
    expect(db.eventSeal.progress).toEqual({ done: true, through: null });
    const report = await resealEvents({ getKey: () => dataKey, pause: noPause });
    expect(report).toEqual({ resealed: 0, damaged: 0, done: true });
  });
});
