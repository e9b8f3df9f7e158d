import type {
  Annotation,
  BundleEntry,
  Device,
  Meta,
  Practitioner,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { WardEvent } from '../events';
import type { Author } from '../staff';
import { instantOf } from '../time';
import { ROLE_LABELS } from './codes';
import { deriveUuid, ref, SYSTEM, urn } from './ids';
import { provenanceOf } from './provenance';

/** Recorded more than this after it happened: a late entry (as on the timeline). */
export const LATE_ENTRY_MS = 15 * 60_000;

/**
 * Collects the Bundle's entries: each resource once, by id, with its Provenance, and the
 * resources they point to (who charted, on which tablet) made on first use, so every
 * reference resolves inside the Bundle.
 */
export class BundleBuilder {
  readonly entries: BundleEntry[] = [];
  private readonly ids = new Set<string>();
  private readonly practitioners = new Map<string, Author>();
  private readonly devices = new Set<string>();

  constructor(
    /** The standing correction of each voided event. */
    private readonly voids: ReadonlyMap<string, WardEvent<'event.voided'>>,
    private readonly deviceNames: ReadonlyMap<string, string>,
  ) {}

  has = (id: string): boolean => this.ids.has(id);

  /** Adds a resource (with its id) and, when it comes from events, their Provenance. */
  add(resource: Resource & { id: string }, from: readonly WardEvent[] = []): void {
    if (this.ids.has(resource.id)) return;
    this.ids.add(resource.id);
    this.entries.push({ fullUrl: urn(resource.id), resource });
    from.forEach((event, index) =>
      this.provenance(resource, event, index === 0 ? 'CREATE' : 'UPDATE'),
    );
    const voided = from[0] && this.voids.get(from[0].id);
    if (voided) this.provenance(resource, voided, 'NULLIFY');
  }

  private provenance(resource: Resource & { id: string }, event: WardEvent, activity: string) {
    const id = deriveUuid(`${resource.id}:provenance:${event.id}`);
    if (this.ids.has(id)) return;
    this.ids.add(id);
    const target = ref(resource.resourceType, resource.id);
    const who = this.author(event.author);
    const prov = provenanceOf({ id, target, event, activity, who, device: this.device(event) });
    this.entries.push({ fullUrl: urn(id), resource: { ...prov, meta: this.meta(event) } });
  }

  /** Downtime on everything; late entry when recorded well after the bedside time. */
  meta(event: WardEvent): Meta {
    const tag = [{ system: SYSTEM.tag, code: 'downtime', display: 'Saisi pendant la panne' }];
    if (instantOf(event.recordedAt) - instantOf(event.at) > LATE_ENTRY_MS)
      tag.push({ system: SYSTEM.tag, code: 'late-entry', display: 'Saisie différée' });
    return { tag };
  }

  /** The standing correction of an event, when it was voided. */
  voidOf = (event: WardEvent) => this.voids.get(event.id);

  /** Notes of a resource: the event's own, then why it was voided. */
  notes(event: WardEvent, ...texts: (string | undefined)[]): Annotation[] | undefined {
    const voided = this.voidOf(event);
    const all = [
      ...texts.filter((text): text is string => text !== undefined && text !== ''),
      ...(voided
        ? [`Annulé par ${voided.author.name} le ${voided.at} : ${voided.payload.reason}`]
        : []),
    ];
    return all.length === 0 ? undefined : all.map((text) => ({ text }));
  }

  author(author: Author): Reference<Practitioner> {
    this.practitioners.set(author.staffId, author);
    return ref('Practitioner', author.staffId, author.name);
  }

  device(event: WardEvent): Reference<Device> {
    this.devices.add(event.deviceId);
    return ref('Device', event.deviceId, this.deviceNames.get(event.deviceId));
  }

  /** The people and tablets referenced so far, as resources. */
  supportResources(): (Resource & { id: string })[] {
    const people = [...this.practitioners.values()].map((person) => ({
      resourceType: 'Practitioner' as const,
      id: person.staffId,
      identifier: [{ system: SYSTEM.event, value: person.staffId }],
      name: [{ text: person.name }],
      qualification: [{ code: { text: ROLE_LABELS[person.role] } }],
    }));
    const tablets = [...this.devices].map((deviceId) => ({
      resourceType: 'Device' as const,
      id: deviceId,
      identifier: [{ system: SYSTEM.event, value: deviceId }],
      deviceName: [
        {
          name: this.deviceNames.get(deviceId) ?? `Tablette ${deviceId.slice(-4)}`,
          type: 'user-friendly-name' as const,
        },
      ],
    }));
    return [...people, ...tablets];
  }
}
