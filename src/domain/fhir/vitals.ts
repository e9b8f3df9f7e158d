import type {
  Encounter,
  Observation,
  ObservationComponent,
  Patient,
  Quantity,
  Reference,
} from '@medplum/fhirtypes';
import type { WardEvent } from '../events';
import type { Consciousness, News2Risk } from '../news2';
import { news2FromVitals, type Spo2Scale } from '../vitalsChart';
import type { OxygenDevice } from '../vitals';
import { instantOf, toIsoWithOffset } from '../time';
import type { BundleBuilder } from './builder';
import { concept, local, loinc } from './codes';
import { deriveUuid, fhirTime, ref, SNOMED, UCUM } from './ids';

const CATEGORY = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'vital-signs',
      display: 'Vital Signs',
    },
  ],
};
const SURVEY = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};

const quantity = (value: number, code: string, unit = code): Quantity => ({
  value,
  unit,
  system: UCUM,
  code,
});

const ACVPU: Record<Consciousness, string> = {
  A: 'Alerte',
  C: 'Confusion récente',
  V: 'Réagit à la voix',
  P: 'Réagit à la douleur',
  U: 'Ne réagit pas',
};

const RISK: Record<News2Risk, string> = {
  low: 'faible',
  'low-medium': 'faible à moyen (un paramètre à 3)',
  medium: 'moyen',
  high: 'élevé',
};

const OXYGEN_LABELS: Record<OxygenDevice, string> = {
  'nasal-cannula': 'Lunettes nasales',
  'simple-mask': 'Masque simple',
  venturi: 'Masque Venturi',
  'non-rebreather': 'Masque à haute concentration',
  humidified: 'Oxygène humidifié',
  'high-flow': 'Oxygénothérapie à haut débit',
  cpap: 'PPC (CPAP)',
  niv: 'VNI',
  'tracheostomy-mask': 'Masque de trachéotomie',
  other: 'Autre dispositif',
};

/** The Observations of one vitals set, one per measurement, and NEWS2 when the set scores. */
export function vitalsResources(
  b: BundleBuilder,
  event: WardEvent<'vitals.recorded'>,
  subject: Reference<Patient>,
  encounter: Reference<Encounter> | undefined,
  patientScale: Spo2Scale,
) {
  const v = event.payload;
  const status = b.voidOf(event) ? ('entered-in-error' as const) : ('final' as const);
  const refs = new Map<string, Reference<Observation>>();
  const observe = (key: string, body: Partial<Observation> & Pick<Observation, 'code'>) => {
    const id = deriveUuid(`${event.id}:${key}`);
    const observation: Observation & { id: string } = {
      resourceType: 'Observation',
      id,
      meta: b.meta(event),
      status,
      category: [CATEGORY],
      subject,
      ...(encounter ? { encounter } : {}),
      ...(body.effectivePeriod ? {} : { effectiveDateTime: fhirTime(event.at) }),
      issued: fhirTime(event.recordedAt),
      performer: [b.author(event.author)],
      device: b.device(event),
      ...body,
      ...(b.notes(event, v.comment) ? { note: b.notes(event, v.comment) } : {}),
    };
    b.add(observation, [event]);
    refs.set(key, ref('Observation', id));
  };
  if (v.respiratoryRate !== undefined)
    observe('respiratoryRate', {
      code: concept(loinc('9279-1', 'Respiratory rate'), 'Fréquence respiratoire'),
      valueQuantity: quantity(v.respiratoryRate, '/min'),
    });
  if (v.spo2 !== undefined)
    observe('spo2', {
      code: {
        coding: [
          loinc('59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry'),
          loinc('2708-6', 'Oxygen saturation in Arterial blood'),
        ],
        text: 'SpO2',
      },
      valueQuantity: quantity(v.spo2, '%'),
    });
  if (v.onOxygen !== undefined) {
    const components: ObservationComponent[] = [];
    if (v.oxygenFlow !== undefined)
      components.push({
        code: concept(loinc('3151-8', 'Inhaled oxygen flow rate'), 'Débit d’oxygène'),
        valueQuantity: quantity(v.oxygenFlow, 'L/min'),
      });
    if (v.oxygenPercent !== undefined)
      components.push({
        code: concept(loinc('3150-0', 'Inhaled oxygen concentration'), 'FiO2'),
        valueQuantity: quantity(v.oxygenPercent, '%'),
      });
    const device = v.onOxygen && v.oxygenDevice ? v.oxygenDevice : null;
    observe('oxygen', {
      code: concept(local('inspired-air', 'Air ou oxygène inspiré')),
      valueCodeableConcept: device
        ? concept(local(`oxygen-${device}`, OXYGEN_LABELS[device]))
        : concept(local('room-air', 'Air ambiant')),
      ...(components.length > 0 ? { component: components } : {}),
    });
  }
  if (v.systolicBp !== undefined) {
    const component: ObservationComponent[] = [
      {
        code: concept(loinc('8480-6', 'Systolic blood pressure'), 'Pression artérielle systolique'),
        valueQuantity: quantity(v.systolicBp, 'mm[Hg]', 'mmHg'),
      },
    ];
    if (v.diastolicBp !== undefined)
      component.push({
        code: concept(
          loinc('8462-4', 'Diastolic blood pressure'),
          'Pression artérielle diastolique',
        ),
        valueQuantity: quantity(v.diastolicBp, 'mm[Hg]', 'mmHg'),
      });
    observe('bloodPressure', {
      code: concept(
        loinc('85354-9', 'Blood pressure panel with all children optional'),
        'Pression artérielle',
      ),
      component,
    });
  }
  if (v.pulse !== undefined)
    observe('pulse', {
      code: concept(loinc('8867-4', 'Heart rate'), 'Pouls'),
      valueQuantity: quantity(v.pulse, '/min'),
    });
  if (v.consciousness !== undefined)
    observe('consciousness', {
      code: concept(loinc('67775-7', 'Level of responsiveness'), 'Conscience (ACVPU)'),
      valueCodeableConcept: concept(local(`acvpu-${v.consciousness}`, ACVPU[v.consciousness])),
    });
  if (v.temperature !== undefined)
    observe('temperature', {
      code: concept(loinc('8310-5', 'Body temperature'), 'Température'),
      valueQuantity: quantity(v.temperature, 'Cel', '°C'),
    });
  if (v.pain !== undefined)
    observe('pain', {
      code: concept(
        loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
        'Douleur (EN 0-10)',
      ),
      valueQuantity: quantity(v.pain, '{score}', '/10'),
    });
  if (v.bloodGlucose !== undefined) {
    // The unit the nurse read on the meter: a g/L reading stays g/L (no rounding trip).
    const grams = v.bloodGlucoseAsEntered?.unit === 'g/L';
    observe('glucose', {
      code: grams
        ? concept(
            loinc('41653-7', 'Glucose [Mass/volume] in Capillary blood by Glucometer'),
            'Glycémie capillaire',
          )
        : concept(
            loinc('14743-9', 'Glucose [Moles/volume] in Capillary blood by Glucometer'),
            'Glycémie capillaire',
          ),
      valueQuantity: grams
        ? quantity(v.bloodGlucoseAsEntered?.value ?? v.bloodGlucose, 'g/L')
        : quantity(v.bloodGlucose, 'mmol/L'),
    });
  }
  if (v.weight !== undefined)
    observe('weight', {
      code: concept(loinc('29463-7', 'Body weight'), 'Poids'),
      valueQuantity: quantity(v.weight, 'kg'),
    });
  if (v.urineOutput !== undefined) {
    const hours = v.urinePeriodHours ?? 24;
    const start = toIsoWithOffset(new Date(instantOf(event.at) - hours * 3_600_000), 'UTC');
    observe('urine', {
      code: concept(loinc('9187-6', 'Urine output'), 'Diurèse'),
      valueQuantity: quantity(v.urineOutput, 'mL'),
      effectivePeriod: { start: fhirTime(start), end: fhirTime(event.at) },
    });
  }
  const news2 = news2FromVitals(v, patientScale);
  if (news2.kind === 'scored') {
    const parts = [
      'respiratoryRate',
      'spo2',
      'oxygen',
      'bloodPressure',
      'pulse',
      'consciousness',
      'temperature',
    ];
    observe('news2', {
      category: [SURVEY],
      code: {
        coding: [
          {
            system: SNOMED,
            code: '1104051000000101',
            display: 'Royal College of Physicians National Early Warning Score 2 - total score',
          },
        ],
        text: 'Score NEWS2',
      },
      valueQuantity: quantity(news2.result.total, '{score}', 'points'),
      interpretation: [{ text: `Risque ${RISK[news2.result.risk]}` }],
      derivedFrom: parts.flatMap((key) => refs.get(key) ?? []),
    });
  }
  return refs;
}
