import type { z } from 'zod';
import type { medPrescribedSchema } from '../../../src/domain/medications';
import type { Schedule } from '../../../src/domain/schedule';
import { chart, paris } from './chartFixtures';

type PrescribedInput = z.input<typeof medPrescribedSchema>;

/** Paracetamol 1 g PO, with the schedule given. */
export const prescription = (
  schedule: Schedule,
  overrides: Partial<PrescribedInput> = {},
  at = schedule.start,
) =>
  chart(
    'med.prescribed',
    {
      drug: 'Paracétamol',
      dose: { value: 1, unit: 'g' },
      route: 'PO',
      schedule,
      prescriber: 'Dr Martin',
      orderDate: schedule.start.slice(0, 10),
      highAlert: false,
      ...overrides,
    },
    at,
  );

export const fixed = (times: string[], start: string, end?: string): Schedule => ({
  kind: 'fixed-times',
  times,
  start,
  ...(end ? { end } : {}),
});

export const prn = (maxDosesPer24h: number, start: string, end?: string): Schedule => ({
  kind: 'prn',
  maxDosesPer24h,
  indication: 'Douleur EVA > 3',
  start,
  ...(end ? { end } : {}),
});

type Outcome = 'given' | 'not-given' | 'refused' | 'held';

/** An administration of a prescription at a Paris wall time. */
export const administered = (
  prescriptionId: string,
  wall: string,
  outcome: Outcome = 'given',
  dueAt: string | null = null,
  extra: Record<string, unknown> = {},
) =>
  chart(
    'med.administered',
    {
      prescriptionId,
      dueAt,
      outcome,
      ...(outcome === 'given'
        ? { dose: { value: 1, unit: 'g' }, route: 'PO' }
        : { reason: 'Patient au bloc' }),
      ...extra,
    },
    paris(wall),
  );
