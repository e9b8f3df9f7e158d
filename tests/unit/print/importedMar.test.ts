import { describe, expect, it } from 'vitest';
import { buildMar } from '../../../src/print/models/mar';
import { sheetWindow } from '../../../src/print/models/windows';
import { bruno, chart, paris } from '../domain/chartFixtures';
import { fixed, prescription } from '../domain/medFixtures';
import { fmt, NOW } from './printFixtures';

const start = paris('2026-11-20T08:00');
const imported = { format: 'csv' as const, file: 'recensement.csv' };

describe('MAR (3 days): imported prescriptions', () => {
  it('marks one not checked yet first, in bold; a checked one says by whom', () => {
    const unchecked = prescription(fixed(['08:00'], start), { imported });
    const checked = prescription(fixed(['08:00'], start), { drug: 'Furosémide', imported });
    const byHand = prescription(fixed(['08:00'], start), { drug: 'Bisoprolol' });
    const check = chart(
      'med.importChecked',
      { prescriptionId: checked.id },
      paris('2026-11-21T09:00'),
      { author: bruno },
    );
    const events = [unchecked, checked, byHand, check];
    const doc = buildMar(events, sheetWindow('mar', NOW, '2026-11-29'), NOW, fmt);
    const rows = doc.pages.flat();
    const [first, second, third] = [unchecked, checked, byHand].map((rx) =>
      rows.find((row) => row.key === rx.id),
    );
    expect(first?.label[0]).toBe('IMPORTÉE — NON VÉRIFIÉE');
    expect(first?.strongLines).toBe(2);
    expect(second?.label.join(' ')).not.toContain('NON VÉRIFIÉE');
    expect(second?.label).toContain('importée, vérifiée (BD)');
    expect(third?.label.join(' ')).not.toMatch(/import/i);
  });
});
