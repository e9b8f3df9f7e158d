import { describe, expect, it } from 'vitest';
import { demoWard } from '../../../../src/domain/demo/demoWard';
import { toFhirBundle } from '../../../../src/domain/fhir/bundle';
import { resources, unresolved, validateR4 } from './fhirCheck';

const START = '2026-11-02T07:00:00+01:00';
const OPTIONS = { exportedAt: '2026-11-05T08:00:00+01:00', appVersion: '0.1.0' };

describe('FHIR export of the demo ward', () => {
  it('exports 3 days of a small demo ward as a valid R4 Bundle', () => {
    const bundle = toFhirBundle(demoWard({ seed: 7, days: 3, beds: 3, start: START }), OPTIONS);
    expect(() => validateR4(bundle)).not.toThrow();
    expect(unresolved(bundle)).toEqual([]);
  }, 120_000);

  it('exports 3 days of the 30-bed ward with every reference resolved and every kind of resource', () => {
    const bundle = toFhirBundle(demoWard({ seed: 7, days: 3, start: START }), OPTIONS);
    expect(unresolved(bundle)).toEqual([]);
    const types = new Set(resources(bundle).map((r) => r.resourceType));
    for (const type of [
      'Patient',
      'Encounter',
      'Observation',
      'MedicationRequest',
      'MedicationAdministration',
      'Procedure',
      'Communication',
      'AllergyIntolerance',
      'Provenance',
    ])
      expect(types).toContain(type);
  }, 120_000);

  it('the validator refuses what is not R4 (it can fail)', () => {
    const bundle = toFhirBundle(demoWard({ seed: 7, days: 1, beds: 2, start: START }), OPTIONS);
    const broken = structuredClone(bundle);
    const observation = broken.entry?.find((e) => e.resource?.resourceType === 'Observation');
    if (observation?.resource?.resourceType === 'Observation')
      observation.resource.effectiveDateTime = '02/11/2026 07:00';
    expect(() => validateR4(bundle)).not.toThrow();
    expect(() => validateR4(broken)).toThrow();
  }, 120_000);
});
