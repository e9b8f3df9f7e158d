import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { MedsPage } from './pages/ChartingPages';
import { AdmissionPage, JEANNE, newWardWithTwoBeds } from './pages/PatientPages';
import { pdfPages, PrintCentre, renderPage } from './pages/PrintPages';

// Issue 10, point 9: type sizes, double-check boxes, titles and QR codes of the sheets.

test.beforeEach(() => {
  const { project } = test.info();
  test.skip(project.name !== 'tablet-portrait', 'PDF output does not depend on the viewport');
});

const ALL_SHEETS = [
  'Liste du service',
  'Transmissions d’équipe',
  'Diagramme de soins 24 h',
  'Administration des médicaments — 3 jours',
  'Pancarte — constantes et NEWS2',
  'Transmissions ciblées',
  'Étiquettes d’identité',
  'Admission en mode papier',
];

/** A ward with one patient (IPP 12345678) on insulin, a high-alert drug, and paracetamol. */
async function seed(page: Page): Promise<string> {
  const board = await newWardWithTwoBeds(page);
  const admission = new AdmissionPage(page);
  await admission.admit(JEANNE, { ipp: '12345678', bed: '1', reason: 'Pneumopathie' });
  await board.open();
  await board.openPatient('1');
  const meds = new MedsPage(page);
  await meds.prescribe({
    drug: 'Insuline rapide',
    dose: '18',
    unit: 'UI',
    route: 'SC',
    highAlert: true,
  });
  await meds.prescribe({ drug: 'Paracétamol', dose: '1', unit: 'g', route: 'per os' });
  await board.open();
  return (
    ((await board.card('1').getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? ''
  );
}

/** Every sheet of the ward, two blank admission sheets included, ready to print. */
async function chooseAll(page: Page): Promise<PrintCentre> {
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets(...ALL_SHEETS);
  await page.getByLabel('Nombre de feuilles vierges').fill('1');
  await page.getByRole('button', { name: 'Attribuer les identifiants temporaires' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Identifiants attribués' })).toBeVisible({
    timeout: 15_000,
  });
  await centre.waitReady();
  return centre;
}

/** 8 pt in CSS pixels (96 px to 72 pt), less a rounding hair. */
const MIN_PX = (8 * 96) / 72 - 0.01;

test('nothing on any sheet is set under 8 pt, and no title is cut (issue 10)', async ({ page }) => {
  test.setTimeout(240_000);
  await seed(page);
  const centre = await chooseAll(page);
  await page.emulateMedia({ media: 'print' });
  const small = await page.evaluate((min) => {
    const found: string[] = [];
    const sheets = document.querySelectorAll('[data-testid="print-pages"] .sheet-page');
    for (const sheet of sheets) {
      const where = sheet.getAttribute('aria-label') ?? '';
      for (const element of sheet.querySelectorAll('*')) {
        const text = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent ?? '')
          .join('')
          .trim();
        if (!text || element.closest('.visually-hidden')) continue;
        let px = parseFloat(getComputedStyle(element).fontSize);
        // SVG text is in user units: scaled by the drawing's size on the page.
        const svg = element instanceof SVGElement ? element.ownerSVGElement : null;
        if (svg) px *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        if (px < min) found.push(`${where}: "${text.slice(0, 30)}" ${(px * 0.75).toFixed(1)} pt`);
      }
    }
    return found;
  }, MIN_PX);
  expect(small).toEqual([]);
  // The titles are whole on paper (the blank admission sheet's ended "identité et séj…").
  const titles = await page.evaluate(() =>
    [...document.querySelectorAll('.sheet-title')].map((title) => title.textContent ?? ''),
  );
  const printed = pdfPages(await centre.pdf('all-sheets'));
  expect(printed).toHaveLength(titles.length);
  titles.forEach((title, index) => expect(printed[index], title).toContain(title));
  await page.emulateMedia({ media: 'screen' });
  // The larger type still fits: the preview finds no page cut short and lets it print.
  expect(await centre.overflowing()).toEqual([]);
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeEnabled();
});

test('a high-alert dose has two spaces for initials; a dose is never cut from its unit', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await seed(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Administration des médicaments — 3 jours');
  await centre.waitReady();
  expect(await centre.overflowing()).toEqual([]);
  const spaces = await page.evaluate(() =>
    [...document.querySelectorAll('tr[data-row]')].map((row) => ({
      label: row.querySelector('.line-strong')?.textContent ?? '',
      boxes: row.querySelectorAll('.mar-box').length,
      checks: row.querySelectorAll('.mar-box .mar-box-check').length,
    })),
  );
  const insulin = spaces.find((row) => row.label.includes('HR'));
  expect(insulin?.boxes).toBeGreaterThan(0);
  expect(insulin?.checks).toBe(insulin?.boxes);
  expect(spaces.filter((row) => row.checks === 0).length).toBeGreaterThan(0);
  const text = pdfPages(await centre.pdf('mar-units')).join('\n');
  expect(text).toMatch(/Insuline rapide 18[\u00a0 ]UI/);
  expect(text).toMatch(/HR = médicament à haut risque : deux initiales par prise/);
});

/** A 3 × 3 box blur over a PNG's pixels (a slightly out-of-focus scan), as jsQR reads them. */
function blurredPixels(file: string) {
  const { data, width, height } = PNG.sync.read(readFileSync(file));
  const out = new Uint8ClampedArray(data.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const yy = Math.min(height - 1, Math.max(0, y + dy));
            const xx = Math.min(width - 1, Math.max(0, x + dx));
            sum += data[(yy * width + xx) * 4 + c] ?? 255;
            n += 1;
          }
        }
        out[(y * width + x) * 4 + c] = sum / n;
      }
    }
  }
  return { out, width, height };
}

test('the QR code carries the IPP and reads from a slightly blurred 150 dpi scan', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const id = await seed(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Diagramme de soins 24 h');
  await centre.waitReady();
  const file = await centre.pdf('qr-blur');
  const { out, width, height } = blurredPixels(renderPage(file, 1, 150));
  const found = jsQR(out, width, height);
  expect(JSON.parse(found?.data ?? '{}')).toMatchObject({
    p: id,
    s: 'carePlan',
    i: '12345678',
    n: 1,
  });
});

/** Writes a targeted note through the notes screen. */
async function writeNote(page: Page, target: string, data: string, more: string[] = []) {
  await page.getByRole('link', { name: 'Écrire une transmission' }).click();
  await page.getByLabel(/^Cible/).fill(target);
  await page.getByLabel(/^Données/).fill(data);
  const [actions, results] = more;
  if (actions) await page.getByLabel(/^Actions/).fill(actions);
  if (results) await page.getByLabel(/^Résultats/).fill(results);
  await page.getByRole('button', { name: 'Enregistrer la transmission' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Transmission enregistrée.' }),
  ).toBeVisible({ timeout: 15_000 });
}

test('a long note starts on the page of the notes before it and goes on under “(suite)”', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const board = await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(JEANNE, { ipp: '12345678', bed: '1' });
  await board.open();
  await board.openPatient('1');
  for (let i = 1; i <= 4; i++) await writeNote(page, `Cible ${i}`, `Note courte ${i}.`);
  // Three paragraphs near their 2,000-character limit: longer than a page.
  const paragraph = (word: string) => `${word} ${'surveillance '.repeat(150)}`.trim();
  await writeNote(page, 'Chute', paragraph('DÉBUT'), [paragraph('MILIEU'), paragraph('FIN')]);

  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Transmissions ciblées');
  await centre.waitReady();
  expect(await centre.overflowing()).toEqual([]);
  const pages = pdfPages(await centre.pdf('long-note'));
  expect(pages.length).toBeGreaterThanOrEqual(2);
  const [first = '', second = ''] = pages;
  // It starts under the short notes on page 1, not on a page of its own.
  expect(first).toContain('Note courte 4.');
  expect(first).toContain('D : DÉBUT');
  expect(second).toContain('(suite)');
  expect(second).toMatch(/Chute/);
  expect(pages.join('\n')).toContain('R : FIN');
});
