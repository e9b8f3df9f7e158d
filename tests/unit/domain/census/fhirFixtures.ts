// Hand-made FHIR R4 resources for the census reader's tests: a French inpatient, her stay,
// an allergy and an order, each overridable.

export type Resource = Record<string, unknown> & { resourceType: string; id: string };

const V2_0203 = 'http://terminology.hl7.org/CodeSystem/v2-0203';
export const SNOMED = 'http://snomed.info/sct';
export const PATIENT_URL = 'urn:uuid:7a1c0f4e-0000-4000-8000-000000000001';
export const DOCTOR_URL = 'urn:uuid:7a1c0f4e-0000-4000-8000-000000000002';
export const BED_URL = 'urn:uuid:7a1c0f4e-0000-4000-8000-000000000003';
export const STAY_URL = 'urn:uuid:7a1c0f4e-0000-4000-8000-000000000004';

export const patient = (extra: Record<string, unknown> = {}): Resource => ({
  resourceType: 'Patient',
  id: 'p1',
  identifier: [
    {
      use: 'official',
      type: {
        coding: [
          { system: 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203', code: 'INS-NIR' },
        ],
      },
      system: 'urn:oid:1.2.250.1.213.1.4.8',
      value: '2850375123456',
    },
    {
      use: 'usual',
      type: { coding: [{ system: V2_0203, code: 'PI' }] },
      system: 'urn:oid:1.2.250.1.71.4.2.7',
      value: '00123456',
    },
  ],
  name: [
    { use: 'official', family: 'DURAND', given: ['Marie', 'Louise', 'Jeanne'] },
    { use: 'usual', family: 'MARTIN', given: ['Malou'] },
  ],
  gender: 'female',
  birthDate: '1985-03-14',
  extension: [
    {
      url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',
      valueAddress: {
        city: 'Lyon',
        extension: [
          {
            url: 'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code',
            valueCoding: {
              system: 'https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM',
              code: '69123',
            },
          },
        ],
      },
    },
  ],
  ...extra,
});

export const doctor = (): Resource => ({
  resourceType: 'Practitioner',
  id: 'dr1',
  name: [{ family: 'Roux', given: ['Claire'], prefix: ['Dr'] }],
});

export const bedLocation = (): Resource => ({
  resourceType: 'Location',
  id: 'bed12',
  name: '12A',
  physicalType: {
    coding: [
      { system: 'http://terminology.hl7.org/CodeSystem/location-physical-type', code: 'bd' },
    ],
  },
});

export const stay = (extra: Record<string, unknown> = {}): Resource => ({
  resourceType: 'Encounter',
  id: 'e1',
  status: 'in-progress',
  class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
  subject: { reference: PATIENT_URL },
  period: { start: '2026-11-27T14:30:00+01:00' },
  participant: [
    {
      type: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'ATND' },
          ],
        },
      ],
      individual: { reference: DOCTOR_URL },
    },
  ],
  location: [
    { location: { reference: 'Location/ward-cardio', display: 'Cardiologie' }, status: 'active' },
    { location: { reference: BED_URL }, status: 'active' },
  ],
  reasonCode: [{ text: 'Décompensation cardiaque' }],
  ...extra,
});

export const allergy = (extra: Record<string, unknown> = {}): Resource => ({
  resourceType: 'AllergyIntolerance',
  id: 'a1',
  clinicalStatus: {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
        code: 'active',
      },
    ],
  },
  verificationStatus: {
    coding: [
      {
        system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
        code: 'confirmed',
      },
    ],
  },
  code: { coding: [{ system: SNOMED, code: '764146007', display: 'Pénicilline' }] },
  criticality: 'high',
  reaction: [{ manifestation: [{ text: 'Œdème de Quincke' }] }],
  patient: { reference: PATIENT_URL },
  ...extra,
});

export const order = (extra: Record<string, unknown> = {}): Resource => ({
  resourceType: 'MedicationRequest',
  id: 'm1',
  status: 'active',
  intent: 'order',
  medicationCodeableConcept: { text: 'Furosémide 40 mg comprimé' },
  subject: { reference: PATIENT_URL },
  authoredOn: '2026-11-27T15:00:00+01:00',
  requester: { reference: DOCTOR_URL },
  dosageInstruction: [
    {
      text: '1 comprimé le matin',
      timing: {
        repeat: { timeOfDay: ['08:00:00'], boundsPeriod: { start: '2026-11-28T08:00:00+01:00' } },
      },
      route: { coding: [{ system: SNOMED, code: '26643006', display: 'Oral route' }] },
      doseAndRate: [
        {
          doseQuantity: {
            value: 1,
            unit: 'comprimé',
            system: 'http://unitsofmeasure.org',
            code: '{tablet}',
          },
        },
      ],
    },
  ],
  ...extra,
});

let counter = 100;
const urlOf = (resource: Resource): string => {
  if (resource.resourceType === 'Patient' && resource.id === 'p1') return PATIENT_URL;
  if (resource.resourceType === 'Practitioner' && resource.id === 'dr1') return DOCTOR_URL;
  if (resource.resourceType === 'Location' && resource.id === 'bed12') return BED_URL;
  if (resource.resourceType === 'Encounter' && resource.id === 'e1') return STAY_URL;
  counter += 1;
  return `urn:uuid:7a1c0f4e-0000-4000-8000-${String(counter).padStart(12, '0')}`;
};

/** A collection Bundle of these resources, each with a urn:uuid fullUrl. */
export const bundle = (...resources: Resource[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource) => ({ fullUrl: urlOf(resource), resource })),
});

/** The whole French inpatient: patient, doctor, bed, stay, allergy, order. */
export const inpatient = () =>
  bundle(patient(), doctor(), bedLocation(), stay(), allergy(), order());

export const text = (value: unknown): string => JSON.stringify(value);
