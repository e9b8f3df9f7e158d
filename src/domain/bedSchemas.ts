import { z } from 'zod';
import type { BedId } from './ids';
import { optionalText, requiredText, stripBidiControls } from './text';

// Payload schemas only: events.ts imports this file, so it must not import events.ts.

export const bedIdSchema = z.uuid({ error: 'unknownBed' }).transform((id) => id as BedId);

/** A bed label as painted on the door: "12", "12A", "12 fenêtre". */
const labelSchema = requiredText(20);

/** A bed of the ward; beds are never deleted, only marked unavailable (closed, broken). */
export const bedAddedSchema = z.object({
  bedId: bedIdSchema,
  label: labelSchema,
  room: optionalText(20),
  /** Position on the board; ties are broken by label. */
  order: z.number({ error: 'invalid' }).int({ error: 'invalid' }),
});

/**
 * A change to a bed: only what is given changes, so a rename on one tablet and a closure
 * on another both survive a merge. An empty room clears it.
 */
export const bedUpdatedSchema = z.object({
  bedId: bedIdSchema,
  label: labelSchema.optional(),
  room: z.string().overwrite(stripBidiControls).trim().max(20, { error: 'tooLong' }).optional(),
  order: z.number({ error: 'invalid' }).int({ error: 'invalid' }).optional(),
  unavailable: z.boolean({ error: 'invalid' }).optional(),
});
