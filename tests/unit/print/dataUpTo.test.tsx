// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { planPack } from '../../../src/print/models/pack';
import { PackPages } from '../../../src/print/PrintPack';
import { ctx, fmt, NOW, notes, patientIn, source } from './printFixtures';

afterEach(cleanup);

const A = '00000000-0000-7000-8000-0000000000a1';
const ward = source([patientIn(1, A, 'DURAND')], { [A]: notes(A, 40) });
const plan = planPack(
  { sheets: ['wardList', 'notes', 'labels'], patientIds: [A], startDay: '2026-11-29', tempIds: [] },
  ward,
  { now: NOW, today: ctx.today, wardName: ctx.wardName, fmt },
);
const docs = plan.map((item) => item.build());

/** The preview's pages with a "data up to" apart from the print context. */
const preview = (dataUpTo: string | null) => (
  <I18nProvider>
    <PackPages entries={plan} docs={docs} ctx={ctx} dataUpTo={dataUpTo} />
  </I18nProvider>
);
const footers = (root: HTMLElement) =>
  [...root.querySelectorAll('.sheet-printed')].map((node) => node.textContent ?? '');

describe('"data up to" in the preview’s footers (issue 10, point 8)', () => {
  it('reaches every footer when a new entry moves it, the pages staying as drawn', () => {
    const { container, rerender } = render(preview('2026-11-29T12:00:00+01:00'));
    const pages = [...container.querySelectorAll('.sheet-page')];
    expect(pages.length).toBeGreaterThan(3);
    expect(footers(container).every((text) => text.includes('jusqu’au 29/11/2026 12:00'))).toBe(
      true,
    );
    rerender(preview('2026-11-29T13:30:00+01:00'));
    const after = footers(container);
    expect(after).toHaveLength(pages.length);
    after.forEach((text) => expect(text).toContain('jusqu’au 29/11/2026 13:30'));
    // The same page elements: redrawn in place, not mounted again.
    expect([...container.querySelectorAll('.sheet-page')]).toEqual(pages);
  });

  it('says there is no data when the log is empty', () => {
    const { container } = render(preview(null));
    footers(container).forEach((text) => expect(text).toContain('aucune donnée'));
  });
});
