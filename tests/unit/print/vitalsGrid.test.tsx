// @vitest-environment jsdom
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WardEvent } from '../../../src/domain/events';
import { NEWS2_BANDS, scoreNews2, type Band, type News2Input } from '../../../src/domain/news2';
import type { GlucoseEntryUnit } from '../../../src/domain/vitals';
import { bodyCapacity } from '../../../src/print/geometry';
import { buildVitals, vitalsPageCount } from '../../../src/print/models/vitals';
import { gridHeightMm, type GridParameter } from '../../../src/print/models/vitalsGrid';
import { sheetWindow } from '../../../src/print/models/windows';
import { TEMP, y } from '../../../src/print/sheets/graphParts';
import { chart, paris } from '../domain/chartFixtures';
import { renderPack, sheetsOf } from './renderPack';
import { fmt, NOW, patientIn, source } from './printFixtures';

afterEach(cleanup);

// Issue 10, point 7 (the vitals chart continued by hand) and point 4 (the ward's unit).

const P1 = '00000000-0000-7000-8000-0000000000b1';
const vitalsAt = (now: string, scale: 1 | 2 = 1, events: WardEvent[] = []) =>
  buildVitals(events, sheetWindow('vitals', now, '2026-11-29'), fmt, scale);

describe('the time axis runs on to the end of the day', () => {
  it('prints blank columns, one per hour, from the next hour to midnight', () => {
    // NOW is Sunday 29/11 14:00 in Paris.
    const doc = vitalsAt(NOW);
    expect(doc.axis).toEqual({
      from: doc.window.from,
      now: NOW,
      to: paris('2026-11-30T00:00'),
    });
    expect(doc.grid.columns.map((column) => column.lines)).toEqual(
      ['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((hour) => [`${hour} h`]),
    );
    // The grid is a page of its own, after the table.
    expect(vitalsPageCount(doc)).toBe(doc.pages.length + 1);
  });

  it('an evening print still has 6 hours to write, into the night, saying the day', () => {
    const doc = vitalsAt(paris('2026-11-29T21:30'));
    expect(doc.grid.columns.map((column) => column.lines)).toEqual([
      ['22 h'],
      ['23 h'],
      ['00 h', '30/11'],
      ['01 h', '30/11'],
      ['02 h', '30/11'],
      ['03 h', '30/11'],
    ]);
    expect(doc.axis.to).toBe(paris('2026-11-30T04:00'));
  });

  it('a print just after midnight gets columns every 2 h, wide enough to write in', () => {
    const doc = vitalsAt(paris('2026-11-29T00:10'));
    expect(doc.grid.columns.map((column) => column.lines[0])).toEqual(
      ['01', '03', '05', '07', '09', '11', '13', '15', '17', '19', '21', '23'].map((h) => `${h} h`),
    );
    expect(doc.axis.to).toBe(paris('2026-11-30T00:00'));
  });
});

/** A set that scores 0 everywhere, to score one parameter at a time. */
const NEUTRAL: News2Input = {
  respiratoryRate: 16,
  spo2: 97,
  spo2Scale: 1,
  onOxygen: false,
  systolicBp: 120,
  pulse: 70,
  consciousness: 'A',
  temperature: 37,
};
/** A value inside a band: its lower end, or its upper end when open below. */
const inside = (band: Band) => (band.min === -Infinity ? band.max : band.min);
const parameter = (params: GridParameter[], key: string) =>
  params.find((p) => p.key === key)?.bands ?? [];

describe('the NEWS2 scoring grid', () => {
  const numeric = ['respiratoryRate', 'systolicBp', 'pulse', 'temperature'] as const;

  it('prints each band of domain/news2.ts, highest first, with the points the score gives', () => {
    const { parameters } = vitalsAt(NOW).grid;
    for (const key of numeric) {
      const table = NEWS2_BANDS[key];
      const printed = parameter(parameters, key);
      expect(printed.map((band) => band.points)).toEqual([...table].reverse().map((b) => b.score));
      [...table].reverse().forEach((band, index) => {
        const value = inside(band);
        // The points printed are those scoreNews2 gives a value of that band.
        expect(scoreNews2({ ...NEUTRAL, [key]: value }).scores[key]).toBe(printed[index]?.points);
        const shown = fmt.number(value).replace(/,0$/, '');
        expect(printed[index]?.label.replace(/,0(?=\D|$)/g, '')).toContain(shown);
      });
    }
    const spo2 = parameter(parameters, 'spo2');
    expect(spo2.map((band) => band.points)).toEqual(
      [...NEWS2_BANDS.spo2Scale1].reverse().map((b) => b.score),
    );
    expect(parameter(parameters, 'onOxygen').map((b) => b.points)).toEqual([
      0,
      scoreNews2({ ...NEUTRAL, onOxygen: true }).scores.onOxygen,
    ]);
    expect(parameter(parameters, 'consciousness').map((b) => b.points)).toEqual([
      0,
      scoreNews2({ ...NEUTRAL, consciousness: 'V' }).scores.consciousness,
    ]);
  });

  it('on SpO2 scale 2, prints the bands on oxygen and on air apart, as the score reads them', () => {
    const spo2 = parameter(vitalsAt(NOW, 2).grid.parameters, 'spo2');
    const onO2 = spo2.filter((band) => band.label.includes('sous O2'));
    const onAir = spo2.filter((band) => band.label.includes('à l’air'));
    const { spo2Scale2Air: air, spo2Scale2Oxygen: oxygen } = NEWS2_BANDS;
    const same = (a: Band, b: Band) => a.min === b.min && a.max === b.max && a.score === b.score;
    expect(onO2).toHaveLength(oxygen.filter((o) => !air.some((a) => same(a, o))).length);
    expect(onAir).toHaveLength(air.filter((a) => !oxygen.some((o) => same(a, o))).length);
    expect(spo2.length).toBe(
      onO2.length + onAir.length + air.filter((a) => oxygen.some((o) => same(a, o))).length,
    );
    for (const band of oxygen) {
      const score = scoreNews2({ ...NEUTRAL, spo2Scale: 2, onOxygen: true, spo2: inside(band) });
      expect(score.scores.spo2).toBe(band.score);
    }
    expect(onO2.map((band) => band.points)).toEqual(
      oxygen
        .filter((o) => !air.some((a) => same(a, o)))
        .reverse()
        .map((b) => b.score),
    );
  });

  it('fits on its page, scale 1 and scale 2', () => {
    const capacity = bodyCapacity({ orientation: 'portrait', band: true });
    expect(gridHeightMm(vitalsAt(NOW, 1).grid)).toBeLessThanOrEqual(capacity);
    expect(gridHeightMm(vitalsAt(NOW, 2).grid)).toBeLessThanOrEqual(capacity);
  });
});

describe('the temperature scale of the graph', () => {
  it('runs 35–41 °C, a label at each degree and a line at each half degree, 2 mm apart', () => {
    expect(TEMP.ticks).toEqual([35, 36, 37, 38, 39, 40, 41]);
    const lines = [...TEMP.ticks, ...(TEMP.minor ?? [])].sort((a, b) => a - b);
    expect(lines).toEqual([35, 35.5, 36, 36.5, 37, 37.5, 38, 38.5, 39, 39.5, 40, 40.5, 41]);
    expect(y(TEMP, 36.5) - y(TEMP, 37)).toBeGreaterThanOrEqual(2);
  });
});

/** The rendered text of P1's vitals sheet, the ward's unit set to `unit` (undefined: never). */
function vitalsText(events: WardEvent[], unit?: GlucoseEntryUnit): string {
  return renderPack(
    sheetsOf(['vitals'], [P1]),
    source([patientIn(1, P1, 'Durand')], { [P1]: events }),
    { glucoseUnit: unit },
  ).text;
}

describe('the glycaemia column follows the ward’s unit; each value keeps its own', () => {
  const glucose = (extra: Record<string, unknown>, wall: string) =>
    chart('vitals.recorded', { pulse: 80, ...extra }, paris(wall), { patientId: P1 });
  const events = [
    glucose(
      {
        bloodGlucose: 14.2,
        bloodGlucoseUnit: 'mmol/L',
        bloodGlucoseAsEntered: { value: 2.56, unit: 'g/L' },
      },
      '2026-11-29T11:00',
    ),
    glucose(
      {
        bloodGlucose: 6.1,
        bloodGlucoseUnit: 'mmol/L',
        bloodGlucoseAsEntered: { value: 6.1, unit: 'mmol/L' },
      },
      '2026-11-29T12:00',
    ),
  ];

  it('a ward in g/L: header and grid row in g/L, the mmol/L value still in mmol/L', () => {
    const text = vitalsText(events, 'g/L');
    expect(text).toContain('Glyc. g/L');
    expect(text).not.toContain('Glyc. mmol/L');
    expect(text).toContain('Glycémie (g/L)');
    expect(text).toContain('2,56\u00a0g/L');
    expect(text).toContain('6,1\u00a0mmol/L');
  });

  it('a ward in mmol/L (and one that never chose): the g/L value still in g/L', () => {
    for (const unit of ['mmol/L', undefined] as const) {
      const text = vitalsText(events, unit);
      expect(text).toContain('Glyc. mmol/L');
      expect(text).not.toContain('Glyc. g/L');
      expect(text).toContain('2,56\u00a0g/L');
      expect(text).not.toContain('14,2');
    }
  });
});
