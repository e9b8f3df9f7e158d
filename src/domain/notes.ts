import { z } from 'zod';
import { optionalText, requiredText } from './text';

// Payloads of the notes events. events.ts will import this file: no import of events here.

/**
 * 'note.targeted': a targeted note (transmission ciblée, DAR). The target is the subject
 * ("Douleur", "Chute", "Sortie"); data, actions and results follow it, and at least one of
 * them is written (results are often added later, in a new note on the same target).
 * Ward-level free notes stay 'note.written' ({ text }).
 */
export const noteTargetedSchema = z
  .object({
    target: requiredText(120),
    data: optionalText(2000),
    actions: optionalText(2000),
    results: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.data === undefined && v.actions === undefined && v.results === undefined)
      ctx.addIssue({ code: 'custom', path: ['data'], message: 'required' });
  });
export type NoteTargeted = z.output<typeof noteTargetedSchema>;

/**
 * 'result.phoned': a result the laboratory (or imaging) phoned in while the network is down.
 * The value is text: results are not always numbers ("négatif", "< 0,01", "> 1000").
 * `readBack`: the nurse read the result back to the caller, who confirmed it.
 */
export const resultPhonedSchema = z.object({
  test: requiredText(120),
  value: requiredText(60),
  unit: optionalText(30),
  calledBy: requiredText(120),
  readBack: z.boolean({
    error: (issue) => (issue.input === undefined ? 'required' : 'invalid'),
  }),
  note: optionalText(1000),
});
export type ResultPhoned = z.output<typeof resultPhonedSchema>;
