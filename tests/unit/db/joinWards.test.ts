import { beforeEach, describe, expect, it } from 'vitest';
import { readWardConflicts } from '../../../src/db/conflicts';
import { db } from '../../../src/db/db';
import { joinOtherWard, JoinWardsError } from '../../../src/db/joinWards';
import { getLocal } from '../../../src/db/local';
import { readBeds } from '../../../src/db/beds';
import { readWard } from '../../../src/db/ward';
import { getDataKey, openSession } from '../../../src/db/session';
import { WardFileError } from '../../../src/db/wardFile';
import { loadTablet, saveTablet } from './tablets';
import { allEvents, OTHER_PASSPHRASE, twoWards, type TwoWards } from './joinWardsFixtures';
import { rawTables } from './rawTables';

let wards: TwoWards;
beforeEach(async () => {
  wards = await twoWards();
});

/** B's log as B's tablet holds it (decrypted with B's key). */
async function logOfB() {
  const back = await saveTablet();
  const { openTablet } = await import('./joinWardsFixtures');
  await openTablet(wards.b, OTHER_PASSPHRASE);
  const events = await allEvents();
  await loadTablet(back);
  await openTablet(back, (await import('./fixtures')).PASSPHRASE);
  return events;
}

const refusal = (error: unknown) =>
  error instanceof WardFileError || error instanceof JoinWardsError ? error.code : error;

describe('joining a ward begun separately', () => {
  it('keeps both logs, B under A’s ward id and key, with authors and times', async () => {
    const ofB = await logOfB();
    const ofA = await allEvents();
    const wardA = await getLocal('wardId');
    const report = await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);

    const after = new Map((await allEvents()).map((e) => [e.id, e]));
    // Every entry of A unchanged.
    for (const event of ofA) expect(after.get(event.id)).toEqual(event);
    // B's name and settings are not taken, nor its beds 1 and 2 (A has them); bed 4 is.
    const notTaken = ofB.filter(
      (e) =>
        e.type === 'ward.configured' ||
        e.type === 'ward.settingsChanged' ||
        (e.type === 'bed.added' && e.payload.label !== '4'),
    );
    expect(notTaken).toHaveLength(4);
    for (const event of notTaken) expect(after.has(event.id)).toBe(false);
    const taken = ofB.filter((e) => !notTaken.includes(e));
    for (const event of taken) {
      const joined = after.get(event.id);
      expect(joined?.wardId).toBe(wardA);
      const { wardId, payload, ...rest } = event;
      expect(wardId).not.toBe(wardA);
      expect(joined).toMatchObject(rest);
      // Only a bed A has too changes: B's bed 2 is A's bed 2 (bed 4 is B's own).
      const bed = (await readBeds()).find((b) => b.label === '2')?.bedId;
      const placed = event.type === 'patient.admitted' && event.patientId === wards.inB[0];
      expect(joined?.payload).toEqual(placed ? { ...payload, bedId: bed } : payload);
    }
    expect(report).toMatchObject({
      otherWardName: 'Médecine 3 nuit',
      added: taken.length,
      alreadyPresent: 0,
      skipped: 4,
      quarantined: 0,
      patients: 2,
      sharedBeds: 1,
      possibleDuplicates: 1,
    });
    // Every stored entry opens under A's key (the middleware refuses any other seal).
    expect(after.size).toBe(ofA.length + taken.length + 1);
    expect([...after.values()].every((e) => !Object.getOwnPropertySymbols(e).length)).toBe(true);
    const ward = await readWard();
    expect(ward).toMatchObject({ name: 'Médecine 3', settings: { glucoseUnit: 'g/L' } });
    expect(ward?.staff.map((s) => s.name)).toEqual(['Alice Martin', 'Marie Curie']);
    expect((await readBeds()).map((b) => b.label)).toEqual(['1', '2', '3', '4']);
  });

  it('shows the bed shared and the person admitted twice as conflicts', async () => {
    await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);
    const { conflicts } = await readWardConflicts();
    const bed = conflicts.find((c) => c.kind === 'bed');
    const same = conflicts.find((c) => c.kind === 'duplicate');
    expect(bed?.kind === 'bed' && [...bed.patients].sort()).toEqual(
      [wards.inA, wards.inB[0]].sort(),
    );
    expect(same?.kind === 'duplicate' && [...same.patients].sort()).toEqual(
      [wards.inA, wards.inB[0]].sort(),
    );
  });

  it('records who joined what: one ward.joined naming B and what was not taken', async () => {
    const report = await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);
    const joins = (await allEvents()).filter((e) => e.type === 'ward.joined');
    expect(joins).toHaveLength(1);
    const join = joins[0];
    expect(join?.author.name).toBe('Alice Martin');
    expect(join?.type === 'ward.joined' && join.payload).toMatchObject({
      otherWardName: 'Médecine 3 nuit',
      added: report.added,
      patients: 2,
    });
    expect(join?.type === 'ward.joined' && join.payload.skipped).toHaveLength(4);
  });

  it('joining the same file again adds nothing', async () => {
    await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);
    const once = await rawTables();
    const again = await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);
    expect(again).toMatchObject({ added: 0, quarantined: 0 });
    expect(again.alreadyPresent).toBeGreaterThan(0);
    const twice = await rawTables();
    expect(twice.events).toEqual(once.events);
    expect(twice.quarantine).toEqual(once.quarantine);
  });

  it('a wrong passphrase, a cut file or a flipped byte: a clear refusal, nothing changed', async () => {
    const before = await rawTables();
    const bytes = new Uint8Array(await wards.fileOfB.arrayBuffer());
    const flippedBytes = bytes.slice();
    const at = bytes.length - 40;
    flippedBytes[at] = (flippedBytes[at] ?? 0) ^ 1;
    const cases: [Blob, string, string][] = [
      [wards.fileOfB, 'cheval agrafe soleil', 'wrongPassphrase'],
      [new Blob([bytes.slice(0, bytes.length - 100)]), OTHER_PASSPHRASE, 'truncated'],
      [new Blob([flippedBytes]), OTHER_PASSPHRASE, 'damaged'],
    ];
    for (const [file, passphrase, code] of cases) {
      const error: unknown = await joinOtherWard(file, passphrase).catch((e: unknown) => e);
      expect(refusal(error)).toBe(code);
      expect(await rawTables()).toEqual(before);
    }
  });

  it('refuses a file of its own ward (an ordinary import) and nobody charting', async () => {
    const { makeWardFile } = await import('../../../src/db/wardFile');
    const own = await makeWardFile();
    const before = await rawTables();
    const error: unknown = await joinOtherWard(own.blob, OTHER_PASSPHRASE).catch((e) => e);
    expect(refusal(error)).toBe('sameWard');
    const key = getDataKey();
    if (!key) throw new Error('locked');
    openSession(key); // unlocked, nobody charting yet
    const noAuthor: unknown = await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE).catch((e) => e);
    expect(refusal(noAuthor)).toBe('noAuthor');
    expect((await rawTables()).events).toEqual(before.events);
  });

  it('an id A already holds with another content is kept apart, never overwritten', async () => {
    const ofB = await logOfB();
    const note = ofB.find((e) => e.type === 'note.written');
    if (!note) throw new Error('no note');
    const { writeEvents } = await import('../../../src/db/append');
    const wardA = await getLocal('wardId');
    const forged = { ...note, wardId: wardA, payload: { text: 'Autre texte' } } as typeof note;
    await writeEvents([forged]);
    const report = await joinOtherWard(wards.fileOfB, OTHER_PASSPHRASE);
    expect(report.quarantined).toBe(1);
    expect(await db.events.get(note.id)).toMatchObject({ payload: { text: 'Autre texte' } });
    const [row] = await db.quarantine.toArray();
    expect(row).toMatchObject({ eventId: note.id, reason: 'tampered' });
  });
});
