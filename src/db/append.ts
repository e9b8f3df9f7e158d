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
import { instantOf, toIsoWithOffset } from '../domain/time';
import { ValidationError } from '../domain/validation';
import { db, type StoredEvent } from './db';
import { NoAuthorError } from './errors';
import { ensureDeviceId, getLocal } from './local';
import { projectBatch } from './foldBatch';
import { writeTables } from './projections';
import { getSession } from './session';

export interface EventDraft<T extends EventType> {
  type: T;
  patientId?: PatientId | null;
  /** Bedside time; now when absent. A past time is a late entry and shows as one. */
  at?: string;
  payload: z.input<(typeof payloadSchemas)[T]>;
}

/** Refused by the role table (`domain/permissions.ts`), said on the whole form. */
const NOT_PERMITTED = { path: '', code: 'notPermitted' } as const;

const toStored = (event: WardEvent): StoredEvent => ({ ...event, atMs: instantOf(event.at) });

/** What a batch did: events added to the log, and events it already held (skipped). */
export interface BatchResult {
  added: number;
  alreadyPresent: number;
}

/**
 * Adds validated events and their projections in one transaction: all or nothing. An event
 * whose id the log already holds (or that the batch repeats) is skipped and counted, so a
 * ward file or a hub pull can bring the same events twice. The events are encrypted together
 * (one bulkAdd through the middleware) and the projections follow without rereading
 * the patients' logs in the usual cases (db/foldBatch.ts).
 */
export async function writeEvents(events: readonly WardEvent[]): Promise<BatchResult> {
  return db.transaction('rw', writeTables(events), async () => {
    const ids = events.map((event) => event.id);
    const stored = new Set<string>(await db.events.where('id').anyOf(ids).primaryKeys());
    const fresh: WardEvent[] = [];
    for (const event of events) {
      if (stored.has(event.id)) continue;
      stored.add(event.id); // a second copy in the same batch is skipped too
      fresh.push(event);
    }
    await db.events.bulkAdd(fresh.map(toStored));
    await projectBatch(fresh);
    return { added: fresh.length, alreadyPresent: events.length - fresh.length };
  });
}

/**
 * The one write path of events that come from outside (ward file, census import, hub pull):
 * each is validated as on the tablet that wrote it and must belong to this ward, then the
 * batch is written by writeEvents. One bad event and nothing is written (ValidationError,
 * with the index of the event in `path`).
 */
export async function writeBatch(events: readonly unknown[]): Promise<BatchResult> {
  const wardId = await getLocal('wardId');
  const valid = events.map((input, index) => {
    try {
      const event = validateEvent(input);
      if (event.wardId !== wardId)
        throw new ValidationError([{ path: 'wardId', code: 'wrongWard' }]);
      return event;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      throw new ValidationError(
        error.issues.map((issue) => ({ ...issue, path: `${index}.${issue.path}` })),
      );
    }
  });
  return writeEvents(valid);
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
  const now = toIsoWithOffset(new Date());
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
