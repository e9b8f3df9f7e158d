import { admitPatient } from '../../../src/db/patients';
import type { PrescriptionInput } from '../../../src/db/medWrites';
import type { BedId, EventId } from '../../../src/domain/ids';
import { toIsoWithOffset } from '../../../src/domain/time';
import { identity } from './fixtures';

/** A complete, valid admission payload (validateAdmission accepts it before 2026-11-30). */
export const admission = (
  birthName = 'DURAND',
  overrides: Record<string, unknown> & { bedId?: BedId | string } = {},
) => ({
  identity: { ...identity(birthName), ipp: '12345678' },
  admittedAt: '2026-11-29T08:00:00.000+01:00',
  reason: 'Pneumopathie',
  physician: 'Dr Martin',
  allergies: { status: 'noneKnown' as const },
  isolation: ['none' as const],
  ...overrides,
});

export const hoursAgo = (h: number) => toIsoWithOffset(new Date(Date.now() - h * 3600_000));

/** Admits through the write path and returns the new patient's id; throws if not saved. */
export async function admit(overrides: Parameters<typeof admission>[1] = {}, name = 'DURAND') {
  const result = await admitPatient(admission(name, { admittedAt: hoursAgo(5), ...overrides }));
  if (!result.saved) throw new Error('not saved: possible duplicate');
  return result.value;
}

/** 1 g of `drug` by mouth as the form types it, on `schedule`. */
export const oneGram = (
  drug: string,
  schedule: PrescriptionInput['schedule'],
): PrescriptionInput => ({
  drug,
  dose: { value: 1, unit: 'g' },
  route: 'PO',
  schedule,
  prescriber: 'Dr Roux',
  orderDate: hoursAgo(4).slice(0, 10),
  highAlert: false,
});

export const paracetamol = (schedule: PrescriptionInput['schedule']) =>
  oneGram('Paracétamol', schedule);

/** As needed for pain, at most twice in 24 h, from four hours ago. */
export const prnForPain = () => ({
  kind: 'prn' as const,
  maxDosesPer24h: 2,
  indication: 'Douleur',
  start: hoursAgo(4),
});

/** One gram given by mouth for a pain of 6, of an as-needed prescription. */
export const prnDose = (prescriptionId: EventId) => ({
  prescriptionId,
  dueAt: null,
  outcome: 'given' as const,
  dose: { value: 1, unit: 'g' as const },
  route: 'PO' as const,
  prnIndication: 'EVA 6',
});
