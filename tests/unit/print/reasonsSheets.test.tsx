// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import { buildCarePlan } from '../../../src/print/models/carePlan';
import { buildMar } from '../../../src/print/models/mar';
import { buildVitals } from '../../../src/print/models/vitals';
import { sheetWindow } from '../../../src/print/models/windows';
import type { SheetKind } from '../../../src/print/types';
import { chart, forPatient, paris } from '../domain/chartFixtures';
import { administered, fixed, prescription } from '../domain/medFixtures';
import { renderPack, sheetsOf } from './renderPack';
import { fmt, NOW, nth, patientIn, source } from './printFixtures';

afterEach(cleanup);

// Issue 10, points 3 to 5: reasons printed, units as entered, overdue doses marked.

const P1 = '00000000-0000-7000-8000-0000000000b1';
const start = paris('2026-11-20T08:00');
const mine = <E extends WardEvent>(event: E): E => forPatient(event, P1);

/** The text of each sheet of the pack for P1, by kind. */
function printedText(sheets: SheetKind[], events: WardEvent[]): Record<string, string> {
  const { docs, pages } = renderPack(
    sheetsOf(sheets, [P1]),
    source([patientIn(1, P1, 'Durand')], { [P1]: events }),
  );
  const text: Record<string, string> = {};
  let index = 0;
  for (const doc of docs) {
    const own = pages.slice(index, index + doc.pageCount);
    index += doc.pageCount;
    // French typography puts a no-break space before ':' (i18n/translate.ts): read it as a space.
    text[doc.key.split('-')[0] ?? ''] = own
      .map((page) => (page.textContent ?? '').replace(/\u00a0(?=[:;?!])/g, ' '))
      .join('\n');
  }
  return text;
}

describe('reasons on the sheets', () => {
  it('prints a refused dose’s reason and a care not done’s reason on the MAR, care plan and notes', () => {
    const para = mine(prescription(fixed(['08:00', '12:00'], start)));
    const dressing = mine(
      chart(
        'care.planned',
        { item: 'dressing', label: 'talon droit', schedule: fixed(['10:00'], start) },
        start,
      ),
    );
    const events = [
      para,
      dressing,
      mine(
        administered(para.id, '2026-11-29T12:05', 'refused', paris('2026-11-29T12:00'), {
          reason: 'Nausées, refuse les comprimés',
        }),
      ),
      mine(
        chart(
          'care.done',
          {
            careId: dressing.id,
            dueAt: paris('2026-11-29T10:00'),
            outcome: 'not-done',
            reason: 'Patient au scanner',
          },
          paris('2026-11-29T10:10'),
        ),
      ),
    ];
    const text = printedText(['mar', 'carePlan', 'notes'], events);
    expect(text.mar).toContain('29/11 12:00 AM — Paracétamol');
    expect(text.mar).toContain('R (refusé) — Nausées, refuse les comprimés');
    for (const kind of ['carePlan', 'notes']) {
      expect(text[kind], kind).toContain('Nausées, refuse les comprimés');
      expect(text[kind], kind).toContain('NF (non fait) — Patient au scanner');
    }
    expect(text.mar).not.toContain('motif dans les transmissions)');
  });

  it('prints an as-needed indication, a deviation reason and a vitals comment', () => {
    const para = mine(prescription(fixed(['08:00'], start)));
    const events = [
      para,
      mine(
        administered(para.id, '2026-11-29T10:30', 'given', paris('2026-11-29T08:00'), {
          deviation: { kinds: ['timing'], reason: 'Patient au bloc le matin' },
        }),
      ),
      mine(chart('vitals.recorded', { pulse: 90, comment: 'Agitée, retire sa perfusion' }, NOW)),
    ];
    const text = printedText(['mar', 'vitals', 'notes'], events);
    expect(text.mar).toContain('écart (heure), motif : Patient au bloc le matin');
    expect(text.vitals).toContain('Agitée, retire sa perfusion');
    expect(text.notes).toContain('Patient au bloc le matin');
    expect(text.notes).toContain('Agitée, retire sa perfusion');
  });
});

describe('glycaemia in the unit it was entered in', () => {
  const glucose = (extra: Record<string, unknown>) =>
    chart('vitals.recorded', { pulse: 80, ...extra }, paris('2026-11-29T11:00'));

  it('prints 2,56 g/L as typed, and an older mmol/L reading with its unit', () => {
    const events = [
      glucose({
        bloodGlucose: 14.2,
        bloodGlucoseUnit: 'mmol/L',
        bloodGlucoseAsEntered: { value: 2.56, unit: 'g/L' },
      }),
      glucose({ bloodGlucose: 6.1, bloodGlucoseUnit: 'mmol/L' }),
    ];
    const doc = buildVitals(events, sheetWindow('vitals', NOW, '2026-11-29'), fmt);
    const [typed, older] = doc.pages.flat();
    expect(typed?.cells.glucose).toEqual(['2,56\u00a0g/L']);
    expect(older?.cells.glucose).toEqual(['6,1\u00a0mmol/L']);
    const text = printedText(['vitals'], events.map(mine));
    expect(text.vitals).toContain('2,56\u00a0g/L');
    // The ward's unit heads the column (mmol/L when never set); each value keeps its own.
    expect(text.vitals).toContain('Glyc. mmol/L');
  });
});

describe('overdue doses and care at print time', () => {
  it('marks a missed 00:00 dose and a late 08:00 dose, not tonight’s nor tomorrow’s', () => {
    const para = prescription(fixed(['00:00', '08:00', '20:00'], start));
    const dressing = chart(
      'care.planned',
      { item: 'dressing', schedule: fixed(['00:00', '20:00'], start) },
      start,
    );
    const events = [para, dressing];
    const mar = buildMar(events, sheetWindow('mar', NOW, '2026-11-29'), NOW, fmt);
    const row = nth(nth(mar.pages, 0), 0);
    expect(row.days[0]).toEqual([
      { time: '00:00', mark: 'MANQUÉ', overdue: 'missed' },
      { time: '08:00', mark: 'RETARD', overdue: 'late' },
      { time: '20:00', mark: '' },
    ]);
    expect(row.days[1]?.[0]).toEqual({ time: '00:00', mark: '' });
    const plan = buildCarePlan(events, sheetWindow('carePlan', NOW, '2026-11-29'), NOW, fmt);
    const [med, care] = nth(plan.pages, 0);
    expect(med?.hours[0]?.[0]?.overdue).toBe('missed');
    expect(med?.hours[8]?.[0]?.overdue).toBe('late');
    expect(med?.hours[20]?.[0]?.overdue).toBeUndefined();
    expect(care?.hours[0]?.[0]).toMatchObject({ overdue: 'missed', lines: ['', 'MANQ.'] });
    const text = printedText(['mar'], events.map(mine));
    expect(text.mar).toContain('MANQUÉ');
    expect(text.mar).toContain('MANQUÉ = non tracée');
  });
});
