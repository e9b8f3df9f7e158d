import { z } from 'zod';
import { ADMINISTRATION_OUTCOMES } from './doseStatus';
import type { EventId } from './ids';
import { scheduleSchema } from './schedule';
import { optionalText, requiredText } from './text';
import type { ValidationCode } from './validation';

// Payloads of the medication events. events.ts will import this file: no import of events here.

/** Routes of administration; the interface translates the codes. */
export const ROUTES = [
  'PO',
  'SL',
  'IV',
  'SC',
  'IM',
  'inhaled',
  'nebulised',
  'topical',
  'transdermal',
  'rectal',
  'vaginal',
  'ophthalmic',
  'otic',
  'nasal',
  'enteral-tube',
  'other',
] as const;
export type Route = (typeof ROUTES)[number];

/** Units of a dose: amounts, and the forms a dose is counted in on a ward. */
export const DOSE_UNITS = [
  'mg',
  'g',
  'µg',
  'ng',
  'mL',
  'IU',
  'mmol',
  'tablet',
  'capsule',
  'sachet',
  'drop',
  'puff',
  'patch',
  'suppository',
  'ampoule',
  'application',
] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid';
const eventId = z.uuid({ error: typeError }).transform((id) => id as EventId);
const isoInstant = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.input === undefined ? 'required' : 'invalidDate'),
});

export const doseSchema = z.object({
  value: z
    .number({ error: typeError })
    .positive({ error: 'invalid' })
    .max(100_000, { error: 'outOfRange' }),
  unit: z.enum(DOSE_UNITS, { error: typeError }),
});
export type Dose = z.output<typeof doseSchema>;

/**
 * 'med.prescribed': a paper prescription as transcribed. Start and end are the schedule's.
 * A change is a 'med.stopped' of the old one plus a new one naming it in `replaces`.
 */
export const medPrescribedSchema = z.object({
  drug: requiredText(200),
  dose: doseSchema,
  route: z.enum(ROUTES, { error: typeError }),
  schedule: scheduleSchema,
  prescriber: requiredText(120),
  /** Date written on the paper order, YYYY-MM-DD. */
  orderDate: z.iso.date({ error: 'invalidDate' }),
  highAlert: z.boolean({ error: typeError }),
  note: optionalText(1000),
  replaces: eventId.optional(),
});
export type MedPrescribed = z.output<typeof medPrescribedSchema>;

/** 'med.stopped': from the event's time on, no dose is due. */
export const medStoppedSchema = z.object({
  prescriptionId: eventId,
  reason: requiredText(500),
});
export type MedStopped = z.output<typeof medStoppedSchema>;

/**
 * 'med.administered': what happened to a dose, at the event's time. `dueAt` names the
 * scheduled dose (null for an as-needed one). Given: dose and route are required. Otherwise
 * a reason is. `override` records why an as-needed dose passes its 24 h maximum.
 */
export const medAdministeredSchema = z
  .object({
    prescriptionId: eventId,
    dueAt: isoInstant.nullable(),
    outcome: z.enum(ADMINISTRATION_OUTCOMES, { error: typeError }),
    dose: doseSchema.optional(),
    route: z.enum(ROUTES, { error: typeError }).optional(),
    reason: optionalText(500),
    prnIndication: optionalText(200),
    override: z.object({ reason: requiredText(500) }).optional(),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, code: ValidationCode) =>
      ctx.addIssue({ code: 'custom', path: [path], message: code });
    if (v.outcome === 'given') {
      if (v.dose === undefined) issue('dose', 'required');
      if (v.route === undefined) issue('route', 'required');
    } else {
      if (v.reason === undefined) issue('reason', 'required');
      if (v.override !== undefined) issue('override', 'invalid');
    }
  });
export type MedAdministered = z.output<typeof medAdministeredSchema>;
