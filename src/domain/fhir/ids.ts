import type { ExtractResource, Reference, ResourceType } from '@medplum/fhirtypes';

// Identifier systems and code systems of Relève's export (docs/fhir-export.md). They are
// URNs: the ward has no web domain of its own, and a URN cannot be mistaken for a live URL.
export const SYSTEM = {
  /** The establishment's IPP (the hospital's identity server numbers them). */
  ipp: 'urn:releve:id:ipp',
  /** A temporary identifier drawn on a tablet during the outage (TMP-…). */
  tempId: 'urn:releve:id:temp',
  /** The id of the event a resource comes from: one event, one resource. */
  event: 'urn:releve:id:event',
  /** Each export has its own identifier. */
  export: 'urn:releve:id:export',
  /** Local codes where no standard code fits (care items, ACVPU, outcomes...). */
  code: 'urn:releve:code',
  /** meta.tag: recorded during the downtime, late entry, imported. */
  tag: 'urn:releve:tag',
  /** Provenance.policy of everything recorded in Relève during an outage. */
  downtimePolicy: 'urn:releve:policy:downtime-recording',
} as const;

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const SNOMED = 'http://snomed.info/sct';

/**
 * A UUID derived from a text (an event id and a suffix): the same export gives the same
 * resource ids every time, and one event can give several resources (one per vital sign).
 * A 128-bit non-cryptographic hash (four FNV-1a lanes), formatted as a version 8 UUID.
 */
export function deriveUuid(seed: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < seed.length; i++) {
    const code = seed.charCodeAt(i);
    for (let lane = 0; lane < 4; lane++) {
      lanes[lane] = Math.imul((lanes[lane] ?? 0) ^ (code + lane * 31), 0x01000193 + lane * 2);
    }
  }
  for (let lane = 0; lane < 4; lane++) {
    // Final avalanche, so that seeds differing in their last character differ everywhere.
    let h = (lanes[lane] ?? 0) ^ ((lanes[(lane + 1) % 4] ?? 0) >>> 15);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    lanes[lane] = (h ^ (h >>> 16)) >>> 0;
  }
  const hex = lanes.map((lane) => (lane ?? 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The fullUrl of a resource in the Bundle. */
export const urn = (id: string): string => `urn:uuid:${id}`;

/** A reference to a resource of the Bundle, resolved by its fullUrl. */
export const ref = <T extends ResourceType>(
  type: T,
  id: string,
  display?: string,
): Reference<ExtractResource<T>> => ({
  reference: urn(id),
  type,
  ...(display === undefined ? {} : { display }),
});

/** An ISO time as a FHIR dateTime/instant: seconds are required there, not in our events. */
export const fhirTime = (iso: string): string => iso.replace(/T(\d\d:\d\d)(?=Z|[+-])/, 'T$1:00');
