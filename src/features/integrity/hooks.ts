import { useSyncExternalStore } from 'react';
import {
  damagedRecords,
  forgetDamaged,
  subscribeDamaged,
  type DamagedRecord,
} from '../../db/damage';
import { attempt } from '../../db/errors';
import { rebuildProjections } from '../../db/projections';

export type { DamagedRecord };

/** Every record this device found damaged since it started, live. */
export const useDamagedRecords = (): readonly DamagedRecord[] =>
  useSyncExternalStore(subscribeDamaged, damagedRecords);

/** The damaged records of one patient: its header row, its last vitals row, its entries. */
export function usePatientDamage(patientId: string | null) {
  const records = useDamagedRecords();
  const mine = records.filter((record) => patientId !== null && record.patientId === patientId);
  return {
    projection: mine.some((record) => record.table !== 'events'),
    entries: mine.filter((record) => record.table === 'events').length,
  };
}

/**
 * Folds the patient headers and last vitals again from the log. The damaged rows are copied
 * first (db/projections.ts) and drop from the list once replaced.
 */
export async function rebuildFromLog() {
  const result = await attempt(rebuildProjections);
  if (result.ok) forgetDamaged(result.value);
  return result;
}
