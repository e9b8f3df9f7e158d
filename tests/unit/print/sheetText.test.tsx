// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { doseText } from '../../../src/print/models/chartText';
import { buildMar, MAR_BOX } from '../../../src/print/models/mar';
import { buildNotes } from '../../../src/print/models/notes';
import { sheetWindow } from '../../../src/print/models/windows';
import { MarSheet } from '../../../src/print/sheets/MarSheet';
import { hyphenate, textColumns, wrapText } from '../../../src/print/text';
import { chart, paris } from '../domain/chartFixtures';
import { fixed, prescription } from '../domain/medFixtures';
import { ctx, fmt, NOW, nth } from './printFixtures';

afterEach(cleanup);

// Issue 10, point 9: what the sheets' text must never do on paper.

describe('long words on a sheet', () => {
  it('breaks a word longer than a line with a visible hyphen ("Goutte-" never "Gouttele|ttes")', () => {
    const lines = wrapText('Isolement Gouttelettes', 8);
    expect(lines).toEqual(['Isolem-', 'ent', 'Gouttel-', 'ettes']);
    expect(lines.join('')).not.toContain('Gouttele');
  });

  it('breaks at the word’s own hyphen when it has one', () => {
    expect(hyphenate('Marie-Antoinette', 10)).toEqual(['Marie-', 'Antoinette']);
  });

  it('keeps every letter, in order, and every piece within the line', () => {
    const word = 'Anticonstitutionnellement-Sainte-Ménehould東京';
    for (const max of [3, 5, 9, 14]) {
      const pieces = hyphenate(word, max);
      for (const piece of pieces) expect(textColumns(piece)).toBeLessThanOrEqual(max);
      pieces.slice(0, -1).forEach((piece) => expect(piece.endsWith('-')).toBe(true));
      const letters = (text: string) => text.replaceAll('-', '');
      expect(letters(pieces.join('')), `max ${max}`).toBe(letters(word));
    }
  });
});

describe('a dose and its unit', () => {
  it('are joined by a no-break space', () => {
    expect(doseText({ value: 18, unit: 'IU' }, fmt)).toBe('18\u00a0UI');
  });

  it('are never on two lines', () => {
    const text = `Insuline rapide ${doseText({ value: 18, unit: 'IU' }, fmt)} SC`;
    // 18 columns end right after "18": the unit goes down with its number.
    expect(wrapText(text, 18)).toEqual(['Insuline rapide', '18\u00a0UI SC']);
  });
});

describe('the MAR box of a high-alert drug', () => {
  const start = paris('2026-11-27T08:00');
  const window = sheetWindow('mar', NOW, '2026-11-29');

  it('has a second space for the double check’s initials, and its row the room for it', () => {
    const insulin = prescription(fixed(['08:00', '20:00'], start), {
      drug: 'Insuline',
      dose: { value: 18, unit: 'IU' },
      route: 'SC',
      highAlert: true,
    });
    const para = prescription(fixed(['08:00', '20:00'], start));
    const doc = buildMar([insulin, para], window, NOW, fmt);
    const high = nth(nth(doc.pages, 0), 0);
    const plain = nth(nth(doc.pages, 0), 1);
    expect(high.heightMm).toBeGreaterThanOrEqual(MAR_BOX.heightMm + MAR_BOX.checkMm);
    expect(plain.heightMm).toBeLessThan(MAR_BOX.heightMm + MAR_BOX.checkMm);
    const patient = {
      id: 'p1',
      identity: { birthName: 'DURAND', firstName: 'Jeanne', birthDate: '1950-04-12', sex: 'F' },
      bed: '1',
      clinical: { allergies: null, isolation: [], levelOfCare: null },
    } as const;
    const view = render(
      <I18nProvider>
        <MarSheet doc={doc} ctx={ctx} patient={patient} />
      </I18nProvider>,
    );
    const boxes = (id: string) =>
      view.container.querySelectorAll(`[data-row="${id}"] .mar-box`).length;
    const checks = (id: string) =>
      view.container.querySelectorAll(`[data-row="${id}"] .mar-box .mar-box-check`).length;
    expect(boxes(insulin.id)).toBe(6);
    expect(checks(insulin.id)).toBe(6);
    expect(checks(para.id)).toBe(0);
  });
});

describe('a long note on the notes sheet', () => {
  const P = '00000000-0000-7000-8000-0000000000a1';
  const at = (hoursBefore: number) =>
    new Date(Date.parse(NOW) - hoursBefore * 3_600_000).toISOString();
  const note = (target: string, data: string, hoursBefore: number, more = {}) =>
    chart('note.targeted', { target, data, ...more }, at(hoursBefore), { patientId: P });
  const words = 'mot '.repeat(480);

  it('starts on the page of the note before it and goes on over the next, marked “(suite)”', () => {
    const short = Array.from({ length: 12 }, (_, i) => note(`Cible ${i}`, `courte ${i}`, 20 - i));
    // Three paragraphs of 2,000 characters: more than a page.
    const long = note('Chute', `début ${words}`, 2, { actions: words, results: `${words}fin` });
    const doc = buildNotes([...short, long], sheetWindow('notes', NOW, '2026-11-29'), fmt);
    const first = nth(doc.pages, 0);
    const second = nth(doc.pages, 1);
    const longRows = doc.pages.flatMap((rows, page) =>
      rows.filter((row) => row.key.startsWith(long.id)).map((row) => ({ page, row })),
    );
    // The note starts on page 1, after the short ones, and fills it.
    expect(nth(longRows, 0).page).toBe(0);
    expect(nth(longRows, 0).row.text[0]).toMatch(/^D : début/);
    expect(first.length).toBe(13);
    expect(nth(longRows, 1).page).toBe(1);
    expect(nth(second, 0).target).toContain('(suite)');
    expect(nth(second, 0).target).toContain('Chute');
    // Every line of it is printed once, in order.
    const text = longRows.flatMap(({ row }) => row.text).join(' ');
    expect(text.split(' ').filter((word) => word === 'mot')).toHaveLength(3 * 480);
    expect(text).toMatch(/fin$/);
  });

  it('moves a short note that does not fit whole to the next page', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      note(`Cible ${i}`, `ligne ${i} ${'mot '.repeat(50)}fin ${i}`, 60 - i),
    );
    const doc = buildNotes(many, sheetWindow('notes', NOW, '2026-11-27'), fmt);
    const keys = doc.pages.flatMap((rows) => rows.map((row) => row.key));
    expect(keys.every((key) => key.endsWith('-0'))).toBe(true);
  });
});
