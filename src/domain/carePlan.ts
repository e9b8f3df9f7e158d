import type { CareDone, CarePlanned } from './care';
import { ofType, type WardEvent } from './events';
import { activeEvents } from './voids';
import type { Administration, DoseWindows } from './doseStatus';
import type { EventId } from './ids';
import { byStamp } from './order';
import type { Stop } from './prescriptions';
import { earliest, overlaps, scheduledSlots, slotIssue } from './slots';
import type { Author } from './staff';
import { DEFAULT_TIME_ZONE, instantOf } from './time';
import type { ValidationIssue } from './validation';

/** A planned care item as the care plan shows it. */
export interface CareItem extends CarePlanned {
  id: EventId;
  at: string;
  author: Author;
  stop: Stop | null;
  /** When it stops being due (excluded): the schedule's end or the stop; null when open. */
  endsAt: string | null;
}

export interface CareRecord extends CareDone {
  id: EventId;
  at: string;
  recordedAt: string;
  author: Author;
}

export type CareStatus = 'upcoming' | 'due' | 'late' | 'missed' | 'done' | 'not-done';

export interface CareSlot {
  dueAt: string;
  status: CareStatus;
  record: CareRecord | null;
}

export interface CareRow {
  care: CareItem;
  slots: CareSlot[];
  /** Every record of this item charted in [from, to), in time order. */
  records: CareRecord[];
}

/** Every care item that stands (not voided), in the order they were planned. */
export function careItems(events: readonly WardEvent[]): CareItem[] {
  const active = byStamp(activeEvents(events));
  const stops = new Map<EventId, Stop>();
  for (const event of ofType(active, 'care.stopped')) {
    const { careId, reason } = event.payload;
    if (!stops.has(careId))
      stops.set(careId, { id: event.id, at: event.at, reason, author: event.author });
  }
  return ofType(active, 'care.planned').map((event) => {
    const stop = stops.get(event.id) ?? null;
    return {
      ...event.payload,
      id: event.id,
      at: event.at,
      author: event.author,
      stop,
      endsAt: earliest(event.payload.schedule.end, stop?.at),
    };
  });
}

function careRecords(events: readonly WardEvent[]): Map<EventId, CareRecord[]> {
  const result = new Map<EventId, CareRecord[]>();
  for (const event of ofType(byStamp(activeEvents(events)), 'care.done')) {
    const { id, at, recordedAt, author, payload } = event;
    const list = result.get(payload.careId) ?? [];
    list.push({ ...payload, id, at, recordedAt, author });
    result.set(payload.careId, list);
  }
  return result;
}

// Care is scheduled like doses: doseStatus decides, reading done as given.
const asAdministration = (record: CareRecord): Administration => ({
  dueAt: record.dueAt,
  at: record.at,
  outcome: record.outcome === 'done' ? 'given' : 'not-given',
});
const CARE_STATUS = {
  upcoming: 'upcoming',
  due: 'due',
  late: 'late',
  missed: 'missed',
  given: 'done',
  'not-given': 'not-done',
  refused: 'not-done',
  held: 'not-done',
} as const satisfies Record<string, CareStatus>;

/**
 * The care plan of one patient's events over [from, to), like the MAR: every item running in
 * that range or with a record in it, in the order planned. A voided record frees its slot.
 */
export function carePlanFor(
  events: readonly WardEvent[],
  from: string,
  to: string,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
  windows?: Partial<DoseWindows>,
): CareRow[] {
  const byItem = careRecords(events);
  const inRange = (record: CareRecord) =>
    instantOf(record.at) >= instantOf(from) && instantOf(record.at) < instantOf(to);
  const range = { from, to, now, timeZone };
  // Which items are shown is decided first (cheap), as on the MAR: the slots of items that
  // ended before the range are never computed.
  return careItems(events)
    .map((care) => ({ care, records: (byItem.get(care.id) ?? []).filter(inRange) }))
    .filter(
      ({ care, records }) =>
        overlaps(care.schedule.start, care.endsAt, from, to) || records.length > 0,
    )
    .map(({ care, records }) => {
      const slots = scheduledSlots(
        care.schedule,
        care.endsAt,
        byItem.get(care.id) ?? [],
        asAdministration,
        range,
        windows,
      );
      return {
        care,
        slots: slots.map((slot) => ({ ...slot, status: CARE_STATUS[slot.status] })),
        records,
      };
    });
}

/**
 * A care record against the log, at bedside time `at`, entered at `now`: the item stands,
 * the time is not in the future, and the slot is one of its times, not after a stop and not
 * already done.
 */
export function checkCareDone(
  events: readonly WardEvent[],
  payload: CareDone,
  at: string,
  now: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (instantOf(at) > instantOf(now)) issues.push({ path: 'at', code: 'futureDate' });
  const care = careItems(events).find((item) => item.id === payload.careId);
  if (!care) return [...issues, { path: 'careId', code: 'unknownEvent' }];
  const records = (careRecords(events).get(care.id) ?? []).map(asAdministration);
  const code = slotIssue(care.schedule, care.endsAt, payload.dueAt, records, timeZone);
  return code === null ? issues : [...issues, { path: 'dueAt', code }];
}

/** A stop at `at`: the item stands and has not already ended by then. */
export function checkCareStop(
  events: readonly WardEvent[],
  careId: EventId,
  at: string,
): ValidationIssue[] {
  const care = careItems(events).find((item) => item.id === careId);
  if (!care) return [{ path: 'careId', code: 'unknownEvent' }];
  const ended = care.endsAt !== null && instantOf(care.endsAt) <= instantOf(at);
  return ended ? [{ path: 'careId', code: 'notActive' }] : [];
}
