import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFhirCensus } from '../../../../src/domain/census/fhirBundle';

// Real-world R4 Bundles: Synthea's sample patients (trimmed copies in tests/fixtures/synthea,
// and the whole sample set, as published, in tests/fixtures/synthea/full).

const FIXTURES = join(__dirname, '../../../fixtures/synthea');
const FULL = join(FIXTURES, 'full');

const files = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, path: join(dir, name) }));

/** Resource types in a Bundle, counted: what the reader must use or count skipped. */
function census(json: string): Record<string, number> {
  const bundle = JSON.parse(json) as { entry: { resource: { resourceType: string } }[] };
  const counts: Record<string, number> = {};
  for (const { resource } of bundle.entry) {
    counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
  }
  return counts;
}

function check(path: string, name: string) {
  const json = readFileSync(path, 'utf8');
  const file = readFhirCensus(json, name);
  const held = census(json);
  expect(file.records).toHaveLength(held.Patient ?? 0);
  const record = file.records[0] ?? expect.fail('no record');
  expect(record.identity).toMatchObject({
    birthName: expect.any(String),
    firstName: expect.any(String),
  });
  expect(record.identity.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(['F', 'M']).toContain(record.identity.sex);
  // No stay is going on in Synthea's histories: every Encounter is skipped, as are all the
  // resource kinds the ward does not take.
  expect(file.skipped.Encounter).toBe(held.Encounter);
  for (const type of ['Observation', 'Claim', 'ExplanationOfBenefit', 'Immunization']) {
    expect(file.skipped[type], type).toBe(held[type]);
  }
  // Used + skipped = held: nothing vanishes without being counted.
  const used = 1 + record.prescriptions.length;
  const skipped = Object.values(file.skipped).reduce((a, b) => a + b, 0);
  const practitionerUsed = (held.Practitioner ?? 0) - (file.skipped.Practitioner ?? 0);
  expect(skipped + used + practitionerUsed).toBe(Object.values(held).reduce((a, b) => a + b, 0));
  // Synthea's orders carry no dosage: an active one is left out, named, never an issue.
  expect(record.issues).toEqual([]);
  expect(record.noStay).toBe(true);
  return file;
}

describe('readFhirCensus: Synthea sample bundles', () => {
  it.each(files(FIXTURES))('reads $name', ({ name, path }) => {
    check(path, name);
  });

  it('leaves an active order without dosage out, named and counted, for a nurse to transcribe', () => {
    const file = check(join(FIXTURES, 'Liz_Conn.trimmed.json'), 'Liz_Conn.json');
    expect(file.records[0]?.prescriptions).toEqual([]);
    expect(file.records[0]?.skippedOrders).toEqual(['Hydrochlorothiazide 25 MG']);
    expect(file.skipped.MedicationRequestNoDosage).toBe(1);
  });

  it('reads every bundle of the sample set', () => {
    const all = files(FULL);
    expect(all.length).toBeGreaterThan(0);
    for (const { name, path } of all) check(path, name);
  });
});
