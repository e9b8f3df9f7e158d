import { z } from 'zod';
import { stripBidiControls } from './bidi';

// Apart in bidi.ts, so that what shows words (i18n) strips them without loading zod.
export { BIDI_CONTROLS, stripBidiControls } from './bidi';

/** A required line of text, trimmed, with a maximum length. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .overwrite(stripBidiControls)
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' });

/** An optional line of text: empty becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .max(max, { error: 'tooLong' })
    .transform((value) => (value ? value : undefined))
    .optional();
