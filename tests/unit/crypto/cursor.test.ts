import { Dexie, type DBCoreRangeType } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  editRawRow,
  events,
  fixtureEvent,
  flipByte,
  freshName,
  keyHolder,
  newDataKey,
  PATIENT_A,
  PATIENT_B,
  patients,
  rawText,
  TestDb,
  WARD,
  type TestEvent,
} from './helpers';

// These Dexie calls walk a cursor (DBCore openCursor) instead of one query: filter/and,
// each, anyOf/noneOf/notEqual/startsWith..., or(), offset() after a filter, count() with a
// filter, modify(), delete() of a filtered collection, until(). They must decrypt too.

let name: string;
let holder: ReturnType<typeof keyHolder>;
let db: TestDb;

beforeEach(async () => {
  name = freshName();
  holder = keyHolder(await newDataKey());
  db = new TestDb(name, holder.getKey);
  await db.patients.bulkAdd(patients());
  await db.events.bulkAdd(events());
});
afterEach(() => db.close());

const text = (e: TestEvent | undefined) => (e?.payload as { text?: string } | undefined)?.text;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

const everything = {
  get index() {
    return db.events.core.schema.primaryKey;
  },
  range: { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined }, // DBCoreRangeType.Any
};

describe('cursor-based Dexie calls decrypt', () => {
  it('filter() sees clear values', async () => {
    const found = await db.events.filter((e) => text(e)?.includes('thoracique') ?? false).toArray();
    expect(found).toEqual([events()[2]]);
  });

  it('each() visits every record in clear, in order', async () => {
    const seen: string[] = [];
    await db.events.orderBy('[wardId+atMs]').each((e) => seen.push(`${e.id}:${e.author?.name}`));
    expect(seen).toEqual(
      ['ev-1', 'ev-2', 'ev-3', 'ev-4', 'ev-5'].map((id) => `${id}:Inès Carpentier`),
    );
  });

  it('anyOf, noneOf, or() and offset', async () => {
    const inAnyOf = await db.events
      .where('type')
      .anyOf('note.written', 'vitals.recorded')
      .toArray();
    expect(ids(inAnyOf)).toEqual(['ev-3', 'ev-4', 'ev-2']);
    expect(inAnyOf[2]?.payload).toEqual({ heartRate: 131, temperature: 38.7 });
    const notNotes = await db.events.where('type').noneOf(['note.written']).toArray();
    expect(ids(notNotes).sort()).toEqual(['ev-1', 'ev-2', 'ev-5']);
    const either = await db.patients
      .where('id')
      .equals(PATIENT_B)
      .or('wardId')
      .equals(WARD)
      .toArray();
    expect(either.map((p) => p.identity?.birthName).sort()).toEqual(['DUPONTEL', 'LEFEBVRIER']);
    const page = await db.events
      .filter((e) => e.author !== undefined)
      .offset(1)
      .limit(2)
      .toArray();
    expect(page).toEqual(events().slice(1, 3));
  });

  it('count() with a filter and until()', async () => {
    expect(await db.events.filter((e) => e.payload !== undefined).count()).toBe(5);
    const upTo = await db.events
      .orderBy('id')
      .until((e) => text(e) === 'dort bien', true)
      .toArray();
    expect(ids(upTo)).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4']);
  });

  it('modify() with a function re-encrypts what it changes', async () => {
    const changed = await db.events
      .where('[patientId+atMs]')
      .between([PATIENT_A, Dexie.minKey], [PATIENT_A, Dexie.maxKey])
      .filter((e) => e.type === 'note.written')
      .modify((e) => {
        e.payload = { text: `${text(e)} (relu) SECRETREAD` };
      });
    expect(changed).toBe(1);
    expect(text(await db.events.get('ev-3'))).toBe(
      'douleur thoracique, ECG fait (relu) SECRETREAD',
    );
    expect(await rawText(name, 'events')).not.toContain('SECRETREAD');
  });

  it('delete() of a filtered collection', async () => {
    await db.events.filter((e) => text(e) === 'dort bien').delete();
    expect(ids(await db.events.toArray())).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-5']);
  });

  it('walks hundreds of records inside a read-write transaction, then writes', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...fixtureEvent('ev-4'),
      id: `bulk-${String(i).padStart(3, '0')}`,
      payload: { text: `note ${i}` },
    }));
    await db.events.bulkAdd(many);
    await db.transaction('rw', db.events, async () => {
      let sum = 0;
      await db.events
        .where('id')
        .startsWith('bulk-')
        .each((e) => {
          sum += Number(text(e)?.slice(5));
        });
      await db.events.add({ ...fixtureEvent('ev-1'), id: 'total', payload: { sum } });
    });
    expect((await db.events.get('total'))?.payload).toEqual({ sum: (299 * 300) / 2 });
  });

  it('DBCore cursor.next() moves and decrypts one step at a time', async () => {
    await db.transaction('r', db.events, async (tx) => {
      const table = db.events.core;
      const cursor = await table.openCursor({
        trans: tx.idbtrans,
        values: true,
        query: {
          index: table.schema.primaryKey,
          range: { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined },
        },
      });
      expect(cursor?.value).toEqual(events()[0]);
      const second = await cursor?.next();
      expect(second?.primaryKey).toBe('ev-2');
      expect(second?.value).toEqual(events()[1]);
    });
  });
});

describe('cursor failures', () => {
  it('a tampered record fails the walk as tampered-data', async () => {
    await editRawRow(name, 'events', 'ev-4', (row) => (row.payload = flipByte(row.payload)));
    const seen: string[] = [];
    const walk = db.events.each((e) => seen.push(e.id));
    await expect(walk).rejects.toMatchObject({ code: 'tampered-data' });
    expect(seen).toEqual(['ev-1', 'ev-2', 'ev-3']); // stopped before the altered record
  });

  it('an error thrown by a DBCore start() callback after a step rejects the walk', async () => {
    const walk = db.transaction('r', db.events, async (tx) => {
      const table = db.events.core;
      const cursor = await table.openCursor({
        trans: tx.idbtrans,
        values: true,
        query: everything,
      });
      let calls = 0;
      await cursor?.start(() => {
        if (++calls === 2) throw new Error('callback failed');
        cursor.continue();
      });
    });
    await expect(walk).rejects.toThrow('callback failed');
  });

  it('locked: no walk over values', async () => {
    holder.key = null;
    await expect(db.events.filter(() => true).count()).rejects.toMatchObject({ code: 'locked' });
    await expect(db.events.each(() => undefined)).rejects.toMatchObject({ code: 'locked' });
  });
});
