import { DEFAULT_TIME_ZONE } from './time';
import type { GlucoseEntryUnit } from './vitals';
import type { WardSettingsChange } from './wardSettingsSchema';

// The schema of a change is in wardSettingsSchema.ts: reading the settings needs no zod.
export type { WardSettingsChange };

export interface WardSettings {
  glucoseUnit: GlucoseEntryUnit;
  timeZone: string;
}

/**
 * Never set: g/L, the unit French wards write capillary glycaemia in and the form's default
 * before the setting existed, so a nurse's habit and the printed header agree.
 */
export const DEFAULT_WARD_SETTINGS: WardSettings = {
  glucoseUnit: 'g/L',
  timeZone: DEFAULT_TIME_ZONE,
};

/** Applies one change over the settings so far (events in order). */
export const applySettings = (
  settings: WardSettings,
  change: WardSettingsChange,
): WardSettings => ({
  ...settings,
  ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
});
