import type { Device, Practitioner, Provenance, Reference } from '@medplum/fhirtypes';
import type { WardEvent } from '../events';
import { instantOf } from '../time';
import { ROLE_LABELS } from './codes';
import { fhirTime, SYSTEM } from './ids';

const PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const V3_PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

/**
 * One Provenance per patient, author, tablet, activity and hour of entry (and per void: each
 * has its reason). R4 lets a Provenance target every resource its activity made; one per
 * resource was half of the file (docs/fhir-export.md, "Provenance").
 */
export interface ProvenanceGroup {
  id: string;
  /** v3 DataOperation: CREATE, UPDATE (a stop, a link, a move), NULLIFY (voided). */
  activity: string;
  /** The first event of the group: author, tablet, late entry and, for a void, why. */
  first: WardEvent;
  who: Reference<Practitioner>;
  device: Reference<Device>;
  targets: Reference[];
  targetIds: Set<string>;
  sources: Set<string>;
  firstAt: string;
  lastAt: string;
  lastRecorded: string;
}

/** Which group an event's Provenance joins. */
export const groupKey = (event: WardEvent, activity: string, late: boolean): string =>
  [
    activity,
    event.author.staffId,
    event.deviceId,
    late ? 'late' : 'on-time',
    event.recordedAt.slice(0, 13),
    activity === 'NULLIFY' ? event.id : '',
  ].join('|');

/** Adds a target (from one event) to its group. */
export function joinGroup(group: ProvenanceGroup, target: Reference, event: WardEvent): void {
  if (target.reference && !group.targetIds.has(target.reference)) {
    group.targetIds.add(target.reference);
    group.targets.push(target);
  }
  group.sources.add(event.id);
  if (instantOf(event.at) < instantOf(group.firstAt)) group.firstAt = event.at;
  if (instantOf(event.at) > instantOf(group.lastAt)) group.lastAt = event.at;
  if (instantOf(event.recordedAt) > instantOf(group.lastRecorded))
    group.lastRecorded = event.recordedAt;
}

/**
 * Who recorded the targets, on which tablet, when they happened (`occurred`: the bedside
 * time, or the span of them) and when the last of them was entered (`recorded`); the policy
 * says they were recorded in Relève during an outage; `entity` names the source events.
 */
export function provenanceOf(group: ProvenanceGroup): Provenance & { id: string } {
  const { first: event } = group;
  const occurred =
    group.firstAt === group.lastAt
      ? { occurredDateTime: fhirTime(group.firstAt) }
      : { occurredPeriod: { start: fhirTime(group.firstAt), end: fhirTime(group.lastAt) } };
  return {
    resourceType: 'Provenance',
    id: group.id,
    target: group.targets,
    ...occurred,
    recorded: fhirTime(group.lastRecorded),
    policy: [SYSTEM.downtimePolicy],
    activity: { coding: [{ system: DATA_OPERATION, code: group.activity }] },
    ...(event.type === 'event.voided' ? { reason: [{ text: event.payload.reason }] } : {}),
    agent: [
      {
        type: { coding: [{ system: PARTICIPANT, code: 'author', display: 'Author' }] },
        role: [{ text: ROLE_LABELS[event.author.role] }],
        who: group.who,
      },
      {
        type: { coding: [{ system: V3_PARTICIPATION, code: 'DEV', display: 'device' }] },
        who: group.device,
      },
    ],
    entity: [...group.sources].map((value) => ({
      role: 'source' as const,
      what: { identifier: { system: SYSTEM.event, value } },
    })),
  };
}
