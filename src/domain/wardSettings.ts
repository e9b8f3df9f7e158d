import { z } from 'zod';
import { DEFAULT_TIME_ZONE, WARD_TIME_ZONES } from './time';
import { GLUCOSE_ENTRY_UNITS, type GlucoseEntryUnit } from './vitals';

/**
 * Payload of 'ward.settingsChanged': the ward's settings, shared by every tablet of the ward
 * through its log. Only what changed is sent, so changes from two tablets merge field by
 * field (the later `at` wins). Version 2 (issue 11) adds the ward's time zone.
 */
export const wardSettingsChangedSchema = z
  .object({
    /** The unit glycaemia is written in on this ward: the print header and the form default. */
    glucoseUnit: z.enum(GLUCOSE_ENTRY_UNITS, { error: 'invalid' }).optional(),
    /** The ward's IANA time zone: its day, dose times, printed and shown times (v2). */
    timeZone: z.enum(WARD_TIME_ZONES, { error: 'invalid' }).optional(),
  })
  .refine((payload) => Object.values(payload).some((value) => value !== undefined), {
    error: 'required',
  });
export type WardSettingsChange = z.infer<typeof wardSettingsChangedSchema>;

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
