import { render } from '@testing-library/react';
import { I18nProvider } from '../../../src/i18n/I18nProvider';
import { buildPack, type PrintSelection } from '../../../src/print/models/pack';
import { PrintPack } from '../../../src/print/PrintPack';
import type { PrintSource } from '../../../src/print/models/common';
import type { SheetKind } from '../../../src/print/types';
import { ctx, fmt, NOW } from './printFixtures';

type PackContext = Parameters<typeof buildPack>[2];

/** Some sheets of some patients, from the fixtures' first day, no blank admission sheet. */
export const sheetsOf = (
  sheets: readonly SheetKind[],
  patientIds: readonly string[],
): PrintSelection => ({ sheets, patientIds, startDay: '2026-11-29', tempIds: [] });

/**
 * The pack built as the print screen builds it at NOW, and rendered: its documents, its
 * pages and its whole text. One place, so that a change of how a pack is drawn is made once.
 */
export function renderPack(
  selection: PrintSelection,
  data: PrintSource,
  options: Partial<PackContext> = {},
) {
  const docs = buildPack(selection, data, {
    now: NOW,
    today: ctx.today,
    wardName: ctx.wardName,
    fmt,
    ...options,
  });
  const view = render(
    <I18nProvider>
      <PrintPack docs={docs} ctx={ctx} />
    </I18nProvider>,
  );
  const { container } = view;
  return {
    docs,
    container,
    pages: [...container.querySelectorAll<HTMLElement>('.sheet-page')],
    text: container.textContent ?? '',
  };
}
