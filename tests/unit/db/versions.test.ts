import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, buildEvent } from '../../../src/db/append';
import { readPatientChart } from '../../../src/db/chartReads';
import { db } from '../../../src/db/db';
import { readPatient } from '../../../src/db/patients';
import { rebuildProjections } from '../../../src/db/projections';
import { newerEvents, resetNewer } from '../../../src/db/versions';
import { readWardNotes } from '../../../src/db/ward';
import { EVENT_VERSIONS, type VersionTable } from '../../../src/domain/eventVersions';
import { newId, type BedId, type PatientId } from '../../../src/domain/ids';
import { instantOf } from '../../../src/domain/time';
import { rawRows } from '../crypto/helpers';
import { freshWard } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

beforeEach(async () => {
  await freshWard();
  resetNewer();
});
afterEach(() => resetNewer());

/** What IndexedDB holds for one event, bypassing the app (ciphertext bytes and all). */
const rawEvent = async (id: string) =>
  (await rawRows('releve', 'events')).find((row) => row.id === id);

/**
 * Stores an event as a newer Relève would: through the same database and key, with a
 * version (or a type) this app does not know and a payload of that newer shape.
 */
async function storeAsNewerApp(patientId: PatientId, change: { v?: number; type?: string }) {
  const event = await buildEvent({
    type: 'patient.moved',
    patientId,
    at: hoursAgo(1),
    payload: { bedId: newId<BedId>() },
  });
  const newer = { ...event, ...change, payload: { bedId: event.payload.bedId, side: 'fenêtre' } };
  // Written as stored, not appended: this app's validation would refuse it, as it should.
  await db.table('events').add({ ...newer, atMs: instantOf(newer.at) });
  return newer;
}

describe('an event written by a newer version of Relève', () => {
  it('is kept as stored, never folded nor shown, and counted for the notice', async () => {
    const patient = await admit();
    const before = await readPatient(patient);
    const newer = await storeAsNewerApp(patient, { v: 99 });
    const stored = await rawEvent(newer.id);
    expect(stored).toMatchObject({ id: newer.id, v: 99 });

    const chart = await readPatientChart(patient);
    expect(chart.map((event) => event.id)).not.toContain(newer.id);
    await rebuildProjections();
    expect(await readPatient(patient)).toEqual(before);
    expect(newerEvents()).toEqual([
      { id: newer.id, type: 'patient.moved', v: 99, reason: 'newerVersion', patientId: patient },
    ]);
    // Read again and rebuilt, the row is as the newer app wrote it, bytes and all.
    expect(await rawEvent(newer.id)).toEqual(stored);
  });

  it('hands a direct read its clear fields only, marked, never its content', async () => {
    const patient = await admit();
    const newer = await storeAsNewerApp(patient, { v: 2 + EVENT_VERSIONS['patient.moved'] });
    const read: unknown = await db.events.get(newer.id);
    expect(read).toMatchObject({ id: newer.id, type: 'patient.moved', v: newer.v });
    expect(read).not.toHaveProperty('payload');
    expect(read).not.toHaveProperty('author');
    // A cursor read (filter) goes through the same path.
    const walked = await db.events.filter((event) => event.id === newer.id).toArray();
    expect(walked[0]).not.toHaveProperty('payload');
  });

  it('of a type this app does not know is treated the same way', async () => {
    const patient = await admit();
    const newer = await storeAsNewerApp(patient, { type: 'ward.typeFromTheFuture' });
    expect((await readPatientChart(patient)).map((event) => event.id)).not.toContain(newer.id);
    expect(newerEvents()).toMatchObject([{ id: newer.id, reason: 'unknownType', v: 1 }]);
  });
});

/** A later app, for the test: note.written at version 2, whose v1 `text` gains a marker. */
const LATER: VersionTable = {
  current: { ...EVENT_VERSIONS, 'note.written': 2 },
  upcasters: { 'note.written': [(p) => ({ text: `${(p as { text: string }).text} [v1]` })] },
};

describe('an event of an older version', () => {
  it('is upgraded on every read path (query, get, cursor), and never rewritten', async () => {
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Main courante' } });
    const stored = await rawEvent(note.id);
    expect(stored).toMatchObject({ v: 1 });
    resetNewer(LATER);
    const upgraded = { v: 2, payload: { text: 'Main courante [v1]' } };
    expect(await readWardNotes()).toMatchObject([upgraded]);
    expect(await db.events.get(note.id)).toMatchObject(upgraded);
    const walked = await db.events.filter((event) => event.id === note.id).toArray();
    expect(walked).toMatchObject([upgraded]);
    expect(await rawEvent(note.id)).toEqual(stored);
    expect(newerEvents()).toEqual([]);
  });

  it('stored before versions existed (no v) is read as version 1', async () => {
    const note = await appendEvent({ type: 'note.written', payload: { text: 'Ancienne' } });
    await db.table('events').update(note.id, { v: undefined });
    expect(await rawEvent(note.id)).not.toHaveProperty('v');
    resetNewer(LATER);
    expect(await db.events.get(note.id)).toMatchObject({
      v: 2,
      payload: { text: 'Ancienne [v1]' },
    });
  });
});
