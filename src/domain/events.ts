// First: zod's settings, before any schema is built (see zodConfig.ts).
import './zodConfig';
import { z } from 'zod';
import type { DeviceId, EventId, PatientId, WardId } from './ids';
import { bedAddedSchema, bedUpdatedSchema } from './bedSchemas';
import { chartPayloadSchemas } from './chartSchemas';
import { EVENT_VERSIONS, upgradeEvent } from './eventVersions';
import { deviceNamedSchema } from './deviceSchema';
import {
  admittedPayloadSchema,
  dischargedPayloadSchema,
  movedPayloadSchema,
  updatedPayloadSchema,
} from './header';
import { tempIdLinkSchema } from './identity';
import { tempIdReservedSchema } from './tempIdReservation';
import { recordReenteredSchema } from './reconcileSchema';
import { wardSettingsChangedSchema } from './wardSettingsSchema';
import { wardJoinedSchema } from './wardJoin';
import { authorSchema, staffMemberSchema } from './staff';
import { requiredText } from './text';
import { parseOrThrow, ValidationError } from './validation';

const uuid = z.uuid({ error: 'invalid' });
const isoInstant = z.iso.datetime({ offset: true, error: 'invalidDate' });

/** One schema per event type: a payload is validated on write and on import. */
export const payloadSchemas = {
  'ward.configured': z.object({ name: requiredText(80), establishment: requiredText(120) }),
  'staff.added': staffMemberSchema,
  /** Ward settings every tablet shares (glycaemia unit); only what changed. */
  'ward.settingsChanged': wardSettingsChangedSchema,
  'note.written': z.object({ text: requiredText(4000) }),
  'bed.added': bedAddedSchema,
  'bed.updated': bedUpdatedSchema,
  'patient.admitted': admittedPayloadSchema,
  'patient.updated': updatedPayloadSchema,
  'patient.moved': movedPayloadSchema,
  'patient.discharged': dischargedPayloadSchema,
  /** A temporary identifier turned out to belong to this IPP: the patient keeps both. */
  'patient.identifierLinked': tempIdLinkSchema,
  /** Temporary identifiers printed on blank admission sheets: never drawn again. */
  'tempId.reserved': tempIdReservedSchema,
  /** The name the ward gave a tablet (devices.ts). */
  'device.named': deviceNamedSchema,
  /** Bedside charting: vitals, medications, planned care, targeted notes, phoned results. */
  ...chartPayloadSchemas,
  /** Back-entry: a patient's entries of one kind are in the hospital record (reconcile.ts). */
  'record.reentered': recordReenteredSchema,
  'event.voided': z.object({
    eventId: uuid.transform((id) => id as EventId),
    reason: requiredText(500),
  }),
  /** Another ward begun separately was joined into this one (domain/wardJoin.ts). */
  'ward.joined': wardJoinedSchema,
} as const;

export type EventType = keyof typeof payloadSchemas;
export const EVENT_TYPES = Object.keys(payloadSchemas) as EventType[];
export type Payload<T extends EventType> = z.infer<(typeof payloadSchemas)[T]>;

interface EventBase {
  id: EventId;
  wardId: WardId;
  /** null for ward-level events. */
  patientId: PatientId | null;
  /** When it happened at the bedside, ISO 8601 with offset. */
  at: string;
  /** When it was entered: a late entry shows as such. */
  recordedAt: string;
  author: z.infer<typeof authorSchema>;
  deviceId: DeviceId;
  /**
   * Version of the payload's schema (EVENT_VERSIONS). Absent on events stored before
   * versions existed: those are version 1. Read events are at the current version.
   */
  v?: number;
}

type AnyEvent = { [K in EventType]: EventBase & { type: K; payload: Payload<K> } }[EventType];

/** An event of the ward log; `WardEvent<'note.written'>` narrows it to one type. */
export type WardEvent<T extends EventType = EventType> = Extract<AnyEvent, { type: T }>;

const baseSchema = z.object({
  id: uuid,
  wardId: uuid,
  patientId: uuid.nullable(),
  type: z.string(),
  at: isoInstant,
  recordedAt: isoInstant,
  author: authorSchema,
  deviceId: uuid,
  v: z.int({ error: 'invalid' }).min(1, { error: 'invalid' }).optional(),
  payload: z.unknown(),
});

const isEventType = (type: string): type is EventType => type in payloadSchemas;

/**
 * Validates an event from any source, upgraded to the current version of its type (an older
 * payload goes through its upcasters first); throws a ValidationError naming each bad field.
 * An event newer than this app cannot be checked here: 'newerVersion'.
 */
export function validateEvent(input: unknown): WardEvent {
  const base = parseOrThrow(baseSchema, input);
  if (!isEventType(base.type)) throw new ValidationError([{ path: 'type', code: 'unknownType' }]);
  const upgraded = upgradeEvent(base);
  if (!upgraded.readable) throw new ValidationError([{ path: 'v', code: 'newerVersion' }]);
  const payload = parseOrThrow(payloadSchemas[base.type], upgraded.event.payload, 'payload');
  return { ...upgraded.event, payload } as WardEvent;
}

/**
 * An event this app builds around a payload its write already parsed (a domain validator):
 * the frame (ids, times, author) is checked, the payload is not parsed a second time.
 */
export function frameEvent<T extends EventType>(
  input: { type: T } & Record<string, unknown>,
  payload: Payload<T>,
): WardEvent<T> {
  const base = parseOrThrow(baseSchema, { ...input, payload: null });
  return { ...base, type: input.type, payload } as WardEvent<T>;
}

/** The version this app writes for a type: what buildEvent puts in `v`. */
export const currentVersion = (type: EventType): number => EVENT_VERSIONS[type];

export { isType, ofType } from './eventTypes';
