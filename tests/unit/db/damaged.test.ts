import { beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../src/db/append';
import { readLastVitals, readPatientChart } from '../../../src/db/chartReads';
import { recordPhonedResult, recordVitals, writeTargetedNote } from '../../../src/db/chartWrites';
import { damagedRecords, resetDamaged } from '../../../src/db/damage';
import { db } from '../../../src/db/db';
import { QUARANTINE_PREFIX, rebuildProjections } from '../../../src/db/projections';
import { readPatient, readWardPatients } from '../../../src/db/patients';
import { readWard } from '../../../src/db/ward';
import type { PatientId } from '../../../src/domain/ids';
import { editRawRow, flipByte, rawRows } from '../crypto/helpers';
import { freshWard, identity } from './fixtures';
import { admit, hoursAgo } from './patientFixtures';

const DETECTED = Date.UTC(2026, 10, 29, 13, 0);

beforeEach(async () => {
  await freshWard();
  resetDamaged(() => DETECTED);
});

const FULL = {
  respiratoryRate: 22,
  spo2: 90,
  onOxygen: false,
  systolicBp: 105,
  pulse: 95,
  consciousness: 'A' as const,
  temperature: 38.4,
};

/** Two patients, each with a full vitals set, a targeted note and a phoned result. */
async function ward() {
  const a = await admit();
  const b = await admit({ identity: { ...identity('MARTIN', 'Paul'), ipp: '87654321' } }, 'MARTIN');
  for (const id of [a, b]) {
    await recordVitals(id, FULL, hoursAgo(2));
    await writeTargetedNote(id, { target: 'Douleur', data: 'EVA 6' });
    await recordPhonedResult(id, {
      test: 'Kaliémie',
      value: '4,1',
      unit: 'mmol/L',
      calledBy: 'Labo',
      readBack: true,
    });
  }
  return { a, b };
}

/** Flips one byte of an encrypted field of a stored row, bypassing the middleware. */
const flip = (table: string, key: string, field: string) =>
  editRawRow('releve', table, key, (row) => {
    row[field] = flipByte(row[field], 3);
  });

const eventOf = async (patientId: PatientId, type: string) => {
  const found = (await readPatientChart(patientId)).find((event) => event.type === type);
  if (!found) throw new Error(`no ${type}`);
  return found;
};

const listed = () =>
  damagedRecords().map(({ table, key, patientId, eventType, fields, detectedAt }) => ({
    table,
    key,
    patientId,
    eventType,
    fields,
    detectedAt,
  }));

describe('a record that fails its integrity check', () => {
  it('a patients row: the other patients read, the damaged one is listed and not shown', async () => {
    const { a, b } = await ward();
    await flip('patients', a, 'identity');
    const patients = await readWardPatients();
    expect(patients.map((p) => p.id)).toEqual([b]);
    expect(await readPatient(a)).toBeNull();
    expect((await readPatient(b))?.identity.birthName).toBe('MARTIN');
    expect(await readWard()).not.toBeNull();
    expect(listed()).toEqual([
      {
        table: 'patients',
        key: a,
        patientId: a,
        eventType: null,
        fields: ['identity'],
        detectedAt: DETECTED,
      },
    ]);
  });

  it('a lastVitals row: read again from the log, the other patient untouched, listed', async () => {
    const { a, b } = await ward();
    const expected = await readLastVitals({ id: a, admittedAt: hoursAgo(5) });
    await flip('lastVitals', a, 'event');
    const [patientA, patientB] = [await readPatient(a), await readPatient(b)];
    if (!patientA || !patientB) throw new Error('a patient did not read');
    expect((await readLastVitals(patientA))?.id).toBe(expected?.id);
    expect((await readLastVitals(patientB))?.payload.pulse).toBe(95);
    expect(listed()).toMatchObject([{ table: 'lastVitals', key: a, patientId: a }]);
  });

  it("an event's author: the rest of the log reads, the event is listed with its type", async () => {
    const { a, b } = await ward();
    const note = await eventOf(a, 'note.targeted');
    await flip('events', note.id, 'author');
    const chart = await readPatientChart(a);
    expect(chart.map((e) => e.type)).toEqual(
      expect.arrayContaining(['patient.admitted', 'vitals.recorded', 'result.phoned']),
    );
    expect(chart.some((e) => e.id === note.id)).toBe(false);
    expect(await readPatientChart(b)).toHaveLength(4);
    expect(listed()).toEqual([
      {
        table: 'events',
        key: note.id,
        patientId: a,
        eventType: 'note.targeted',
        fields: ['author'],
        detectedAt: DETECTED,
      },
    ]);
  });

  it("a note's payload: the rest of the log reads, the note is listed", async () => {
    const { a } = await ward();
    const result = await eventOf(a, 'result.phoned');
    await flip('events', result.id, 'payload');
    const chart = await readPatientChart(a);
    expect(chart.map((e) => e.type)).toEqual(
      expect.arrayContaining(['patient.admitted', 'vitals.recorded', 'note.targeted']),
    );
    expect(chart.some((e) => e.id === result.id)).toBe(false);
    expect(listed()).toMatchObject([
      { table: 'events', key: result.id, eventType: 'result.phoned', fields: ['payload'] },
    ]);
  });

  it('is never written over: later writes to the log keep the damaged rows as stored', async () => {
    const { a } = await ward();
    const vitals = await eventOf(a, 'vitals.recorded');
    await flip('patients', a, 'identity');
    await flip('lastVitals', a, 'event');
    const before = await Promise.all([
      rawRows('releve', 'patients'),
      rawRows('releve', 'lastVitals'),
    ]);
    // Straight to the log, as a write from the patient's screen would reach the projections.
    await appendEvent({
      type: 'patient.updated',
      patientId: a,
      payload: { clinical: { diet: 'Sans sel' }, reason: 'Avis diététique' },
    });
    await appendEvent({ type: 'vitals.recorded', patientId: a, at: hoursAgo(0.5), payload: FULL });
    await appendEvent({
      type: 'event.voided',
      patientId: a,
      payload: { eventId: vitals.id, reason: 'Erreur' },
    });
    const after = await Promise.all([
      rawRows('releve', 'patients'),
      rawRows('releve', 'lastVitals'),
    ]);
    expect(after).toEqual(before);
    expect((await readPatientChart(a)).filter((e) => e.type === 'event.voided')).toHaveLength(1);
  });

  it('a damaged row read back cannot be written back (modify)', async () => {
    const { a } = await ward();
    await flip('patients', a, 'identity');
    await expect(
      db.patients.where('id').equals(a).modify({ status: 'admitted' }),
    ).rejects.toThrow();
  });

  it('rebuild from the log: keeps the damaged row in local, the patient reads again', async () => {
    const { a } = await ward();
    await flip('patients', a, 'identity');
    const damaged = (await rawRows('releve', 'patients')).find((row) => row.id === a);
    expect(await rebuildProjections()).toEqual([`patients:${a}`]);
    expect((await readPatient(a))?.identity.birthName).toBe('DURAND');
    const kept = await db.local.get(`${QUARANTINE_PREFIX}patients:${a}`);
    expect(kept?.value).toEqual(damaged);
  });
});
