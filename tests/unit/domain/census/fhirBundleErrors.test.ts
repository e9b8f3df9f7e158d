import { describe, expect, it } from 'vitest';
import { MAX_CENSUS_CHARS, readFhirCensus } from '../../../../src/domain/census/fhirBundle';
import { CensusFileError } from '../../../../src/domain/census/types';
import { allergy, bundle, doctor, order, patient, stay, text, type Resource } from './fhirFixtures';

/** The code (and detail) of the CensusFileError the reader throws; fails if none. */
function refusal(input: string): { code: string; detail?: string } {
  try {
    readFhirCensus(input, 'f.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CensusFileError);
    const { code, detail } = error as CensusFileError;
    return detail === undefined ? { code } : { code, detail };
  }
  throw new Error('the file was read');
}

const codeOf = (input: string) => refusal(input).code;
const ofBundle = (...resources: Resource[]) => codeOf(text(bundle(...resources)));

/** Deterministic "random" bytes (a linear congruential generator), decoded as a file is. */
function noise(length: number): string {
  const bytes = new Uint8Array(length);
  let seed = 1234567;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = seed & 0xff;
  }
  return new TextDecoder().decode(bytes);
}

describe('readFhirCensus: files it refuses', () => {
  it('refuses an empty file, blanks, and a Bundle with no entry', () => {
    expect(codeOf('')).toBe('empty');
    expect(codeOf(' \n\t')).toBe('empty');
    expect(codeOf('\uFEFF')).toBe('empty');
    expect(codeOf(text({ resourceType: 'Bundle', type: 'collection' }))).toBe('empty');
    expect(codeOf(text({ resourceType: 'Bundle', type: 'collection', entry: [] }))).toBe('empty');
  });

  it('refuses random bytes and a CSV as not JSON', () => {
    expect(codeOf(noise(4096))).toBe('notJson');
    expect(codeOf('IPP;Nom;Prénom\n00123456;DURAND;Marie')).toBe('notJson');
  });

  it('refuses a file over 20 MB before parsing it', () => {
    expect(codeOf(' '.repeat(MAX_CENSUS_CHARS + 1))).toBe('tooLarge');
  });

  it('refuses JSON that is not a Bundle', () => {
    expect(refusal(text(patient()))).toEqual({ code: 'notBundle', detail: 'Patient' });
    expect(codeOf('[]')).toBe('notBundle');
    expect(codeOf('42')).toBe('notBundle');
    expect(codeOf('null')).toBe('notBundle');
    expect(codeOf(text({ resourceType: 'Bundle', entry: { resource: patient() } }))).toBe(
      'notBundle',
    );
  });

  it('refuses wrong resource types', () => {
    const untyped: Record<string, unknown> = patient();
    delete untyped.resourceType;
    expect(codeOf(text({ resourceType: 'Bundle', entry: [{ resource: untyped }] }))).toBe(
      'wrongResourceType',
    );
    expect(ofBundle({ ...patient(), resourceType: 'Patients' })).toBe('wrongResourceType');
    // A stay whose subject is a Practitioner.
    expect(
      ofBundle(patient(), doctor(), stay({ subject: { reference: 'Practitioner/dr1' } })),
    ).toBe('wrongResourceType');
  });

  it('refuses a Bundle without a patient', () => {
    const observation = {
      resourceType: 'Observation',
      id: 'o1',
      status: 'final',
      code: { text: 'Pouls' },
    };
    expect(ofBundle(observation)).toBe('noPatient');
  });

  it('refuses broken references, naming the entry and the reference', () => {
    const lost = 'urn:uuid:7a1c0f4e-0000-4000-8000-0000000000ff';
    expect(
      refusal(text(bundle(patient(), allergy({ patient: { reference: lost } })))),
    ).toMatchObject({
      code: 'brokenReference',
      detail: expect.stringContaining(lost),
    });
    expect(ofBundle(patient(), order({ subject: { reference: 'Patient/nobody' } }))).toBe(
      'brokenReference',
    );
    expect(ofBundle(patient(), order({ subject: undefined }))).toBe('brokenReference');
    // The prescriber named by a urn: that the Bundle does not hold.
    expect(ofBundle(patient(), order({ requester: { reference: lost } }))).toBe('brokenReference');
    expect(ofBundle(patient(), stay({ location: [{ location: { reference: '#nowhere' } }] }))).toBe(
      'brokenReference',
    );
  });

  it('refuses a Bundle of another FHIR version (STU3, R5), by marker or by shape', () => {
    const stu3Allergy = allergy({ verificationStatus: 'confirmed', clinicalStatus: 'active' });
    expect(refusal(text(bundle(patient(), stu3Allergy)))).toEqual({
      code: 'otherFhirVersion',
      detail: 'STU3: AllergyIntolerance',
    });
    const medicationOrder = { ...order(), resourceType: 'MedicationOrder' };
    expect(ofBundle(patient(), medicationOrder)).toBe('otherFhirVersion');
    const stu3Dosage = order({ dosageInstruction: [{ doseQuantity: { value: 1, unit: 'mg' } }] });
    expect(ofBundle(patient(), stu3Dosage)).toBe('otherFhirVersion');
    const r5Stay = stay({ class: [{ coding: [{ code: 'IMP' }] }] });
    expect(ofBundle(patient(), r5Stay)).toBe('otherFhirVersion');
    const r5Order = order({
      medicationCodeableConcept: undefined,
      medication: { concept: { text: 'X' } },
    });
    expect(ofBundle(patient(), r5Order)).toBe('otherFhirVersion');
    const declared = { ...bundle(patient()), meta: { fhirVersion: '5.0.0' } };
    expect(refusal(text(declared))).toEqual({ code: 'otherFhirVersion', detail: '5.0.0' });
    const profiled = patient({
      meta: { profile: ['http://hl7.org/fhir/STU3/StructureDefinition/Patient'] },
    });
    expect(ofBundle(profiled)).toBe('otherFhirVersion');
  });
});
