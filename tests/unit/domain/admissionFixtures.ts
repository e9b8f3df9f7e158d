import { validateAdmission } from '../../../src/domain/admission';
import { thrownIssues } from './validationHelpers';

/** An admission entered at 19:00 in Paris. */
export const NOW = new Date('2026-11-29T18:00:00.000Z');

export const valid = (overrides: Record<string, unknown> = {}) => ({
  identity: {
    birthName: 'Dupont',
    firstName: 'Marie',
    birthDate: '1950-03-14',
    sex: 'F',
    ipp: '12345678',
  },
  admittedAt: '2026-11-29T18:30:00.000+01:00',
  reason: 'Pneumopathie',
  physician: 'Dr Martin',
  allergies: { status: 'noneKnown' },
  isolation: ['none'],
  ...overrides,
});
export const withIdentity = (identity: Record<string, unknown>) =>
  valid({ identity: { ...valid().identity, ...identity } });

export const issues = (input: unknown, now = NOW) =>
  thrownIssues(() => validateAdmission(input, now));
export const accepted = (input: unknown, now = NOW) => validateAdmission(input, now);
