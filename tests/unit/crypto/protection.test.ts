import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEncryptionMiddleware, findCryptoError } from '../../../src/db/crypto';
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
  rawRows,
  TestDb,
} from './helpers';

let name: string;
let dataKey: CryptoKey;
let holder: ReturnType<typeof keyHolder>;
let db: TestDb;

beforeEach(async () => {
  name = freshName();
  dataKey = await newDataKey();
  holder = keyHolder(dataKey);
  db = new TestDb(name, holder.getKey);
  await db.patients.bulkAdd(patients());
  await db.events.bulkAdd(events());
});
afterEach(() => db.close());

const LOCKED = { code: 'locked', name: 'LockedError' };
const TAMPERED = { code: 'tampered-data', name: 'TamperedDataError' };

describe('locked (no key in memory)', () => {
  beforeEach(() => {
    holder.key = null;
  });

  it('refuses every write to an encrypted table and stores nothing', async () => {
    const extra = { ...fixtureEvent('ev-3'), id: 'ev-new' };
    await expect(db.events.add(extra)).rejects.toMatchObject(LOCKED);
    await expect(db.events.put(extra)).rejects.toMatchObject(LOCKED);
    await expect(db.events.bulkAdd([extra])).rejects.toMatchObject(LOCKED);
    await expect(db.patients.update(PATIENT_A, { bed: '1' })).rejects.toMatchObject(LOCKED);
    const rows = await rawRows(name, 'events');
    expect(rows.map((r) => r.id)).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4', 'ev-5']);
    expect((await rawRows(name, 'patients'))[0]?.bed).toBe('12A');
  });

  it('refuses every read of values, rather than return ciphertext', async () => {
    await expect(db.patients.get(PATIENT_A)).rejects.toMatchObject(LOCKED);
    await expect(db.events.bulkGet(['ev-1'])).rejects.toMatchObject(LOCKED);
    await expect(db.events.toArray()).rejects.toMatchObject(LOCKED);
    await expect(db.events.where('type').equals('note.written').first()).rejects.toMatchObject(
      LOCKED,
    );
    await expect(db.events.filter(() => true).toArray()).rejects.toMatchObject(LOCKED);
  });

  it('still answers keys, counts and the unencrypted tables', async () => {
    expect(await db.events.count()).toBe(5);
    expect(await db.events.where('type').equals('note.written').primaryKeys()).toEqual([
      'ev-3',
      'ev-4',
    ]);
    expect(await db.events.orderBy('type').uniqueKeys()).toHaveLength(4);
    await db.local.put({ key: 'keyRecord', value: { stored: true } });
    expect(await db.local.get('keyRecord')).toEqual({ key: 'keyRecord', value: { stored: true } });
  });

  it('reads again once the key is back', async () => {
    await expect(db.patients.get(PATIENT_B)).rejects.toMatchObject(LOCKED);
    holder.key = dataKey;
    expect(await db.patients.get(PATIENT_B)).toEqual(patients()[1]);
  });
});

describe('tampered data', () => {
  it('detects a flipped byte and never shows the record', async () => {
    await editRawRow(name, 'events', 'ev-3', (row) => (row.payload = flipByte(row.payload, 3)));
    await expect(db.events.get('ev-3')).rejects.toMatchObject(TAMPERED);
    await expect(db.events.toArray()).rejects.toMatchObject(TAMPERED);
    await expect(db.events.where('type').equals('note.written').toArray()).rejects.toMatchObject(
      TAMPERED,
    );
    expect(await db.events.get('ev-2')).toEqual(events()[1]); // the others still read
  });

  it('names the record in the error, never its content', async () => {
    await editRawRow(name, 'patients', PATIENT_A, (row) => (row.identity = flipByte(row.identity)));
    const error: unknown = await db.patients.get(PATIENT_A).catch((e: unknown) => e);
    expect(findCryptoError(error)?.message).toContain('patients["pat-a"].identity');
    expect(String(error)).not.toContain('DUPONTEL');
  });

  it('detects a ciphertext moved from one record to another', async () => {
    const [a] = await rawRows(name, 'patients');
    expect(a?.id).toBe(PATIENT_A);
    await editRawRow(name, 'patients', PATIENT_B, (row) => (row.identity = a?.identity));
    await expect(db.patients.get(PATIENT_B)).rejects.toMatchObject(TAMPERED);
    await editRawRow(name, 'events', 'ev-4', (row) => (row.payload = row.author));
    await expect(db.events.get('ev-4')).rejects.toMatchObject(TAMPERED);
  });

  it('detects clear text planted in, or removed from, an encrypted field', async () => {
    await editRawRow(name, 'events', 'ev-3', (row) => (row.payload = { text: 'planted' }));
    await expect(db.events.get('ev-3')).rejects.toMatchObject(TAMPERED);
    await editRawRow(name, 'events', 'ev-4', (row) => delete row.author);
    await expect(db.events.get('ev-4')).rejects.toMatchObject(TAMPERED);
  });
});

describe('values and configuration the layer refuses', () => {
  it('refuses a value JSON cannot keep, and stores nothing', async () => {
    const bad = { ...fixtureEvent('ev-1'), id: 'ev-date', payload: { at: new Date() } };
    await expect(db.events.add(bad)).rejects.toMatchObject({ code: 'invalid-value' });
    expect(await db.events.get('ev-date')).toBeUndefined();
  });

  it('refuses to encrypt an indexed field, an outbound key, a key not yet known', async () => {
    const bad = new Dexie(freshName());
    bad.version(1).stores({ byWard: 'id, wardId', outbound: '', auto: '++id' });
    bad.use(
      createEncryptionMiddleware({
        fields: { byWard: ['wardId'], outbound: ['secret'], auto: ['secret'] },
        getKey: holder.getKey,
      }),
    );
    const invalid = { code: 'invalid-value' };
    await expect(bad.table('byWard').add({ id: 1, wardId: 'w' })).rejects.toMatchObject(invalid);
    await expect(bad.table('outbound').add({ secret: 's' }, 1)).rejects.toMatchObject(invalid);
    await expect(bad.table('auto').add({ secret: 's' })).rejects.toMatchObject(invalid);
    expect(await bad.table('auto').count()).toBe(0);
    await expect(bad.table('byWard').toArray()).rejects.toMatchObject(invalid);
    bad.close();
  });
});
