import { CensusFileError } from '../types';
import { list, obj, objects, str, type Json } from './json';
import { OTHER_VERSION_TYPES, R4_RESOURCE_TYPES } from './r4Types';

// A Bundle written for another FHIR version (STU3, R5) looks much the same but means other
// things: refused as such rather than half read. Explicit markers first (a version, a profile
// of another version), then the shapes that changed in the resources this reader maps.

const OTHER_VERSION_URL = /\/(?:DSTU2|STU3|R4B|R5|R6)\/|fhir\/(?:1\.0|3\.0|4\.3|5\.0|6\.0)/i;

const otherVersion = (detail: string) => new CensusFileError('otherFhirVersion', detail);

/** A declared version that is not 4.0.x. */
function checkDeclared(value: unknown): void {
  const version = str(value);
  if (version && !version.startsWith('4.0')) throw otherVersion(version);
}

function checkMeta(resource: Json): void {
  const meta = obj(resource.meta);
  checkDeclared(resource.fhirVersion);
  checkDeclared(meta?.fhirVersion);
  for (const profile of list(meta?.profile)) {
    const url = str(profile);
    if (url && OTHER_VERSION_URL.test(url)) throw otherVersion(url);
  }
}

const isText = (value: unknown) => typeof value === 'string';

/** Shapes of STU3 or R5 in the resources mapped here, each a field R4 types otherwise. */
function versionShape(resource: Json): string | undefined {
  switch (resource.resourceType) {
    case 'AllergyIntolerance':
    case 'Condition':
      // STU3 (and DSTU2): the statuses are plain codes; R4 makes them CodeableConcepts.
      if (isText(resource.clinicalStatus) || isText(resource.verificationStatus)) return 'STU3';
      if (resource.resourceType === 'AllergyIntolerance' && obj(resource.type)) return 'R5';
      return undefined;
    case 'Encounter':
      if (Array.isArray(resource.class) || 'actualPeriod' in resource) return 'R5';
      if ('reason' in resource) return 'STU3/R5';
      return undefined;
    case 'MedicationRequest':
      if (obj(resource.medication)) return 'R5';
      if ('context' in resource || 'definition' in resource) return 'STU3';
      if (objects(resource.dosageInstruction).some((d) => 'doseQuantity' in d)) return 'STU3';
      return undefined;
    case 'Patient':
      return 'animal' in resource ? 'STU3' : undefined;
    default:
      return undefined;
  }
}

/**
 * Refuses a Bundle of another FHIR version, and an entry of no known resource type
 * ('wrongResourceType'). Each resource is checked: one STU3 entry is enough to refuse.
 */
export function checkR4(bundle: Json, resources: readonly Json[]): void {
  checkMeta(bundle);
  for (const resource of resources) {
    const type = str(resource.resourceType);
    if (type && OTHER_VERSION_TYPES.has(type)) throw otherVersion(type);
    if (!type || !R4_RESOURCE_TYPES.has(type)) {
      throw new CensusFileError('wrongResourceType', type ?? '?');
    }
    checkMeta(resource);
    const shape = versionShape(resource);
    if (shape) throw otherVersion(`${shape}: ${type}`);
  }
}
