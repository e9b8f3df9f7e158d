import { z } from 'zod';
import { tempIdSchema } from './tempId';

// Payload of 'tempId.reserved'. events.ts imports this file: no import of events here.

/** How many blank admission sheets one print can pre-allocate identifiers for. */
export const MAX_RESERVED_TEMP_IDS = 20;

/**
 * 'tempId.reserved' (ward-level): temporary identifiers printed on blank admission sheets
 * before any patient has them. Recorded in the log so that no tablet draws them again for
 * another patient, and so that identity vigilance can tell where such an identifier came from.
 */
export const tempIdReservedSchema = z.object({
  tempIds: z
    .array(tempIdSchema, { error: 'invalid' })
    .min(1, { error: 'required' })
    .max(MAX_RESERVED_TEMP_IDS, { error: 'tooLong' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'invalid' }),
});
export type TempIdReserved = z.output<typeof tempIdReservedSchema>;
