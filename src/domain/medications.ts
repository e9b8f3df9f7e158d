import { z } from 'zod';
import { doseSchema } from './doseAmounts';
import { DEVIATION_KINDS } from './doseDeviation';
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

export { DOSE_UNITS, doseSchema, type Dose, type DoseUnit } from './doseAmounts';

const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid';
const eventId = z.uuid({ error: typeError }).transform((id) => id as EventId);
const isoInstant = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.input === undefined ? 'required' : 'invalidDate'),
});

/** Where imported data came from: the kind of census file and its name. */
export const importedSchema = z.object({
  format: z.enum(['csv', 'fhir'], { error: typeError }),
  file: requiredText(255),
});

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
  /**
   * Transcribed despite an allergy warning (`allergyCheck.ts`): the allergies the warning
   * named, as shown, and why (e.g. "allergie vérifiée avec le Dr Roux : intolérance digestive").
   */
  allergyOverride: z
    .object({
      shown: z.array(requiredText(120)).min(1, { error: 'required' }).max(50),
      reason: requiredText(500),
    })
    .optional(),
  /**
   * v2 (issue 13): read from a census file rather than transcribed from paper. It stays
   * "to be checked" until a nurse checks it against the order ('med.importChecked').
   */
  imported: importedSchema.optional(),
});
export type MedPrescribed = z.output<typeof medPrescribedSchema>;

/** 'med.importChecked' (issue 13): a nurse checked an imported prescription against the order. */
export const medImportCheckedSchema = z.object({ prescriptionId: eventId });
export type MedImportChecked = z.output<typeof medImportCheckedSchema>;

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
    /**
     * Given although the dose differs from the prescription or the time is outside the
     * slot's window (`doseDeviation.ts`): what the nurse confirmed, and why.
     */
    deviation: z
      .object({
        kinds: z.array(z.enum(DEVIATION_KINDS, { error: 'invalid' })).min(1, { error: 'required' }),
        reason: requiredText(500),
      })
      .optional(),
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
      if (v.deviation !== undefined) issue('deviation', 'invalid');
    }
  });
export type MedAdministered = z.output<typeof medAdministeredSchema>;
