import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEvent } from '../../../src/db/append';
import { toBase64 } from '../../../src/db/crypto/encoding';
import { resetDamaged } from '../../../src/db/damage';
import { db } from '../../../src/db/db';
import { resetNewer } from '../../../src/db/versions';
import { joinWardFile, makeWardFile } from '../../../src/db/wardFile';
import { newId, type BedId, type PatientId } from '../../../src/domain/ids';
import { instantOf } from '../../../src/domain/time';
import { editRawRow, flipByte, rawRows } from '../crypto/helpers';
import { freshWard, PASSPHRASE } from './fixtures';
import { emptyTablet, recordDemo } from './wardFileFixtures';

beforeEach(async () => {
  await freshWard();
  resetNewer();
  resetDamaged(() => 0);
});
afterEach(() => resetNewer());

const AT = '2026-11-20T09:30:00.000+01:00';

/** Stored as a newer Relève would: same key and binding, a version this app does not know. */
async function storeAsNewerApp(patientId: PatientId): Promise<string> {
  const event = await buildEvent({
    type: 'patient.moved',
    patientId,
    at: AT,
    payload: { bedId: newId<BedId>() },
  });
  const newer = { ...event, v: 99, payload: { bedId: event.payload.bedId, side: 'fenêtre' } };
  await db.table('events').add({ ...newer, atMs: instantOf(newer.at) });
  return newer.id;
}

const storedRow = async (id: string) =>
  (await rawRows('releve', 'events')).find((row) => row.id === id);
const base64Of = (field: unknown) => {
  const { iv, ct } = field as { iv: ArrayBuffer; ct: ArrayBuffer };
  return { iv: toBase64(iv), ct: toBase64(ct) };
};

/** A ward with one damaged entry and one written by a newer app, among readable ones. */
async function wardWithUnreadable() {
  const events = await recordDemo(1);
  const patientId = events.find((e) => e.patientId !== null)?.patientId as PatientId;
  const damaged = events.filter((e) => e.type === 'vitals.recorded')[3]?.id ?? '';
  await editRawRow('releve', 'events', damaged, (row) => {
    row.payload = flipByte(row.payload, 3);
  });
  const newer = await storeAsNewerApp(patientId);
  return { damaged, newer, stored: await db.events.count() };
}

describe('a ward file carries every stored entry', () => {
  it('damaged and newer-version entries travel as stored; the receiving tablet sets the damaged one aside and keeps the newer one as it came', async () => {
    const { damaged, newer, stored } = await wardWithUnreadable();
    const damagedRow = await storedRow(damaged);
    const newerRow = await storedRow(newer);
    const made = await makeWardFile();
    expect(made.events).toBe(stored);
    expect(made.unreadable).toEqual({ damaged: 1, newer: 1, leftOut: 0 });

    await emptyTablet();
    const report = await joinWardFile(made.blob, PASSPHRASE);
    expect(report).toMatchObject({ added: stored - 1, quarantined: 1 });
    const set = await db.quarantine.toArray();
    expect(set).toMatchObject([
      {
        eventId: damaged,
        reason: 'tampered',
        wire: { id: damaged, payload: base64Of(damagedRow?.payload) },
      },
    ]);
    // In the log, bytes and all, for the day this tablet's Relève is updated.
    const kept = await storedRow(newer);
    expect(kept).toMatchObject({ id: newer, v: 99 });
    expect(base64Of(kept?.payload)).toEqual(base64Of(newerRow?.payload));
  });

  it('an entry no longer of the shape of one cannot travel: counted, never silently dropped', async () => {
    const { damaged, stored } = await wardWithUnreadable();
    await editRawRow('releve', 'events', damaged, (row) => {
      delete row.author;
    });
    const made = await makeWardFile();
    expect(made.unreadable).toEqual({ damaged: 0, newer: 1, leftOut: 1 });
    expect(made.events).toBe(stored - 1);
  });
});
