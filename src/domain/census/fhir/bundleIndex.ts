import { CensusFileError } from '../types';
import { list, obj, objects, str, type Json } from './json';

// Finding the resource a reference points to, inside the Bundle (FHIR R4 §2.36.4: a reference
// matches an entry's fullUrl, or Type/id against the entries' ids; '#id' names a contained
// resource; a transaction may use a conditional reference Type?identifier=system|value).

export interface Entry {
  /** fullUrl, else Type/id: how messages name it. */
  ref: string;
  resource: Json;
}

export class BundleIndex {
  private readonly byUrl = new Map<string, Json>();
  /** Every resource a reference led to: what is not in here was not used. */
  readonly used = new Set<Json>();

  constructor(readonly entries: readonly Entry[]) {
    for (const { ref, resource } of entries) {
      this.byUrl.set(ref, resource);
      const id = str(resource.id);
      if (id) this.byUrl.set(`${String(resource.resourceType)}/${id}`, resource);
    }
  }

  /**
   * The resource a reference points to; undefined when it is outside the Bundle (a server
   * reference may be) or absent. A `urn:` reference can only be inside: one that is not
   * found is a broken Bundle.
   */
  resolve(reference: unknown, from: Json, owner: string): Json | undefined {
    const found = this.find(reference, from, owner);
    if (found) this.used.add(found);
    return found;
  }

  private find(reference: unknown, from: Json, owner: string): Json | undefined {
    const ref = str(obj(reference)?.reference);
    if (!ref) return undefined;
    if (ref.startsWith('#')) {
      const found = objects(from.contained).find((c) => `#${String(c.id)}` === ref);
      if (!found) throw new CensusFileError('brokenReference', `${owner} → ${ref}`);
      return found;
    }
    const conditional = /^(?<type>[A-Za-z]+)\?identifier=(?:(?<system>[^|]*)\|)?(?<value>.+)$/.exec(
      ref,
    );
    const { type, system, value } = conditional?.groups ?? {};
    if (type && value) return this.byIdentifier(type, system, value);
    const direct = this.byUrl.get(ref) ?? this.byUrl.get(typeAndId(ref));
    if (!direct && ref.startsWith('urn:')) {
      throw new CensusFileError('brokenReference', `${owner} → ${ref}`);
    }
    return direct;
  }

  /** Like resolve, but a reference that leads nowhere in the Bundle is broken. */
  require(reference: unknown, from: Json, owner: string, type: string): Json {
    const ref = str(obj(reference)?.reference) ?? '';
    const found = this.resolve(reference, from, owner);
    if (!found) throw new CensusFileError('brokenReference', `${owner} → ${ref || '?'}`);
    if (found.resourceType !== type) {
      throw new CensusFileError('wrongResourceType', `${owner} → ${String(found.resourceType)}`);
    }
    return found;
  }

  private byIdentifier(type: string, system: string | undefined, value: string) {
    const decoded = decodeURIComponent(value);
    return this.entries.find(
      ({ resource }) =>
        resource.resourceType === type &&
        objects(resource.identifier).some(
          (id) =>
            id.value === decoded &&
            (system === undefined || id.system === decodeURIComponent(system)),
        ),
    )?.resource;
  }
}

/** "http://server/fhir/Patient/12/_history/3" → "Patient/12". */
function typeAndId(ref: string): string {
  const parts = ref.replace(/\/_history\/[^/]+$/, '').split('/');
  return parts.slice(-2).join('/');
}

/** The entries holding a resource, each named by its fullUrl or Type/id. */
export function bundleEntries(bundle: Json): Entry[] {
  return list(bundle.entry)
    .map((entry) => obj(entry))
    .flatMap((entry) => {
      const resource = obj(entry?.resource);
      if (!entry || !resource) return [];
      const ref = str(entry.fullUrl) ?? `${String(resource.resourceType)}/${String(resource.id)}`;
      return [{ ref, resource }];
    });
}
