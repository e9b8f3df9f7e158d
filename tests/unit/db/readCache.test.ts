import { afterEach, describe, expect, it } from 'vitest';
import { buildEvent, writeEvents } from '../../../src/db/append';
import { readPatientChart } from '../../../src/db/chartReads';
import { forgetDecrypted } from '../../../src/db/crypto/readCache';
import { db } from '../../../src/db/db';
import { readPatient } from '../../../src/db/patients';
import { lockSession } from '../../../src/db/session';
import type { EventId, PatientId } from '../../../src/domain/ids';
import { voidedIds } from '../../../src/domain/voids';
import { countDecryptions } from './decryptCounter';
import { freshWard } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

// Records already decrypted are not decrypted again (db/crypto/readCache.ts), and what is
// read is never stale: a new entry, a late one, a correction, a changed projection row and
// a row altered in storage all read as a read from nothing kept would.

afterEach(() => lockSession());

async function patientWithNotes(n: number): Promise<{ patientId: PatientId; notes: EventId[] }> {
  await freshWard();
  const patientId = await admit();
  const notes = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      buildEvent({
        type: 'note.written',
        patientId,
        at: hoursAgo(4 - i * 0.1),
        payload: { text: `Note ${i}` },
      }),
    ),
  );
  await writeEvents(notes);
  return { patientId, notes: notes.map((note) => note.id) };
}

/** The same read with nothing kept decrypted: what the cache must agree with. */
async function coldRead<T>(read: () => Promise<T>): Promise<T> {
  forgetDecrypted();
  return read();
}

/** Events decrypted by `read`, the cache as it is. */
async function decryptedBy(read: () => Promise<unknown>): Promise<number> {
  const counter = countDecryptions();
  // countDecryptions starts cold; warm it again with the read it is compared with.
  await read();
  const before = counter.records('events');
  try {
    await read();
    return counter.records('events') - before;
  } finally {
    counter.stop();
  }
}

describe('events already decrypted', () => {
  it('a patient log read again decrypts nothing', async () => {
    const { patientId } = await patientWithNotes(12);
    expect(await decryptedBy(() => readPatientChart(patientId))).toBe(0);
  });

  it('after a late entry and a correction, only those are decrypted, and they show', async () => {
    const { patientId, notes } = await patientWithNotes(6);
    await readPatientChart(patientId);
    const counter = countDecryptions();
    await readPatientChart(patientId); // warm again (the counter started cold)
    const late = await buildEvent({
      type: 'note.written',
      patientId,
      at: hoursAgo(4.5),
      payload: { text: 'Saisie tardive' },
    });
    const voided = notes[2] as EventId;
    const correction = await buildEvent({
      type: 'event.voided',
      patientId,
      payload: { eventId: voided, reason: 'Erreur de patient' },
    });
    await writeEvents([late, correction]);
    const before = counter.records('events');
    const read = await readPatientChart(patientId);
    expect(counter.records('events') - before).toBe(2);
    counter.stop();
    expect(read.map((event) => event.id)).toContain(late.id);
    expect(voidedIds(read).has(voided)).toBe(true);
    expect(read).toEqual(await coldRead(() => readPatientChart(patientId)));
  });

  it('a projection row written again reads as written, not as kept', async () => {
    const { patientId } = await patientWithNotes(1);
    expect((await readPatient(patientId))?.header.reason).toBe('Pneumopathie');
    const update = await buildEvent({
      type: 'patient.updated',
      patientId,
      payload: { clinical: { reason: 'Chute' }, reason: 'Motif précisé' },
    });
    await writeEvents([update]);
    expect((await readPatient(patientId))?.header.reason).toBe('Chute');
  });

  it('a record that is not there reads as not there', async () => {
    const { patientId } = await patientWithNotes(1);
    await readPatientChart(patientId);
    expect(await db.events.get('absent' as EventId)).toBeUndefined();
    expect(await db.events.get('absent' as EventId)).toBeUndefined();
  });

  it('a row altered in storage is opened again and found damaged, never served as kept', async () => {
    const { patientId, notes } = await patientWithNotes(3);
    const target = notes[1] as EventId;
    expect((await readPatientChart(patientId)).map((event) => event.id)).toContain(target);
    // Below the middleware: one byte of the stored ciphertext changed, the rest as it was.
    await db.transaction('rw', db.events, async (tx) => {
      const store = tx.idbtrans.objectStore('events');
      const row = await new Promise<Record<string, { iv: ArrayBuffer; ct: ArrayBuffer }>>(
        (resolve) => {
          const get = store.get(target);
          get.onsuccess = () => resolve(get.result);
        },
      );
      const ct = new Uint8Array(row.payload?.ct.slice(0) ?? new ArrayBuffer(0));
      ct[0] = (ct[0] ?? 0) ^ 1;
      store.put({ ...row, payload: { ...row.payload, ct: ct.buffer } });
    });
    const read = await readPatientChart(patientId);
    expect(read.map((event) => event.id)).not.toContain(target);
    expect(read).toHaveLength(notes.length);
  });
});
