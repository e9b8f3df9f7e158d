import type { z } from 'zod';
import { careDoneSchema, carePlannedSchema, careStoppedSchema } from './care';
import { escalationInformedSchema } from './escalationSchema';
import {
  medAdministeredSchema,
  medImportCheckedSchema,
  medPrescribedSchema,
  medStoppedSchema,
} from './medications';
import { noteTargetedSchema, resultPhonedSchema } from './notes';
import { vitalsRecordedSchema } from './vitals';

// events.ts may import this file (payloadSchemas): it imports no fold and nothing of events.

/** The payload schemas of bedside charting, one per event type, for payloadSchemas. */
export const chartPayloadSchemas = {
  'vitals.recorded': vitalsRecordedSchema,
  'med.prescribed': medPrescribedSchema,
  'med.stopped': medStoppedSchema,
  'med.administered': medAdministeredSchema,
  /** An imported prescription checked by a nurse against the order (issue 13). */
  'med.importChecked': medImportCheckedSchema,
  'care.planned': carePlannedSchema,
  'care.done': careDoneSchema,
  'care.stopped': careStoppedSchema,
  'note.targeted': noteTargetedSchema,
  'result.phoned': resultPhonedSchema,
  /** Who was told of a NEWS2 that triggers, when, and what they decided. */
  'escalation.informed': escalationInformedSchema,
} as const;

export type ChartEventType = keyof typeof chartPayloadSchemas;
export const CHART_EVENT_TYPES = Object.keys(chartPayloadSchemas) as ChartEventType[];
export type ChartPayload<T extends ChartEventType> = z.output<(typeof chartPayloadSchemas)[T]>;
