import { z } from 'zod';
import { admissionSchema, importedOnlyIssues, type Admission } from './admission';
import { bedIdSchema } from './bedSchemas';
import type { EventId, PatientId } from './ids';
import { identitySchema, optional } from './identity';
import { optionalText, requiredText } from './text';

// Payload schemas of a patient's header events. events.ts imports this file: no import back.

/**
 * 'patient.admitted' (also a readmission): the admission as validated by validateAdmission,
 * in a bed of the ward by its id (a rename then needs no rewrite of the log). When the nurse
 * saved despite a possible duplicate, the patients she was shown are kept, for the
 * identity-vigilance team.
 */
export const admittedPayloadSchema = admissionSchema
  .omit({ bed: true })
  .extend({
    bedId: optional(bedIdSchema),
    distinctFrom: z
      .array(z.uuid({ error: 'invalid' }).transform((id) => id as PatientId))
      .max(20, { error: 'tooLong' })
      .optional(),
  })
  // v2: allergies absent only on an imported admission (never read as "none known");
  // v3: isolation too (never read as "no isolation"), and the IPP may be a UUID.
  .superRefine((payload, context) => {
    for (const issue of importedOnlyIssues(payload)) {
      context.addIssue({ code: 'custom', message: issue.code, path: [issue.path] });
    }
  });

/** The clinical part of the header: everything admitted except identity, time and bed. */
export const CLINICAL_KEYS = [
  'reason',
  'physician',
  'allergies',
  'weightKg',
  'heightCm',
  'isolation',
  'diet',
  'levelOfCare',
  'trustedPerson',
  'note',
] as const satisfies readonly (keyof Admission)[];
/** NEWS2 SpO2 scale 2 (documented target 88–92 %, hypercapnic respiratory failure). */
export const spo2ScaleSchema = z.literal([1, 2], { error: 'invalid' });
export type Spo2ScaleSetting = z.infer<typeof spo2ScaleSchema>;

/**
 * The clinical header. `spo2Scale` is set on its own, from the vitals (a 'patient.updated'
 * with its reason: who documented the target), never by the admission form; absent is
 * scale 1, and a readmission starts again without it.
 */
export type ClinicalHeader = Pick<Admission, (typeof CLINICAL_KEYS)[number]> & {
  spo2Scale?: Spo2ScaleSetting;
};

const clinicalSchema = admissionSchema
  .pick({
    reason: true,
    physician: true,
    allergies: true,
    weightKg: true,
    heightCm: true,
    isolation: true,
    diet: true,
    levelOfCare: true,
    trustedPerson: true,
    note: true,
  })
  .extend({ spo2Scale: spo2ScaleSchema.optional() });

/** Optional traits and header fields an update can remove (a given value only replaces). */
export const CLEARABLE_FIELDS = [
  'usedName',
  'firstNames',
  'usedFirstName',
  'birthPlaceCode',
  'weightKg',
  'heightCm',
  'diet',
  'levelOfCare',
  'trustedPerson',
  'note',
] as const;
export type ClearableField = (typeof CLEARABLE_FIELDS)[number];

/**
 * 'patient.updated': only what changed, with the reason, which the log keeps. The temporary
 * identifier never changes (it is on a wristband); linking it to the IPP has its own event.
 */
export const updatedPayloadSchema = z.object({
  identity: identitySchema.omit({ tempId: true }).partial().optional(),
  clinical: clinicalSchema.partial().optional(),
  cleared: z.array(z.enum(CLEARABLE_FIELDS, { error: 'invalid' })).optional(),
  reason: requiredText(500),
  // v2 (issue 14): the edits of the fields written that this edit was based on (absent: after
  // every edit before it), and patients shown as possible duplicates said to be someone else.
  basedOn: z
    .array(z.uuid({ error: 'invalid' }).transform((id) => id as EventId))
    .max(40, { error: 'tooLong' })
    .optional(),
  distinctFrom: z
    .array(z.uuid({ error: 'invalid' }).transform((id) => id as PatientId))
    .max(20, { error: 'tooLong' })
    .optional(),
});

export const DISCHARGE_DESTINATIONS = [
  'home',
  'ward',
  'hospital',
  'careFacility',
  'againstAdvice',
  'death',
  'other',
] as const;
export type DischargeDestination = (typeof DISCHARGE_DESTINATIONS)[number];

/** 'patient.discharged': where to (mode de sortie), with a precision (which ward, which hospital). */
export const dischargedPayloadSchema = z.object({
  destination: z.enum(DISCHARGE_DESTINATIONS, {
    error: (issue) => (issue.input == null || issue.input === '' ? 'required' : 'invalid'),
  }),
  detail: optionalText(120),
});
export type Discharge = z.infer<typeof dischargedPayloadSchema>;

/** 'patient.moved': to another bed of the ward; the event's time is the time of the move. */
export const movedPayloadSchema = z.object({ bedId: bedIdSchema });
