import { describe, expect, it } from 'vitest';
import { buildCarePlan } from '../../../src/print/models/carePlan';
import { buildMar } from '../../../src/print/models/mar';
import { buildVitals } from '../../../src/print/models/vitals';
import { sheetWindow } from '../../../src/print/models/windows';
import { chart, forPatient, paris } from '../domain/chartFixtures';
import { administered, fixed, prescription, prn } from '../domain/medFixtures';
import { buildPack } from '../../../src/print/models/pack';
import { fmt, NOW, nth, patientIn, source } from './printFixtures';

const start = paris('2026-11-20T08:00');
const vitalsAt = (wall: string, extra: Record<string, unknown> = {}) =>
  chart(
    'vitals.recorded',
    {
      respiratoryRate: 18,
      spo2: 96,
      onOxygen: false,
      systolicBp: 128,
      diastolicBp: 74,
      pulse: 88,
      consciousness: 'A',
      temperature: 37.2,
      ...extra,
    },
    paris(wall),
  );

describe('care plan (24 h)', () => {
  it('shows what was done with initials and time, and a box for what is due', () => {
    const para = prescription(fixed(['08:00', '12:00', '18:00'], start));
    const events = [
      para,
      administered(para.id, '2026-11-29T08:05', 'given', paris('2026-11-29T08:00')),
      administered(para.id, '2026-11-29T12:10', 'refused', paris('2026-11-29T12:00')),
    ];
    const doc = buildCarePlan(events, sheetWindow('carePlan', NOW, '2026-11-29'), NOW, fmt);
    const row = nth(nth(doc.pages, 0), 0);
    expect(doc.hourLabels).toHaveLength(24);
    expect(row.hours[8]).toEqual([{ kind: 'done', lines: ['AM', '08:05'] }]);
    expect(row.hours[12]).toEqual([{ kind: 'code', lines: ['R', 'AM'] }]);
    expect(row.hours[18]).toEqual([{ kind: 'box', lines: ['', ''] }]);
    expect(doc.blanks[0]).toBeGreaterThanOrEqual(3);
  });

  it('has 25 hour columns on the day clocks go back, and 23 in spring', () => {
    expect(
      buildCarePlan([], sheetWindow('carePlan', NOW, '2026-10-25'), NOW, fmt).hourLabels,
    ).toHaveLength(25);
    expect(
      buildCarePlan([], sheetWindow('carePlan', NOW, '2026-03-29'), NOW, fmt).hourLabels,
    ).toHaveLength(23);
  });
});

describe('MAR (3 days)', () => {
  it('gives each prescription its boxes per day, codes for what was not given, PRN limits', () => {
    const para = prescription(fixed(['08:00', '20:00'], start));
    const morphine = prescription(prn(4, start), {
      drug: 'Morphine',
      dose: { value: 5, unit: 'mg' },
      highAlert: true,
    });
    const events = [
      para,
      morphine,
      administered(para.id, '2026-11-29T08:00', 'given', paris('2026-11-29T08:00')),
      administered(para.id, '2026-11-29T20:00', 'held', paris('2026-11-29T20:00')),
      administered(morphine.id, '2026-11-29T10:40'),
    ];
    const doc = buildMar(events, sheetWindow('mar', NOW, '2026-11-29'), NOW, fmt);
    const [regular, asNeeded] = [0, 1].map((i) => nth(nth(doc.pages, 0), i));
    expect(regular?.days.map((day) => day.length)).toEqual([2, 2, 2]);
    expect(regular?.days[0]).toEqual([
      { time: '08:00', mark: 'AM' },
      { time: '20:00', mark: 'S AM' },
    ]);
    expect(asNeeded?.label.join(' ')).toContain('max 4 / 24\u00a0h');
    expect(asNeeded?.label[0]).toBe('HR — HAUT RISQUE');
    expect(asNeeded?.highAlert).toBe(true);
    expect(asNeeded?.days[0]?.[0]).toEqual({ time: '10:40', mark: 'AM' });
    expect(asNeeded?.days.map((day) => day.length)).toEqual([4, 4, 4]);
  });

  it('runs over several pages for many prescriptions, never cutting a row', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      prescription(fixed(['08:00', '12:00', '18:00', '22:00'], start), { drug: `Médicament ${i}` }),
    );
    const doc = buildMar(events, sheetWindow('mar', NOW, '2026-11-29'), NOW, fmt);
    expect(doc.pages.length).toBeGreaterThan(1);
    expect(doc.pages.flat()).toHaveLength(30);
  });
});

describe('vitals chart', () => {
  it('lists the sets of the last 72 h with their NEWS2, and fills with empty rows', () => {
    const events = [
      vitalsAt('2026-11-25T10:00'), // older than 72 h: out
      vitalsAt('2026-11-28T10:00'),
      vitalsAt('2026-11-29T10:00', {
        respiratoryRate: 26,
        onOxygen: true,
        oxygenDevice: 'nasal-cannula',
        oxygenFlow: 2,
      }),
    ];
    const doc = buildVitals(events, sheetWindow('vitals', NOW, '2026-11-29'), fmt);
    const rows = doc.pages.flat();
    expect(rows).toHaveLength(2);
    expect(rows[0]?.cells.news2).toEqual(['0']);
    // RR 26 scores 3, oxygen 2: NEWS2 5 with a parameter at 3.
    expect(rows[1]?.cells.news2).toEqual(['5*']);
    expect(rows[1]?.cells.o2).toEqual(['LN 2 L']);
    expect(rows[1]?.cells.bp).toEqual(['128/74']);
    expect(doc.trends.pulse).toHaveLength(2);
    expect(doc.blanks.at(-1)).toBeGreaterThanOrEqual(6);
  });

  it('gives a first page with the graph and fewer rows, then full pages', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      vitalsAt(
        `2026-11-${String(27 + Math.floor(i / 24)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00`,
      ),
    );
    const doc = buildVitals(events, sheetWindow('vitals', NOW, '2026-11-29'), fmt);
    const counts = doc.pages.map((page) => page.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(events.filter((e) => e.at <= NOW).length);
    expect(nth(counts, 0)).toBeLessThan(nth(counts, 1));
  });
});

describe('the current stay only', () => {
  it('leaves the prescriptions of an earlier stay off the sheets after a readmission', () => {
    const patientId = '00000000-0000-7000-8000-0000000000b1';
    // Admitted on 20/11 (printFixtures); this prescription is from an earlier stay.
    const old = forPatient(
      prescription(fixed(['08:00'], paris('2026-11-10T08:00')), { drug: 'Ancien' }),
      patientId,
    );
    const current = forPatient(
      prescription(fixed(['08:00'], paris('2026-11-21T08:00')), { drug: 'Actuel' }),
      patientId,
    );
    const [doc] = buildPack(
      { sheets: ['mar'], patientIds: [patientId], startDay: '2026-11-29', tempIds: [] },
      source([patientIn(1, patientId, 'Durand')], { [patientId]: [old, current] }),
      { now: NOW, today: '2026-11-29', wardName: 'Médecine 3', fmt },
    );
    const labels = doc?.doc.kind === 'mar' ? doc.doc.pages.flat().map((row) => row.label[0]) : [];
    expect(labels).toEqual(['Actuel 1\u00a0g PO']);
  });
});
