import { z } from 'zod';

/** Units of a dose: amounts, and the forms a dose is counted in on a ward. */
export const DOSE_UNITS = [
  'mg',
  'g',
  'µg',
  'ng',
  'mL',
  'IU',
  'mmol',
  'tablet',
  'capsule',
  'sachet',
  'drop',
  'puff',
  'patch',
  'suppository',
  'ampoule',
  'application',
] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

const typeError = (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : 'invalid';

export const doseSchema = z.object({
  value: z
    .number({ error: typeError })
    .positive({ error: 'invalid' })
    .max(100_000, { error: 'outOfRange' }),
  unit: z.enum(DOSE_UNITS, { error: typeError }),
});
export type Dose = z.output<typeof doseSchema>;

// Masses convert to one another; every other unit only compares with itself (a tablet is
// not a number of milligrams: the strength is in the drug's name, which we do not parse).
const MASS: Partial<Record<DoseUnit, number>> = { g: 1e9, mg: 1e6, µg: 1e3, ng: 1 };

/** A dose in a common base (ng for masses), with what it can be compared to. */
function base(dose: Dose): { kind: string; amount: number } {
  const factor = MASS[dose.unit];
  return factor === undefined
    ? { kind: dose.unit, amount: dose.value }
    : { kind: 'mass', amount: dose.value * factor };
}

/** Whether two doses can be added or compared (1 g and 500 mg can; 1 g and 1 tablet cannot). */
export const comparable = (a: Dose, b: Dose): boolean => base(a).kind === base(b).kind;

/** `a` in the unit of `b`, or null when they cannot be compared. */
export function inUnitOf(a: Dose, b: Dose): number | null {
  const x = base(a);
  const y = base(b);
  if (x.kind !== y.kind) return null;
  return (x.amount / y.amount) * b.value;
}

/** The same amount whatever the unit (1 g = 1000 mg); different units that do not convert differ. */
export function sameDose(a: Dose, b: Dose): boolean {
  const converted = inUnitOf(a, b);
  // Relative tolerance: 0.1 + 0.2 typed as decimals must still equal 0.3.
  return converted !== null && Math.abs(converted - b.value) <= 1e-9 * Math.max(1, b.value);
}
