import { describe, expect, it } from 'vitest';
import { admissionSchema, validateAdmission } from '../../../src/domain/admission';
import { localDate } from '../../../src/domain/time';
import { accepted, issues, valid, withIdentity } from './admissionFixtures';

describe('validateAdmission: a complete admission', () => {
  it('returns the typed admission with every optional part', () => {
    const admission = accepted(
      valid({
        allergies: {
          status: 'known',
          items: [{ substance: 'Pénicilline', reaction: 'Urticaire', severity: 'severe' }],
        },
        weightKg: 72.5,
        heightCm: 168,
        isolation: ['contact', 'droplet'],
        diet: 'Sans sel',
        levelOfCare: 'noCpr',
        trustedPerson: { name: 'Paul Dupont', phone: '06 12 34 56 78', relationship: 'Fils' },
        note: 'Arrivée des urgences',
        bed: '12A',
      }),
    );
    expect(admission.allergies).toEqual({
      status: 'known',
      items: [{ substance: 'Pénicilline', reaction: 'Urticaire', severity: 'severe' }],
    });
    expect(admission.identity.ipp).toBe('12345678');
    expect(admission.trustedPerson?.phone).toBe('06 12 34 56 78');
    expect(admission.isolation).toEqual(['contact', 'droplet']);
  });

  it('leaves out what was not given', () => {
    const admission = accepted(valid({ weightKg: '', diet: '', bed: '  ', trustedPerson: null }));
    for (const key of ['weightKg', 'heightCm', 'diet', 'levelOfCare', 'trustedPerson', 'bed']) {
      expect(admission).not.toHaveProperty(key, expect.anything());
    }
  });

  it.each(['identity', 'admittedAt', 'reason', 'physician', 'allergies', 'isolation'])(
    'requires %s',
    (key) => {
      expect(issues(valid({ [key]: undefined }))).toEqual([{ path: key, code: 'required' }]);
    },
  );

  it('refuses something that is not an admission at all', () => {
    expect(issues(undefined)).toEqual([{ path: '', code: 'required' }]);
  });

  it('reports every problem at once, clock rules included', () => {
    expect(
      issues(valid({ weightKg: 900, admittedAt: '2026-11-30T10:00:00+01:00', reason: ' ' })),
    ).toEqual([
      { path: 'reason', code: 'required' },
      { path: 'weightKg', code: 'outOfRange' },
      { path: 'admittedAt', code: 'futureDate' },
    ]);
  });

  it('refuses a now that is not a date', () => {
    expect(() => validateAdmission(valid(), new Date('nope'))).toThrow(RangeError);
  });
});

describe('identity within an admission', () => {
  it('checks the traits with their paths', () => {
    expect(issues(withIdentity({ birthName: 'Dup0nt', birthDate: '2026-02-30' }))).toEqual([
      { path: 'identity.birthName', code: 'invalidName' },
      { path: 'identity.birthDate', code: 'invalidDate' },
    ]);
  });

  it('requires an IPP or a temporary identifier', () => {
    expect(issues(withIdentity({ ipp: undefined }))).toEqual([
      { path: 'identity.ipp', code: 'missingIdentifier' },
    ]);
  });

  it('takes today on the ward clock: a newborn just after midnight in Paris', () => {
    const justAfterMidnight = new Date('2026-11-29T23:30:00.000Z'); // 00:30 on 30 Nov in Paris
    const newborn = {
      ...withIdentity({ birthDate: '2026-11-30' }),
      admittedAt: '2026-11-30T00:20:00+01:00',
    };
    expect(accepted(newborn, justAfterMidnight).identity.birthDate).toBe('2026-11-30');
    expect(issues(withIdentity({ birthDate: '2026-11-30' }))).toContainEqual({
      path: 'identity.birthDate',
      code: 'futureDate',
    });
  });

  it('accepts 130 years to the day and refuses one day more', () => {
    expect(accepted(withIdentity({ birthDate: '1896-11-29' })).identity.birthDate).toBe(
      '1896-11-29',
    );
    expect(issues(withIdentity({ birthDate: '1896-11-28' }))).toEqual([
      { path: 'identity.birthDate', code: 'tooOld' },
    ]);
  });
});

describe('admission time', () => {
  it.each(['2026-11-29T18:30:00', '2026-11-29', '29/11/2026 18:30', '2026-02-30T10:00:00+01:00'])(
    'refuses %s (no offset, no time or impossible)',
    (admittedAt) => {
      expect(issues(valid({ admittedAt }))).toEqual([{ path: 'admittedAt', code: 'invalidDate' }]);
    },
  );

  it('accepts UTC (Z) as an offset', () => {
    expect(accepted(valid({ admittedAt: '2026-11-29T17:00:00Z' })).admittedAt).toBe(
      '2026-11-29T17:00:00Z',
    );
  });

  it('allows 5 minutes of clock skew ahead of now, not a millisecond more', () => {
    expect(accepted(valid({ admittedAt: '2026-11-29T19:05:00.000+01:00' })).reason).toBeTruthy();
    expect(issues(valid({ admittedAt: '2026-11-29T19:05:00.001+01:00' }))).toEqual([
      { path: 'admittedAt', code: 'futureDate' },
    ]);
  });

  it('refuses an admission before the birth date, on the ward clock', () => {
    const born = (admittedAt: string) => ({
      ...withIdentity({ birthDate: '2026-11-29' }),
      admittedAt,
    });
    expect(accepted(born('2026-11-29T00:00:00+01:00')).admittedAt).toBeTruthy();
    // 23:30 UTC on the 28th is already the 29th in Paris.
    expect(accepted(born('2026-11-28T23:30:00Z')).admittedAt).toBeTruthy();
    expect(issues(born('2026-11-28T23:59:59+01:00'))).toEqual([
      { path: 'admittedAt', code: 'beforeBirth' },
    ]);
  });

  it('gives the date on the ward clock', () => {
    expect(localDate(new Date('2026-11-29T22:59:59Z'))).toBe('2026-11-29');
    expect(localDate(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
    expect(localDate(new Date('2026-11-29T23:00:00Z'), 'America/Cayenne')).toBe('2026-11-29');
  });
});

describe('admissionSchema without a clock (as in the event payload)', () => {
  it('accepts a future admission: the clock rules belong to validateAdmission', () => {
    expect(admissionSchema.safeParse(valid({ admittedAt: '2030-01-01T00:00:00Z' })).success).toBe(
      true,
    );
  });
});
