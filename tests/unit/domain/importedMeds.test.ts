import { describe, expect, it } from 'vitest';
import { checkImportCheck } from '../../../src/domain/administration';
import { awaitsImportCheck, prescriptions } from '../../../src/domain/prescriptions';
import { alice, bruno, chart, paris, voidOf } from './chartFixtures';
import { fixed, prescription } from './medFixtures';

const start = paris('2026-11-28T08:00');
const imported = { format: 'fhir' as const, file: 'recensement.json' };
const importedRx = () => prescription(fixed(['08:00'], start), { imported });
const check = (prescriptionId: string, wall: string, author = alice) =>
  chart('med.importChecked', { prescriptionId }, paris(wall), { author });

describe('imported prescriptions (med.prescribed v2, med.importChecked)', () => {
  it('waits for a check until a nurse checks it; then says who and when', () => {
    const rx = importedRx();
    const [before] = prescriptions([rx]);
    expect(before?.imported).toEqual(imported);
    expect(before?.importCheck).toBeNull();
    expect(before && awaitsImportCheck(before)).toBe(true);
    const done = check(rx.id, '2026-11-28T09:00', bruno);
    const [after] = prescriptions([rx, done]);
    expect(after?.importCheck).toEqual({ id: done.id, at: done.at, author: bruno });
    expect(after && awaitsImportCheck(after)).toBe(false);
  });

  it('keeps the first check that stands: a struck-out check leaves it to check again', () => {
    const rx = importedRx();
    const first = check(rx.id, '2026-11-28T09:00');
    const second = check(rx.id, '2026-11-28T10:00', bruno);
    expect(prescriptions([rx, first, second])[0]?.importCheck?.id).toBe(first.id);
    const struck = voidOf(first, paris('2026-11-28T09:30'));
    expect(prescriptions([rx, first, struck])[0]?.importCheck).toBeNull();
  });

  it('a prescription transcribed by hand awaits no check, even if a check names it', () => {
    const rx = prescription(fixed(['08:00'], start));
    const [p] = prescriptions([rx, check(rx.id, '2026-11-28T09:00')]);
    expect(p?.importCheck).toBeNull();
    expect(p && awaitsImportCheck(p)).toBe(false);
  });

  it('refuses to check an unknown, a hand-transcribed or an already checked prescription', () => {
    const rx = importedRx();
    const byHand = prescription(fixed(['08:00'], start));
    expect(checkImportCheck([rx], rx.id)).toEqual([]);
    expect(checkImportCheck([rx], byHand.id)).toEqual([
      { path: 'prescriptionId', code: 'unknownEvent' },
    ]);
    expect(checkImportCheck([byHand], byHand.id)).toEqual([
      { path: 'prescriptionId', code: 'notImported' },
    ]);
    expect(checkImportCheck([rx, check(rx.id, '2026-11-28T09:00')], rx.id)).toEqual([
      { path: 'prescriptionId', code: 'alreadyChecked' },
    ]);
  });
});
