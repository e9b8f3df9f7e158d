import { beforeEach, describe, expect, it } from 'vitest';
import { readLastVitals, readPatientChart, readWardChart } from '../../../src/db/chartReads';
import { recordVitals, setSpo2Scale, voidEntry } from '../../../src/db/chartWrites';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { updatePatient } from '../../../src/db/patientChanges';
import { readPatient } from '../../../src/db/patients';
import type { PatientId } from '../../../src/domain/ids';
import { marFor } from '../../../src/domain/mar';
import { news2FromVitals } from '../../../src/domain/vitalsChart';
import { freshWard } from './fixtures';
import { admission, admit, hoursAgo } from './patientFixtures';

beforeEach(freshWard);

const FULL = {
  respiratoryRate: 22,
  spo2: 90,
  onOxygen: false,
  systolicBp: 105,
  pulse: 95,
  consciousness: 'A' as const,
  temperature: 38.4,
};

const issuesOf = async (write: () => Promise<unknown>) => {
  const result = await attempt(write);
  if (result.ok) return [];
  return result.failure.kind === 'validation' ? result.failure.issues : [result.failure.kind];
};

describe('vital signs', () => {
  it('records a set with the patient’s SpO2 scale, and keeps the last full set for the board', async () => {
    const id = await admit();
    await setSpo2Scale(id, 2, 'BPCO, cible 88–92 % (Dr Roux)');
    const first = await recordVitals(id, FULL, hoursAgo(3));
    expect(first.payload.spo2Scale).toBe(2);
    await recordVitals(id, { temperature: 37.1 }, hoursAgo(1));
    const patient = (await readPatient(id)) ?? admission();
    expect((await readLastVitals(patient as { id: PatientId; admittedAt: string }))?.id).toBe(
      first.id,
    );
    // Scale 2 on air: 90 % scores 0 instead of 3 on scale 1.
    const scored = news2FromVitals(first.payload);
    expect(scored.kind === 'scored' && scored.result.scores.spo2).toBe(0);
  });

  it('refuses an impossible value, a future time, and a time before the stay', async () => {
    const id = await admit();
    expect(await issuesOf(() => recordVitals(id, { temperature: 366 }, hoursAgo(1)))).toEqual([
      { path: 'payload.temperature', code: 'outOfRange' },
    ]);
    expect(await issuesOf(() => recordVitals(id, FULL, hoursAgo(-1)))).toEqual([
      { path: 'at', code: 'futureDate' },
    ]);
    expect(await issuesOf(() => recordVitals(id, FULL, hoursAgo(6)))).toEqual([
      { path: 'at', code: 'beforeAdmission' },
    ]);
    expect(await db.events.where('type').equals('vitals.recorded').count()).toBe(0);
  });

  it('a voided set no longer counts: the board falls back to the one before', async () => {
    const id = await admit();
    const older = await recordVitals(id, FULL, hoursAgo(3));
    const newer = await recordVitals(id, { ...FULL, pulse: 135 }, hoursAgo(1));
    const patient = { id, admittedAt: hoursAgo(5) };
    expect((await readLastVitals(patient))?.id).toBe(newer.id);
    await voidEntry(newer.id, 'Erreur de patient');
    expect((await readLastVitals(patient))?.id).toBe(older.id);
    // Nothing is deleted: the set and its correction are both in the log.
    const types = (await readPatientChart(id)).map((event) => event.type);
    expect(types.filter((type) => type === 'vitals.recorded')).toHaveLength(2);
    expect(types).toContain('event.voided');
  });
});

describe('SpO2 scale in the header', () => {
  it('is kept when the header is edited, and says when nothing changes', async () => {
    const id = await admit();
    await setSpo2Scale(id, 2, 'Cible 88–92 % prescrite');
    expect(await issuesOf(() => setSpo2Scale(id, 2, 'encore'))).toEqual([
      { path: 'payload.clinical.spo2Scale', code: 'noChange' },
    ]);
    expect(await issuesOf(() => setSpo2Scale(id, 1, ''))).toEqual([
      { path: 'payload.reason', code: 'required' },
    ]);
    const opened = await readPatient(id);
    if (!opened) throw new Error('no patient');
    const saved = await updatePatient(
      id,
      admission('DURAND', { admittedAt: hoursAgo(5), diet: 'Sans sel' }),
      'Régime',
      { opened },
    );
    expect(saved.saved).toBe(true);
    const header = (await readPatient(id))?.header;
    expect(header?.diet).toBe('Sans sel');
    expect(header?.spo2Scale).toBe(2);
  });
});

describe('the ward’s chart for the "to do" list', () => {
  it('reads each present patient’s plans, recent entries and last full set', async () => {
    const a = await admit({ bedId: undefined });
    const b = await admit(
      { identity: { ...admission('PETIT').identity, ipp: '87654321' } },
      'PETIT',
    );
    await recordVitals(a, FULL, hoursAgo(2));
    const patients = [
      { id: a, admittedAt: hoursAgo(5) },
      { id: b, admittedAt: hoursAgo(5) },
    ];
    const byPatient = await readWardChart(patients, Date.now() - 30 * 3600_000);
    expect(byPatient.get(a)?.map((event) => event.type)).toEqual(['vitals.recorded']);
    expect(byPatient.get(b)).toEqual([]);
    const now = hoursAgo(0);
    expect(marFor(byPatient.get(a) ?? [], hoursAgo(24), now, now)).toEqual([]);
  });
});
