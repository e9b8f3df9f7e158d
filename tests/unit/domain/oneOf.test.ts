import { expect, it } from 'vitest';
import { isOneOf } from '../../../src/domain/oneOf';

it('knows the members of a list, and nothing else, whatever the case', () => {
  const SHEETS = ['mar', 'vitals'] as const;
  expect(isOneOf(SHEETS, 'mar')).toBe(true);
  expect(isOneOf(SHEETS, 'MAR')).toBe(false);
  expect(isOneOf(SHEETS, '')).toBe(false);
  expect(isOneOf(SHEETS, 'toString')).toBe(false);
});
