import { describe, expect, it } from 'vitest';
import { REASON_SEPARATOR, withReason } from '../../../src/domain/reasonText';

describe('withReason: one separator between a status and its reason', () => {
  it('puts a spaced em dash between the status and the reason', () => {
    expect(withReason('Non administré', 'refus du patient')).toBe(
      'Non administré — refus du patient',
    );
    expect(REASON_SEPARATOR).toBe(' — ');
  });

  it('keeps each detail given, in order, and skips those absent or blank', () => {
    expect(withReason('Refusé', undefined, 'nausées', '', null, false, '  ', 'vomit')).toBe(
      'Refusé — nausées — vomit',
    );
  });

  it('the status alone when there is no reason, never a dangling separator', () => {
    expect(withReason('Donné')).toBe('Donné');
    expect(withReason('Donné', undefined)).toBe('Donné');
    expect(withReason('', 'motif')).toBe('motif');
  });
});
