import { describe, expect, it } from 'vitest';
import {
  createKeyRecord,
  findCryptoError,
  rewrapKeyRecord,
  unlockKeyRecord,
} from '../../../src/db/crypto';
import { events, freshName, keyHolder, patients, rawRows, TestDb } from './helpers';

// The whole story as the app will live it: ward created, tablet restarted, unlock, passphrase
// changed. The key record sits in the unencrypted `local` table, as the lead will store it.

const FAST = { iterations: 2_000 };
const PIN = '583920';
const PHRASE = 'la relève de nuit';

async function newWard() {
  const name = freshName();
  const { record, key } = await createKeyRecord(PIN, FAST);
  const holder = keyHolder(key);
  const db = new TestDb(name, holder.getKey);
  await db.local.put({ key: 'keyRecord', value: record });
  await db.patients.bulkAdd(patients());
  await db.events.bulkAdd(events());
  db.close();
  return name;
}

/** A restarted tablet: nothing in memory, the key record read back from `local`. */
async function restart(name: string) {
  const holder = keyHolder(null);
  const db = new TestDb(name, holder.getKey);
  const stored = (await db.local.get('keyRecord'))?.value;
  return { db, holder, stored };
}

const rawCiphertexts = async (name: string) =>
  JSON.stringify(await rawRows(name, 'events'), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Array.from(new Uint8Array(v)) : v,
  );

describe('ward key lifecycle', () => {
  it('starts locked; a wrong passphrase leaves it locked and changes nothing', async () => {
    const name = await newWard();
    const before = await rawCiphertexts(name);
    const { db, holder, stored } = await restart(name);
    await expect(db.events.toArray()).rejects.toMatchObject({ code: 'locked' });
    const wrong = await unlockKeyRecord(stored, '583921').catch((e: unknown) => e);
    expect(findCryptoError(wrong)?.code).toBe('wrong-passphrase');
    expect(holder.key).toBeNull();
    await expect(db.patients.get('pat-a')).rejects.toMatchObject({ code: 'locked' });
    expect(await rawCiphertexts(name)).toBe(before);
    expect((await db.local.get('keyRecord'))?.value).toEqual(stored);
    holder.key = await unlockKeyRecord(stored, PIN);
    expect(await db.events.toArray()).toEqual(events());
    db.close();
  });

  it('after a passphrase change every record reads with the new one only', async () => {
    const name = await newWard();
    const before = await rawCiphertexts(name);
    const first = await restart(name);
    const next = await rewrapKeyRecord(first.stored, PIN, PHRASE, FAST);
    await first.db.local.put({ key: 'keyRecord', value: next });
    first.db.close();
    expect(await rawCiphertexts(name)).toBe(before); // the data was not re-encrypted

    const { db, holder, stored } = await restart(name);
    await expect(unlockKeyRecord(stored, PIN)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    holder.key = await unlockKeyRecord(stored, PHRASE);
    expect(await db.events.toArray()).toEqual(events());
    expect(await db.patients.toArray()).toEqual(patients());
    db.close();
  });

  it('reports a damaged stored key record as corrupted, not as a wrong passphrase', async () => {
    const name = await newWard();
    const { db, stored } = await restart(name);
    await db.local.put({ key: 'keyRecord', value: { ...(stored as object), iv: 'abc' } });
    const damaged = (await db.local.get('keyRecord'))?.value;
    await expect(unlockKeyRecord(damaged, PIN)).rejects.toMatchObject({
      code: 'corrupted-key-record',
    });
    await expect(unlockKeyRecord(undefined, PIN)).rejects.toMatchObject({
      code: 'corrupted-key-record',
    });
    db.close();
  });
});
