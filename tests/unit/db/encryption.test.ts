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
import { asText, rawTables } from './rawTables';
import { fileOf, wiresOf, withFlippedPayload } from './wardFileFixtures';
import { importWardFile } from '../../../src/db/wardFile';

beforeEach(freshWard);

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
  it('stores no name, birth date, note or value in clear, in any table', async () => {
    const patientId = newId<PatientId>();
    await admitAndChart(patientId);
    // A half-typed form (issue 9): its values, author and time are encrypted too.
    await saveDraft('vitals', patientId, { spo2: '91', comment: 'Brouillon de Mme Dupont' });
    // A ward file whose copy of the note was altered in transit: the note is quarantined.
    const note = (await patientEvents(patientId)).filter((e) => e.type === 'note.written');
    const altered = (await wiresOf(note)).map(withFlippedPayload);
    expect((await importWardFile(await fileOf(altered))).quarantined).toBe(1);
    const stored = await rawTables();
    // Every table of the real database is read, and each must hold rows here: a new table
    // gets rows written through the app in this test, so its clear text would show.
    expect(Object.keys(stored).sort()).toEqual(db.tables.map((table) => table.name).sort());
    for (const [table, rows] of Object.entries(stored)) {
      expect(
        rows.length,
        `${table} is empty here: write to it through the app above`,
      ).toBeGreaterThan(0);
      const text = asText(rows);
      for (const secret of SECRETS)
        expect(text, `${secret} in clear in ${table}`).not.toContain(secret);
    }
    // The same data reads back in clear through the app's database.
    expect((await db.patients.get(patientId))?.identity.birthName).toBe('Dupont');
    expect((await db.lastVitals.get(patientId))?.event.payload.pulse).toBe(117);
    expect((await db.drafts.toArray()).map((row) => row.draft.values)).toEqual([
      { spo2: '91', comment: 'Brouillon de Mme Dupont' },
    ]);
  });

  it('control: clear text in any table, even a table unknown to this test, is found', async () => {
    await db.local.put({ key: 'control', value: 'Dupont' });
    const other = new Dexie('releve-control');
    other.version(1).stores({ handover: 'id' });
    await other
      .table('handover')
      .put({ id: 1, text: new TextEncoder().encode('Pénicilline').buffer });
    other.close();
    expect(asText((await rawTables()).local)).toContain('Dupont');
    expect(asText((await rawTables('releve-control')).handover)).toContain('Pénicilline');
    await Dexie.delete('releve-control');
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
