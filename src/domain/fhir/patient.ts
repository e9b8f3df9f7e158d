import type {
  AllergyIntolerance,
  Encounter,
  HumanName,
  Identifier,
  Patient,
  Organization,
  Reference,
} from '@medplum/fhirtypes';
import type { Allergy } from '../admission';
import { isType, ofType, type WardEvent } from '../events';
import type { Identity } from '../identity';
import { foldPatient } from '../patient';
import { activeEvents } from '../voids';
import type { BundleBuilder } from './builder';
import { DISCHARGE_DISPOSITION, DISCHARGE_LABELS } from './codes';
import { deriveUuid, fhirTime, ref, SNOMED, SYSTEM } from './ids';
import type { Stay } from './stays';

const GENDER = { F: 'female', M: 'male', I: 'other' } as const;
const BIRTH_PLACE = 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace';

function identifiers(identity: Identity, link: WardEvent<'patient.identifierLinked'> | undefined) {
  const list: Identifier[] = [];
  if (identity.ipp)
    list.push({
      use: 'official',
      system: SYSTEM.ipp,
      value: identity.ipp,
      ...(link ? { period: { start: fhirTime(link.at) } } : {}),
    });
  if (identity.tempId)
    list.push({
      use: 'temp',
      system: SYSTEM.tempId,
      value: identity.tempId,
      type: { text: 'Identifiant temporaire (panne)' },
      ...(link ? { period: { end: fhirTime(link.at) } } : {}),
    });
  return list;
}

function names(identity: Identity): HumanName[] {
  const given = identity.firstNames?.split(' ') ?? [identity.firstName];
  const official: HumanName = { use: 'official', family: identity.birthName, given };
  if (identity.usedName === undefined && identity.usedFirstName === undefined) return [official];
  const usual: HumanName = {
    use: 'usual',
    family: identity.usedName ?? identity.birthName,
    given: [identity.usedFirstName ?? identity.firstName],
  };
  return [official, usual];
}

/** The Patient (INS traits, IPP, temporary id), from all of the patient's events. */
export function patientResource(b: BundleBuilder, patientId: string, events: readonly WardEvent[]) {
  const state = foldPatient(events);
  const admissions = ofType(events, 'patient.admitted');
  const identity = state?.identity ?? admissions.at(-1)?.payload.identity;
  if (!identity) return null;
  const active = activeEvents(events);
  const link = ofType(active, 'patient.identifierLinked').at(-1);
  const header = state?.header;
  const trusted = header?.trustedPerson;
  const patient: Patient & { id: string } = {
    resourceType: 'Patient',
    id: patientId,
    meta: { tag: [{ system: SYSTEM.tag, code: 'downtime', display: 'Saisi pendant la panne' }] },
    identifier: identifiers(identity, link),
    active: state !== null,
    name: names(identity),
    gender: GENDER[identity.sex],
    birthDate: identity.birthDate,
    ...(identity.birthPlaceCode
      ? {
          extension: [
            { url: BIRTH_PLACE, valueAddress: { text: `Code INSEE ${identity.birthPlaceCode}` } },
          ],
        }
      : {}),
    ...(trusted
      ? {
          contact: [
            {
              relationship: [
                {
                  text: `Personne de confiance${trusted.relationship ? ` (${trusted.relationship})` : ''}`,
                },
              ],
              name: { text: trusted.name },
              ...(trusted.phone
                ? { telecom: [{ system: 'phone' as const, value: trusted.phone }] }
                : {}),
            },
          ],
        }
      : {}),
  };
  const from = active.filter((event) =>
    isType(event, 'patient.admitted', 'patient.identifierLinked', 'patient.updated'),
  );
  b.add(patient, from.length > 0 ? from : admissions.slice(-1));
  return ref('Patient', patientId);
}

/** One Encounter per stay: period, beds as locations, reason, mode de sortie. */
export function encounterResource(
  b: BundleBuilder,
  stay: Stay,
  subject: Reference<Patient>,
  ward: Reference<Organization>,
) {
  const { admission, discharge } = stay;
  const status = stay.voided ? 'entered-in-error' : discharge ? 'finished' : 'in-progress';
  const encounter: Encounter & { id: string } = {
    resourceType: 'Encounter',
    id: admission.id,
    meta: b.meta(admission),
    status,
    class: {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: 'IMP',
      display: 'inpatient encounter',
    },
    subject,
    period: {
      start: fhirTime(admission.payload.admittedAt),
      ...(discharge ? { end: fhirTime(discharge.at) } : {}),
    },
    reasonCode: [{ text: admission.payload.reason }],
    participant: [
      {
        type: [{ text: 'Médecin responsable' }],
        individual: { display: admission.payload.physician },
      },
    ],
    location: stay.beds.map((bed) => ({
      location: ref('Location', bed.bedId),
      status: bed.to === null && !discharge ? ('active' as const) : ('completed' as const),
      period: { start: fhirTime(bed.from), ...(bed.to ? { end: fhirTime(bed.to) } : {}) },
    })),
    ...(discharge
      ? {
          hospitalization: {
            dischargeDisposition: {
              coding: [DISCHARGE_DISPOSITION[discharge.payload.destination]],
              text: [DISCHARGE_LABELS[discharge.payload.destination], discharge.payload.detail]
                .filter(Boolean)
                .join(' : '),
            },
          },
        }
      : {}),
    serviceProvider: ward,
  };
  b.add(encounter, [admission, ...stay.changes]);
  return ref('Encounter', admission.id);
}

const CRITICALITY = {
  mild: 'low',
  moderate: 'low',
  severe: 'high',
  unknown: 'unable-to-assess',
} as const;
const CLINICAL = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';

/** The allergies as the header stands (or "no known allergy"), from the event that set them. */
export function allergyResources(
  b: BundleBuilder,
  events: readonly WardEvent[],
  patient: Reference<Patient>,
) {
  const source = activeEvents(events)
    .filter(
      (event) =>
        isType(event, 'patient.admitted') ||
        (isType(event, 'patient.updated') && event.payload.clinical?.allergies !== undefined),
    )
    .at(-1);
  const allergies = foldPatient(events)?.header.allergies;
  if (!source || !allergies) return;
  const base = {
    resourceType: 'AllergyIntolerance' as const,
    meta: b.meta(source),
    clinicalStatus: { coding: [{ system: CLINICAL, code: 'active' }] },
    verificationStatus: { coding: [{ system: VERIFICATION, code: 'unconfirmed' }] },
    patient,
    recordedDate: fhirTime(source.at),
    recorder: b.author(source.author),
  };
  if (allergies.status === 'noneKnown') {
    const resource: AllergyIntolerance & { id: string } = {
      ...base,
      id: deriveUuid(`${source.id}:allergy:none`),
      code: {
        coding: [{ system: SNOMED, code: '716186003', display: 'No known allergy' }],
        text: 'Pas d’allergie connue',
      },
    };
    b.add(resource, [source]);
    return;
  }
  allergies.items.forEach((item: Allergy, index) => {
    const resource: AllergyIntolerance & { id: string } = {
      ...base,
      id: deriveUuid(`${source.id}:allergy:${index}`),
      criticality: CRITICALITY[item.severity],
      code: { text: item.substance },
      ...(item.reaction
        ? {
            reaction: [
              {
                manifestation: [{ text: item.reaction }],
                ...(item.severity === 'unknown' ? {} : { severity: item.severity }),
              },
            ],
          }
        : {}),
    };
    b.add(resource, [source]);
  });
}
