import type { WardEvent } from '../../../src/domain/events';
import type { BedId, DeviceId, EventId, PatientId, WardId } from '../../../src/domain/ids';

const author = { staffId: 's1', name: 'Alice', initials: 'AM', role: 'nurse' } as const;
let seq = 0;

/** An event as the log holds it, with ids in creation order. */
export function ev<T extends WardEvent['type']>(
  type: T,
  payload: WardEvent<T>['payload'],
  at: string,
  patientId: string | null = 'p1',
): WardEvent<T> {
  seq += 1;
  return {
    id: `00000000-0000-7000-8000-${String(seq).padStart(12, '0')}` as EventId,
    wardId: 'w1' as WardId,
    patientId: patientId as PatientId | null,
    type,
    at,
    recordedAt: at,
    author: author as WardEvent['author'],
    deviceId: 'd1' as DeviceId,
    payload,
  } as WardEvent<T>;
}

export const bed = (n: number) => `0193a0e4-1c2d-7e3f-8a9b-${String(n).padStart(12, '0')}` as BedId;

export const identity = {
  birthName: 'DURAND',
  firstName: 'Jeanne',
  birthDate: '1950-04-12',
  sex: 'F' as const,
  tempId: 'TMP-0000-0000-0',
};

/** A parsed admission payload, as validateEvent returns it. */
export const admitted = (
  at: string,
  overrides: Partial<WardEvent<'patient.admitted'>['payload']> = {},
  patientId = 'p1',
) =>
  ev(
    'patient.admitted',
    {
      identity,
      admittedAt: at,
      reason: 'Pneumopathie',
      physician: 'Dr Martin',
      allergies: { status: 'noneKnown' },
      isolation: ['none'],
      bedId: bed(4),
      ...overrides,
    },
    at,
    patientId,
  );
