import { beforeEach, describe, expect, it } from 'vitest';
import { planCare, recordCare, stopCare } from '../../../src/db/careWrites';
import { readPatientChart } from '../../../src/db/chartReads';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import {
  administer,
  checkImportedPrescription,
  prescribe,
  stopPrescription,
} from '../../../src/db/medWrites';
import { carePlanFor } from '../../../src/domain/carePlan';
import type { PatientId, StaffId } from '../../../src/domain/ids';
import { setAuthor } from '../../../src/db/session';
import { prescriptions } from '../../../src/domain/prescriptions';
import { freshWard } from './fixtures';
import { admit, hoursAgo, paracetamol } from './patientFixtures';

beforeEach(freshWard);

const nextStaff = '0193a0e4-1c2d-7e3f-8a9b-0000000000b1' as StaffId;

const every6h = { kind: 'every-n-hours' as const, intervalHours: 6, start: hoursAgo(4) };

const issuesOf = async (write: () => Promise<unknown>) => {
  const result = await attempt(write);
  if (result.ok) return [];
  return result.failure.kind === 'validation' ? result.failure.issues : [result.failure.kind];
};

const given = (prescriptionId: string, dueAt: string | null, extra = {}) => ({
  prescriptionId,
  dueAt,
  outcome: 'given' as const,
  dose: { value: 1, unit: 'g' as const },
  route: 'PO' as const,
  ...extra,
});

describe('prescriptions and doses', () => {
  it('changes a prescription: the old one stops when the new one starts, linked', async () => {
    const id = await admit();
    const old = await prescribe(id, paracetamol(every6h));
    const start = hoursAgo(1);
    const next = await prescribe(
      id,
      { ...paracetamol({ ...every6h, start }), dose: { value: 500, unit: 'mg' } },
      { prescriptionId: old.id, reason: 'Adaptation au poids' },
    );
    const list = prescriptions(await readPatientChart(id));
    const before = list.find((p) => p.id === old.id);
    expect(before?.stop?.reason).toBe('Adaptation au poids');
    expect(before?.endsAt).toBe(start);
    expect(list.find((p) => p.id === next.id)?.replaces).toBe(old.id);
  });

  it('writes neither the stop nor the new one when the new one is wrong', async () => {
    const id = await admit();
    const old = await prescribe(id, paracetamol(every6h));
    const issues = await issuesOf(() =>
      prescribe(
        id,
        { ...paracetamol(every6h), drug: '' },
        { prescriptionId: old.id, reason: 'Changement' },
      ),
    );
    expect(issues).toEqual([{ path: 'payload.drug', code: 'required' }]);
    expect(await db.events.where('type').equals('med.stopped').count()).toBe(0);
  });

  it('gives a scheduled dose once; a second one for the same slot is refused', async () => {
    const id = await admit();
    const rx = await prescribe(id, paracetamol(every6h));
    const dueAt = rx.payload.schedule.start;
    await administer(id, given(rx.id, dueAt), hoursAgo(3.9));
    expect(await issuesOf(() => administer(id, given(rx.id, dueAt), hoursAgo(3.5)))).toEqual([
      { path: 'payload.dueAt', code: 'alreadyRecorded' },
    ]);
    // Refused, with the reason: a reason is required.
    const next = new Date(Date.parse(dueAt) + 6 * 3600_000).toISOString();
    const refused = { prescriptionId: rx.id, dueAt: next, outcome: 'refused' as const };
    expect(await issuesOf(() => administer(id, refused, hoursAgo(0)))).toEqual([
      { path: 'payload.reason', code: 'required' },
    ]);
    expect(
      await issuesOf(() => administer(id, { ...refused, reason: 'Nausées' }, hoursAgo(0))),
    ).toEqual([]);
  });

  it('refuses an as-needed dose past the 24 h maximum unless overridden with a reason', async () => {
    const id = await admit();
    const prn = {
      kind: 'prn' as const,
      maxDosesPer24h: 1,
      indication: 'Douleur',
      start: hoursAgo(4),
    };
    const rx = await prescribe(id, paracetamol(prn));
    await administer(id, given(rx.id, null, { prnIndication: 'EVA 6' }), hoursAgo(3));
    const again = given(rx.id, null, { prnIndication: 'EVA 7' });
    expect(await issuesOf(() => administer(id, again, hoursAgo(0)))).toEqual([
      { path: 'payload.override', code: 'prnLimitReached' },
    ]);
    const forced = { ...again, override: { reason: 'Avis Dr Roux par téléphone' } };
    expect(await issuesOf(() => administer(id, forced, hoursAgo(0)))).toEqual([]);
  });

  it('stops a prescription once; it cannot be stopped again', async () => {
    const id = await admit();
    const rx = await prescribe(id, paracetamol(every6h));
    await stopPrescription(id, rx.id, 'Fin de traitement');
    expect(await issuesOf(() => stopPrescription(id, rx.id, 'Encore'))).toEqual([
      { path: 'payload.prescriptionId', code: 'notActive' },
    ]);
  });

  it('refuses a dose of another patient’s prescription', async () => {
    const id = await admit();
    const rx = await prescribe(id, paracetamol(every6h));
    const other = 'b1a7e2c0-0000-7000-8000-000000000001' as PatientId;
    expect(
      await issuesOf(() => administer(other, given(rx.id, rx.payload.schedule.start), hoursAgo(1))),
    ).toContainEqual({ path: '', code: 'notAdmitted' });
  });
});

describe('planned care', () => {
  it('is done or not done with a reason, once per slot, and can be stopped', async () => {
    const id = await admit();
    const care = await planCare(id, {
      item: 'dressing',
      schedule: { kind: 'every-n-hours', intervalHours: 12, start: hoursAgo(4) },
    });
    const dueAt = care.payload.schedule.start;
    expect(
      await issuesOf(() => recordCare(id, { careId: care.id, dueAt, outcome: 'not-done' })),
    ).toEqual([{ path: 'payload.reason', code: 'required' }]);
    await recordCare(id, { careId: care.id, dueAt, outcome: 'done' });
    expect(
      await issuesOf(() => recordCare(id, { careId: care.id, dueAt, outcome: 'done' })),
    ).toEqual([{ path: 'payload.dueAt', code: 'alreadyRecorded' }]);
    const now = hoursAgo(0);
    const [row] = carePlanFor(await readPatientChart(id), hoursAgo(5), now, now);
    expect(row?.slots[0]?.status).toBe('done');
    await stopCare(id, care.id, 'Cicatrisé');
    expect(await issuesOf(() => stopCare(id, care.id, 'Encore'))).toEqual([
      { path: 'payload.careId', code: 'notActive' },
    ]);
  });
});

describe('imported prescriptions', () => {
  it('a nurse checks an imported prescription once; the check says who and when', async () => {
    const id = await admit();
    const imported = { format: 'fhir' as const, file: 'recensement.json' };
    const rx = await prescribe(id, { ...paracetamol(every6h), imported });
    const byHand = await prescribe(id, paracetamol(every6h));
    const check = await checkImportedPrescription(id, rx.id);
    const list = prescriptions(await readPatientChart(id));
    expect(list.find((p) => p.id === rx.id)?.importCheck).toMatchObject({
      id: check.id,
      at: check.at,
      author: check.author,
    });
    const refused = (code: string) => [{ path: 'payload.prescriptionId', code }];
    expect(await issuesOf(() => checkImportedPrescription(id, rx.id))).toEqual(
      refused('alreadyChecked'),
    );
    expect(await issuesOf(() => checkImportedPrescription(id, byHand.id))).toEqual(
      refused('notImported'),
    );
    expect(await db.events.where('type').equals('med.importChecked').count()).toBe(1);
  });

  it('a student cannot check one: checking is transcribing', async () => {
    const id = await admit();
    const imported = { format: 'csv' as const, file: 'recensement.csv' };
    const rx = await prescribe(id, { ...paracetamol(every6h), imported });
    setAuthor({ staffId: nextStaff, name: 'Inès Marchand', initials: 'IM', role: 'student' });
    expect(await issuesOf(() => checkImportedPrescription(id, rx.id))).toEqual([
      { path: '', code: 'notPermitted' },
    ]);
  });
});
