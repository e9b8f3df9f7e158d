import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { isDamaged } from '../../../src/db/crypto';
import { damagedRecords } from '../../../src/db/damage';
import { saveDraft } from '../../../src/db/drafts';
import { db } from '../../../src/db/db';
import { patientEvents } from '../../../src/db/projections';
import { readWardNotes } from '../../../src/db/ward';
import { newId, type PatientId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';

beforeEach(freshWard);

/** The database as a thief would read it: same file, no key, no middleware. */
async function rawDump(): Promise<string> {
  const raw = new Dexie('releve');
  raw.version(1).stores({
    events: 'id, [wardId+atMs], [patientId+atMs], [type+atMs]',
    patients: 'id, wardId',
    local: 'key',
  });
  raw.version(2).stores({ lastVitals: 'patientId' });
  raw.version(3).stores({ drafts: 'id' });
  const tables = await Promise.all(raw.tables.map((table) => table.toArray()));
  raw.close();
  // ArrayBuffers are dumped as their bytes read as text, so clear text inside them would show.
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof ArrayBuffer ? new TextDecoder().decode(value) : value,
  );
}

// Words and JSON fragments that only a clear payload could contain (a bare number such as
// 38.7 could also appear by chance in a clear timestamp, so values are searched with their key).
const SECRETS = [
  'Dupont',
  'Marie',
  '1950-03-14',
  'Pneumopathie',
  'Dr Martin',
  'Pénicilline',
  'Alice Martin',
  'Médecine 3',
  'Patiente agitée',
  '"temperature":38.7',
  '"pulse":117',
  '"systolicBp":',
  'Brouillon de Mme Dupont',
  '"spo2":"91"',
];

async function admitAndChart(patientId: PatientId) {
  await appendEvent({
    type: 'patient.admitted',
    patientId,
    at: '2026-11-29T18:30:00.000+01:00',
    payload: {
      identity: {
        birthName: 'Dupont',
        firstName: 'Marie',
        birthDate: '1950-03-14',
        sex: 'F',
        ipp: '12345678',
      },
      admittedAt: '2026-11-29T18:30:00.000+01:00',
      reason: 'Pneumopathie',
      physician: 'Dr Martin',
      allergies: { status: 'known', items: [{ substance: 'Pénicilline', severity: 'severe' }] },
      isolation: ['none'],
    },
  });
  await appendEvent({
    type: 'note.written',
    patientId,
    payload: { text: 'Patiente agitée' },
  });
  await appendEvent({
    type: 'vitals.recorded',
    patientId,
    // A full set: the board's projection of the last set holds it too.
    payload: {
      temperature: 38.7,
      pulse: 117,
      systolicBp: 96,
      diastolicBp: 60,
      spo2: 93,
      respiratoryRate: 24,
      onOxygen: false,
      consciousness: 'A',
    },
  });
}

describe('encryption at rest, through the app write path', () => {
  it('stores no name, birth date, note or value in clear', async () => {
    const patientId = newId<PatientId>();
    await admitAndChart(patientId);
    // A half-typed form (issue 9): its values, author and time are encrypted too.
    await saveDraft('vitals', patientId, { spo2: '91', comment: 'Brouillon de Mme Dupont' });
    const dump = await rawDump();
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of SECRETS) expect(dump, secret).not.toContain(secret);
    // The same data reads back in clear through the app's database.
    expect((await db.patients.get(patientId))?.identity.birthName).toBe('Dupont');
    expect((await db.lastVitals.get(patientId))?.event.payload.pulse).toBe(117);
    expect((await db.drafts.toArray()).map((row) => row.draft.values)).toEqual([
      { spo2: '91', comment: 'Brouillon de Mme Dupont' },
    ]);
  });

  it('still answers per-patient and per-ward queries from the clear indexes', async () => {
    const patientId = newId<PatientId>();
    await admitAndChart(patientId);
    expect((await patientEvents(patientId)).map((e) => e.type)).toEqual([
      'patient.admitted',
      'note.written',
      'vitals.recorded',
    ]);
    const wardId = (await db.patients.get(patientId))?.wardId ?? '';
    expect(await db.patients.where('wardId').equals(wardId).count()).toBe(1);
    expect(await readWardNotes()).toEqual([]);
  });

  it('reports a tampered record instead of showing it', async () => {
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Relève 21 h' } });
    // Flip one byte of the ciphertext, underneath the middleware, as an attacker would.
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('releve');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const store = idb.transaction('events', 'readwrite').objectStore('events');
      const get = store.get(note.id);
      get.onsuccess = () => {
        const row = get.result as { payload: { ct: ArrayBuffer } };
        const bytes = new Uint8Array(row.payload.ct);
        bytes.set([(bytes[0] ?? 0) ^ 0xff], 0);
        const put = store.put(row);
        put.onsuccess = () => resolve();
        put.onerror = () => reject(put.error);
      };
    });
    idb.close();
    // Isolated (issue 9): never shown, never a failed read of the whole log, and listed.
    const read = await db.events.get(note.id);
    expect(isDamaged(read)).toBe(true);
    expect(read).not.toHaveProperty('payload');
    expect(await readWardNotes()).toEqual([]);
    expect(damagedRecords().map((record) => record.id)).toContain(`events:${note.id}`);
  });
});
