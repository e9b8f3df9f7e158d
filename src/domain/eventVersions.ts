import type { EventType } from './events';
import {
  medPrescribedV1ToV2,
  patientAdmittedV1ToV2,
  patientAdmittedV2ToV3,
  patientUpdatedV1ToV2,
  settingsChangedV1ToV2,
} from './upcasters';

// Versions of event payloads (issue 11). events.ts imports this file: types only from there.

/**
 * Turns a payload of version N into version N+1. Pure: an old event is upgraded each time it
 * is read, and the log itself is never rewritten. It takes the payload as it was written by
 * an app of that version (its own frozen type, not today's) and returns the next version's.
 */
export type Upcaster = (payload: unknown) => unknown;

export interface VersionTable {
  /** The payload version this app writes, per event type. */
  current: Readonly<Record<string, number>>;
  /** Per type, in order: upcasters[type][0] turns v1 into v2, [1] v2 into v3, and so on. */
  upcasters: Readonly<Record<string, readonly Upcaster[]>>;
}

/**
 * The payload version this app writes for each type. Raising one needs an upcaster below, a
 * frozen fixture and a schema snapshot of the new version (tests/unit/domain/frozenEvents).
 */
export const EVENT_VERSIONS: Readonly<Record<EventType, number>> = {
  'ward.configured': 1,
  'ward.settingsChanged': 2,
  'device.named': 1,
  'staff.added': 1,
  'note.written': 1,
  'bed.added': 1,
  'bed.updated': 1,
  'patient.admitted': 3,
  'patient.updated': 2,
  'patient.moved': 1,
  'patient.discharged': 1,
  'patient.identifierLinked': 1,
  'tempId.reserved': 1,
  'vitals.recorded': 1,
  'med.prescribed': 2,
  'med.stopped': 1,
  'med.administered': 1,
  'med.importChecked': 1,
  'care.planned': 1,
  'care.done': 1,
  'care.stopped': 1,
  'note.targeted': 1,
  'result.phoned': 1,
  'escalation.informed': 1,
  'event.voided': 1,
  'record.reentered': 1,
  'ward.joined': 1,
};

/** Every upcaster released, per type. */
export const UPCASTERS: Readonly<Partial<Record<EventType, readonly Upcaster[]>>> = {
  // v2 adds the ward's time zone (issue 11).
  'ward.settingsChanged': [settingsChangedV1ToV2],
  // v2 adds an optional `imported` (issue 13).
  'med.prescribed': [medPrescribedV1ToV2],
  // v2 marks an imported admission, which alone may lack allergies (issue 13); v3 lets it
  // lack isolation too, and takes a UUID as the IPP (a FHIR census).
  'patient.admitted': [patientAdmittedV1ToV2, patientAdmittedV2ToV3],
  // v2 says what a header edit was based on, and may say patients are distinct (issue 14).
  'patient.updated': [patientUpdatedV1ToV2],
};

export const RELEASED_VERSIONS: VersionTable = { current: EVENT_VERSIONS, upcasters: UPCASTERS };

/** What the read path needs of an event: its type, its version and its payload. */
export interface Versioned {
  type: string;
  /** Payload version; absent on events stored before versions existed, which are version 1. */
  v?: number;
  payload: unknown;
}

export const versionOf = (event: { v?: number }): number => event.v ?? 1;

/** An event this app can read (at its current version), or why it cannot. */
export type Upgraded<E extends Versioned> =
  | { readable: true; event: E }
  | { readable: false; reason: 'newerVersion' | 'unknownType' | 'invalidVersion'; v: number };

/**
 * The event at the current version of its type: unchanged when already there, else a copy
 * whose payload went through each upcaster in turn. An event of a newer version, or of a
 * type this app does not know (a newer app wrote both), is not readable: it is kept as it is
 * and must not be folded or shown.
 */
export function upgradeEvent<E extends Versioned>(
  event: E,
  table: VersionTable = RELEASED_VERSIONS,
): Upgraded<E> {
  const v = versionOf(event);
  // Own keys only: a stored type such as "constructor" is unknown, not Object's.
  const current = Object.hasOwn(table.current, event.type) ? table.current[event.type] : undefined;
  if (current === undefined) return { readable: false, reason: 'unknownType', v };
  if (!Number.isInteger(v) || v < 1) return { readable: false, reason: 'invalidVersion', v };
  if (v > current) return { readable: false, reason: 'newerVersion', v };
  if (v === current) return { readable: true, event };
  const chain = table.upcasters[event.type] ?? [];
  let payload = event.payload;
  for (let from = v; from < current; from++) {
    const step = chain[from - 1];
    // A gap in the chain is a bug of this app, not of the data: fail loudly.
    if (!step) throw new Error(`No upcaster from version ${from} of ${event.type}`);
    payload = step(payload);
  }
  return { readable: true, event: { ...event, v: current, payload } };
}
