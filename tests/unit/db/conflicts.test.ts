import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEvent, writeEvents } from '../../../src/db/append';
import { addBed } from '../../../src/db/beds';
import { chooseHeaderValue, declareDistinct } from '../../../src/db/conflictWrites';
import { readPatientCrossConflicts, readWardConflicts } from '../../../src/db/conflicts';
import { movePatient, updatePatient } from '../../../src/db/patientChanges';
import { readPatient } from '../../../src/db/patients';
import type { Conflict } from '../../../src/domain/conflicts/types';
import type { EventType, WardEvent } from '../../../src/domain/events';
import { newId, type BedId, type DeviceId, type PatientId } from '../../../src/domain/ids';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

// Two tablets of one ward: this database is tablet A; tablet B's entries are built here as B
// would have built them (B had not seen A's), then merged with writeEvents as a ward file does.

const TABLET_B = newId<DeviceId>();
const onB = async <T extends EventType>(draft: Parameters<typeof buildEvent<T>>[0]) =>
  ({ ...(await buildEvent(draft)), deviceId: TABLET_B }) as WardEvent<T>;

const kinds = (conflicts: readonly Conflict[]) => conflicts.map((c) => c.kind).sort();

let beds: BedId[];
beforeEach(async () => {
  await freshWard();
  beds = [await addBed({ label: '1' }), await addBed({ label: '2' })];
});

/** B's admission, of a patient B created, as admitPatient writes it (checks aside). */
async function admittedOnB(name: string, firstName: string, ipp: string, bedId?: BedId) {
  const { identity, admittedAt, ...rest } = admission(name, { admittedAt: hoursAgo(4) });
  const patientId = newId<PatientId>();
  const event = await onB({
    type: 'patient.admitted',
    patientId,
    at: admittedAt,
    payload: { ...rest, admittedAt, identity: { ...identity, firstName, ipp }, bedId },
  });
  return { patientId, event };
}

describe('conflicts between tablets, after a merge', () => {
  it('shows the bed, the duplicate and the header field, and each action settles its own', async () => {
    // Tablet A: Jeanne DURAND in bed 1, her diet changed.
    const jeanne = await admit({ bedId: beds[0] }, 'DURAND');
    const opened = await readPatient(jeanne);
    if (!opened) throw new Error('no patient');
    const diet = { ...admission('DURAND'), admittedAt: opened.admittedAt, diet: 'Sans sel' };
    expect(await updatePatient(jeanne, diet, 'Prescrit', { opened })).toMatchObject({
      saved: true,
    });
    expect(await readWardConflicts()).toMatchObject({ conflicts: [] });

    // Tablet B, meanwhile: Paul MARTIN in bed 1, Jeanne DURAND admitted again (another IPP), and
    // Jeanne's diet changed too, based on nothing B knew of.
    const paul = await admittedOnB('MARTIN', 'Paul', '11111111', beds[0]);
    const twin = await admittedOnB('DURAND', 'Jeanne', '87654321');
    const mixed = await onB({
      type: 'patient.updated',
      patientId: jeanne,
      payload: { clinical: { diet: 'Mixé' }, reason: 'Troubles de déglutition', basedOn: [] },
    });
    await writeEvents([paul.event, twin.event, mixed]);

    const { conflicts } = await readWardConflicts();
    expect(kinds(conflicts)).toEqual(['bed', 'duplicate', 'header']);
    const bed = conflicts.find((c) => c.kind === 'bed');
    expect(bed?.entries.map((e) => e.deviceId)).toContain(TABLET_B);
    expect(kinds((await readPatientCrossConflicts(paul.patientId)).conflicts)).toEqual(['bed']);

    // Choose: the value kept is written as an edit based on both; the conflict goes.
    await chooseHeaderValue(jeanne, 'diet', mixed.id, 'Vu avec le médecin');
    expect((await readPatient(jeanne))?.header.diet).toBe('Mixé');
    // Link: "different persons" is recorded; the possible duplicate goes.
    await declareDistinct(twin.patientId, jeanne, 'Dates de naissance vérifiées');
    // Move: Paul to bed 2; the bed is no longer shared.
    await movePatient(paul.patientId, beds[1] as string, hoursAgo(1));
    expect(await readWardConflicts()).toMatchObject({ conflicts: [] });
  });

  it('sequential edits by two tablets (B saw A’s edit) are no conflict', async () => {
    const jeanne = await admit({ bedId: beds[0] }, 'DURAND');
    const opened = await readPatient(jeanne);
    if (!opened) throw new Error('no patient');
    const diet = { ...admission('DURAND'), admittedAt: opened.admittedAt, diet: 'Sans sel' };
    await updatePatient(jeanne, diet, 'Prescrit', { opened });
    const seen = (await readPatient(jeanne))?.last.id;
    const next = await onB({
      type: 'patient.updated',
      patientId: jeanne,
      payload: { clinical: { diet: 'Mixé' }, reason: 'Déglutition', basedOn: seen ? [seen] : [] },
    });
    await writeEvents([next]);
    expect(await readWardConflicts()).toMatchObject({ conflicts: [] });
  });

  it('the board’s live read shows a header conflict as soon as a merge brings it', async () => {
    const jeanne = await admit({ bedId: beds[0] }, 'DURAND');
    const opened = await readPatient(jeanne);
    if (!opened) throw new Error('no patient');
    const diet = { ...admission('DURAND'), admittedAt: opened.admittedAt, diet: 'Sans sel' };
    await updatePatient(jeanne, diet, 'Prescrit', { opened });
    const seen: string[][] = [];
    const subscription = liveQuery(readWardConflicts).subscribe(({ conflicts }) =>
      seen.push(kinds(conflicts)),
    );
    const until = async (check: () => boolean) => {
      // Dexie answers within a few ticks; 300 x 10 ms is far more than it needs.
      for (let i = 0; i < 300 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
      return check();
    };
    try {
      expect(await until(() => seen.length > 0)).toBe(true);
      expect(seen.at(-1)).toEqual([]);
      const mixed = await onB({
        type: 'patient.updated',
        patientId: jeanne,
        payload: { clinical: { diet: 'Mixé' }, reason: 'Déglutition', basedOn: [] },
      });
      await writeEvents([mixed]);
      expect(await until(() => seen.at(-1)?.includes('header') ?? false)).toBe(true);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('refuses to choose once the conflict is gone, and writes nothing', async () => {
    const jeanne = await admit({ bedId: beds[0] }, 'DURAND');
    const before = (await readPatient(jeanne))?.last;
    await expect(
      chooseHeaderValue(jeanne, 'diet', newId(), 'Vu avec le médecin'),
    ).rejects.toMatchObject({ issues: [{ code: 'conflictResolved' }] });
    expect((await readPatient(jeanne))?.last).toEqual(before);
  });
});
