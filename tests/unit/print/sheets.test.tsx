// @vitest-environment jsdom
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type PrintSelection } from '../../../src/print/models/pack';
import type { SheetKind } from '../../../src/print/types';
import { chart, forPatient, paris } from '../domain/chartFixtures';
import { fixed, prescription } from '../domain/medFixtures';
import { renderPack, sheetsOf } from './renderPack';
import { notes, NOW, nth, patientIn, source } from './printFixtures';

afterEach(cleanup);

const manyPrescriptions = (patientId: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    forPatient(
      prescription(fixed(['08:00', '20:00'], paris('2026-11-20T08:00')), {
        drug: `Médicament ${i}`,
      }),
      patientId,
    ),
  );

const manyVitals = (patientId: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    chart(
      'vitals.recorded',
      { pulse: 80 + (i % 20), temperature: 37 },
      new Date(Date.parse(NOW) - (i + 1) * 3_600_000).toISOString(),
      { patientId },
    ),
  );

const P1 = '00000000-0000-7000-8000-0000000000a1';
const P2 = '00000000-0000-7000-8000-0000000000a2';
const patients = [patientIn(1, P1, 'Durand'), patientIn(2, P2, 'Petit')];

/** Both patients' `sheets` (or those of `extra`), rendered. */
const printSheets = (sheets: SheetKind[], events = {}, extra: Partial<PrintSelection> = {}) =>
  renderPack({ ...sheetsOf(sheets, [P1, P2]), ...extra }, source(patients, events));

describe('printed pages', () => {
  it('carry the identity band of their patient and page N / M on every page', () => {
    // Enough notes, prescriptions and sets to run each of the first patient's sheets over pages.
    const events = {
      [P1]: [...notes(P1, 40), ...manyPrescriptions(P1, 25), ...manyVitals(P1, 60)],
    };
    const sheets: SheetKind[] = ['carePlan', 'mar', 'vitals', 'notes', 'labels'];
    const { docs, pages } = printSheets(sheets, events);
    for (const kind of ['carePlan', 'mar', 'vitals', 'notes'])
      expect(docs.find((doc) => doc.key === `${kind}-${P1}`)?.pageCount, kind).toBeGreaterThan(1);
    const expected = docs.reduce((sum, doc) => sum + doc.pageCount, 0);
    expect(pages).toHaveLength(expected);
    let index = 0;
    for (const doc of docs) {
      for (let n = 1; n <= doc.pageCount; n++, index++) {
        const page = within(nth(pages, index));
        const band = page.getByRole('region', { name: 'Identité du patient' });
        const name = doc.key.endsWith(P1) ? 'DURAND' : 'PETIT';
        expect(band.textContent).toContain(name);
        expect(page.getByText(`Page ${n} / ${doc.pageCount}`)).toBeTruthy();
      }
    }
  });

  it('prints every note whole, each on one page, oldest first', () => {
    const { pages } = printSheets(['notes'], { [P1]: notes(P1, 40) }, { patientIds: [P1] });
    const texts = pages.map((page) => page.textContent ?? '');
    for (let i = 1; i <= 40; i++) {
      const holding = texts.filter((text) => text.includes(`note${i} `));
      expect(holding, `note ${i}`).toHaveLength(1);
      expect(holding[0]).toContain(`fin${i}`);
    }
  });

  it('numbers the ward sheets, which carry no patient band', () => {
    const { pages } = printSheets(['wardList', 'handover']);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(within(page).queryByRole('region', { name: 'Identité du patient' })).toBeNull();
      expect(within(page).getByText('Page 1 / 1')).toBeTruthy();
      expect(page.textContent).toContain('DURAND');
      expect(page.textContent).toContain('PETIT');
    }
  });

  it('puts the patient, sheet, window and page in each page’s QR code', () => {
    const { pages } = printSheets(['labels'], {}, { patientIds: [P2] });
    const qr = nth(pages, 0).querySelector('svg.qr-code')?.getAttribute('data-qr') ?? '';
    expect(JSON.parse(qr)).toMatchObject({ p: P2, s: 'labels', n: 1, m: 1 });
  });
});
