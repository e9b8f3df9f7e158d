import { z } from 'zod';
import type { EventId } from './ids';
import { scheduleSchema } from './schedule';
import { optionalText, requiredText } from './text';

// Payloads of the care plan events. events.ts will import this file: no import of events here.

/** Planned care items ("diagramme de soins"); the interface translates the codes. */
export const CARE_ITEMS = [
  'dressing',
  'capillaryGlucose',
  'mobilisation',
  'positioning',
  'catheterCare',
  'ivLineCare',
  'drainCare',
  'hygiene',
  'mouthCare',
  'other',
] as const;
export type CareItemCode = (typeof CARE_ITEMS)[number];

export const CARE_OUTCOMES = ['done', 'not-done'] as const;
export type CareOutcome = (typeof CARE_OUTCOMES)[number];

const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid';
const eventId = z.uuid({ error: typeError }).transform((id) => id as EventId);

/**
 * 'care.planned': an item with its schedule (fixed times, every N hours or once; "as needed"
 * care is a note, not a plan). `label` names it precisely and is required for 'other'.
 */
export const carePlannedSchema = z
  .object({
    item: z.enum(CARE_ITEMS, { error: typeError }),
    label: optionalText(120),
    schedule: scheduleSchema,
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.item === 'other' && v.label === undefined)
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'required' });
    if (v.schedule.kind === 'prn')
      ctx.addIssue({ code: 'custom', path: ['schedule', 'kind'], message: 'invalid' });
  });
export type CarePlanned = z.output<typeof carePlannedSchema>;

/** 'care.done': done or not done (with a reason) at the event's time, for the slot `dueAt`. */
export const careDoneSchema = z
  .object({
    careId: eventId,
    dueAt: z.iso.datetime({
      offset: true,
      error: (issue) => (issue.input === undefined ? 'required' : 'invalidDate'),
    }),
    outcome: z.enum(CARE_OUTCOMES, { error: typeError }),
    reason: optionalText(500),
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'not-done' && v.reason === undefined)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
  });
export type CareDone = z.output<typeof careDoneSchema>;

/** 'care.stopped': from the event's time on, the item is no longer due. */
export const careStoppedSchema = z.object({ careId: eventId, reason: requiredText(500) });
export type CareStopped = z.output<typeof careStoppedSchema>;
