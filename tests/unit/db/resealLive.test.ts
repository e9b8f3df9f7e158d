import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEvent, writeEvents } from '../../../src/db/append';
import { isDamaged } from '../../../src/db/crypto';
import { db } from '../../../src/db/db';
import { emptyReport, mergeWires } from '../../../src/db/merge';
import { patientEvents } from '../../../src/db/projections';
import { resealEvents } from '../../../src/db/reseal';
import { getDataKey, lockSession } from '../../../src/db/session';
import { toWire } from '../../../src/db/wire';
import { newId, type PatientId, type StaffId } from '../../../src/domain/ids';
import type { Author } from '../../../src/domain/staff';
import { freshWard } from './fixtures';
import { installFrozen } from './schemaHistory/install';

// A screen's live read must keep hearing writes after the re-seal walk (db/reseal.ts) went by:
// the hub benchmark's tablet B, joined then reloaded, walked its log while its patient screen
// was open, and that screen never showed the notes pulled from the hub afterwards.

const noPause = () => Promise.resolve();

afterEach(() => lockSession());

/** Every value a live query gives, and a way to wait for one that passes `check`. */
function watch<T>(query: () => Promise<T>) {
  const seen: T[] = [];
  const subscription = liveQuery(query).subscribe((value) => seen.push(value));
  const until = async (check: (value: T) => boolean) => {
    // Dexie answers within a few ticks; 200 x 10 ms is far more than it needs.
    for (let i = 0; i < 200 && !seen.some(check); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return seen.some(check);
  };
  return { seen, until, stop: () => subscription.unsubscribe() };
}

describe('a live read survives the re-seal walk', () => {
  beforeEach(freshWard);

  it('over rows already bound (a tablet joined, then reloaded): a note pulled after it shows', async () => {
    const patientId = newId<PatientId>();
    const note = (text: string) =>
      buildEvent({ type: 'note.written', patientId, payload: { text } });
    await writeEvents([await note('avant')]);
    // A reload with no re-seal progress stored (a join never ran one): the walk starts again.
    await db.local.delete('eventSeal');
    db.close();
    await db.open();
    expect(db.eventSeal.progress.done).toBe(false);

    const live = watch(() => patientEvents(patientId));
    expect(await live.until((events) => events.length === 1)).toBe(true);
    expect(await resealEvents({ pause: noPause })).toMatchObject({ resealed: 0, done: true });

    const key = getDataKey();
    const wardId = (await db.local.get('wardId'))?.value;
    if (!key || typeof wardId !== 'string') throw new Error('no ward');
    const pulled = await note('du hub');
    const source = { fileName: 'hub', deviceId: '', createdAt: pulled.at, kind: 'hub' };
    const from = { keyOf: (i: number) => `hub:${i}`, source, at: pulled.at, fromHub: true };
    await mergeWires([await toWire(pulled, key)], key, wardId, from, emptyReport());
    expect(await live.until((events) => events.some((e) => e.id === pulled.id))).toBe(true);
    live.stop();
  });
});

it('over rows sealed the older way: the read is given them again, whole, and hears the next write', async () => {
  await installFrozen();
  const before = await db.events.toArray();

  const live = watch(() => db.events.toArray());
  expect(await live.until((rows) => rows.length === before.length)).toBe(true);
  expect(await resealEvents({ batch: 5, pause: noPause })).toMatchObject({ done: true });
  const nurse: Author = {
    staffId: newId<StaffId>(),
    name: 'Alice Martin',
    initials: 'AM',
    role: 'nurse',
  };
  const added = await buildEvent(
    { type: 'note.written', patientId: newId<PatientId>(), payload: { text: 'après' } },
    nurse,
  );
  await writeEvents([added]);
  expect(await live.until((rows) => rows.some((row) => row.id === added.id))).toBe(true);
  const latest = live.seen.at(-1) ?? [];
  expect(latest.filter(isDamaged)).toEqual([]);
  expect(latest.filter((row) => row.id !== added.id)).toEqual(before);
  live.stop();
});
