import { carePlanFor, type CareItem, type CareRow } from './carePlan';
import type { WardEvent } from './events';
import type { PatientId } from './ids';
import { marFor, type MarRow } from './mar';
import type { News2Frequency } from './news2';
import type { Prescription } from './prescriptions';
import { DEFAULT_TIME_ZONE, instantOf, toIsoWithOffset } from './time';
import { observationDue, type ObservationDue, type Spo2Scale } from './vitalsChart';

/** What a patient contributes to the ward's "to do now". */
export interface PatientTodoSources {
  patientId: PatientId;
  mar: readonly MarRow[];
  care: readonly CareRow[];
  observations: ObservationDue;
}

export type TodoStatus = 'due' | 'late' | 'missed' | 'continuous';

interface TodoBase {
  patientId: PatientId;
  /** When it was due: observations never taken are due `now`. */
  dueAt: string;
  status: TodoStatus;
}

export type TodoItem =
  | (TodoBase & { kind: 'observations'; frequency: News2Frequency | null })
  | (TodoBase & { kind: 'medication'; prescription: Prescription })
  | (TodoBase & { kind: 'care'; care: CareItem });
export type TodoKind = TodoItem['kind'];

const OPEN = new Set<string>(['due', 'late', 'missed']);
const isOpen = (status: string): status is 'due' | 'late' | 'missed' => OPEN.has(status);

function observationItem(sources: PatientTodoSources, now: string): TodoItem[] {
  const { patientId, observations: obs } = sources;
  const base = { patientId, kind: 'observations', frequency: obs.frequency } as const;
  switch (obs.status) {
    case 'upcoming':
      return [];
    case 'never':
      return [{ ...base, dueAt: now, status: 'due' }];
    default:
      return [{ ...base, dueAt: obs.dueAt ?? now, status: obs.status }];
  }
}

function patientItems(sources: PatientTodoSources, now: string): TodoItem[] {
  const { patientId } = sources;
  const medication = sources.mar.flatMap(({ prescription, slots }) =>
    slots.flatMap((slot) =>
      isOpen(slot.status)
        ? [
            {
              patientId,
              kind: 'medication' as const,
              dueAt: slot.dueAt,
              status: slot.status,
              prescription,
            },
          ]
        : [],
    ),
  );
  const care = sources.care.flatMap(({ care: item, slots }) =>
    slots.flatMap((slot) =>
      isOpen(slot.status)
        ? [{ patientId, kind: 'care' as const, dueAt: slot.dueAt, status: slot.status, care: item }]
        : [],
    ),
  );
  return [...observationItem(sources, now), ...medication, ...care];
}

const KIND_ORDER: Record<TodoKind, number> = { observations: 0, medication: 1, care: 2 };
const highAlert = (item: TodoItem) => item.kind === 'medication' && item.prescription.highAlert;

/**
 * Everything due or overdue at `now` across the ward, oldest first: observations due or late
 * (continuous monitoring stays listed), doses and care due, late or missed (a missed one
 * stays until it is charted, given or not). Ties: observations, then medications (high-alert
 * first), then care; then by patient. Upcoming items are not listed; the window is the MARs'.
 */
export function todoList(patients: readonly PatientTodoSources[], now: string): TodoItem[] {
  return patients
    .flatMap((sources) => patientItems(sources, now))
    .sort(
      (a, b) =>
        instantOf(a.dueAt) - instantOf(b.dueAt) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        Number(highAlert(b)) - Number(highAlert(a)) ||
        (a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0),
    );
}

const HOUR = 3_600_000;

/**
 * A patient's sources for the list, from their events: MAR and care plan from `lookbackHours`
 * before now (older missed doses are on the MAR, not here) to two hours ahead (a dose is due
 * an hour before its time), and where observations stand.
 */
export function patientTodoSources(
  patientId: PatientId,
  events: readonly WardEvent[],
  now: string,
  options: { timeZone?: string; spo2Scale?: Spo2Scale; lookbackHours?: number } = {},
): PatientTodoSources {
  const { timeZone = DEFAULT_TIME_ZONE, spo2Scale = 1, lookbackHours = 24 } = options;
  const at = (hours: number) => toIsoWithOffset(new Date(instantOf(now) + hours * HOUR), timeZone);
  const from = at(-lookbackHours);
  const to = at(2);
  return {
    patientId,
    mar: marFor(events, from, to, now, timeZone),
    care: carePlanFor(events, from, to, now, timeZone),
    observations: observationDue(events, now, spo2Scale, timeZone),
  };
}
