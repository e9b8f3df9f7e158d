import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBed } from '../../../src/db/beds';
import { swapPatients } from '../../../src/db/bedSwap';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { dischargePatient } from '../../../src/db/patientChanges';
import { readBoard } from '../../../src/db/patients';
import type { BedId, PatientId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

let beds: [BedId, BedId, BedId];
let a: PatientId;
let b: PatientId;
beforeEach(async () => {
  await freshWard();
  beds = [await addBed({ label: '1' }), await addBed({ label: '2' }), await addBed({ label: '3' })];
  a = await admit({ bedId: beds[0] });
  b = await admit(
    { bedId: beds[1], identity: { ...admission('PETIT').identity, ipp: '87654321' } },
    'PETIT',
  );
});
afterEach(() => vi.restoreAllMocks());

const issues = async (write: () => Promise<unknown>) => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const result = await attempt(write);
  return result.ok ? [] : result.failure.kind === 'validation' ? result.failure.issues : [result];
};
const bedsOnBoard = async () =>
  (await readBoard()).board.slots.map((slot) => slot.patients.map((p) => p.id).join());

describe('swapping two patients’ beds', () => {
  it('writes two moves at the same time, in one go, and the board follows', async () => {
    const events = await swapPatients(a, b, hoursAgo(1));
    expect(events.map((e) => [e.patientId, e.payload.bedId])).toEqual([
      [a, beds[1]],
      [b, beds[0]],
    ]);
    expect(events[0]?.at).toBe(events[1]?.at);
    expect(await bedsOnBoard()).toEqual([b, a, '']);
  });

  it('refuses a patient no longer in a bed, and writes nothing', async () => {
    await dischargePatient(b, { destination: 'home', detail: '', at: hoursAgo(1) });
    const before = await db.events.count();
    expect(await issues(() => swapPatients(a, b, hoursAgo(0.5)))).toEqual([
      { path: 'bedId', code: 'notSwappable' },
    ]);
    expect(await issues(() => swapPatients(a, a, hoursAgo(0.5)))).toEqual([
      { path: 'bedId', code: 'notSwappable' },
    ]);
    expect(await db.events.count()).toBe(before);
  });

  it('refuses a time before either patient was placed', async () => {
    expect(await issues(() => swapPatients(a, b, hoursAgo(9)))).toEqual([
      { path: 'at', code: 'beforeAdmission' },
    ]);
  });
});
