import type {
  Dosage,
  Encounter,
  Patient,
  MedicationAdministration,
  MedicationRequest,
  Quantity,
  Reference,
  Timing,
} from '@medplum/fhirtypes';
import type { Dose } from '../doseAmounts';
import type { WardEvent } from '../events';
import type { Schedule } from '../schedule';
import { instantOf } from '../time';
import type { BundleBuilder } from './builder';
import { DOSE_UCUM, local, OUTCOME_LABELS, ROUTE_LABELS } from './codes';
import { fhirTime, ref, SYSTEM, UCUM } from './ids';

const doseQuantity = (dose: Dose): Quantity => ({
  value: dose.value,
  unit: dose.unit,
  system: UCUM,
  code: DOSE_UCUM[dose.unit],
});

const routeOf = (route: keyof typeof ROUTE_LABELS) => ({
  coding: [local(`route-${route}`, ROUTE_LABELS[route])],
  text: ROUTE_LABELS[route],
});

function timingOf(schedule: Schedule): Timing {
  const boundsPeriod = {
    start: fhirTime(schedule.start),
    ...(schedule.end ? { end: fhirTime(schedule.end) } : {}),
  };
  switch (schedule.kind) {
    case 'fixed-times':
      return { repeat: { boundsPeriod, timeOfDay: schedule.times.map((time) => `${time}:00`) } };
    case 'every-n-hours':
      return {
        repeat: { boundsPeriod, frequency: 1, period: schedule.intervalHours, periodUnit: 'h' },
      };
    case 'once':
      return { event: [fhirTime(schedule.start)], repeat: { boundsPeriod, count: 1 } };
    case 'prn':
      return {
        repeat: {
          boundsPeriod,
          ...(schedule.minIntervalHours
            ? { period: schedule.minIntervalHours, periodUnit: 'h' as const }
            : {}),
        },
      };
  }
}

function dosageOf(p: WardEvent<'med.prescribed'>['payload']): Dosage {
  const s = p.schedule;
  return {
    text: `${p.dose.value} ${p.dose.unit}, ${ROUTE_LABELS[p.route]}`,
    timing: timingOf(s),
    route: routeOf(p.route),
    doseAndRate: [{ doseQuantity: doseQuantity(p.dose) }],
    ...(s.kind === 'prn'
      ? {
          asNeededCodeableConcept: { text: s.indication },
          maxDosePerPeriod: {
            numerator: { value: s.maxDosesPer24h, unit: 'prises', system: UCUM, code: '{dose}' },
            denominator: { value: 24, unit: 'h', system: UCUM, code: 'h' },
          },
        }
      : {}),
  };
}

/** A transcribed prescription; stopped, completed or entered-in-error as the log says. */
export function prescriptionResource(
  b: BundleBuilder,
  event: WardEvent<'med.prescribed'>,
  stop: WardEvent<'med.stopped'> | undefined,
  context: {
    subject: Reference<Patient>;
    encounter: Reference<Encounter> | undefined;
    exportedAt: string;
    included: ReadonlySet<string>;
  },
) {
  const p = event.payload;
  const ended =
    p.schedule.end !== undefined && instantOf(p.schedule.end) <= instantOf(context.exportedAt);
  const status = b.voidOf(event)
    ? 'entered-in-error'
    : stop
      ? 'stopped'
      : ended
        ? 'completed'
        : 'active';
  const maxAmount = p.schedule.kind === 'prn' ? p.schedule.maxAmountPer24h : undefined;
  const notes = b.notes(
    event,
    p.note,
    p.highAlert ? 'Médicament à haut risque' : undefined,
    maxAmount ? `Maximum ${maxAmount.value} ${maxAmount.unit} par 24 h` : undefined,
    p.allergyOverride
      ? `Transcrit malgré l’alerte allergie (${p.allergyOverride.shown.join(', ')}) : ${p.allergyOverride.reason}`
      : undefined,
    stop ? `Arrêté le ${stop.at} : ${stop.payload.reason}` : undefined,
  );
  const resource: MedicationRequest & { id: string } = {
    resourceType: 'MedicationRequest',
    id: event.id,
    meta: b.meta(event),
    identifier: [{ system: SYSTEM.event, value: event.id }],
    status,
    ...(stop && status === 'stopped' ? { statusReason: { text: stop.payload.reason } } : {}),
    intent: 'order',
    medicationCodeableConcept: { text: p.drug },
    subject: context.subject,
    ...(context.encounter ? { encounter: context.encounter } : {}),
    authoredOn: p.orderDate,
    requester: { display: p.prescriber },
    recorder: b.author(event.author),
    dosageInstruction: [dosageOf(p)],
    ...(p.replaces && context.included.has(p.replaces)
      ? { priorPrescription: ref('MedicationRequest', p.replaces) }
      : {}),
    ...(notes ? { note: notes } : {}),
  };
  b.add(resource, stop ? [event, stop] : [event]);
}

/** A dose given (completed) or not (not-done, with why), naming its prescription. */
export function administrationResource(
  b: BundleBuilder,
  event: WardEvent<'med.administered'>,
  prescription: WardEvent<'med.prescribed'>,
  context: { subject: Reference<Patient>; encounter: Reference<Encounter> | undefined },
) {
  const p = event.payload;
  const status = b.voidOf(event)
    ? 'entered-in-error'
    : p.outcome === 'given'
      ? 'completed'
      : 'not-done';
  const notes = b.notes(
    event,
    p.note,
    p.dueAt ? `Dose prévue à ${p.dueAt}` : undefined,
    p.prnIndication ? `Si besoin : ${p.prnIndication}` : undefined,
    p.override ? `Au-delà du maximum sur 24 h : ${p.override.reason}` : undefined,
    p.deviation ? `Écart (${p.deviation.kinds.join(', ')}) : ${p.deviation.reason}` : undefined,
  );
  const resource: MedicationAdministration & { id: string } = {
    resourceType: 'MedicationAdministration',
    id: event.id,
    meta: b.meta(event),
    identifier: [{ system: SYSTEM.event, value: event.id }],
    status,
    ...(p.outcome === 'given'
      ? {}
      : {
          statusReason: [
            { coding: [local(`outcome-${p.outcome}`, OUTCOME_LABELS[p.outcome])], text: p.reason },
          ],
        }),
    medicationCodeableConcept: { text: prescription.payload.drug },
    subject: context.subject,
    ...(context.encounter ? { context: context.encounter } : {}),
    effectiveDateTime: fhirTime(event.at),
    performer: [{ actor: b.author(event.author) }],
    request: ref('MedicationRequest', prescription.id),
    ...(p.dose || p.route
      ? {
          dosage: {
            ...(p.route ? { route: routeOf(p.route) } : {}),
            ...(p.dose ? { dose: doseQuantity(p.dose) } : {}),
          },
        }
      : {}),
    device: [b.device(event)],
    ...(notes ? { note: notes } : {}),
  };
  b.add(resource, [event]);
}
