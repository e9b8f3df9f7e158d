import { ofType, type WardEvent } from './events';
import { activeEvents } from './voids';
import type { EventId } from './ids';
import { tryScoreNews2, type News2Attempt, type News2Frequency, type News2Result } from './news2';
import { byStamp } from './order';
import type { Author } from './staff';
import { DEFAULT_TIME_ZONE, instantOf, toIsoWithOffset } from './time';
import type { NumericVital, VitalsRecorded } from './vitals';

export type Spo2Scale = 1 | 2;

/**
 * NEWS2 of a recorded set. The scale is the one recorded with the set (the score stays what
 * it was that day), else the patient's, else scale 1 (RCP: scale 2 only when prescribed).
 * A set without the seven parameters is 'incomplete', with what is missing.
 */
export function news2FromVitals(vitals: VitalsRecorded, patientScale: Spo2Scale = 1): News2Attempt {
  return tryScoreNews2({
    respiratoryRate: vitals.respiratoryRate,
    spo2: vitals.spo2,
    spo2Scale: vitals.spo2Scale ?? patientScale,
    onOxygen: vitals.onOxygen,
    systolicBp: vitals.systolicBp,
    pulse: vitals.pulse,
    consciousness: vitals.consciousness,
    temperature: vitals.temperature,
  });
}

/**
 * When the next full set is due: the time of the last scored set plus the NEWS2 minimum
 * interval (12 h for 0, 4 h for 1–4, 1 h for a single 3 or 5–6). For 7 and more monitoring is
 * continuous: it is due at once, the set's own time.
 */
export function nextObservationDue(
  lastVitals: { at: string },
  news2: News2Result,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  const interval = news2.minimumFrequency.intervalMinutes ?? 0;
  return toIsoWithOffset(new Date(instantOf(lastVitals.at) + interval * 60_000), timeZone);
}

/** One recorded set, as the trend table shows it. */
export interface VitalsRow {
  id: EventId;
  at: string;
  recordedAt: string;
  author: Author;
  values: VitalsRecorded;
  /** When the set holds the seven NEWS2 parameters. */
  news2: News2Result | null;
}

const toRow = (event: WardEvent<'vitals.recorded'>, patientScale: Spo2Scale): VitalsRow => {
  const attempt = news2FromVitals(event.payload, patientScale);
  return {
    id: event.id,
    at: event.at,
    recordedAt: event.recordedAt,
    author: event.author,
    values: event.payload,
    news2: attempt.kind === 'scored' ? attempt.result : null,
  };
};

/** Every recorded set that stands, in time order. */
export const vitalsRows = (
  events: readonly WardEvent[],
  patientScale: Spo2Scale = 1,
): VitalsRow[] =>
  ofType(byStamp(activeEvents(events)), 'vitals.recorded').map((event) =>
    toRow(event, patientScale),
  );

/**
 * The latest set at or before `now` that holds the seven parameters, with its NEWS2 (a set
 * dated after `now`, another tablet's clock, does not count yet). Only the sets after it are
 * scored: the whole stay, scored for each of the ward's patients, was one long task of the
 * ward pack.
 */
export function lastScoredSet(
  events: readonly WardEvent[],
  now: string,
  patientScale: Spo2Scale = 1,
): (VitalsRow & { news2: News2Result }) | null {
  const sets = ofType(byStamp(activeEvents(events)), 'vitals.recorded');
  const until = instantOf(now);
  for (let index = sets.length - 1; index >= 0; index -= 1) {
    const set = sets[index];
    if (!set || instantOf(set.at) > until) continue;
    const row = toRow(set, patientScale);
    if (row.news2) return { ...row, news2: row.news2 };
  }
  return null;
}

/**
 * The sets recorded in [from, to] (both included: `to` is usually now, and a set just taken
 * belongs in the table), oldest first, each with its NEWS2 when complete. Voided sets are out.
 */
export function vitalsSeries(
  events: readonly WardEvent[],
  from: string,
  to: string,
  patientScale: Spo2Scale = 1,
): VitalsRow[] {
  const lo = instantOf(from);
  const hi = instantOf(to);
  return vitalsRows(events, patientScale).filter(
    (row) => instantOf(row.at) >= lo && instantOf(row.at) <= hi,
  );
}

/** The points of one measurement for a chart line: the sets that have it. */
export const parameterSeries = (rows: readonly VitalsRow[], field: NumericVital) =>
  rows.flatMap((row) => {
    const value = row.values[field];
    return value === undefined ? [] : [{ at: row.at, value }];
  });

export type ObservationStatus = 'upcoming' | 'due' | 'late' | 'continuous' | 'never';

export interface ObservationDue {
  /** The last scored set; a partial set (a temperature alone) does not reset the clock. */
  last: VitalsRow | null;
  /** When the next set is due; null when no full set was ever recorded (due at once). */
  dueAt: string | null;
  frequency: News2Frequency | null;
  status: ObservationStatus;
}

/** How early a set shows as due before its time. */
export const OBSERVATION_DUE_BEFORE_MINUTES = 30;

/** Where a patient's observations stand at `now`. */
export function observationDue(
  events: readonly WardEvent[],
  now: string,
  patientScale: Spo2Scale = 1,
  timeZone: string = DEFAULT_TIME_ZONE,
): ObservationDue {
  const last = lastScoredSet(events, now, patientScale);
  if (!last) return { last: null, dueAt: null, frequency: null, status: 'never' };
  const frequency = last.news2.minimumFrequency;
  const dueAt = nextObservationDue(last, last.news2, timeZone);
  const t = instantOf(now);
  const due = instantOf(dueAt);
  const status: ObservationStatus =
    frequency.intervalMinutes === null
      ? 'continuous'
      : t < due - OBSERVATION_DUE_BEFORE_MINUTES * 60_000
        ? 'upcoming'
        : t <= due
          ? 'due'
          : 'late';
  return { last, dueAt, frequency, status };
}
