import { z } from 'zod';
import { WARD_TIME_ZONES } from './time';
import { GLUCOSE_ENTRY_UNITS } from './vitals';

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
