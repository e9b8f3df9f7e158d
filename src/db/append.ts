import type { z } from 'zod';
import {
  currentVersion,
  validateEvent,
  type EventType,
  type payloadSchemas,
  type WardEvent,
} from '../domain/events';
import { newId, type EventId, type PatientId } from '../domain/ids';
import { mayRecord } from '../domain/permissions';
import type { Author } from '../domain/staff';
import { instantOf } from '../domain/time';
import { ValidationError } from '../domain/validation';
import { db, type StoredEvent } from './db';
import { NoAuthorError } from './errors';
import { ensureDeviceId, getLocal } from './local';
import { project, writeTables } from './projections';
import { getSession } from './session';
import { wardNow } from './wardTime';

export interface EventDraft<T extends EventType> {
  type: T;
  patientId?: PatientId | null;
  /** Bedside time; now when absent. A past time is a late entry and shows as one. */
  at?: string;
  payload: z.input<(typeof payloadSchemas)[T]>;
}

/** Refused by the role table (`domain/permissions.ts`), said on the whole form. */
const NOT_PERMITTED = { path: '', code: 'notPermitted' } as const;

/** The clear fields the indexes need (db.ts): the instant, and the type of a ward-level event. */
const toStored = (event: WardEvent): StoredEvent => ({
  ...event,
  atMs: instantOf(event.at),
  ...(event.patientId === null ? { wardType: event.type } : {}),
});

/** Adds validated events and their projections in one transaction: all or nothing. */
export async function writeEvents(events: WardEvent[]): Promise<void> {
  await db.transaction('rw', writeTables(events), async () => {
    for (const event of events) {
      await db.events.add(toStored(event));
      await project(event);
    }
  });
}

/** Builds a complete, validated event for this device and author. Nothing is written. */
export async function buildEvent<T extends EventType>(
  draft: EventDraft<T>,
  author?: Author,
): Promise<WardEvent<T>> {
  const who = author ?? getSession().author;
  if (!who) throw new NoAuthorError('Nobody is charting on this device');
  if (!mayRecord(who.role, draft.type)) throw new ValidationError([NOT_PERMITTED]);
  const wardId = await getLocal('wardId');
  if (!wardId) throw new ValidationError([{ path: 'wardId', code: 'wrongWard' }]);
  const { iso: now } = await wardNow();
  return validateEvent({
    id: newId<EventId>(),
    wardId,
    patientId: draft.patientId ?? null,
    type: draft.type,
    at: draft.at ?? now,
    recordedAt: now,
    author: who,
    deviceId: await ensureDeviceId(),
    v: currentVersion(draft.type),
    payload: draft.payload,
  }) as WardEvent<T>;
}

/** Records one event in the ward log. Resolves only once it is stored. */
export async function appendEvent<T extends EventType>(
  draft: EventDraft<T>,
): Promise<WardEvent<T>> {
  const event = await buildEvent(draft);
  await writeEvents([event]);
  return event;
}

/** A correction: a new event strikes an earlier one through. Nothing is deleted. */
export async function voidEvent(
  eventId: EventId,
  reason: string,
): Promise<WardEvent<'event.voided'>> {
  const target = await db.events.get(eventId);
  const wardId = await getLocal('wardId');
  if (!target || target.wardId !== wardId) {
    throw new ValidationError([{ path: 'payload.eventId', code: 'unknownEvent' }]);
  }
  // Striking an entry out needs the right to record it (an aide does not undo a dose).
  const who = getSession().author;
  if (who && !mayRecord(who.role, target.type)) throw new ValidationError([NOT_PERMITTED]);
  return appendEvent({
    type: 'event.voided',
    patientId: target.patientId,
    payload: { eventId, reason },
  });
}
