import { useLiveQuery } from 'dexie-react-hooks';
import { readPatientChart } from '../../db/chartReads';
import type { WardEvent } from '../../domain/events';
import type { PatientId } from '../../domain/ids';
import { instantOf } from '../../domain/time';

/**
 * A patient's whole log, read once for every charting section of a screen (the app passes
 * it down): undefined while loading. Live: a write in another tab shows at once.
 */
export const usePatientChart = (patientId: PatientId): WardEvent[] | undefined =>
  useLiveQuery(() => readPatientChart(patientId), [patientId]);

/**
 * The events of the current stay: prescriptions and care of an earlier stay are not due
 * again on readmission. Corrections count whenever they were made.
 */
export const stayEvents = (events: readonly WardEvent[], admittedAt: string): WardEvent[] =>
  events.filter(
    (event) => event.type === 'event.voided' || instantOf(event.at) >= instantOf(admittedAt),
  );
