import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addBed } from '../../../src/db/beds';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import {
  dischargePatient,
  linkIdentifier,
  movePatient,
  updatePatient,
} from '../../../src/db/patientChanges';
import { admitPatient, readBoard, readPatient, readPatientHistory } from '../../../src/db/patients';
import type { BedId, PatientId } from '../../../src/domain/ids';
import { generateTempId } from '../../../src/domain/tempId';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

const TEMP = generateTempId('tablet-a', 3);
let beds: [BedId, BedId, BedId];
let id: PatientId;
beforeEach(async () => {
  await freshWard();
  beds = [await addBed({ label: '1' }), await addBed({ label: '2' }), await addBed({ label: '3' })];
  id = await admit({
    bedId: beds[0],
    identity: { ...admission().identity, ipp: undefined, tempId: TEMP },
  });
});
afterEach(() => vi.restoreAllMocks());

const issues = async (write: () => Promise<unknown>) => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const result = await attempt(write);
  return result.ok
    ? []
    : result.failure.kind === 'validation'
      ? result.failure.issues
      : [result.failure];
};
const bedsOnBoard = async () =>
  (await readBoard()).board.slots.map((slot) => slot.patients.map((p) => p.id).join());

describe('moving a patient', () => {
  it('moves to a free bed at the time given, and the board follows', async () => {
    const event = await movePatient(id, beds[1], hoursAgo(1));
    expect(event.at).toBe(hoursAgo(1).slice(0, 16) + event.at.slice(16));
    expect(await bedsOnBoard()).toEqual(['', id, '']);
  });

  it('refuses an occupied bed, the same bed, a time before admission or in the future', async () => {
    const other = await admit({ bedId: beds[2] }, 'PETIT');
    expect(await issues(() => movePatient(id, beds[2], hoursAgo(1)))).toEqual([
      { path: 'bedId', code: 'bedOccupied' },
    ]);
    expect(await issues(() => movePatient(id, beds[0], hoursAgo(1)))).toEqual([
      { path: 'bedId', code: 'noChange' },
    ]);
    expect(await issues(() => movePatient(id, beds[1], hoursAgo(9)))).toEqual([
      { path: 'at', code: 'beforeAdmission' },
    ]);
    expect(await issues(() => movePatient(other, beds[1], hoursAgo(-1)))).toEqual([
      { path: 'at', code: 'futureDate' },
    ]);
  });
});

describe('discharge and readmission', () => {
  it('frees the bed with a destination and time; a readmission starts a new stay', async () => {
    await dischargePatient(id, { destination: 'ward', detail: 'Cardiologie', at: hoursAgo(2) });
    expect(await readPatient(id)).toMatchObject({
      status: 'discharged',
      bed: null,
      discharge: { destination: 'ward', detail: 'Cardiologie' },
    });
    expect(await bedsOnBoard()).toEqual(['', '', '']);
    expect(await issues(() => movePatient(id, beds[1], hoursAgo(1)))).toEqual([
      { path: '', code: 'notAdmitted' },
    ]);
    const back = admission('DURAND', {
      admittedAt: hoursAgo(1),
      bedId: beds[2],
      reason: 'Chute',
      identity: { ...admission().identity, ipp: undefined, tempId: TEMP },
    });
    expect(await admitPatient(back, { patientId: id })).toEqual({ saved: true, value: id });
    expect(await readPatient(id)).toMatchObject({
      status: 'admitted',
      header: { reason: 'Chute' },
    });
    expect(await issues(() => admitPatient(back, { patientId: id }))).toContainEqual({
      path: '',
      code: 'alreadyAdmitted',
    });
  });

  it('requires a destination', async () => {
    expect(
      await issues(() => dischargePatient(id, { destination: '', detail: '', at: hoursAgo(1) })),
    ).toEqual([{ path: 'payload.destination', code: 'required' }]);
  });
});

describe('updating the header', () => {
  const edited = (changes: Record<string, unknown>, identity: Record<string, unknown> = {}) =>
    admission('DURAND', {
      identity: { ...admission().identity, ipp: undefined, ...identity },
      ...changes,
    });

  /** An edit on a form opened on what is stored now. */
  const edit = async (
    input: ReturnType<typeof edited>,
    reason: string,
    confirmed: PatientId[] = [],
  ) => {
    const opened = await readPatient(id);
    if (!opened) throw new Error('no patient');
    return updatePatient(id, input, reason, { opened, confirmed });
  };

  it('records only what changed, what was cleared, and the reason', async () => {
    await edit(edited({ diet: 'Sans sel' }), 'Régime prescrit');
    // The form sends the whole header: leaving the diet out clears it.
    await edit(edited({ isolation: ['contact'] }, { usedName: 'Martin' }), 'Contact');
    await edit(edited({ isolation: ['contact'] }), 'Erreur de nom');
    const events = (await readPatientHistory(id)).map((entry) => entry.event);
    const ids = events.map((event) => event.id);
    // Each edit says what it was based on: the last edit of each field it writes (issue 14).
    expect(events.slice(0, 3).map((event) => event.payload)).toEqual([
      { cleared: ['usedName'], reason: 'Erreur de nom', basedOn: [ids[1]] },
      {
        identity: { usedName: 'Martin' },
        clinical: { isolation: ['contact'] },
        cleared: ['diet'],
        reason: 'Contact',
        basedOn: [ids[2]],
      },
      { clinical: { diet: 'Sans sel' }, reason: 'Régime prescrit', basedOn: [] },
    ]);
    const state = await readPatient(id);
    expect(state?.identity.usedName).toBeUndefined();
    expect(state?.header).toMatchObject({ isolation: ['contact'] });
    expect(state?.identity.tempId).toBe(TEMP);
  });

  it('requires a reason and a change, and validates the result as an admission', async () => {
    expect(await issues(() => edit(edited({}), 'Rien'))).toEqual([{ path: '', code: 'noChange' }]);
    expect(await issues(() => edit(edited({ diet: 'x' }), ' '))).toEqual([
      { path: 'payload.reason', code: 'required' },
    ]);
    expect(await issues(() => edit(edited({}, { birthDate: '2999-01-01' }), 'r'))).toContainEqual({
      path: 'identity.birthDate',
      code: 'futureDate',
    });
  });

  it('warns of a duplicate when the traits change to someone known', async () => {
    const other = await admit(
      { identity: { ...admission('PETIT').identity, ipp: '22222222' } },
      'PETIT',
    );
    const result = await edit(edited({}, { birthName: 'PETIT' }), 'Nom mal saisi');
    expect(result).toMatchObject({ saved: false, duplicates: [{ patient: { id: other } }] });
    expect(await edit(edited({}, { birthName: 'PETIT' }), 'Nom', [other])).toEqual({
      saved: true,
      value: id,
    });
  });
});

describe('two edits of the same header at once (lost update)', () => {
  const form = (changes: Record<string, unknown>) =>
    admission('DURAND', {
      identity: { ...admission().identity, ipp: undefined },
      ...changes,
    });
  const PENICILLIN = {
    status: 'known' as const,
    items: [{ substance: 'Pénicilline', reaction: 'Œdème de Quincke', severity: 'severe' }],
  };
  const openedNow = async () => {
    const state = await readPatient(id);
    if (!state) throw new Error('no patient');
    return state;
  };

  it('keeps an allergy recorded in another tab while this one edited the physician', async () => {
    const openedInB = await openedNow(); // tab B opens the edit form
    const a = await updatePatient(id, form({ allergies: PENICILLIN }), 'Allergie signalée', {
      opened: await openedNow(),
    });
    expect(a).toEqual({ saved: true, value: id });
    const b = await updatePatient(id, form({ physician: 'Dr Roux' }), 'Changement de médecin', {
      opened: openedInB,
    });
    expect(b).toEqual({ saved: true, value: id });
    const header = (await readPatient(id))?.header;
    expect(header?.allergies).toEqual(PENICILLIN);
    expect(header?.physician).toBe('Dr Roux');
    const last = (await readPatientHistory(id))[0]?.event.payload;
    expect(last).toEqual({
      clinical: { physician: 'Dr Roux' },
      reason: 'Changement de médecin',
      basedOn: [],
    });
  });

  it('writes nothing when both changed the same field, and gives both values', async () => {
    const openedInB = await openedNow();
    await updatePatient(id, form({ physician: 'Dr Bernard' }), 'Garde', {
      opened: await openedNow(),
    });
    const before = await db.events.count();
    const b = await updatePatient(id, form({ physician: 'Dr Roux', diet: 'Mixé' }), 'Médecin', {
      opened: openedInB,
    });
    expect(b).toMatchObject({
      saved: false,
      conflicts: [{ field: 'physician', mine: 'Dr Roux', theirs: 'Dr Bernard' }],
      current: { header: { physician: 'Dr Bernard' } },
    });
    expect(await db.events.count()).toBe(before);
    expect((await readPatient(id))?.header.diet).toBeUndefined();
  });

  it('keeps an IPP linked meanwhile: an edit based on the temporary id does not undo it', async () => {
    const openedInB = await openedNow();
    await linkIdentifier(id, '87 654 321');
    await updatePatient(id, form({ diet: 'Sans sel' }), 'Régime', { opened: openedInB });
    expect((await readPatient(id))?.identity).toMatchObject({ ipp: '87654321', tempId: TEMP });
  });
});

describe('linking a temporary identifier to the IPP', () => {
  it('links once, keeps the temporary identifier, and refuses a second link', async () => {
    expect(await linkIdentifier(id, '87 654 321')).toEqual({ saved: true, value: id });
    expect((await readPatient(id))?.identity).toMatchObject({ tempId: TEMP, ipp: '87654321' });
    expect(await issues(() => linkIdentifier(id, '11111111'))).toEqual([
      { path: 'payload.ipp', code: 'alreadyLinked' },
    ]);
  });

  it('refuses a bad IPP and warns when another patient has it', async () => {
    expect(await issues(() => linkIdentifier(id, '12AB'))).toEqual([
      { path: 'payload.ipp', code: 'invalidIpp' },
    ]);
    const other = await admit({}, 'PETIT');
    expect(await linkIdentifier(id, '12345678')).toMatchObject({
      saved: false,
      duplicates: [{ patient: { id: other }, reasons: ['sameIpp'] }],
    });
    expect(await db.events.where('type').equals('patient.identifierLinked').count()).toBe(0);
  });

  it('links an IPP another record carries only for those records, with a reason kept in the event', async () => {
    const other = await admit({}, 'PETIT');
    const links = () => db.events.where('type').equals('patient.identifierLinked').count();
    expect(await linkIdentifier(id, '12345678', { with: [], reason: 'Vérifié' })).toMatchObject({
      saved: false,
      duplicates: [{ patient: { id: other } }],
    });
    expect(
      await issues(() => linkIdentifier(id, '12345678', { with: [other], reason: ' ' })),
    ).toEqual([{ path: 'payload.sharedIpp.reason', code: 'required' }]);
    expect(await links()).toBe(0);
    const reason = 'IPP vérifié sur le bracelet ; cellule d’identitovigilance prévenue';
    expect(await linkIdentifier(id, '12345678', { with: [other], reason })).toEqual({
      saved: true,
      value: id,
    });
    const linked = (await readPatientHistory(id))[0]?.event.payload;
    expect(linked).toEqual({ tempId: TEMP, ipp: '12345678', sharedIpp: { with: [other], reason } });
    expect((await readPatient(id))?.identity.ipp).toBe('12345678');
  });
});
