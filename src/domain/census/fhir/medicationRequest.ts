import type { ValidationIssue } from '../../validation';
import type { BundleIndex } from './bundleIndex';
import { readDose, readRoute, readTiming, type Mapped } from './dosage';
import { conceptText, obj, objects, str, type Json } from './json';
import { personName } from './patient';

// An active MedicationRequest → a prescription to transcribe (med.prescribed input), marked
// as imported: a nurse checks it against the paper before it counts as transcribed
// (med.importChecked). What the request does not say, or says in a way the MAR cannot hold,
// is reported on the patient's record, never filled in by a guess.

/** The drug: the request's own code, or the Medication it points to. */
export function drugName(request: Json, index: BundleIndex, owner: string): string | undefined {
  const own = conceptText(request.medicationCodeableConcept);
  if (own) return own;
  const medication = index.resolve(request.medicationReference, request, owner);
  return str(obj(request.medicationReference)?.display) ?? conceptText(medication?.code);
}

function prescriber(request: Json, index: BundleIndex, owner: string): string | undefined {
  const display = str(obj(request.requester)?.display);
  if (display) return display;
  let person = index.resolve(request.requester, request, owner);
  if (person?.resourceType === 'PractitionerRole') {
    person = index.resolve(person.practitioner, person, owner);
  }
  return personName(person);
}

/** Free text of the order, kept as the prescription's note for the nurse who checks it. */
function noteOf(request: Json, dosage: Json | undefined): string | undefined {
  const texts = [str(dosage?.text), ...objects(request.note).map((n) => str(n.text))];
  const note = texts.filter(Boolean).join(' — ');
  return note === '' ? undefined : note.slice(0, 1000);
}

export interface ReadPrescription {
  input: Record<string, unknown>;
  issues: ValidationIssue[];
}

/** The prescription input and what could not be read, with paths under `path`. */
export function readPrescription(
  request: Json,
  index: BundleIndex,
  owner: string,
  file: string,
  path: string,
): ReadPrescription {
  const issues: ValidationIssue[] = [];
  const dosages = objects(request.dosageInstruction);
  const dosage = dosages[0];
  const take = <T>(field: string, mapped: Mapped<T> | undefined): T | undefined => {
    if (mapped && 'value' in mapped) return mapped.value;
    issues.push({
      path: `${path}.${field}`,
      code: mapped && 'unmapped' in mapped ? 'notMapped' : 'required',
    });
    return undefined;
  };
  // Several dosage lines (a taper, a loading dose) make several orders: not mapped here.
  const single = dosages.length > 1 ? ({ unmapped: true } as const) : undefined;
  const dose = take('dose', single ?? (dosage ? readDose(dosage) : undefined));
  const route = take('route', single ?? (dosage ? readRoute(dosage) : undefined));
  const timing = take('schedule', single ?? (dosage ? readTiming(dosage) : undefined));
  const bounds = obj(obj(obj(dosage?.timing)?.repeat)?.boundsPeriod);
  const start = str(bounds?.start) ?? str(request.authoredOn);
  const end = str(bounds?.end);
  const authoredOn = str(request.authoredOn);
  const input: Record<string, unknown> = {
    drug: drugName(request, index, owner),
    dose,
    route,
    schedule: timing ? { ...timing, start, ...(end ? { end } : {}) } : undefined,
    prescriber: prescriber(request, index, owner),
    orderDate: authoredOn?.slice(0, 10),
    // Not in a FHIR request: the nurse who checks the import sets it if need be.
    highAlert: false,
    note: noteOf(request, dosage),
    imported: { format: 'fhir', file },
  };
  for (const field of ['drug', 'prescriber', 'orderDate'] as const) {
    if (input[field] === undefined) issues.push({ path: `${path}.${field}`, code: 'required' });
  }
  if (timing && start === undefined)
    issues.push({ path: `${path}.schedule.start`, code: 'required' });
  return {
    input: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    issues,
  };
}

/** Requests that are orders in force; a proposal, a plan or a stopped one is not. */
export const isActiveOrder = (request: Json): boolean =>
  request.status === 'active' &&
  !['proposal', 'plan', 'directive'].includes(String(request.intent));
