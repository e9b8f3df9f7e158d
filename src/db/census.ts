import { planCensus, type CensusPlan, type PlanOptions } from '../domain/census/plan';
import type { CensusFile } from '../domain/census/types';
import { currentVersion } from '../domain/events';
import { newId, type EventId, type PatientId } from '../domain/ids';
import { mayRecord } from '../domain/permissions';
import { ValidationError } from '../domain/validation';
import { writeBatch } from './append';
import { readBeds } from './beds';
import { NoAuthorError } from './errors';
import { ensureDeviceId, getLocal } from './local';
import { readWardPatients } from './patients';
import { writeTransaction } from './projections';
import { getSession } from './session';
import { wardNow } from './wardTime';

/** The census import plan against the ward as it is now (a preview: nothing is written). */
export async function planCensusImport(
  file: CensusFile,
  options: PlanOptions = {},
): Promise<CensusPlan> {
  const [patients, beds, { now, timeZone }] = await Promise.all([
    readWardPatients(),
    readBeds(),
    wardNow(),
  ]);
  return planCensus(file, { patients, beds }, now, timeZone, options);
}

/** What the preview promised, per record: the kind, the patient, and the events to write. */
const promise = (plan: CensusPlan) =>
  JSON.stringify(plan.entries.map((e) => [e.kind, e.patientId, e.events, e.issues]));

export interface CensusResult {
  created: number;
  updated: number;
  /** Events added to the log. */
  written: number;
}

const IMPORT_TYPES = [
  'patient.admitted',
  'patient.updated',
  'patient.moved',
  'med.prescribed',
] as const;

/**
 * Writes what the preview `shown` promised, all or nothing, in one transaction: the file is
 * planned again against the ward as it is at write time, and if anything differs (a patient
 * admitted, a bed taken meanwhile) nothing is written ('changedMeanwhile': preview again).
 * Records in conflict or invalid are left out, as the preview said. The events go through
 * the batch write path (writeBatch: each validated again, this ward's only).
 */
export function commitCensus(
  file: CensusFile,
  shown: CensusPlan,
  options: PlanOptions = {},
): Promise<CensusResult> {
  return writeTransaction(IMPORT_TYPES, async () => {
    // A record without a stay is admitted at the preview's time, as the preview showed.
    const plan = await planCensusImport(file, { ...options, noStayAt: shown.at });
    if (promise(plan) !== promise(shown)) {
      throw new ValidationError([{ path: '', code: 'changedMeanwhile' }]);
    }
    const author = getSession().author;
    if (!author) throw new NoAuthorError('Nobody is charting on this device');
    if (IMPORT_TYPES.some((type) => !mayRecord(author.role, type))) {
      throw new ValidationError([{ path: '', code: 'notPermitted' }]);
    }
    const [wardId, deviceId, { iso }] = await Promise.all([
      getLocal('wardId'),
      ensureDeviceId(),
      wardNow(),
    ]);
    const events = plan.entries.flatMap((entry) => {
      if (entry.kind !== 'create' && entry.kind !== 'update') return [];
      const patientId = entry.patientId ?? newId<PatientId>();
      return entry.events.map((planned) => ({
        id: newId<EventId>(),
        wardId,
        patientId,
        type: planned.type,
        at: 'at' in planned ? planned.at : iso,
        recordedAt: iso,
        author,
        deviceId,
        v: currentVersion(planned.type),
        payload: planned.payload,
      }));
    });
    const { added } = await writeBatch(events);
    return { created: plan.counts.create, updated: plan.counts.update, written: added };
  });
}
