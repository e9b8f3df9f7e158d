// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { planPack, type PrintSelection } from '../../../src/print/models/pack';
import { buildPackIndex, packNumbers } from '../../../src/print/models/packIndex';
import { PackPages, PrintPack } from '../../../src/print/PrintPack';
import { ctx, fmt, NOW, notes, nth, patientIn, source } from './printFixtures';

afterEach(cleanup);

const A = '00000000-0000-7000-8000-0000000000a1';
const B = '00000000-0000-7000-8000-0000000000a2';
const C = '00000000-0000-7000-8000-0000000000a3';
const patients = [patientIn(1, A, 'DURAND'), patientIn(2, B, 'PETIT'), patientIn(3, C, 'ROUX')];
// Forty notes for the first patient: her notes sheet runs over several pages.
const ward = source(patients, { [A]: notes(A, 40) });
const context = { now: NOW, today: ctx.today, wardName: ctx.wardName, fmt };

function selection(sheets: PrintSelection['sheets'], tempIds: string[] = []): PrintSelection {
  return { sheets, patientIds: [A, B, C], startDay: '2026-11-29', tempIds };
}

/** The pack drawn as the print centre draws it: every page, in order. */
function renderPack(chosen: PrintSelection) {
  const plan = planPack(chosen, ward, context);
  const docs = plan.map((item) => item.build());
  const view = render(
    <I18nProvider>
      <PrintPack docs={docs} entries={plan} ctx={{ ...ctx, printedBy: 'Alice Martin' }} />
    </I18nProvider>,
  );
  const pages = [...view.container.querySelectorAll('.sheet-page')];
  return { plan, docs, pages };
}

const packNumber = (page: Element) => page.querySelector('.sheet-pack-number')?.textContent ?? '';
const text = (page: Element | undefined) => (page?.textContent ?? '').replace(/\s+/g, ' ');

describe('the pack numbering (issue 10, point 8)', () => {
  it('runs 1..N across the index and every sheet, N the pages drawn, besides each sheet’s own', () => {
    const { docs, pages } = renderPack(
      selection(
        ['wardList', 'handover', 'vitals', 'notes', 'labels', 'blankAdmission'],
        ['TMP-AAAA-BBBB-C'],
      ),
    );
    const sheets = docs.reduce((sum, doc) => sum + doc.pageCount, 0);
    expect(pages).toHaveLength(sheets + 1);
    expect(pages.length).toBeGreaterThan(12);
    pages.forEach((page, index) =>
      expect(packNumber(page)).toBe(`Dossier p.\u00a0${index + 1}\u00a0/\u00a0${pages.length}`),
    );
    // The sheets keep their own numbering: the notes of the first patient run over pages.
    const notesPages = pages.filter((page) => page.classList.contains('sheet-kind-notes'));
    expect(notesPages.map((page) => page.getAttribute('data-page'))).toContain('3/3');
  });

  it('numbers nothing for one document, and gives no index to one kind of sheet', () => {
    const one = renderPack({ ...selection(['labels']), patientIds: [A] });
    expect(one.pages).toHaveLength(1);
    expect(one.pages[0]?.querySelector('.sheet-pack-number')).toBeNull();
    cleanup();
    const labels = renderPack(selection(['labels']));
    expect(labels.pages).toHaveLength(3);
    expect(labels.pages.map(packNumber)).toEqual(
      [1, 2, 3].map((n) => `Dossier p.\u00a0${n}\u00a0/\u00a03`),
    );
    expect(text(labels.pages[0])).not.toContain('Sommaire du dossier');
  });

  it('in the preview, numbers the pages drawn so far and gives the total once the last is', () => {
    const plan = planPack(selection(['wardList', 'notes', 'labels']), ward, context);
    const built = plan.map((item) => item.build());
    const drawn = (count: number) => (
      <I18nProvider>
        <PackPages
          entries={plan}
          docs={built.map((doc, index) => (index < count ? doc : undefined))}
          ctx={ctx}
          dataUpTo={NOW}
        />
      </I18nProvider>
    );
    const view = render(drawn(2));
    const early = [...view.container.querySelectorAll('.sheet-page')];
    // The index, the ward list and the first patient's notes: numbered, the total to come.
    expect(early.map(packNumber)).toEqual(
      early.map((_, index) => `Dossier p.\u00a0${index + 1}\u00a0/\u00a0…`),
    );
    view.rerender(drawn(plan.length));
    const pages = [...view.container.querySelectorAll('.sheet-page')];
    expect(pages.length).toBeGreaterThan(early.length);
    pages.forEach((page, index) =>
      expect(packNumber(page)).toBe(`Dossier p.\u00a0${index + 1}\u00a0/\u00a0${pages.length}`),
    );
    // The pages drawn before are the same elements: only their numbers changed.
    expect(pages.slice(0, early.length)).toEqual(early);
  });

  it('stops at the first document not built yet: no total before the whole pack is counted', () => {
    const counts: Record<string, number> = { a: 2, b: 3, c: 1 };
    expect(packNumbers(['a', 'b', 'c'], (key) => counts[key], 1)).toEqual({
      first: new Map([
        ['a', 2],
        ['b', 4],
        ['c', 7],
      ]),
      last: new Map([
        ['a', 3],
        ['b', 6],
        ['c', 7],
      ]),
      total: 7,
    });
    const partial = packNumbers(['a', 'x', 'c'], (key) => counts[key], 1);
    expect(partial.total).toBeNull();
    expect([...partial.first.keys()]).toEqual(['a']);
  });
});

describe('the pack index', () => {
  it('lists the ward sheets, every patient with the pack pages of each sheet, blank sheets, total', () => {
    const { pages } = renderPack(
      selection(['wardList', 'vitals', 'notes', 'labels', 'blankAdmission'], ['TMP-AAAA-BBBB-C']),
    );
    const index = pages[0];
    const total = pages.length;
    expect(text(index)).toContain('Sommaire du dossier');
    expect(text(index)).toContain('Imprimé par Alice Martin');
    expect(text(index)).toContain(`${total} pages au total, sommaire compris`);
    const rows = [...(index?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.map((row) => row.querySelectorAll('td')[1]?.textContent ?? '')).toEqual([
      'Liste du service',
      expect.stringContaining('DURAND'),
      expect.stringContaining('PETIT'),
      expect.stringContaining('ROUX'),
      'Admission vierge TMP-AAAA-BBBB-C',
    ]);
    // Every range of the index points at the pages that hold that sheet of that patient.
    const kinds = ['vitals', 'notes', 'labels'];
    for (const [row, name] of [
      [1, 'DURAND'],
      [2, 'PETIT'],
      [3, 'ROUX'],
    ] as const) {
      const cells = [...(rows[row]?.querySelectorAll('td') ?? [])].map(
        (td) => td.textContent ?? '',
      );
      kinds.forEach((kind, column) => {
        const [from, to = from] = (cells[2 + column] ?? '').split(' à ').map(Number);
        for (let n = from ?? 0; n <= (to ?? 0); n += 1) {
          const page = pages[n - 1];
          expect(page?.classList.contains(`sheet-kind-${kind}`), `${name} ${kind} p. ${n}`).toBe(
            true,
          );
          expect(text(page)).toContain(name);
        }
      });
    }
    expect(rows.at(-1)?.querySelector('td:last-child')?.textContent).toBe(
      `${total - 1} à ${total}`,
    );
  });

  it('paginates its rows: the index itself can run over pages, counted in the pack', () => {
    const entries = Array.from({ length: 90 }, (_, n) => ({
      key: `labels-${n}`,
      kind: 'labels' as const,
      patient: {
        id: `p${n}`,
        identity: nth(patients, 0).identity,
        bed: String(n),
        clinical: { allergies: null, isolation: [], levelOfCare: null },
      },
    }));
    const index = buildPackIndex(entries, ctx.today, fmt);
    expect(index.pages.length).toBeGreaterThan(1);
    expect(index.pages.flat()).toHaveLength(90);
  });
});
