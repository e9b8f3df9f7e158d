import { afterEach, describe, expect, it } from 'vitest';
import { voidEvent } from '../../../src/db/append';
import { addBedSeries, readBeds } from '../../../src/db/beds';
import { db } from '../../../src/db/db';
import { dischargePatient } from '../../../src/db/patientChanges';
import { readBoard, readWardPatients } from '../../../src/db/patients';
import { rebuildProjections } from '../../../src/db/projections';
import { lockSession } from '../../../src/db/session';
import type { PatientId } from '../../../src/domain/ids';
import { countDecryptions } from './decryptCounter';
import { freshWard } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

// Issue 11, point 6: the board decrypts the patients present, not every patient the ward has
// had over the outage; and it shows exactly the same board as a read of them all.

afterEach(() => lockSession());

const NAMES = ['AUBERT', 'BLANC', 'COLIN', 'DUPUIS', 'EVRARD', 'FAURE', 'GIRARD', 'HUET'];

/** Two beds; `discharged` patients come and go through bed 1, then two stay. */
async function wardWithTurnover(discharged: number) {
  await freshWard();
  await addBedSeries(1, 2);
  const [bed1, bed2] = await readBeds();
  if (!bed1 || !bed2) throw new Error('no beds');
  for (let i = 0; i < discharged; i += 1) {
    const id = await admit(
      { bedId: bed1.bedId, identity: { ...who(i), ipp: `2000000${i}` }, admittedAt: hoursAgo(40) },
      NAMES[i],
    );
    await leave(id, hoursAgo(30 - i));
  }
  const present = [
    await admit({ bedId: bed1.bedId, identity: { ...who(90), ipp: '30000001' } }, 'MARTIN'),
    await admit({ bedId: bed2.bedId, identity: { ...who(91), ipp: '30000002' } }, 'PETIT'),
  ];
  return { present };
}

function leave(id: PatientId | undefined, at: string) {
  if (!id) throw new Error('no patient');
  return dischargePatient(id, { destination: 'home', detail: '', at });
}

const who = (i: number) => ({
  birthName: NAMES[i] ?? (i === 90 ? 'MARTIN' : 'PETIT'),
  firstName: 'Jeanne',
  birthDate: '1950-03-14',
  sex: 'F' as const,
});

/** The board's patients, by id, and how many patient rows it decrypted. */
async function board() {
  const counter = countDecryptions();
  try {
    const { board } = await readBoard();
    const ids = board.slots.flatMap((slot) => slot.patients.map((p) => p.id)).sort();
    return { ids, decrypted: counter.records('patients') };
  } finally {
    counter.stop();
  }
}

const presentOfAll = async () =>
  (await readWardPatients())
    .filter((p) => p.status === 'admitted')
    .map((p) => p.id)
    .sort();

describe('the patients present (db/presence.ts)', () => {
  it('the board decrypts only them, however many were discharged before', async () => {
    const { present } = await wardWithTurnover(6);
    const seen = await board();
    expect(seen.ids).toEqual([...present].sort());
    expect(seen.ids).toEqual(await presentOfAll());
    expect(seen.decrypted).toBe(2);
  });

  it('a tablet from before the list shows the same board, then builds the list at its next write', async () => {
    const { present } = await wardWithTurnover(3);
    await db.local.delete('presentPatients');
    const before = await board();
    expect(before.ids).toEqual([...present].sort());
    expect(before.decrypted).toBe(5); // every row, as before the list
    await leave(present[0], hoursAgo(1));
    const after = await board();
    expect(after.ids).toEqual([present[1]]);
    expect(after.decrypted).toBe(1);
  });

  it('a struck-out discharge puts the patient back, and a rebuild agrees', async () => {
    const { present } = await wardWithTurnover(1);
    const discharge = await leave(present[0], hoursAgo(1));
    expect((await board()).ids).toEqual([present[1]]);
    await voidEvent(discharge.id, 'Sortie saisie sur le mauvais patient');
    expect((await board()).ids).toEqual([...present].sort());
    await rebuildProjections();
    const rebuilt = await board();
    expect(rebuilt.ids).toEqual(await presentOfAll());
    expect(rebuilt.decrypted).toBe(2);
  });
});
