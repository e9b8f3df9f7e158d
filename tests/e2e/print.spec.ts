import { expect, test } from './fixtures';
import { FirstRunPage } from './pages/AppPages';
import { AdmissionPage, BedsPage, JEANNE, LOUIS, WardBoard } from './pages/PatientPages';
import { decodeQr, pdfPages, pdfPageSizes, PrintCentre, renderPage } from './pages/PrintPages';

// The sheets are A4 and read the same at both tablet sizes: one project is enough.
test.beforeEach(({}, info) => {
  test.skip(info.project.name !== 'tablet-portrait', 'PDF output does not depend on the viewport');
});

test('explore', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 4);
  const board = new WardBoard(page);
  await board.open();
  const admission = new AdmissionPage(page);
  await admission.admit(JEANNE, { bed: '1', ipp: '12345678', reason: 'Pneumopathie' });
  await board.open();
  await admission.admit(LOUIS, { bed: '3' });
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Liste du service', 'Transmissions d’équipe', 'Transmissions ciblées', 'Étiquettes d’identité');
  const count = await centre.waitReady();
  await page.emulateMedia({ media: 'print' });
  console.log(await page.evaluate(() => [...document.querySelectorAll('#root > *, .print-screen > *, .sheet-page')].map((e) => `${e.tagName}.${e.className} ${getComputedStyle(e).display} ${Math.round(e.getBoundingClientRect().top)} ${Math.round(e.getBoundingClientRect().height)}`)));
  await page.emulateMedia({ media: 'screen' });
  const file = await centre.pdf('explore');
  console.log(count, pdfPageSizes(file), file, await centre.overflowing());
  for (const [index, text] of pdfPages(file).entries()) console.log(`--- page ${index + 1}\n${text}`);
  for (let n = 1; n <= count; n++) console.log(n, decodeQr(renderPage(file, n)));
  expect(count).toBeGreaterThan(0);
});
