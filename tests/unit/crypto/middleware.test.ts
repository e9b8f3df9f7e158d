import { Dexie, liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  events,
  fixtureEvent,
  freshName,
  keyHolder,
  newDataKey,
  PATIENT_A,
  patients,
  rawRows,
  rawText,
  SECRETS,
  TestDb,
  WARD,
} from './helpers';

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

describe('at rest', () => {
  it('stores no name, birth date, IPP, note, vital or author in clear', async () => {
    const text = await rawText(name, 'patients', 'events');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    // Keys and indexed fields stay clear: that is what the indexes work on.
    expect(text).toContain(WARD);
    expect(text).toContain(PATIENT_A);
    expect(text).toContain('note.written');
  });

  it('control: the same records without the middleware do show in clear', async () => {
    const plainName = freshName();
    const plain = new TestDb(plainName);
    await plain.patients.bulkAdd(patients());
    await plain.events.bulkAdd(events());
    plain.close();
    const text = await rawText(plainName, 'patients', 'events');
    for (const secret of SECRETS) expect(text).toContain(secret);
  });

  it('stores each encrypted field as { iv, ct } ArrayBuffers', async () => {
    const [row] = await rawRows(name, 'patients');
    expect(row?.identity).toEqual({ iv: expect.any(ArrayBuffer), ct: expect.any(ArrayBuffer) });
    expect(row?.bed).toBe('12A'); // not listed: left as is
  });

  it('leaves the object given to add() untouched', async () => {
    const event = { ...fixtureEvent('ev-3'), id: 'ev-new' };
    const copy = structuredClone(event);
    await db.events.add(event);
    expect(event).toEqual(copy);
  });
});

describe('reads through Dexie', () => {
  it('get, bulkGet and toArray give the clear records', async () => {
    expect(await db.patients.get(PATIENT_A)).toEqual(patients()[0]);
    expect(await db.events.bulkGet(['ev-3', 'nope', 'ev-1'])).toEqual([
      events()[2],
      undefined,
      events()[0],
    ]);
    expect(await db.events.toArray()).toEqual(events());
    expect(await db.patients.get('nope')).toBeUndefined();
  });

  it('answers per-patient and per-ward index ranges', async () => {
    const all = events();
    const forA = await db.events
      .where('[patientId+atMs]')
      .between([PATIENT_A, Dexie.minKey], [PATIENT_A, Dexie.maxKey])
      .toArray();
    expect(forA).toEqual(all.filter((e) => e.patientId === PATIENT_A));
    const since = fixtureEvent('ev-2').atMs;
    const ward = await db.events
      .where('[wardId+atMs]')
      .between([WARD, since], [WARD, Dexie.maxKey])
      .toArray();
    expect(ward.map((e) => e.id)).toEqual(['ev-2', 'ev-3', 'ev-4']);
    expect(await db.patients.where('wardId').equals(WARD).toArray()).toEqual(patients());
    expect(await db.events.where({ type: 'note.written' }).count()).toBe(2);
  });

  it('orders, reverses, limits, first and last', async () => {
    const all = events();
    const byType = [...all].sort(
      (a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id),
    );
    expect(await db.events.orderBy('type').toArray()).toEqual(byType);
    const lastTwo = await db.events
      .where('[wardId+atMs]')
      .between([WARD, Dexie.minKey], [WARD, Dexie.maxKey])
      .reverse()
      .limit(2)
      .toArray();
    expect(lastTwo.map((e) => e.id)).toEqual(['ev-4', 'ev-3']);
    expect(await db.events.orderBy('id').first()).toEqual(all[0]);
    expect(await db.events.orderBy('id').last()).toEqual(all[4]);
    expect(await db.events.where('type').equals('note.written').sortBy('atMs')).toEqual(
      all.filter((e) => e.type === 'note.written'),
    );
  });

  it('feeds liveQuery with clear values, and again after a write', async () => {
    const seen: string[][] = [];
    const query = liveQuery(() => db.events.where('type').equals('note.written').toArray());
    await new Promise<void>((resolve, reject) => {
      const subscription = query.subscribe({
        next: (rows) => {
          seen.push(rows.map((e) => JSON.stringify(e.payload)));
          if (seen.length === 1) {
            void db.events.add({
              ...fixtureEvent('ev-4'),
              id: 'ev-9',
              payload: { text: 'nouvelle' },
            });
          } else {
            subscription.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    expect(seen[0]).toEqual(['{"text":"douleur thoracique, ECG fait"}', '{"text":"dort bien"}']);
    expect(seen[1]).toContain('{"text":"nouvelle"}');
  });

  it('makes a live query fail once locked, instead of serving cached values', async () => {
    const query = liveQuery(() => db.events.where('type').equals('note.written').toArray());
    let runs = 0;
    let subscription: { unsubscribe: () => void } | undefined;
    const outcome = await new Promise<unknown>((resolve) => {
      subscription = query.subscribe({
        next: (rows) => {
          if (++runs === 2) resolve({ servedWhileLocked: rows });
          holder.key = null; // the ward locks while the screen is open
          void db.events.delete('ev-3'); // a change in its range makes the query run again
        },
        error: (error: unknown) => resolve(error),
      });
    });
    subscription?.unsubscribe();
    expect(outcome).toMatchObject({ code: 'locked' });
  });
});

describe('updates', () => {
  it('update, nested update, bulkPut, bulkUpdate and upsert re-encrypt', async () => {
    await db.patients.update(PATIENT_A, { bed: '3' });
    await db.patients.update(PATIENT_A, { 'identity.firstName': 'Gertrudine' });
    await db.events.bulkPut([
      { ...fixtureEvent('ev-4'), payload: { text: 'réveillé à 4 h, SECRETNIGHT' } },
    ]);
    await db.events.bulkUpdate([{ key: 'ev-1', changes: { payload: { bed: 'SECRETBED' } } }]);
    await db.patients.upsert('pat-c', { wardId: WARD, bed: '1', identity: undefined });
    expect((await db.patients.get(PATIENT_A))?.identity?.firstName).toBe('Gertrudine');
    expect((await db.patients.get(PATIENT_A))?.bed).toBe('3');
    expect((await db.events.get('ev-4'))?.payload).toEqual({ text: 'réveillé à 4 h, SECRETNIGHT' });
    expect((await db.events.get('ev-1'))?.payload).toEqual({ bed: 'SECRETBED' });
    expect(await db.patients.get('pat-c')).toEqual({ id: 'pat-c', wardId: WARD, bed: '1' });
    const text = await rawText(name, 'patients', 'events');
    for (const secret of ['Gertrudine', 'SECRETNIGHT', 'SECRETBED'])
      expect(text).not.toContain(secret);
  });

  it('deletes need no key', async () => {
    holder.key = null;
    await db.events.delete('ev-1');
    await db.events.where('type').equals('note.written').delete();
    await db.patients.clear();
    expect((await rawRows(name, 'events')).map((r) => r.id)).toEqual(['ev-2', 'ev-5']);
  });
});

describe('Dexie hooks', () => {
  it('see clear values: the middleware sits below them', async () => {
    const created: unknown[] = [];
    const updated: unknown[] = [];
    db.events.hook('creating', (_key, value) => void created.push(value.payload));
    db.patients.hook('updating', (changes, _key, before) => {
      updated.push(before.identity?.birthName, changes);
    });
    await db.events.add({ ...fixtureEvent('ev-3'), id: 'ev-hooked' });
    await db.patients.update(PATIENT_A, { bed: '1' });
    expect(created).toEqual([{ text: 'douleur thoracique, ECG fait' }]);
    expect(updated).toEqual(['DUPONTEL', { bed: '1' }]);
  });
});

describe('transactions', () => {
  it('control: awaiting WebCrypto inside a transaction commits it early', async () => {
    const plain = new TestDb(freshName());
    const run = plain.transaction('rw', plain.local, async () => {
      await plain.local.put({ key: 'a', value: 1 });
      await crypto.subtle.digest('SHA-256', new Uint8Array(64));
      await plain.local.put({ key: 'b', value: 2 });
    });
    await expect(run).rejects.toThrow(/committed too early|already completed/);
    plain.close();
  });

  it('keeps reads and writes of one transaction in that transaction', async () => {
    await db.transaction('rw', db.events, db.patients, async () => {
      const patient = await db.patients.get(PATIENT_A);
      if (!patient) throw new Error('patient A not read');
      await db.events.add({ ...fixtureEvent('ev-1'), id: 'ev-10', payload: { bed: patient.bed } });
      const written = await db.events.get('ev-10');
      const { bed } = written?.payload as { bed: string };
      await db.patients.put({ ...patient, bed: `from ${bed}` });
      const notes = await db.events.where('type').equals('note.written').toArray();
      await db.events.bulkAdd(notes.map((e, i) => ({ ...e, id: `copy-${i}` })));
    });
    expect((await db.events.get('ev-10'))?.payload).toEqual({ bed: '12A' });
    expect((await db.patients.get(PATIENT_A))?.bed).toBe('from 12A');
    expect(await db.events.count()).toBe(8);
  });

  it('rolls back every write of a transaction that fails on a locked table', async () => {
    const run = db.transaction('rw', db.events, db.local, async () => {
      await db.local.put({ key: 'x', value: 1 });
      holder.key = null;
      await db.events.add({ ...fixtureEvent('ev-1'), id: 'ev-11' });
    });
    await expect(run).rejects.toMatchObject({ code: 'locked' });
    expect(await rawRows(name, 'local')).toEqual([]);
  });
});
