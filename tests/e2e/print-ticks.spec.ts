import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfOnly, pdfPages, PrintCentre, seedTwoPatients, squash } from './pages/PrintPages';

/**
 * Issue 10, point 8: ticking and unticking in the print centre redoes only what changed, and
 * the preview is then exactly the choice: its sheets, its patients, numbered 1..N across the
 * pack with a right index, and nothing printable until it is ready.
 */

/** Each preview page: its name (sheet, page n of m), its kind, its patient (birth name). */
const previewPages = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="print-pages"] .sheet-page')].map((sheet) => ({
      name: sheet.getAttribute('aria-label'),
      kind: /sheet-kind-(\w+)/.exec(sheet.className)?.[1] ?? '',
      patient: sheet.querySelector('.identity-birth-name')?.textContent ?? null,
    })),
  );

/** Marks the pages drawn now: a page still marked later was kept, not drawn again. */
const markPages = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelectorAll('[data-testid="print-pages"] .sheet-page')
      .forEach((sheet) => sheet.setAttribute('data-kept', '')),
  );
const keptKinds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="print-pages"] .sheet-page[data-kept]')].map(
      (sheet) => /sheet-kind-(\w+)/.exec(sheet.className)?.[1] ?? '',
    ),
  );

declare global {
  interface Window {
    /** The QR codes' worker held (`holdQrCodes`): what it is sent waits for `release`. */
    qrHold?: { on: boolean; release: () => void };
  }
}

/**
 * The QR codes' worker (print/qrDrawings.ts) made to wait while `qrHold.on`: how a slow
 * tablet's codes would keep a drawn pack unfinished, whatever the pace of the drawing steps.
 */
const holdQrCodes = (page: Page) =>
  page.addInitScript(() => {
    const held: (() => void)[] = [];
    window.qrHold = {
      on: false,
      release() {
        this.on = false;
        held.splice(0).forEach((send) => send());
      },
    };
    const send = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown) {
      if (window.qrHold?.on) held.push(() => send.call(this, message));
      else send.call(this, message);
    };
  });

/** Ready again after a tick, printable, and the PDF numbered 1..N with its index first. */
async function expectPack(centre: PrintCentre, name: string) {
  const announced = await centre.waitReady();
  const print = centre.page.getByRole('button', { name: 'Imprimer', exact: true });
  await expect(print).toBeEnabled();
  const pages = pdfPages(await centre.pdf(name));
  expect(pages).toHaveLength(announced);
  pages.forEach((text, index) =>
    expect(squash(text), `${name}, PDF page ${index + 1}`).toContain(
      `Dossier p. ${index + 1} / ${pages.length}`,
    ),
  );
  const index = squash(pages[0] ?? '');
  expect(index).toContain('Sommaire du dossier');
  expect(index).toContain(`${pages.length} pages au total, sommaire compris`);
  expect(index).toMatch(new RegExp(`à ${pages.length}\\b`));
  expect(pages.join('\n')).not.toContain('Impression incomplète');
  return pages;
}

test('after ticks the preview is exactly the choice, numbered, with its index', async ({
  page,
}) => {
  pdfOnly();
  await seedTwoPatients(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets(
    'Liste du service',
    'Pancarte — constantes et NEWS2',
    'Transmissions ciblées',
    'Étiquettes d’identité',
  );
  await expectPack(centre, 'ticks-first');
  const first = await previewPages(page);
  const kinds = (pages: { kind: string }[]) => new Set(pages.map((p) => p.kind));
  expect(kinds(first)).toEqual(new Set(['packIndex', 'wardList', 'vitals', 'notes', 'labels']));

  // A sheet unticked: its pages go, the others stay drawn (not drawn again).
  await markPages(page);
  await centre.sheet('Pancarte — constantes et NEWS2').uncheck();
  await expect(page.getByRole('button', { name: 'Imprimer', exact: true })).toBeDisabled();
  const noVitals = await expectPack(centre, 'ticks-no-vitals');
  const second = await previewPages(page);
  expect(kinds(second)).toEqual(new Set(['packIndex', 'wardList', 'notes', 'labels']));
  expect(second).toEqual(first.filter((p) => p.kind !== 'vitals'));
  expect(noVitals.join('\n')).not.toContain('Pancarte');
  expect(await keptKinds(page)).toEqual(second.map((p) => p.kind));

  // A patient unticked: her sheets go; the ward list still lists everyone.
  await centre.patient(/PETIT/).uncheck();
  const onlyJeanne = await expectPack(centre, 'ticks-only-jeanne');
  const third = await previewPages(page);
  expect(third).toEqual(second.filter((p) => p.patient === null || p.patient.includes('DURAND')));
  expect(third.some((p) => p.patient?.includes('PETIT'))).toBe(false);
  expect(squash(onlyJeanne[0] ?? '')).not.toContain('PETIT Louis');
  expect(squash(onlyJeanne[0] ?? '')).toContain('DURAND (MARTIN) Jeanne');

  // Both ticked back: the same pack as at first, page for page.
  await markPages(page);
  await centre.patient(/PETIT/).check();
  await centre.sheet('Pancarte — constantes et NEWS2').check();
  const again = await expectPack(centre, 'ticks-again');
  expect(await previewPages(page)).toEqual(first);
  expect(squash(again[0] ?? '')).toContain('PETIT Louis');
  // Only the sheets ticked back were drawn: Jeanne's notes and labels, the ward list, stayed.
  const kept = await keptKinds(page);
  expect(kept).toContain('wardList');
  expect(kept.filter((kind) => kind === 'vitals')).toEqual([]);
});

test('after a tick, nothing prints until the new pack is ready', async ({ page }) => {
  pdfOnly();
  await holdQrCodes(page);
  await seedTwoPatients(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets(
    'Liste du service',
    'Pancarte — constantes et NEWS2',
    'Étiquettes d’identité',
  );
  await centre.waitReady();
  const print = page.getByRole('button', { name: 'Imprimer', exact: true });
  await expect(print).toBeEnabled();

  // Timers frozen: the new choice neither settles nor gets drawn. The QR codes held: the new
  // pages drawn stay without them, however many pages a step draws on this machine.
  await page.evaluate(() => window.qrHold && (window.qrHold.on = true));
  const at = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(at + 1_000);
  await centre.sheet('Transmissions ciblées').check();
  await expect(print).toBeDisabled();
  await expect(page.getByTestId('print-pages')).toHaveAttribute('data-printable', 'false');
  const stale = pdfPages(await centre.pdf('ticks-stale'));
  expect(stale).toHaveLength(1);
  expect(squash(stale[0] ?? '')).toContain('Impression incomplète — dossier en préparation');

  // Settled, the new sheets drawn one timer at a time: still not printable until the end
  // (every page drawn, each with its QR code, and measured).
  await page.clock.runFor(600);
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1);
        return page.evaluate(() => document.querySelectorAll('.sheet-kind-notes').length);
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await expect(print).toBeDisabled();
  const partial = pdfPages(await centre.pdf('ticks-partial'));
  expect(partial).toHaveLength(1);
  expect(squash(partial[0] ?? '')).toContain('Impression incomplète — dossier en préparation');

  await page.clock.resume();
  await page.evaluate(() => window.qrHold?.release());
  await expectPack(centre, 'ticks-ready');
  expect(new Set((await previewPages(page)).map((p) => p.kind))).toContain('notes');
});
