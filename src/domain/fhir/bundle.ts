import type {
  Bundle,
  BundleEntry,
  Encounter,
  Organization,
  Provenance,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { foldBeds } from '../beds';
import { foldDeviceNames } from '../devices';
import { isType, ofType, type WardEvent } from '../events';
import { byStamp } from '../order';
import { instantOf } from '../time';
import { voidedIds } from '../voids';
import { foldWard } from '../ward';
import { BundleBuilder } from './builder';
import { concept, local } from './codes';
import { deriveUuid, fhirTime, ref, SYSTEM } from './ids';
import { allergyResources, encounterResource, patientResource } from './patient';
import { stayAt, staysOf, stayInWindow, type Stay } from './stays';
import { chartResources } from './chart';

export interface FhirExportOptions {
  /** The patients to export; every patient of the ward when absent. */
  patientIds?: readonly string[];
  /** Window on bedside time, [from, to); open on a side left out. ISO 8601 with offset. */
  from?: string;
  to?: string;
  /** When the export is made (Bundle.timestamp; a prescription whose end is past is completed). */
  exportedAt: string;
  /** Relève's version, on the Device that assembled the Bundle. */
  appVersion: string;
  /** Tablet names by device id, over those of the log's 'device.named' events. */
  deviceNames?: ReadonlyMap<string, string>;
  /** The ward, when the log has no 'ward.configured' event. */
  ward?: { name: string; establishment: string };
}

/** The correction that stands for each voided event (a void that was voided restores). */
function standingVoids(events: readonly WardEvent[]) {
  const voided = voidedIds(events);
  const map = new Map<string, WardEvent<'event.voided'>>();
  for (const event of ofType(events, 'event.voided'))
    if (!voided.has(event.id) && voided.has(event.payload.eventId))
      map.set(event.payload.eventId, event);
  return map;
}

/** Each patient's events in log order, patients in the order of their first event. */
export const byPatient = (events: readonly WardEvent[]): Map<string, WardEvent[]> => {
  const map = new Map<string, WardEvent[]>();
  for (const event of byStamp(events)) {
    if (event.patientId === null) continue;
    const list = map.get(event.patientId) ?? [];
    list.push(event);
    map.set(event.patientId, list);
  }
  return map;
};

/**
 * An export under way, one patient at a time, so that neither the log nor the Bundle is ever
 * held whole (a 60-day ward is hundreds of MB): `head` is the Bundle without its entries,
 * `patient` gives one patient's entries with their Provenances, `close` the ward, beds,
 * people and tablets they point to.
 */
export interface FhirExport {
  head: Bundle & { entry?: undefined };
  /** Skips the patients not chosen, and those with nothing in the window. */
  patient(patientId: string, events: readonly WardEvent[]): BundleEntry[];
  close(): BundleEntry[];
}

/**
 * Starts an export from the ward's own events (no patient: ward, beds, staff, tablets). The
 * ward key (its id) names the Bundle's ward resources.
 */
export function startFhirExport(
  wardEvents: readonly WardEvent[],
  options: FhirExportOptions,
  wardKey: string = wardEvents[0]?.wardId ?? 'ward',
): FhirExport {
  const fromMs = options.from ? instantOf(options.from) : -Infinity;
  const toMs = options.to ? instantOf(options.to) : Infinity;
  const inWindow = (event: WardEvent) => {
    const t = instantOf(event.at);
    return t >= fromMs && t < toMs;
  };
  const deviceNames = new Map<string, string>([
    ...foldDeviceNames(wardEvents),
    ...(options.deviceNames ?? []),
  ]);
  const b = new BundleBuilder(deviceNames);
  const wardInfo = options.ward ??
    foldWard(wardEvents) ?? { name: 'Service', establishment: 'Établissement' };
  const establishment: Organization & { id: string } = {
    resourceType: 'Organization',
    id: deriveUuid(`${wardKey}:establishment`),
    name: wardInfo.establishment,
  };
  const ward: Organization & { id: string } = {
    resourceType: 'Organization',
    id: deriveUuid(`${wardKey}:ward`),
    name: wardInfo.name,
    type: [concept(local('ward', 'Service de soins'))],
    partOf: ref('Organization', establishment.id),
  };
  const wardRef = ref('Organization', ward.id, ward.name);
  const chosen = options.patientIds ? new Set(options.patientIds) : null;
  const bedsUsed = new Set<string>();
  const patient = (patientId: string, events: readonly WardEvent[]): BundleEntry[] => {
    if (chosen && !chosen.has(patientId)) return [];
    const list = byStamp(events);
    const stays = staysOf(list);
    const entries = list.filter((event) => inWindow(event) && !isType(event, 'event.voided'));
    if (!stays.some((stay) => stayInWindow(stay, fromMs, toMs)) && entries.length === 0) return [];
    b.voids = standingVoids(list);
    const subject = patientResource(b, patientId, list);
    if (!subject) return b.take(patientId);
    const encounters = new Map<Stay, Reference<Encounter>>();
    const encounterOf = (stay: Stay) => {
      const known = encounters.get(stay);
      if (known) return known;
      stay.beds.forEach((bed) => bedsUsed.add(bed.bedId));
      const made = encounterResource(b, stay, subject, wardRef);
      encounters.set(stay, made);
      return made;
    };
    stays.filter((stay) => stayInWindow(stay, fromMs, toMs)).forEach(encounterOf);
    const encounterAt = (at: string) => {
      const stay = stayAt(stays, at);
      return stay ? encounterOf(stay) : undefined;
    };
    allergyResources(b, list, subject);
    chartResources(b, {
      list,
      entries,
      subject,
      encounterAt,
      fromMs,
      toMs,
      exportedAt: options.exportedAt,
    });
    return b.take(patientId);
  };
  const close = () => {
    b.voids = new Map();
    supportResources(b, { ward, establishment, bedsUsed, events: wardEvents, options });
    return b.take(wardKey);
  };
  const id = deriveUuid(
    `export:${wardKey}:${options.exportedAt}:${options.from ?? ''}:${options.to ?? ''}:${[...(chosen ?? ['all'])].join(',')}`,
  );
  const head: Bundle & { entry?: undefined } = {
    resourceType: 'Bundle',
    id,
    meta: { tag: [{ system: SYSTEM.tag, code: 'downtime', display: 'Saisi pendant la panne' }] },
    identifier: { system: SYSTEM.export, value: id },
    type: 'collection',
    timestamp: fhirTime(options.exportedAt),
  };
  return { head, patient, close };
}

/**
 * The ward's log (decrypted, upcast) as an HL7 FHIR R4 Bundle of type collection for
 * back-entry into the hospital's record (docs/fhir-export.md): the chosen patients, what
 * happened at the bedside within the window, a Provenance covering every resource,
 * corrections as entered-in-error. Pure: same events and options, same Bundle. For a whole
 * ward, stream it instead (fhirBundleParts, stream.ts).
 */
export function toFhirBundle(events: readonly WardEvent[], options: FhirExportOptions): Bundle {
  const wardEvents = events.filter((event) => event.patientId === null);
  const run = startFhirExport(wardEvents, options, events[0]?.wardId ?? 'ward');
  const entry: BundleEntry[] = [];
  // A loop, not push(...): a long stay gives more entries than a call has room for arguments.
  for (const [patientId, list] of byPatient(events))
    for (const one of run.patient(patientId, list)) entry.push(one);
  for (const one of run.close()) entry.push(one);
  return { ...run.head, entry };
}

interface SupportInput {
  ward: Organization & { id: string };
  establishment: Organization & { id: string };
  bedsUsed: ReadonlySet<string>;
  events: readonly WardEvent[];
  options: FhirExportOptions;
}

/**
 * Who charted, on which tablets, the beds and the ward: made from the log, not recorded at
 * the bedside, so one Provenance (the export, by Relève) covers them all.
 */
function supportResources(
  b: BundleBuilder,
  { ward, establishment, bedsUsed, events, options }: SupportInput,
) {
  const known = new Map(foldBeds(events).map((bed) => [bed.bedId as string, bed]));
  // In the ward's bed order, whatever order the patients came in (streamed or not).
  const order = [...known.keys()];
  const rank = (bedId: string) => (order.includes(bedId) ? order.indexOf(bedId) : order.length);
  // A bed whose creation is not in this log still gets its Location: references resolve.
  const beds = [...bedsUsed]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1))
    .map((bedId) => known.get(bedId) ?? { bedId, label: '?', room: undefined });
  const app = {
    resourceType: 'Device' as const,
    id: deriveUuid(`releve:${options.appVersion}`),
    deviceName: [{ name: 'Relève', type: 'manufacturer-name' as const }],
    version: [{ value: options.appVersion }],
  };
  const resources: (Resource & { id: string })[] = [
    establishment,
    ward,
    ...beds.map((bed) => ({
      resourceType: 'Location' as const,
      id: bed.bedId,
      status: 'active' as const,
      name: bed.room ? `Chambre ${bed.room}, lit ${bed.label}` : `Lit ${bed.label}`,
      mode: 'instance' as const,
      physicalType: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
            code: 'bd',
            display: 'Bed',
          },
        ],
      },
      managingOrganization: ref('Organization', ward.id),
    })),
    ...b.supportResources(),
    app,
  ];
  resources.forEach((resource) => b.add(resource));
  const provenance: Provenance & { id: string } = {
    resourceType: 'Provenance',
    id: deriveUuid(`export-provenance:${options.exportedAt}:${ward.id}`),
    target: resources.map((resource) => ref(resource.resourceType, resource.id)),
    recorded: fhirTime(options.exportedAt),
    policy: [SYSTEM.downtimePolicy],
    activity: { text: 'Export de reprise (Relève)' },
    agent: [
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
              code: 'assembler',
              display: 'Assembler',
            },
          ],
        },
        who: ref('Device', app.id, 'Relève'),
      },
    ],
  };
  b.add(provenance);
}
