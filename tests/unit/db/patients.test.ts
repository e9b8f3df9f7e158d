import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBed, updateBed } from '../../../src/db/beds';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { admitPatient, drawTempId, readBoard, readPatient } from '../../../src/db/patients';
import { dischargePatient } from '../../../src/db/patientChanges';
import { ensureDeviceId } from '../../../src/db/local';
import type { BedId, PatientId } from '../../../src/domain/ids';
import { generateTempId } from '../../../src/domain/tempId';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

let bedA: BedId;
let bedB: BedId;
beforeEach(async () => {
  await freshWard();
  bedA = await addBed({ label: '1' });
  bedB = await addBed({ label: '2', room: '1' });
});
afterEach(() => vi.restoreAllMocks());

const failure = async (write: () => Promise<unknown>) => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const result = await attempt(write);
  return result.ok ? undefined : result.failure;
};

describe('admitPatient', () => {
  it('records the admission at its time, in its bed, and the board shows it', async () => {
    const at = hoursAgo(2);
    const id = await admit({ admittedAt: at, bedId: bedA });
    const [event] = await db.events
      .where('[patientId+atMs]')
      .between([id, 0], [id, Infinity])
      .toArray();
    expect(event).toMatchObject({ type: 'patient.admitted', at, payload: { bedId: bedA } });
    const { board } = await readBoard();
    expect(board.slots.map((s) => s.patients.map((p) => p.id))).toEqual([[id], []]);
  });

  it.each([
    ['31/02 typed as 1950-02-31', '1950-02-31', 'invalidDate'],
    ['a birth date in the future', '2999-01-01', 'futureDate'],
    ['a birth 200 years ago', '1800-01-01', 'tooOld'],
  ])('refuses %s, and stores nothing', async (_, birthDate, code) => {
    const before = await db.events.count();
    const input = admission('DURAND', {
      admittedAt: hoursAgo(1),
      identity: { ...admission().identity, birthDate },
    });
    expect(await failure(() => admitPatient(input))).toEqual({
      kind: 'validation',
      issues: expect.arrayContaining([{ path: 'identity.birthDate', code }]),
    });
    expect(await db.events.count()).toBe(before);
  });

  it('refuses an occupied, a closed or an unknown bed', async () => {
    await admit({ bedId: bedA });
    await updateBed(bedB, { unavailable: true });
    for (const [bedId, code] of [
      [bedA, 'bedOccupied'],
      [bedB, 'bedUnavailable'],
      ['0193a0e4-1c2d-7e3f-8a9b-000000000000', 'unknownBed'],
    ]) {
      const input = admission('PETIT', { admittedAt: hoursAgo(1), bedId });
      expect(await failure(() => admitPatient(input))).toEqual({
        kind: 'validation',
        issues: [{ path: 'bedId', code }],
      });
    }
  });
});

describe('possible duplicates, before saving', () => {
  it('stops on the same traits, then saves when the nurse confirms, and keeps her answer', async () => {
    const first = await admit();
    const input = admission('Durand', {
      admittedAt: hoursAgo(1),
      identity: { ...admission().identity, ipp: undefined, tempId: generateTempId('t', 1) },
    });
    const warned = await admitPatient(input);
    expect(warned).toMatchObject({
      saved: false,
      duplicates: [{ patient: { id: first }, reasons: ['sameTraits'] }],
    });
    expect(await db.patients.count()).toBe(1);
    const saved = await admitPatient(input, { confirmed: [first] });
    expect(saved.saved).toBe(true);
    const id = saved.saved ? saved.value : ('' as PatientId);
    const [event] = await db.events
      .where('[patientId+atMs]')
      .between([id, 0], [id, Infinity])
      .toArray();
    expect(event?.payload).toMatchObject({ distinctFrom: [first] });
  });

  it('points out the same IPP, and a discharged patient too', async () => {
    const first = await admit({}, 'ROUX');
    await dischargePatient(first, { destination: 'home', detail: '', at: hoursAgo(1) });
    const result = await admitPatient(admission('PETIT', { admittedAt: hoursAgo(0.5) }));
    expect(result).toMatchObject({
      saved: false,
      duplicates: [{ patient: { id: first, status: 'discharged' }, reasons: ['sameIpp'] }],
    });
  });

  it('says nothing for a different person', async () => {
    await admit();
    const other = admission('PETIT', {
      admittedAt: hoursAgo(1),
      identity: { ...admission('PETIT').identity, ipp: '99999999' },
    });
    expect((await admitPatient(other)).saved).toBe(true);
  });
});

describe('drawTempId', () => {
  it('draws an identifier of this tablet, again when it is already known here', async () => {
    const deviceId = await ensureDeviceId();
    const known = generateTempId(deviceId, 7);
    await admit({ identity: { ...admission().identity, ipp: undefined, tempId: known } });
    const draws = [7, 7, 8];
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      new Uint32Array(array.buffer)[0] = draws.shift() ?? 9;
      return array;
    });
    expect(await drawTempId()).toBe(generateTempId(deviceId, 8));
    const [first] = await db.patients.toArray();
    expect(first && (await readPatient(first.id))?.identity.tempId).toBe(known);
  });
});

describe('the identifier', () => {
  it('is asked for together with the other problems, not only once they are fixed', async () => {
    const input = admission('', {
      admittedAt: hoursAgo(1),
      identity: { ...admission('').identity, ipp: '  ' },
    });
    const found = await failure(() => admitPatient(input));
    expect(found).toEqual({
      kind: 'validation',
      issues: [
        { path: 'identity.birthName', code: 'required' },
        { path: 'identity.ipp', code: 'missingIdentifier' },
      ],
    });
  });
});
