import { Dexie } from 'dexie';
import type { z } from 'zod';
import {
  currentVersion,
  frameEvent,
  validateEvent,
  type Payload,
  type EventType,
  type payloadSchemas,
  type WardEvent,
} from '../domain/events';
import { newId, type EventId, type PatientId } from '../domain/ids';
import { mayRecord } from '../domain/permissions';
import type { Author } from '../domain/staff';
import { instantOf } from '../domain/time';
import type { AsTyped } from '../domain/formInput';
import { ValidationError, type ValidationIssue } from '../domain/validation';
import { sealRecords } from './crypto';
import { db, type StoredEvent } from './db';
import { EVENT_CODEC } from './eventSeal';
import { NoAuthorError } from './errors';
import { ensureDeviceId, getLocal } from './local';
import { projectBatch } from './foldBatch';
import { writeTables } from './projections';
import { getDataKey, getSession } from './session';
import { wardNow, type WardNow } from './wardTime';

export interface EventDraft<T extends EventType> {
  type: T;
  patientId?: PatientId | null;
  /** Bedside time; now when absent. A past time is a late entry and shows as one. */
  at?: string;
  payload: z.input<(typeof payloadSchemas)[T]>;
}

/** A draft from a form: its payload as typed, for the schema to refuse field by field. */
export interface FormDraft<T extends EventType> extends Omit<EventDraft<T>, 'payload'> {
  payload: AsTyped<z.input<(typeof payloadSchemas)[T]>>;
}

/** An event ready to write, or the issues of its fields (tryBuildEvent). */
export type Built<T extends EventType> =
  | { event: WardEvent<T>; issues: readonly [] }
  | { event: null; issues: readonly ValidationIssue[] };

/** Refused by the role table (`domain/permissions.ts`), said on the whole form. */
const NOT_PERMITTED = { path: '', code: 'notPermitted' } as const;

/** The clear fields the indexes need (db.ts): the instant, and the type of a ward-level event. */
export const toStored = (event: WardEvent): StoredEvent => ({
  ...event,
  atMs: instantOf(event.at),
  ...(event.patientId === null ? { wardType: event.type } : {}),
});

/** What a batch did: events added to the log, and events it already held (skipped). */
export interface BatchResult {
  added: number;
  alreadyPresent: number;
}

export interface WriteOptions {
  /** Pulled from the hub: already there, so not queued in the outbox (src/sync/pull.ts). */
  fromHub?: boolean;
  /**
   * Events already sealed as stored, by id (a wire event as it travelled, db/merge.ts): their
   * ciphertexts are stored as they are, never encrypted again.
   */
  sealed?: ReadonlyMap<string, StoredEvent>;
  /**
   * Built on this tablet just now (buildEvent: new UUID v7 ids), so the log cannot hold them
   * yet: their ids are not looked for first (bulkAdd still refuses a duplicate, and the write
   * fails whole), nor, without a correction among them, the awaited targets (db/foldBatch.ts).
   */
  fresh?: boolean;
}

/**
 * The stored rows of the events, sealed now, outside any transaction (WebCrypto is slow
 * to wait for inside one: db/crypto/keepAlive.ts). Those the log already holds are not sealed
 * (a file imported twice); inside a caller's transaction, or locked, nothing is sealed here
 * and the middleware encrypts (or refuses) in the write as before.
 */
async function sealAhead(
  events: readonly WardEvent[],
  { sealed: given = new Map(), fresh }: WriteOptions,
): Promise<Map<string, StoredEvent>> {
  const key = getDataKey();
  if (Dexie.currentTransaction || !key) return new Map(given);
  const held = new Set<string>(
    fresh
      ? []
      : await db.events
          .where('id')
          .anyOf(events.map((event) => event.id))
          .primaryKeys(),
  );
  const toSeal = events.filter((event) => !held.has(event.id) && !given.has(event.id));
  const rows = await sealRecords(EVENT_CODEC, key, toSeal.map(toStored));
  const sealed = new Map(given);
  for (const row of rows) sealed.set(row.id, row);
  return sealed;
}

/**
 * Adds validated events and their projections in one transaction: all or nothing. An event
 * whose id the log already holds (or that the batch repeats) is skipped and counted, so a
 * ward file or a hub pull can bring the same events twice. The events are sealed before the
 * transaction (sealAhead), which then only stores them (one bulkAdd) and folds the
 * projections without rereading the patients' logs in the usual cases (db/foldBatch.ts).
 * New events are put in the outbox, unless the tablet has not pushed to a hub yet (then its
 * first push queues the whole log: `queueWholeLog`, docs/ARCHITECTURE.md, "Sync with a hub").
 */
export async function writeEvents(
  events: readonly WardEvent[],
  options: WriteOptions = {},
): Promise<BatchResult> {
  const sealed = await sealAhead(events, options);
  return db.transaction('rw', writeTables(events), async () => {
    const ids = events.map((event) => event.id);
    // Asked together. A save built here (fresh) always queues its event: one request fewer.
    const [held, wholeLogLater] = await Promise.all([
      options.fresh ? [] : db.events.where('id').anyOf(ids).primaryKeys(),
      options.fresh || options.fromHub ? false : getLocal('queueWholeLog'),
    ]);
    const stored = new Set<string>(held);
    const fresh: WardEvent[] = [];
    for (const event of events) {
      if (stored.has(event.id)) continue;
      stored.add(event.id); // a second copy in the same batch is skipped too
      fresh.push(event);
    }
    // Queued for the hub with the write itself, so no event is ever left unsent, unless the
    // first push is still to queue the whole log (queueWholeLog, src/sync/push.ts): read in
    // this transaction, so that push's queueing comes wholly before or after it. Both asked
    // at once, one wait for the two (issue 12, the save delay).
    const queue = !options.fromHub && wholeLogLater !== true;
    await Dexie.Promise.all([
      db.events.bulkAdd(fresh.map((event) => sealed.get(event.id) ?? toStored(event))),
      queue ? db.outbox.bulkPut(fresh.map(({ id }) => ({ id }))) : null,
    ]);
    await projectBatch(fresh, { fresh: options.fresh });
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
export const buildEvent = <T extends EventType>(
  draft: EventDraft<T>,
  author?: Author,
): Promise<WardEvent<T>> => assemble(draft, author);

/**
 * buildEvent for a write with checks of its own: the issues of the event's fields are returned,
 * not thrown, so the write says them together with its own. The payload is parsed here, once;
 * the write's checks read the parsed `event.payload` and `writeChecked` stores that event.
 * `ward`: the write's own wardNow(), when it reads one for its checks (read once, not twice).
 */
export async function tryBuildEvent<T extends EventType>(
  draft: FormDraft<T>,
  author?: Author,
  ward?: Promise<WardNow>,
): Promise<Built<T>> {
  try {
    return { event: await assemble(draft, author, ward), issues: [] };
  } catch (error) {
    if (error instanceof ValidationError) return { event: null, issues: error.issues };
    throw error;
  }
}

/** Writes a built event if nothing stops it; otherwise every issue, the event's and the write's. */
export async function writeChecked<T extends EventType>(
  built: Built<T>,
  issues: readonly ValidationIssue[] = [],
): Promise<WardEvent<T>> {
  const all = [...built.issues, ...issues];
  if (!built.event || all.length > 0) throw new ValidationError(all);
  await writeEvents([built.event], { fresh: true });
  return built.event;
}

/** The frame of an event for this device and author: everything but the payload. */
async function frameOf<T extends EventType>(
  draft: { type: T; patientId?: PatientId | null; at?: string },
  author?: Author,
  ward?: Promise<WardNow>,
) {
  const who = author ?? getSession().author;
  if (!who) throw new NoAuthorError('Nobody is charting on this device');
  if (!mayRecord(who.role, draft.type)) throw new ValidationError([NOT_PERMITTED]);
  // Asked together: inside a write's transaction, one wait for the three reads, not three.
  const [wardId, { iso: now }, deviceId] = await Promise.all([
    getLocal('wardId'),
    ward ?? wardNow(),
    ensureDeviceId(),
  ]);
  if (!wardId) throw new ValidationError([{ path: 'wardId', code: 'wrongWard' }]);
  return {
    id: newId<EventId>(),
    wardId,
    patientId: draft.patientId ?? null,
    type: draft.type,
    at: draft.at ?? now,
    recordedAt: now,
    author: who,
    deviceId,
    v: currentVersion(draft.type),
  };
}

async function assemble<T extends EventType>(
  draft: { type: T; patientId?: PatientId | null; at?: string; payload: unknown },
  author?: Author,
  ward?: Promise<WardNow>,
): Promise<WardEvent<T>> {
  const frame = await frameOf(draft, author, ward);
  return validateEvent({ ...frame, payload: draft.payload }) as WardEvent<T>;
}

/** A draft whose payload its write already parsed (a domain validator): the schema's output. */
export interface ParsedDraft<T extends EventType> extends Omit<EventDraft<T>, 'payload'> {
  payload: Payload<T>;
}

/**
 * tryBuildEvent for a payload the write parsed itself (admission, header change, staff): the
 * event's frame is checked, the payload is not parsed again (issue 11: a write parses once).
 */
export async function buildParsed<T extends EventType>(
  draft: ParsedDraft<T>,
  author?: Author,
): Promise<Built<T>> {
  try {
    return { event: frameEvent(await frameOf(draft, author), draft.payload), issues: [] };
  } catch (error) {
    if (error instanceof ValidationError) return { event: null, issues: error.issues };
    throw error;
  }
}

/** Records one event in the ward log. Resolves only once it is stored. */
export async function appendEvent<T extends EventType>(
  draft: EventDraft<T>,
): Promise<WardEvent<T>> {
  const event = await buildEvent(draft);
  await writeEvents([event], { fresh: true });
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
