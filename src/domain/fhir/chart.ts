import type { Encounter, Observation, Patient, Reference } from '@medplum/fhirtypes';
import { isType, ofType, type WardEvent } from '../events';
import { foldPatient } from '../patient';
import { instantOf } from '../time';
import type { BundleBuilder } from './builder';
import { communicationResource, procedureResource } from './entries';
import { administrationResource, prescriptionResource } from './meds';
import { vitalsResources } from './vitals';

// One patient's charting as FHIR resources (toFhirBundle, bundle.ts).

export interface ChartInput {
  list: WardEvent[];
  entries: WardEvent[];
  subject: Reference<Patient>;
  encounterAt: (at: string) => Reference<Encounter> | undefined;
  fromMs: number;
  toMs: number;
  exportedAt: string;
}

/** Vitals, prescriptions and doses, care and notes of one patient within the window. */
export function chartResources(b: BundleBuilder, input: ChartInput) {
  const { list, entries, subject, encounterAt } = input;
  const scale = foldPatient(list)?.header.spo2Scale ?? 1;
  const vitals = new Map<string, Map<string, Reference<Observation>>>();
  for (const event of ofType(entries, 'vitals.recorded'))
    vitals.set(event.id, vitalsResources(b, event, subject, encounterAt(event.at), scale));
  const prescriptions = new Map<string, WardEvent<'med.prescribed'>>(
    ofType(list, 'med.prescribed').map((event) => [event.id, event]),
  );
  const stops = new Map<string, WardEvent<'med.stopped'>>(
    ofType(list, 'med.stopped').map((event) => [event.payload.prescriptionId, event]),
  );
  const doses = ofType(entries, 'med.administered').filter((event) =>
    prescriptions.has(event.payload.prescriptionId),
  );
  const included = new Set<string>();
  for (const p of prescriptions.values()) {
    const start = instantOf(p.at);
    const stop = stops.get(p.id);
    const endMs = Math.min(
      p.payload.schedule.end ? instantOf(p.payload.schedule.end) : Infinity,
      stop ? instantOf(stop.at) : Infinity,
    );
    if (start < input.toMs && endMs >= input.fromMs) included.add(p.id);
  }
  doses.forEach((dose) => included.add(dose.payload.prescriptionId));
  for (const id of [...included]) {
    // The prescriptions a change replaced, back to the first: the chain reads whole.
    let replaced = prescriptions.get(id)?.payload.replaces;
    while (replaced && prescriptions.has(replaced) && !included.has(replaced)) {
      included.add(replaced);
      replaced = prescriptions.get(replaced)?.payload.replaces;
    }
  }
  for (const id of included) {
    const event = prescriptions.get(id);
    if (!event) continue;
    const encounter = encounterAt(event.at);
    prescriptionResource(b, event, stops.get(id), {
      subject,
      encounter,
      exportedAt: input.exportedAt,
      included,
    });
  }
  for (const dose of doses) {
    const prescription = prescriptions.get(dose.payload.prescriptionId);
    if (prescription)
      administrationResource(b, dose, prescription, { subject, encounter: encounterAt(dose.at) });
  }
  const plans = new Map(ofType(list, 'care.planned').map((event) => [event.id, event]));
  for (const event of ofType(entries, 'care.done'))
    procedureResource(b, event, plans.get(event.payload.careId), {
      subject,
      encounter: encounterAt(event.at),
    });
  for (const event of ofType(
    entries,
    'note.targeted',
    'note.written',
    'result.phoned',
    'escalation.informed',
  )) {
    const about = isType(event, 'escalation.informed')
      ? vitals.get(event.payload.vitalsEventId)?.get('news2')
      : undefined;
    communicationResource(b, event, { subject, encounter: encounterAt(event.at) }, about);
  }
}
