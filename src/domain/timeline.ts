import type { WardEvent } from './events';
import { voidedIds } from './voids';
import type { EventId } from './ids';
import { byStamp } from './order';
import type { Author } from './staff';

export const TIMELINE_KINDS = [
  'vitals',
  'medications',
  'care',
  'notes',
  'identity',
  'other',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The filter group of an event type ('identity' holds admissions, moves and discharges). */
export function timelineKindOf(type: string): TimelineKind {
  if (type === 'vitals.recorded' || type === 'escalation.informed') return 'vitals';
  if (type.startsWith('med.')) return 'medications';
  if (type.startsWith('care.')) return 'care';
  if (type.startsWith('note.') || type === 'result.phoned') return 'notes';
  if (type.startsWith('patient.')) return 'identity';
  return 'other';
}

/** A correction: who struck the entry through, when and why. */
export interface TimelineVoid {
  voidId: EventId;
  at: string;
  recordedAt: string;
  author: Author;
  reason: string;
  /** The correction itself was voided (the entry counts again), by this one. */
  undoneBy: Omit<TimelineVoid, 'undoneBy'> | null;
}

export interface TimelineEntry {
  event: WardEvent;
  kind: TimelineKind;
  /** The correction that strikes the entry through; null when it counts. */
  voided: TimelineVoid | null;
  /** Every correction aimed at it, standing or undone, in time order. */
  corrections: TimelineVoid[];
}

/**
 * A patient's timeline: every event in time order, corrections shown on the entry they aim at
 * (a void is not an entry of its own). `kinds` keeps only those groups; empty keeps all.
 */
export function timeline(
  events: readonly WardEvent[],
  kinds: readonly TimelineKind[] = [],
): TimelineEntry[] {
  const voided = voidedIds(events);
  const sorted = byStamp(events);
  const voidsOf = new Map<EventId, WardEvent<'event.voided'>[]>();
  for (const event of sorted) {
    if (event.type !== 'event.voided') continue;
    const list = voidsOf.get(event.payload.eventId) ?? [];
    list.push(event);
    voidsOf.set(event.payload.eventId, list);
  }
  const describe = (event: WardEvent<'event.voided'>) => ({
    voidId: event.id,
    at: event.at,
    recordedAt: event.recordedAt,
    author: event.author,
    reason: event.payload.reason,
  });
  const correctionsOf = (id: EventId): TimelineVoid[] =>
    (voidsOf.get(id) ?? []).map((event) => {
      const undo = voided.has(event.id)
        ? (voidsOf.get(event.id) ?? []).find((undoEvent) => !voided.has(undoEvent.id))
        : undefined;
      return { ...describe(event), undoneBy: undo ? describe(undo) : null };
    });
  return sorted
    .filter((event) => event.type !== 'event.voided')
    .map((event) => {
      const corrections = correctionsOf(event.id);
      const standing = voided.has(event.id)
        ? (corrections.find((correction) => correction.undoneBy === null) ?? null)
        : null;
      return { event, kind: timelineKindOf(event.type), voided: standing, corrections };
    })
    .filter((entry) => kinds.length === 0 || kinds.includes(entry.kind));
}
