import { z } from 'zod';
import type { EventId } from './ids';
import { optionalText } from './text';

// Payload of 'escalation.informed'. events.ts imports this file (through chartSchemas): no
// import of events or of a fold here.

/** Whom a nurse called about a score that triggers (French ward roles). */
export const INFORMED_ROLES = ['physician', 'intern', 'met', 'manager'] as const;
export type InformedRole = (typeof INFORMED_ROLES)[number];

/**
 * 'escalation.informed': who was told about a vitals set that triggers the NEWS2 escalation,
 * when (the event's `at`), and what they decided. It answers one set, by its id: a later set
 * that still triggers asks again.
 */
export const escalationInformedSchema = z.object({
  vitalsEventId: z.uuid({ error: 'invalid' }).transform((id) => id as EventId),
  role: z.enum(INFORMED_ROLES, {
    error: (issue) => (issue.input == null || issue.input === '' ? 'required' : 'invalid'),
  }),
  /** The name of the person called (Dr Roux), when known. */
  name: optionalText(120),
  /** What they said or decided: coming to see, new prescription, call back in 1 h. */
  response: optionalText(1000),
});
export type EscalationInformed = z.output<typeof escalationInformedSchema>;
