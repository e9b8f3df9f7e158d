import { beforeEach, describe, expect, it } from 'vitest';
import { recordVitals, voidEntry } from '../../../src/db/chartWrites';
import { readPatientChart } from '../../../src/db/chartReads';
import { db } from '../../../src/db/db';
import { attempt } from '../../../src/db/errors';
import { administer, prescribe, stopPrescription } from '../../../src/db/medWrites';
import { getSession, setAuthor } from '../../../src/db/session';
import type { StaffId } from '../../../src/domain/ids';
import { prescriptions } from '../../../src/domain/prescriptions';
import { freshWard } from './fixtures';
import { admit, hoursAgo, oneGram } from './patientFixtures';

beforeEach(freshWard);

const every6h = { kind: 'every-n-hours' as const, intervalHours: 6, start: hoursAgo(4) };
const penicillinAllergy = {
  allergies: {
    status: 'known' as const,
    items: [{ substance: 'Pénicilline', severity: 'severe' as const }],
  },
};

const issuesOf = async (write: () => Promise<unknown>) => {
  const result = await attempt(write);
  if (result.ok) return [];
  return result.failure.kind === 'validation' ? result.failure.issues : [result.failure.kind];
};
const count = (type: string) => db.events.where('type').equals(type).count();

describe('allergy check at transcription', () => {
  it('refuses amoxicillin for a penicillin allergy, writing nothing, unless overridden', async () => {
    const id = await admit(penicillinAllergy);
    const amox = oneGram('Amoxicilline', every6h);
    expect(await issuesOf(() => prescribe(id, amox))).toEqual([
      { path: 'payload.allergyOverride', code: 'allergyMatch' },
    ]);
    expect(await count('med.prescribed')).toBe(0);
    const noReason = { ...amox, allergyOverride: { shown: ['Pénicilline'], reason: '' } };
    expect(await issuesOf(() => prescribe(id, noReason))).toContainEqual({
      path: 'payload.allergyOverride.reason',
      code: 'required',
    });
    const override = { shown: ['Pénicilline'], reason: 'Allergie infirmée par le Dr Roux' };
    const saved = await prescribe(id, { ...amox, allergyOverride: override });
    expect(saved.payload.allergyOverride).toEqual(override);
    expect(await issuesOf(() => prescribe(id, oneGram('Paracétamol', every6h)))).toEqual([]);
  });
});

describe('dose and time against the prescription', () => {
  it('refuses 10 g for 1 g and a dose 3 h from its slot until confirmed with a reason', async () => {
    const id = await admit();
    const rx = await prescribe(id, oneGram('Paracétamol', every6h));
    const dueAt = rx.payload.schedule.start;
    const dose = (value: number, extra = {}) => ({
      prescriptionId: rx.id,
      dueAt,
      outcome: 'given' as const,
      dose: { value, unit: 'g' as const },
      route: 'PO' as const,
      ...extra,
    });
    expect(await issuesOf(() => administer(id, dose(10), hoursAgo(1)))).toEqual([
      { path: 'payload.deviation', code: 'doseDeviation' },
      { path: 'payload.deviation', code: 'timingDeviation' },
    ]);
    expect(await count('med.administered')).toBe(0);
    const deviation = { kinds: ['dose', 'timing'] as ('dose' | 'timing')[], reason: 'Test' };
    const saved = await administer(id, dose(10, { deviation }), hoursAgo(1));
    expect(saved.payload.deviation).toEqual(deviation);
  });
});

describe('a change of a prescription stopped meanwhile', () => {
  it('is refused even when the stop came after the new start (lost update)', async () => {
    const id = await admit();
    const old = await prescribe(id, oneGram('Paracétamol', every6h));
    // Tab B opened "Modifier" with a start 2 h ago; tab A stopped it 1 h ago.
    await stopPrescription(id, old.id, 'Allergie découverte', hoursAgo(1));
    const change = { prescriptionId: old.id, reason: 'Dose' };
    const issues = await issuesOf(() =>
      prescribe(id, oneGram('Paracétamol', { ...every6h, start: hoursAgo(2) }), change),
    );
    expect(issues).toContainEqual({
      path: 'payload.replaces',
      code: 'prescriptionChangedMeanwhile',
    });
    const list = prescriptions(await readPatientChart(id));
    expect(list).toHaveLength(1);
    expect(list[0]?.stop?.reason).toBe('Allergie découverte');
  });
});

describe('roles', () => {
  const aide = {
    staffId: '0193a0e4-1c2d-7e3f-8a9b-0000000000a1' as StaffId,
    name: 'Bruno Aide',
    initials: 'BA',
    role: 'aide' as const,
  };

  it('an aide cannot transcribe, stop, give or strike out a dose; can record vitals', async () => {
    const id = await admit();
    const rx = await prescribe(id, oneGram('Paracétamol', every6h));
    const dose = await administer(
      id,
      {
        prescriptionId: rx.id,
        dueAt: rx.payload.schedule.start,
        outcome: 'given',
        dose: { value: 1, unit: 'g' },
        route: 'PO',
      },
      rx.payload.schedule.start,
    );
    setAuthor(aide);
    expect(getSession().author?.role).toBe('aide');
    const refused = [{ path: '', code: 'notPermitted' }];
    expect(await issuesOf(() => prescribe(id, oneGram('Paracétamol', every6h)))).toEqual(refused);
    expect(await issuesOf(() => stopPrescription(id, rx.id, 'Fin'))).toEqual(refused);
    expect(await issuesOf(() => voidEntry(dose.id, 'Erreur'))).toEqual(refused);
    const next = new Date(Date.parse(rx.payload.schedule.start) + 6 * 3600_000).toISOString();
    const refusal = { prescriptionId: rx.id, dueAt: next, outcome: 'refused' as const };
    expect(
      await issuesOf(() => administer(id, { ...refusal, reason: 'Nausées' }, hoursAgo(0))),
    ).toEqual(refused);
    expect(await count('med.prescribed')).toBe(1);
    expect(await count('event.voided')).toBe(0);
    expect(await issuesOf(() => recordVitals(id, { pulse: 80 }, hoursAgo(0)))).toEqual([]);
  });
});
