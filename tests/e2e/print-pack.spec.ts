import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { pdfOnly, pdfPages, PrintCentre, seedTwoPatients, squash } from './pages/PrintPages';

/**
 * Issue 10, point 8: a pack shows on paper when a page is missing. One numbering across the
 * pack and an index first; nothing printable before the pack is ready; one tap for the
 * whole ward, the blank admission sheet included.
 */

/** Each page says "Dossier p. n / N", n running 1..N with N the PDF's page count. */
function expectContinuousNumbering(pages: string[]) {
  const total = pages.length;
  pages.forEach((text, index) => {
    expect(squash(text), `PDF page ${index + 1}`).toContain(`Dossier p. ${index + 1} / ${total}`);
  });
}

/** Stubs the browser's print dialog and counts its calls. */
async function stubPrint(page: Page) {
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => void (window.printed = (window.printed ?? 0) + 1);
  });
}
const printedCount = (page: Page) => page.evaluate(() => window.printed);

test('a pack numbers its pages 1..N across every sheet and opens with its index', async ({
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
  const announced = await centre.waitReady();
  const pages = pdfPages(await centre.pdf('pack-small'));
  // Index 1 + ward list 1 + per patient: vitals, notes, labels.
  expect(pages.length).toBe(announced);
  expect(pages.length).toBeGreaterThanOrEqual(1 + 1 + 2 * 3);
  expectContinuousNumbering(pages);

  const index = squash(pages[0] ?? '');
  expect(index).toContain('Sommaire du dossier');
  expect(index).toContain(`${pages.length} pages au total, sommaire compris`);
  expect(index).toContain('DURAND (MARTIN) Jeanne');
  expect(index).toContain('PETIT Louis');
  expect(index).toContain('IPP 12345678');
  // The last document ends on the last page: the index's ranges add up to the total.
  expect(index).toMatch(new RegExp(`à ${pages.length}\\b`));
  // The index's page for Louis's labels is the page that holds them.
  const louisLabels = pages.findIndex(
    (text) => text.includes('Étiquettes') && text.includes('PETIT') && !text.includes('Sommaire'),
  );
  expect(louisLabels).toBe(pages.length - 1);
  // Each sheet keeps its own numbering besides the pack's.
  expect(squash(pages[1] ?? '')).toContain('Page 1 / 1');
});

test('printing before the pack is ready gives a page saying so, never a part of the pack', async ({
  page,
}) => {
  pdfOnly();
  await seedTwoPatients(page);
  const centre = new PrintCentre(page);
  await centre.open();
  // Frozen timers: the preview is built in steps of a timer each, so it stays unfinished.
  const at = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(at + 1_000);
  await centre.chooseSheets(
    'Liste du service',
    'Diagramme de soins 24 h',
    'Administration des médicaments — 3 jours',
    'Pancarte — constantes et NEWS2',
    'Transmissions ciblées',
    'Étiquettes d’identité',
  );
  // Ctrl+P now: print media shows the notice alone.
  const before = pdfPages(await centre.pdf('pack-not-ready'));
  expect(before).toHaveLength(1);
  expect(squash(before[0] ?? '')).toContain('Impression incomplète — dossier en préparation');
  expect(before[0]).not.toContain('DURAND');
  expect(before[0]).not.toContain('Page 1 /');

  // The choice settles; the pack is built one step per timer: a timer at a time until a
  // patient's page is drawn, the rest of the pack (about 20 pages) still to build.
  await page.clock.runFor(600);
  const drawn = () =>
    page.evaluate(() => ({
      patientPages: document.querySelectorAll('.sheet-page .identity-band').length,
      status: document.querySelector('.print-preview-head [role="status"]')?.textContent ?? '',
    }));
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1);
        return (await drawn()).patientPages;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  expect((await drawn()).status).toContain('Préparation des pages');
  const partial = pdfPages(await centre.pdf('pack-partial'));
  expect(partial).toHaveLength(1);
  expect(squash(partial[0] ?? '')).toContain('Impression incomplète — dossier en préparation');
  expect(partial[0]).not.toContain('Page 1 /');

  // Once ready, the whole pack prints, numbered.
  await page.clock.resume();
  const announced = await centre.waitReady();
  const pages = pdfPages(await centre.pdf('pack-ready'));
  expect(pages).toHaveLength(announced);
  expect(pages.join('\n')).not.toContain('Impression incomplète');
  expectContinuousNumbering(pages);
});

test('one tap prints the whole ward pack: every sheet, every patient, a blank admission sheet', async ({
  page,
}) => {
  // 78 s once with two test runs sharing the machine: 3x that.
  test.setTimeout(240_000);
  await seedTwoPatients(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await expectNoGraveViolation(page, 'print centre');
  await stubPrint(page);
  await page.getByRole('button', { name: 'Dossier papier complet du service' }).click();
  await expect.poll(() => printedCount(page), { timeout: 60_000 }).toBe(1);
  // Every sheet ticked, the whole ward, a temporary identifier recorded for the blank sheet.
  for (const name of ['Liste du service', 'Transmissions ciblées', 'Admission en mode papier']) {
    await expect(centre.sheet(name)).toBeChecked();
  }
  const announced = await centre.waitReady();
  await expectNoGraveViolation(page, 'print centre, whole ward pack');
  if (test.info().project.name !== 'tablet-portrait') return;

  const pages = pdfPages(await centre.pdf('pack-ward'));
  expect(pages).toHaveLength(announced);
  expectContinuousNumbering(pages);
  const all = squash(pages.join('\n'));
  for (const title of [
    'Sommaire du dossier',
    'Liste du service',
    'Transmissions d’équipe',
    'Diagramme de soins 24 h',
    'Administration des médicaments',
    'Pancarte',
    'Transmissions ciblées',
    'Étiquettes d’identité',
    'Nom de naissance',
  ]) {
    expect(all, title).toContain(title);
  }
  // The index lists the blank sheet with its temporary identifier (and its pack pages).
  expect(pages[0]).toContain('Admission vierge');
  expect(pages[0]).toMatch(/TMP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
});

test('every sheet chosen by hand includes the blank admission sheet', async ({ page }) => {
  pdfOnly();
  await seedTwoPatients(page);
  const centre = new PrintCentre(page);
  await centre.open();
  const names = await page
    .getByRole('group', { name: 'Feuilles' })
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.length);
  for (let i = 0; i < names; i += 1) {
    await page.getByRole('group', { name: 'Feuilles' }).getByRole('checkbox').nth(i).check();
  }
  await stubPrint(page);
  await page.getByRole('button', { name: 'Imprimer', exact: true }).click();
  await expect.poll(() => printedCount(page), { timeout: 60_000 }).toBe(1);
  const announced = await centre.waitReady();
  const pages = pdfPages(await centre.pdf('pack-by-hand'));
  expect(pages).toHaveLength(announced);
  const blank = pages.filter((text) => text.includes('Nom de naissance'));
  expect(blank.length).toBeGreaterThanOrEqual(1);
  expect(pages[0]).toContain('Admission vierge');
});
