import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { beforeEach, describe, expect, it } from 'vitest';
import { addBedSeries } from '../../../src/db/beds';
import { commitCensus, planCensusImport } from '../../../src/db/census';
import { setDbClock } from '../../../src/db/clock';
import { readWardLog } from '../../../src/db/exportReads';
import { readCensusFile } from '../../../src/domain/census/read';
import { CENSUS_TEMPLATE_CSV } from '../../../src/domain/census/template';
import { toFhirBundle } from '../../../src/domain/fhir/bundle';
import { fixedClock } from '../../../src/domain/time';
import { resources, unresolved, validateR4 } from '../domain/fhir/fhirCheck';
import {
  allergy,
  bedLocation,
  bundle,
  doctor,
  order,
  patient,
  stay,
  BED_URL,
  text,
} from '../domain/census/fhirFixtures';
import { freshWard } from './fixtures';

// Issue 13: a census goes in (the CSV template, a FHIR R4 Bundle, a Synthea sample), the
// outage's recovery export comes out: the same patients, allergies and prescriptions, in a
// Bundle valid for Medplum's R4 validator (not our code), every reference resolved. The CSV
// template carries no prescriptions (one row per patient): they come from a FHIR census.

const ZONE = 'Europe/Paris';
const NOW = '2026-12-01T10:00:00+01:00';
const bytes = (value: string) => new TextEncoder().encode(value);

beforeEach(async () => {
  setDbClock(fixedClock(NOW));
  await freshWard();
  await addBedSeries(1, 3);
});

async function importThenExport(content: string, name: string): Promise<Bundle> {
  const file = readCensusFile(bytes(content), name, ZONE);
  const plan = await planCensusImport(file);
  expect(plan.counts.invalid).toBe(0);
  await commitCensus(file, plan);
  const { events } = await readWardLog();
  const bundle = toFhirBundle(events, { exportedAt: NOW, appVersion: 'test' });
  validateR4(bundle);
  expect(unresolved(bundle)).toEqual([]);
  return bundle;
}

const ofType = <T extends Resource['resourceType']>(bundle: Bundle, type: T) =>
  resources(bundle).filter(
    (r): r is Extract<Resource, { resourceType: T }> => r.resourceType === type,
  );

const ipps = (exported: Bundle) =>
  ofType(exported, 'Patient')
    .flatMap((p) => p.identifier ?? [])
    .filter((id) => id.use === 'official')
    .map((id) => id.value)
    .sort();

const drugs = (exported: Bundle) =>
  ofType(exported, 'MedicationRequest')
    .map(
      (m) => m.medicationCodeableConcept?.text ?? m.medicationCodeableConcept?.coding?.[0]?.display,
    )
    .sort();

const substances = (exported: Bundle) =>
  ofType(exported, 'AllergyIntolerance')
    .map((a) => a.code?.text ?? a.code?.coding?.[0]?.display)
    .sort();

describe('census in, recovery out', () => {
  it('the CSV template comes back as the same patients and allergies', async () => {
    const bundle = await importThenExport(CENSUS_TEMPLATE_CSV, 'modele.csv');
    expect(ipps(bundle)).toEqual(['00123456', '00123457']);
    const names = ofType(bundle, 'Patient')
      .map((p) => p.name?.[0]?.family)
      .sort();
    expect(names).toEqual(['DUPONT', 'MARTIN']);
    expect(substances(bundle)).toEqual(expect.arrayContaining(['Latex', 'Pénicilline']));
  });

  it('a FHIR census comes back as the same patient, allergy and prescription', async () => {
    // The French inpatient of the reader's tests, in bed 2 of this ward.
    const inBed2 = stay({ location: [{ location: { reference: BED_URL, display: '2' } }] });
    const census = bundle(patient(), doctor(), bedLocation(), inBed2, allergy(), order());
    const exported = await importThenExport(text(census), 'cardio.json');
    expect(ipps(exported)).toEqual(['00123456']);
    expect(ofType(exported, 'Patient')[0]?.name?.[0]?.family).toBe('DURAND');
    expect(substances(exported)).toEqual(['Pénicilline']);
    expect(drugs(exported)).toEqual(['Furosémide 40 mg comprimé']);
  });

  it('a Synthea sample comes back as the same patient, by its record number', async () => {
    const name = 'Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json';
    const json = readFileSync(join(__dirname, '../../fixtures/synthea/full', name), 'utf8');
    const exported = await importThenExport(json, name);
    expect(ipps(exported)).toEqual(['1484a42d-0eaf-4654-9cbf-6b050a5cd73b']);
    expect(ofType(exported, 'Patient')[0]?.name?.[0]?.family).toBe('Kreiger');
    expect(substances(exported)).toEqual([]);
    expect(drugs(exported)).toEqual([]);
  });
});
