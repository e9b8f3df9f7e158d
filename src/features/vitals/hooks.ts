import { useLiveQuery } from 'dexie-react-hooks';
import { recordVitals, setSpo2Scale } from '../../db/chartWrites';
import { attempt } from '../../db/errors';
import { readWard } from '../../db/ward';
import { DEFAULT_WARD_SETTINGS } from '../../domain/wardSettings';
import type { Spo2ScaleSetting } from '../../domain/header';
import type { GlucoseEntryUnit } from '../../domain/vitals';
import type { PatientId } from '../../domain/ids';
import type { VitalsInput } from './vitalsValues';

export const tryRecordVitals = (
  patientId: PatientId,
  payload: VitalsInput,
  at: string | undefined,
) => attempt(() => recordVitals(patientId, payload, at));

export const trySetSpo2Scale = (patientId: PatientId, scale: Spo2ScaleSetting, reason: string) =>
  attempt(() => setSpo2Scale(patientId, scale, reason));

/**
 * The ward's glycaemia unit (Settings), the form's default; undefined while it is read, so that
 * no default is shown that the ward's own could then replace under the nurse's pen.
 */
export const useWardGlucoseUnit = (): GlucoseEntryUnit | undefined =>
  useLiveQuery(
    async () => (await readWard())?.settings.glucoseUnit ?? DEFAULT_WARD_SETTINGS.glucoseUnit,
  );
