import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { addBedSeries } from '../../../src/db/beds';
import { commitCensus, planCensusImport } from '../../../src/db/census';
import { setDbClock } from '../../../src/db/clock';
import { db } from '../../../src/db/db';
import { readWardPatients } from '../../../src/db/patients';
import { readCensusFile } from '../../../src/domain/census/read';
import { fixedClock } from '../../../src/domain/time';
import { freshWard } from './fixtures';

// Issue 13: the Synthea sample patients (tests/fixtures/synthea/full, as published) import
// without error. What each file holds is counted here with plain JSON, not with our reader.

const FULL = join(__dirname, '../../fixtures/synthea/full');
const ZONE = 'Europe/Paris';
const NOW = '2026-12-01T10:00:00+01:00';
const NO_STAY = { reason: 'Motif non précisé', physician: 'Médecin non précisé' };

interface Res {
  resourceType: string;
  status?: string;
  intent?: string;
  dosageInstruction?: unknown[];
  clinicalStatus?: { coding?: { code?: string }[] };
  verificationStatus?: { coding?: { code?: string }[] };
  identifier?: { type?: { coding?: { code?: string }[] }; value?: string }[];
}

const names = readdirSync(FULL).filter((name) => name.endsWith('.json'));
const load = (name: string) => readFileSync(join(FULL, name), 'utf8');

/** Patients, standing allergies, orders with a dosage and without, as the files say. */
function counted(json: string) {
  const all = (JSON.parse(json) as { entry: { resource: Res }[] }).entry.map((e) => e.resource);
  const of = (type: string) => all.filter((r) => r.resourceType === type);
  const code = (c?: { coding?: { code?: string }[] }) => c?.coding?.[0]?.code;
  const orders = of('MedicationRequest').filter(
    (r) => r.status === 'active' && r.intent === 'order',
  );
  return {
    mrns: of('Patient').map(
      (p) => p.identifier?.find((id) => id.type?.coding?.some((c) => c.code === 'MR'))?.value,
    ),
    allergies: of('AllergyIntolerance').filter(
      (a) =>
        !['inactive', 'resolved'].includes(code(a.clinicalStatus) ?? '') &&
        !['refuted', 'entered-in-error'].includes(code(a.verificationStatus) ?? ''),
    ).length,
    dosed: orders.filter((r) => (r.dosageInstruction ?? []).length > 0).length,
    undosed: orders.filter((r) => (r.dosageInstruction ?? []).length === 0).length,
  };
}

const importFile = async (name: string) => {
  const file = readCensusFile(new TextEncoder().encode(load(name)), name, ZONE);
  const plan = await planCensusImport(file, { noStay: NO_STAY });
  return { file, plan };
};

beforeEach(async () => {
  setDbClock(fixedClock(NOW));
  await freshWard();
  await addBedSeries(1, 3);
});

describe('census import: the Synthea sample bundles', () => {
  it('holds the eight sample files', () => {
    expect(names).toHaveLength(8);
  });

  it.each(names)('plans and commits %s without error, then again changes nothing', async (name) => {
    const expected = counted(load(name));
    const { file, plan } = await importFile(name);
    expect(plan.entries.flatMap((e) => e.issues)).toEqual([]);
    expect(plan.counts).toMatchObject({ create: expected.mrns.length, invalid: 0, conflict: 0 });
    expect(plan.skipped.MedicationRequestNoDosage ?? 0).toBe(expected.undosed);
    expect(plan.entries.flatMap((e) => e.skippedOrders ?? [])).toHaveLength(expected.undosed);
    await commitCensus(file, plan, { noStay: NO_STAY });

    const patients = await readWardPatients();
    expect(patients.map((p) => p.identity.ipp)).toEqual(expected.mrns);
    for (const patient of patients) {
      // No stay going on in the file: admitted at the import, without a bed, and what the
      // file did not say is not recorded, never "none".
      expect(patient.bed).toBeNull();
      expect(patient.header.reason).toBe(NO_STAY.reason);
      expect(patient.header.isolation).toBeUndefined();
      if (expected.allergies === 0) expect(patient.header.allergies).toBeUndefined();
    }
    const prescribed = await db.events.where('type').equals('med.prescribed').count();
    expect(prescribed).toBe(expected.dosed);

    const before = await db.events.count();
    const again = await importFile(name);
    expect(again.plan.counts).toMatchObject({ create: 0, update: 0, unchanged: 1 });
    await commitCensus(again.file, again.plan, { noStay: NO_STAY });
    expect(await db.events.count()).toBe(before);
  });

  it('never overwrites what the ward recorded with the words of a stay the file lacks', async () => {
    const [name = ''] = names;
    const first = await importFile(name);
    await commitCensus(first.file, first.plan, { noStay: NO_STAY });
    const again = await importFile(name);
    // The same file read with other words (the other language) is still nothing new.
    const other = await planCensusImport(again.file, {
      noStay: { reason: 'Reason not given', physician: 'Physician not given' },
    });
    expect(other.counts).toMatchObject({ update: 0, unchanged: 1 });
  });
});
