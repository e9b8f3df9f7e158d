// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OverflowNotice } from '../../../../src/features/print/OverflowNotice';
import { overflowingPages } from '../../../../src/features/print/overflow';
import { I18nProvider } from '../../../../src/i18n/I18nProvider';

afterEach(cleanup);

/** jsdom lays nothing out: give a box the sizes a browser would measure. */
function size(box: Element | null, scroll: number, client: number) {
  if (!box) throw new Error('no box');
  for (const [key, value] of Object.entries({
    scrollHeight: scroll,
    clientHeight: client,
    scrollWidth: 100,
    clientWidth: 100,
  }))
    Object.defineProperty(box, key, { value, configurable: true });
}

const page = (label: string, name: string) => `
  <section class="sheet-page" aria-label="${label}">
    <header class="sheet-head">
      <section class="identity-band">
        <span class="identity-birth-name">${name}</span>
        <span class="identity-first-name">Marie-Antoinette</span>
      </section>
    </header>
    <div class="sheet-body"></div>
  </section>`;

describe('the preview’s overflow check', () => {
  it('names the sheet, page and patient of a band cut off, and only those', () => {
    document.body.innerHTML =
      page('Administration — page 1 sur 2', 'DE LA ROCHEFOUCAULD') +
      page('Transmissions — page 1 sur 1', 'PETIT');
    const [first, second] = document.querySelectorAll('.sheet-page');
    size(first?.querySelector('.identity-band') ?? null, 140, 100);
    size(second?.querySelector('.identity-band') ?? null, 100, 100);
    expect(overflowingPages(document.body)).toEqual([
      { page: 'Administration — page 1 sur 2', patient: 'DE LA ROCHEFOUCAULD Marie-Antoinette' },
    ]);
  });

  it('says printing is blocked and lists the pages', () => {
    render(
      <I18nProvider>
        <OverflowNotice pages={[{ page: 'Étiquettes — page 1 sur 1', patient: 'DURAND Jeanne' }]} />
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Impression bloquée');
    expect(alert.textContent).toContain('Étiquettes — page 1 sur 1 (DURAND Jeanne)');
  });
});
