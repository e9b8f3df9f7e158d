import type { ValidationIssue } from '../validation';
import { readAllergies } from './fhir/allergies';
import { BundleIndex, bundleEntries, type Entry } from './fhir/bundleIndex';
import { currentEncounter, readStay } from './fhir/encounter';
import { obj, objects, str, type Json } from './fhir/json';
import { drugName, isActiveOrder, readPrescription } from './fhir/medicationRequest';
import { readIdentity } from './fhir/patient';
import { checkR4 } from './fhir/version';
import { CensusFileError, type CensusFile, type CensusRecord } from './types';

// An HL7 FHIR R4 Bundle (JSON) → census records, one per Patient (docs/ARCHITECTURE.md,
// "Census import: FHIR R4"). Read only: nothing is written here, the plan compares the
// records with the ward and the commit writes them.

/** Past this, the file is refused before it is parsed (shared with the CSV reader). */
export const MAX_CENSUS_CHARS = 20 * 1024 * 1024;

/** The clinical resources that hang off a patient, by the field that names the patient. */
const PATIENT_FIELD: Record<string, string> = {
  Encounter: 'subject',
  Condition: 'subject',
  AllergyIntolerance: 'patient',
  MedicationRequest: 'subject',
};

function parse(text: string): Json {
  if (text.length > MAX_CENSUS_CHARS) throw new CensusFileError('tooLarge');
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new CensusFileError('empty');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CensusFileError('notJson');
  }
  const bundle = obj(json);
  if (!bundle || bundle.resourceType !== 'Bundle') {
    throw new CensusFileError('notBundle', str(bundle?.resourceType));
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    throw new CensusFileError('notBundle');
  }
  return bundle;
}

interface PatientResources {
  entry: Entry;
  byType: Record<string, Json[]>;
}

/** Groups the clinical resources under their patient; a patient reference must resolve. */
function group(entries: readonly Entry[], index: BundleIndex) {
  const patients = new Map<Json, PatientResources>();
  for (const entry of entries) {
    if (entry.resource.resourceType === 'Patient') {
      patients.set(entry.resource, { entry, byType: {} });
    }
  }
  const others: Entry[] = [];
  for (const entry of entries) {
    const type = String(entry.resource.resourceType);
    const field = PATIENT_FIELD[type];
    if (!field) {
      if (type !== 'Patient') others.push(entry);
      continue;
    }
    const patient = index.require(entry.resource[field], entry.resource, entry.ref, 'Patient');
    const owner = patients.get(patient);
    if (owner) (owner.byType[type] ??= []).push(entry.resource);
  }
  return { patients: [...patients.values()], others };
}

/**
 * Reads a FHIR R4 Bundle into census records. Throws a CensusFileError when the file cannot
 * be read at all: too large, empty, not JSON, not a Bundle, another FHIR version, a resource
 * of an unknown type, a broken reference, or no Patient. Whatever the ward does not need is
 * counted in `skipped` by resource type.
 */
export function readFhirCensus(text: string, fileName: string): CensusFile {
  const bundle = parse(text);
  const entries = bundleEntries(bundle);
  if (entries.length === 0) throw new CensusFileError('empty');
  checkR4(
    bundle,
    entries.map((entry) => entry.resource),
  );
  const index = new BundleIndex(entries);
  const { patients, others } = group(entries, index);
  if (patients.length === 0) throw new CensusFileError('noPatient');
  const skipped: Record<string, number> = {};
  const skip = (type: string, count = 1) => {
    if (count > 0) skipped[type] = (skipped[type] ?? 0) + count;
  };
  const records = patients.map((patient) => readRecord(patient, index, fileName, skip));
  // Practitioners, locations and medications a record named are used; the rest is skipped.
  for (const { resource } of others)
    if (!index.used.has(resource)) skip(String(resource.resourceType));
  return { format: 'fhir', records, skipped };
}

function readRecord(
  { entry, byType }: PatientResources,
  index: BundleIndex,
  fileName: string,
  skip: (type: string, count?: number) => void,
): CensusRecord {
  const encounters = byType.Encounter ?? [];
  const conditions = byType.Condition ?? [];
  const stay = currentEncounter(encounters);
  skip('Encounter', encounters.length - (stay ? 1 : 0));
  const read = stay
    ? readStay(stay, conditions, index, `Encounter/${String(stay.id)}`)
    : { admission: {}, usedConditions: [] };
  skip('Condition', conditions.filter((c) => !read.usedConditions.includes(c)).length);
  const allergies = readAllergies(byType.AllergyIntolerance ?? []);
  skip('AllergyIntolerance', allergies.ignored);
  const requests = byType.MedicationRequest ?? [];
  const active = requests.filter(isActiveOrder);
  skip('MedicationRequest', requests.length - active.length);
  // An order with no dosage at all cannot be given from the MAR: left out, named in the
  // preview for a nurse to transcribe from the paper order (one with a dosage that does not
  // map refuses the record instead: there is something to read, and nothing is guessed).
  const undosed = active.filter((request) => objects(request.dosageInstruction).length === 0);
  skip('MedicationRequestNoDosage', undosed.length);
  const skippedOrders = undosed.map(
    (request) => drugName(request, index, `MedicationRequest/${String(request.id)}`) ?? '?',
  );
  const issues: ValidationIssue[] = [];
  const dosed = active.filter((request) => !undosed.includes(request));
  const prescriptions = dosed.map((request, i) => {
    const owner = `MedicationRequest/${String(request.id)}`;
    const read = readPrescription(request, index, owner, fileName, `prescriptions.${i}`);
    issues.push(...read.issues);
    return read.input;
  });
  const admission = {
    ...read.admission,
    ...(allergies.allergies ? { allergies: allergies.allergies } : {}),
    // Marked as imported: allergies and isolation the file does not say stay not recorded.
    imported: { format: 'fhir', file: fileName },
  };
  return {
    source: { ref: entry.ref },
    identity: readIdentity(entry.resource),
    admission,
    prescriptions,
    issues,
    ...(stay ? {} : { noStay: true as const }),
    ...(skippedOrders.length > 0 ? { skippedOrders } : {}),
  };
}
