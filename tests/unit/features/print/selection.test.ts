import { describe, expect, it } from 'vitest';
import { parseChoice, wholeWard } from '../../../../src/features/print/selection';
import { SHEET_KINDS } from '../../../../src/print/types';

describe('the whole ward pack (issue 10, point 8)', () => {
  it('is every sheet, the blank admission sheet included, for every patient present', () => {
    const chosen = wholeWard({ sheets: ['mar'], patients: ['p1'], startDay: 'tomorrow' });
    expect(chosen.sheets).toEqual([...SHEET_KINDS]);
    expect(chosen.sheets).toContain('blankAdmission');
    expect(chosen.patients).toBe('all');
    // The first day the nurse chose is kept.
    expect(chosen.startDay).toBe('tomorrow');
  });

  it('every sheet ticked by hand is the same choice as the one tap', () => {
    const byHand = parseChoice(`#/print/${SHEET_KINDS.join(',')}/all/today`);
    expect(byHand).toEqual(wholeWard(byHand));
  });
});
