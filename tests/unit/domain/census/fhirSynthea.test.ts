import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFhirCensus } from '../../../../src/domain/census/fhirBundle';

// Real-world R4 Bundles: Synthea's sample patients (trimmed copies in tests/fixtures/synthea,
// and the whole sample set when the shared data folder is there).

const FIXTURES = join(__dirname, '../../../fixtures/synthea');
const SHARED = '/work/shared/data/synthea';

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
  // What the reader itself could not map: only the dosage of an active order (Synthea gives none).
  for (const issue of record.issues) {
    expect(issue.path).toMatch(/^prescriptions\.\d+\.(dose|route|schedule)$/);
    expect(issue.code).toBe('required');
  }
  return file;
}

describe('readFhirCensus: Synthea sample bundles', () => {
  it.each(files(FIXTURES))('reads $name', ({ name, path }) => {
    check(path, name);
  });

  it('reads an active order without dosage as a prescription to complete, named', () => {
    const file = check(join(FIXTURES, 'Liz_Conn.trimmed.json'), 'Liz_Conn.json');
    expect(file.records[0]?.prescriptions).toEqual([
      expect.objectContaining({
        drug: 'Hydrochlorothiazide 25 MG',
        prescriber: 'Dr. Erlinda Franecki',
      }),
    ]);
  });

  it.skipIf(!existsSync(SHARED))('reads every bundle of the shared sample set', () => {
    const all = files(SHARED);
    expect(all.length).toBeGreaterThan(0);
    for (const { name, path } of all) check(path, name);
  });
});
