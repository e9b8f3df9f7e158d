import { z } from 'zod';

/**
 * What the worklist of back-entry groups a patient's entries by (issue 13, point 4): one line
 * per patient and kind, ticked "re-entered in the hospital record" as a whole.
 */
export const RECONCILE_KINDS = [
  'stay',
  'vitals',
  'prescriptions',
  'doses',
  'care',
  'notes',
  'results',
  'other',
] as const;
export type ReconcileKind = (typeof RECONCILE_KINDS)[number];

/**
 * `record.reentered`: the patient's entries of this kind, entered on the tablets up to
 * `through` (the entry time of the last one the person saw), are in the hospital record.
 * Who and when are the event's author and times; an entry made later shows as left again.
 * Undone by voiding it (event.voided).
 */
export const recordReenteredSchema = z.object({
  kind: z.enum(RECONCILE_KINDS, { error: 'invalid' }),
  through: z.iso.datetime({ offset: true, error: 'invalidDate' }),
});
