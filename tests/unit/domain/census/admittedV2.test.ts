import { describe, expect, it } from 'vitest';
import { validateAdmission } from '../../../../src/domain/admission';
import { validateEvent } from '../../../../src/domain/events';
import { frozenEvent } from '../frozenEvents/frozen';

const NOW = new Date('2026-12-01T10:00:00+01:00');
const imported = { format: 'csv', file: 'recensement.csv' } as const;

/** The frozen v1 admission (typed in a form), its allergies taken away. */
const withoutAllergies = (patch: Record<string, unknown> = {}) => {
  const event = frozenEvent('patient.admitted', 1);
  const payload = { ...(event.payload as Record<string, unknown>), ...patch };
  delete payload.allergies;
  return { ...event, v: 2, payload };
};

describe('patient.admitted v2: allergies absent only on an imported admission', () => {
  it('accepts an imported admission without allergies, and keeps where it came from', () => {
    const event = validateEvent(withoutAllergies({ imported }));
    expect(event.type === 'patient.admitted' && event.payload).toMatchObject({ imported });
    expect(event.type === 'patient.admitted' && event.payload.allergies).toBeUndefined();
  });

  it('refuses an admission without allergies that was not imported', () => {
    expect(() => validateEvent(withoutAllergies())).toThrow(/payload\.allergies required/);
    const form = { ...(withoutAllergies().payload as Record<string, unknown>) };
    expect(() => validateAdmission(form, NOW)).toThrow(/allergies required/);
    expect(() => validateAdmission({ ...form, imported }, NOW)).not.toThrow();
  });

  it('reads a v1 admission as the current version unchanged', () => {
    const v1 = frozenEvent('patient.admitted', 1);
    const read = validateEvent(v1);
    expect(read.v).toBe(3);
    expect(read.payload).toEqual(validateEvent({ ...v1, v: 3 }).payload);
  });
});
