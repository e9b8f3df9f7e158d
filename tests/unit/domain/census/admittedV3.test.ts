import { describe, expect, it } from 'vitest';
import { validateAdmission } from '../../../../src/domain/admission';
import { validateEvent } from '../../../../src/domain/events';
import { frozenEvent } from '../frozenEvents/frozen';

// Issue 13: a FHIR census cannot say isolation, and a hospital's record number may be a UUID.

const imported = { format: 'fhir', file: 'recensement.json' } as const;

describe('patient.admitted v3: isolation absent only on an imported admission', () => {
  const form = () => {
    const payload = { ...(frozenEvent('patient.admitted', 1).payload as Record<string, unknown>) };
    delete payload.isolation;
    return payload;
  };
  const now = new Date('2026-12-01T10:00:00+01:00');

  it('accepts an imported admission without isolation, refuses a typed one', () => {
    expect(() => validateAdmission(form(), now)).toThrow(/isolation required/);
    expect(validateAdmission({ ...form(), imported }, now).isolation).toBeUndefined();
    const event = { ...frozenEvent('patient.admitted', 1), v: 3, payload: form() };
    expect(() => validateEvent(event)).toThrow(/payload\.isolation required/);
    expect(() => validateEvent({ ...event, payload: { ...form(), imported } })).not.toThrow();
  });

  it('takes a UUID as the IPP, and still refuses letters, a short number or a NIR', () => {
    const withIpp = (ipp: string) => ({
      ...form(),
      imported,
      identity: { ...(form().identity as object), ipp },
    });
    const uuid = 'ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423';
    expect(validateAdmission(withIpp(uuid), now).identity.ipp).toBe(uuid);
    for (const bad of ['ad2e3fc5-2b5d', '12345', '1850375123456', '0012345O']) {
      expect(() => validateAdmission(withIpp(bad), now), bad).toThrow(/invalidIpp/);
    }
  });

  it('reads the frozen v2 admission as v3 unchanged', () => {
    const v2 = frozenEvent('patient.admitted', 2);
    const read = validateEvent(v2);
    expect(read.v).toBe(3);
    expect(read.payload).toEqual(validateEvent({ ...v2, v: 3 }).payload);
  });
});
