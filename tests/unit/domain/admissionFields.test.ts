import { describe, expect, it } from 'vitest';
import { ALLERGY_SEVERITIES, LEVELS_OF_CARE } from '../../../src/domain/admission';
import { accepted, issues, valid } from './admissionFixtures';

describe('allergies', () => {
  const allergy = (overrides: Record<string, unknown> = {}) => ({
    substance: 'Pénicilline',
    severity: 'severe',
    ...overrides,
  });
  const known = (...items: unknown[]) => valid({ allergies: { status: 'known', items } });

  it('takes "no known allergy" as an answer, with or without an empty list', () => {
    expect(accepted(valid()).allergies).toEqual({ status: 'noneKnown' });
    expect(accepted(valid({ allergies: { status: 'noneKnown', items: [] } })).allergies).toEqual({
      status: 'noneKnown',
    });
  });

  it('refuses "no known allergy" together with a list of allergies', () => {
    expect(issues(valid({ allergies: { status: 'noneKnown', items: [allergy()] } }))).toEqual([
      { path: 'allergies.items', code: 'allergyConflict' },
    ]);
  });

  it('tells "not asked yet" (no status) from an answer: it is required', () => {
    expect(issues(valid({ allergies: {} }))).toEqual([
      { path: 'allergies.status', code: 'required' },
    ]);
    expect(issues(valid({ allergies: { status: 'maybe' } }))).toEqual([
      { path: 'allergies.status', code: 'invalid' },
    ]);
  });

  it('requires at least one allergy when there are known allergies', () => {
    expect(issues(known())).toEqual([{ path: 'allergies.items', code: 'required' }]);
  });

  it.each(ALLERGY_SEVERITIES)('accepts the severity %s', (severity) => {
    const admission = accepted(known(allergy({ severity })));
    expect(admission.allergies?.status === 'known' && admission.allergies.items[0]?.severity).toBe(
      severity,
    );
  });

  it('requires a substance and a severity, and only known severities', () => {
    expect(issues(known(allergy({ substance: ' ', severity: undefined })))).toEqual([
      { path: 'allergies.items.0.substance', code: 'required' },
      { path: 'allergies.items.0.severity', code: 'required' },
    ]);
    expect(issues(known(allergy({ severity: 'fatal' })))).toEqual([
      { path: 'allergies.items.0.severity', code: 'invalid' },
    ]);
  });

  it('refuses the same substance twice, whatever the case or accents', () => {
    expect(
      issues(
        known(allergy(), allergy({ substance: 'Iode' }), allergy({ substance: 'PENICILLINE' })),
      ),
    ).toEqual([{ path: 'allergies.items.2', code: 'duplicateAllergy' }]);
  });
});

describe('weight and height', () => {
  it.each([
    ['weightKg', 0.3, 0.29],
    ['weightKg', 400, 400.1],
    ['heightCm', 20, 19.9],
    ['heightCm', 260, 260.1],
  ])('%s accepts %s and refuses %s', (key, inside, outside) => {
    expect(accepted(valid({ [key]: inside }))).toHaveProperty(key, inside);
    expect(issues(valid({ [key]: outside }))).toEqual([{ path: key, code: 'outOfRange' }]);
  });

  it.each(['72', Number.NaN, Number.POSITIVE_INFINITY])('refuses the weight %s', (weightKg) => {
    expect(issues(valid({ weightKg }))).toEqual([{ path: 'weightKg', code: 'invalid' }]);
  });
});

describe('isolation precautions', () => {
  it('accepts none alone, or several precautions, each once', () => {
    expect(accepted(valid({ isolation: ['none'] })).isolation).toEqual(['none']);
    expect(accepted(valid({ isolation: ['airborne', 'protective'] })).isolation).toEqual([
      'airborne',
      'protective',
    ]);
    expect(accepted(valid({ isolation: ['contact', 'contact'] })).isolation).toEqual(['contact']);
  });

  it('refuses none with a precaution, an empty list and unknown precautions', () => {
    expect(issues(valid({ isolation: ['none', 'contact'] }))).toEqual([
      { path: 'isolation', code: 'isolationConflict' },
    ]);
    expect(issues(valid({ isolation: [] }))).toEqual([{ path: 'isolation', code: 'required' }]);
    expect(issues(valid({ isolation: ['plague'] }))).toEqual([
      { path: 'isolation.0', code: 'invalid' },
    ]);
  });
});

describe('level of care, trusted person and texts', () => {
  it.each(LEVELS_OF_CARE)('accepts the level of care %s', (levelOfCare) => {
    expect(accepted(valid({ levelOfCare })).levelOfCare).toBe(levelOfCare);
  });

  it('refuses an unknown level of care', () => {
    expect(issues(valid({ levelOfCare: 'dnr' }))).toEqual([
      { path: 'levelOfCare', code: 'invalid' },
    ]);
  });

  it.each([
    '0612345678',
    '+33 6 12 34 56 78',
    '0033 (0)6.12.34.56.78',
    '12345678',
    '+123456789012345',
  ])('accepts the phone %s', (phone) => {
    expect(accepted(valid({ trustedPerson: { name: 'Paul', phone } })).trustedPerson?.phone).toBe(
      phone,
    );
  });

  it.each(['1234567', '+1234567890123456', 'appeler le fils', '06 12 34 56 7x'])(
    'refuses the phone %s',
    (phone) => {
      expect(issues(valid({ trustedPerson: { name: 'Paul', phone } }))).toEqual([
        { path: 'trustedPerson.phone', code: 'invalidPhone' },
      ]);
    },
  );

  it('requires the name of the trusted person', () => {
    expect(issues(valid({ trustedPerson: { phone: '0612345678' } }))).toEqual([
      { path: 'trustedPerson.name', code: 'required' },
    ]);
  });

  it.each([
    ['reason', 500],
    ['physician', 80],
    ['diet', 200],
    ['note', 2000],
    ['bed', 20],
  ])('limits %s to %s characters', (key, max) => {
    expect(accepted(valid({ [key]: 'a'.repeat(max) }))).toHaveProperty(key, 'a'.repeat(max));
    expect(issues(valid({ [key]: 'a'.repeat(max + 1) }))).toEqual([{ path: key, code: 'tooLong' }]);
  });
});
