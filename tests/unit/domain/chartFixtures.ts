import type { z } from 'zod';
import { payloadSchemas, type EventType, type WardEvent } from '../../../src/domain/events';
import type { EventId, PatientId, StaffId, WardId, DeviceId } from '../../../src/domain/ids';
import type { Author } from '../../../src/domain/staff';
import type { VitalsRecorded } from '../../../src/domain/vitals';
import { parseOrThrow } from '../../../src/domain/validation';
import { wallTimeToIso } from '../../../src/domain/time';

export const alice: Author = {
  staffId: '0193a0e4-1c2d-7e3f-8a9b-000000000001' as StaffId,
  name: 'Alice Martin',
  initials: 'AM',
  role: 'nurse',
};
export const bruno: Author = {
  staffId: '0193a0e4-1c2d-7e3f-8a9b-000000000002' as StaffId,
  name: 'Bruno Durand',
  initials: 'BD',
  role: 'nurse',
};

let seq = 0;
/** Valid UUIDs in creation order, apart from those of eventFixtures.ts. */
export const nextId = (): EventId =>
  `00000000-0000-7000-9000-${String(++seq).padStart(12, '0')}` as EventId;

/** A wall-clock time on the ward (Europe/Paris) as ISO with offset: paris('2026-01-10T08:00'). */
export function paris(wall: string): string {
  const iso = wallTimeToIso(wall);
  if (!iso) throw new Error(`not a wall time: ${wall}`);
  return iso;
}

interface Options {
  author?: Author;
  recordedAt?: string;
  patientId?: string;
}

/**
 * An event whose payload went through its schema, as the log would hold it: the one factory
 * of whole events for the tests (bedside charting and any other type).
 */
export function chart<T extends EventType>(
  type: T,
  payload: z.input<(typeof payloadSchemas)[T]>,
  at: string,
  options: Options = {},
): WardEvent<T> {
  const parsed = parseOrThrow(payloadSchemas[type], payload);
  // The schema of `type` gave `parsed`; TypeScript cannot tie a generic key to its union member.
  return {
    id: nextId(),
    wardId: 'w1' as WardId,
    patientId: (options.patientId ?? 'p1') as PatientId,
    type,
    at,
    recordedAt: options.recordedAt ?? at,
    author: options.author ?? alice,
    deviceId: 'd1' as DeviceId,
    payload: parsed,
  } as WardEvent<T>;
}

/** The same event, charted for another patient. */
export const forPatient = <E extends WardEvent>(event: E, patientId: string): E => ({
  ...event,
  patientId: patientId as PatientId,
});

/** 'event.voided' striking `target` through. */
export function voidOf(
  target: { id: EventId },
  at: string,
  reason = 'Erreur de saisie',
  author: Author = bruno,
): WardEvent<'event.voided'> {
  return {
    id: nextId(),
    wardId: 'w1' as WardId,
    patientId: 'p1' as PatientId,
    type: 'event.voided',
    at,
    recordedAt: at,
    author,
    deviceId: 'd1' as DeviceId,
    payload: { eventId: target.id, reason },
  };
}

/** A complete set of vital signs scoring NEWS2 0. */
export const NORMAL_VITALS = {
  respiratoryRate: 16,
  spo2: 97,
  onOxygen: false,
  systolicBp: 125,
  pulse: 72,
  consciousness: 'A',
  temperature: 36.8,
} satisfies VitalsRecorded;
