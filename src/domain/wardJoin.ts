import { z } from 'zod';
import { bedLabelKey, type Bed } from './beds';
import type { BedId, WardId } from './ids';
import { optionalText } from './text';

// Joining two wards begun separately (issue 14, point 6). Pure: no import of events.ts
// (events.ts imports the payload schema from here).

/** Ids of the other ward's entries the join did not take, at most this many (a few dozen). */
const MAX_SKIPPED = 20_000;

/**
 * 'ward.joined': this ward took in the log of another ward begun separately. `skipped` are
 * the ids of that ward's entries not taken (its own name, settings and beds this ward already
 * has), so that its tablets can check that nothing they hold is missing before they move over.
 */
export const wardJoinedSchema = z.object({
  otherWardId: z.uuid({ error: 'invalid' }).transform((id) => id as WardId),
  otherWardName: optionalText(80),
  /** The ward file joined (its header's file id) and when it was made (ward time). */
  fileId: z.string().min(1).max(64),
  fileCreatedAt: z.string().max(40),
  added: z.int({ error: 'invalid' }).min(0),
  patients: z.int({ error: 'invalid' }).min(0),
  skipped: z.array(z.uuid({ error: 'invalid' })).max(MAX_SKIPPED),
});

export type WardJoined = z.infer<typeof wardJoinedSchema>;

/**
 * The other ward's own configuration: its name and establishment, its shared settings (zone,
 * units). This ward keeps its own; everything else (staff, tablet names, ward notes, reserved
 * temporary identifiers, corrections, earlier joins) is data and is taken.
 */
export const CONFIGURATION_TYPES: readonly string[] = ['ward.configured', 'ward.settingsChanged'];

/**
 * The other ward's beds that are this ward's too (same label as a person reads it, case and
 * spaces aside): other bed id -> this ward's bed id. Its other beds are new beds here.
 */
export function sameBeds(other: readonly Bed[], own: readonly Bed[]): Map<BedId, BedId> {
  const byLabel = new Map(own.map((bed) => [bedLabelKey(bed.label), bed.bedId]));
  const map = new Map<BedId, BedId>();
  for (const bed of other) {
    const ownId = byLabel.get(bedLabelKey(bed.label));
    if (ownId) map.set(bed.bedId, ownId);
  }
  return map;
}

/** The minimal shape of an event the join looks at (events.ts types stay out of here). */
export interface JoinableEvent {
  wardId: string;
  type: string;
  patientId: string | null;
  payload: unknown;
}

const bedOf = (payload: unknown): string | undefined => {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const bedId: unknown = Reflect.get(payload, 'bedId');
  return typeof bedId === 'string' ? bedId : undefined;
};

const PLACES = ['patient.admitted', 'patient.moved'];
const BED_CONFIG = ['bed.added', 'bed.updated'];

/**
 * What the join does with one of the other ward's entries: skip it (its configuration, a bed
 * this ward already has), or take it under this ward's id, a patient put in a bed this ward
 * already has put in this ward's bed of that label (the rest as recorded), so that two
 * patients in "bed 2" show as one bed shared.
 */
export function joinedEntry<E extends JoinableEvent>(
  event: E,
  wardId: WardId,
  beds: ReadonlyMap<string, BedId>,
): E | null {
  if (CONFIGURATION_TYPES.includes(event.type)) return null;
  const bedId = bedOf(event.payload);
  const ownBed = bedId === undefined ? undefined : beds.get(bedId);
  if (BED_CONFIG.includes(event.type) && ownBed) return null;
  if (PLACES.includes(event.type) && ownBed) {
    return { ...event, wardId, payload: { ...(event.payload as object), bedId: ownBed } } as E;
  }
  return { ...event, wardId } as E;
}

/** Key-sorted JSON: the same content whatever order its keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
