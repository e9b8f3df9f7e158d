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
import { groupKey, joinGroup, provenanceOf, type ProvenanceGroup } from './provenance';

/** Recorded more than this after it happened: a late entry (as on the timeline). */
export const LATE_ENTRY_MS = 15 * 60_000;

const isLate = (event: WardEvent) =>
  instantOf(event.recordedAt) - instantOf(event.at) > LATE_ENTRY_MS;

/**
 * Collects the Bundle's entries one patient at a time (`take`): each resource once, by id,
 * with the grouped Provenance that covers it, and the resources they point to (who charted,
 * on which tablet) made on first use and added last, so every reference resolves inside the
 * Bundle while only one patient's entries are held at once.
 */
export class BundleBuilder {
  private entries: BundleEntry[] = [];
  private ids = new Set<string>();
  private groups = new Map<string, ProvenanceGroup>();
  private readonly practitioners = new Map<string, Author>();
  private readonly devices = new Set<string>();
  /** The standing correction of each voided event (of the patient being exported). */
  voids: ReadonlyMap<string, WardEvent<'event.voided'>> = new Map();

  constructor(private readonly deviceNames: ReadonlyMap<string, string>) {}

  /**
   * The entries added since the last call, then their Provenances; `scope` (the patient)
   * keeps the Provenance ids of two patients apart.
   */
  take(scope: string): BundleEntry[] {
    const taken = this.entries;
    for (const [key, group] of this.groups) {
      group.id = deriveUuid(`provenance:${scope}:${key}`);
      const resource = { ...provenanceOf(group), meta: this.meta(group.first) };
      taken.push({ fullUrl: urn(resource.id), resource });
    }
    this.entries = [];
    this.ids = new Set();
    this.groups = new Map();
    return taken;
  }

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
    const key = groupKey(event, activity, isLate(event));
    let group = this.groups.get(key);
    if (!group) {
      group = {
        id: '',
        activity,
        first: event,
        who: this.author(event.author),
        device: this.device(event),
        targets: [],
        targetIds: new Set(),
        sources: new Set(),
        firstAt: event.at,
        lastAt: event.at,
        lastRecorded: event.recordedAt,
      };
      this.groups.set(key, group);
    }
    joinGroup(group, ref(resource.resourceType, resource.id), event);
  }

  /** Downtime on everything; late entry when recorded well after the bedside time. */
  meta(event: WardEvent): Meta {
    const tag = [{ system: SYSTEM.tag, code: 'downtime', display: 'Saisi pendant la panne' }];
    if (isLate(event))
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
    // By id: the same order whichever patient named them first.
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const people = [...this.practitioners.values()]
      .sort((a, b) => byId(a.staffId, b.staffId))
      .map((person) => ({
        resourceType: 'Practitioner' as const,
        id: person.staffId,
        identifier: [{ system: SYSTEM.event, value: person.staffId }],
        name: [{ text: person.name }],
        qualification: [{ code: { text: ROLE_LABELS[person.role] } }],
      }));
    const tablets = [...this.devices].sort(byId).map((deviceId) => ({
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
