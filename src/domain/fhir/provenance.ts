import type { Device, Practitioner, Provenance, Reference } from '@medplum/fhirtypes';
import type { WardEvent } from '../events';
import { ROLE_LABELS } from './codes';
import { fhirTime, SYSTEM } from './ids';

const PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const V3_PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const DATA_OPERATION = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';

export interface ProvenanceInput {
  id: string;
  target: Reference;
  /** The event that created, changed (a stop, a link) or voided the target. */
  event: WardEvent;
  /** v3 DataOperation: CREATE, UPDATE, NULLIFY (voided). */
  activity: string;
  who: Reference<Practitioner>;
  device: Reference<Device>;
}

/**
 * Who recorded the target, on which tablet, when it happened (`occurred`) and when it was
 * entered (`recorded`); the policy says it was recorded in Relève during an outage.
 */
export function provenanceOf({
  id,
  target,
  event,
  activity,
  who,
  device,
}: ProvenanceInput): Provenance & {
  id: string;
} {
  const nullify = event.type === 'event.voided';
  return {
    resourceType: 'Provenance',
    id,
    target: [target],
    occurredDateTime: fhirTime(event.at),
    recorded: fhirTime(event.recordedAt),
    policy: [SYSTEM.downtimePolicy],
    activity: { coding: [{ system: DATA_OPERATION, code: activity }] },
    ...(nullify && event.type === 'event.voided'
      ? { reason: [{ text: event.payload.reason }] }
      : {}),
    agent: [
      {
        type: { coding: [{ system: PARTICIPANT, code: 'author', display: 'Author' }] },
        role: [{ text: ROLE_LABELS[event.author.role] }],
        who,
      },
      {
        type: { coding: [{ system: V3_PARTICIPATION, code: 'DEV', display: 'device' }] },
        who: device,
      },
    ],
    entity: [{ role: 'source', what: { identifier: { system: SYSTEM.event, value: event.id } } }],
  };
}
