import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { MedsPage, NEWS2_SIX, VitalsPage, type Taps } from './pages/ChartingPages';
import { FirstRunPage } from './pages/AppPages';
import { AdmissionPage, BedsPage, JEANNE, PatientPage, WardBoard } from './pages/PatientPages';

/**
 * How many taps and how long a full set of vitals and a dose take, from the board to "saved"
 * (the closing note reports it). Measured, never asserted: a slow machine must not
 * fail the suite. With SCREENSHOTS=dir, the screens are also photographed for review.
 */

async function shot(page: Page, info: TestInfo, name: string, fullPage = false) {
  const dir = process.env.SCREENSHOTS;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/h5-${name}-${info.project.name}.png`, fullPage });
}

function report(info: TestInfo, what: string, taps: Taps, ms: number) {
  const text = `${what}: ${taps.taps} taps, ${taps.keys} keys, ${(ms / 1000).toFixed(2)} s in the app`;
  info.annotations.push({ type: 'measure', description: text });
  console.log(`[${info.project.name}] ${text}`);
}

test('measure: a full set of vitals and a dose, from the board to saved', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 3);
  const board = new WardBoard(page);
  await board.open();
  await new AdmissionPage(page).admit(JEANNE, { ipp: '12345678', bed: '1' });
  await new MedsPage(page).prescribe({
    drug: 'Paracétamol',
    dose: '1',
    unit: 'g',
    route: 'per os',
    times: '08:00 20:00',
  });

  // Vitals: open the patient from the board, the form, seven parameters and BP, save.
  await board.open();
  const vitals = new VitalsPage(page);
  let started = Date.now();
  await vitals.taps.tap(board.card('1').getByRole('link'));
  await vitals.open();
  await vitals.fill(NEWS2_SIX);
  await expect(vitals.live()).toContainText('NEWS2 6');
  await shot(page, info, 'vitals-form');
  await vitals.save();
  await vitals.expectSaved();
  report(info, 'full set of vitals', vitals.taps, Date.now() - started);
  await shot(page, info, 'patient', true);

  // A dose: open the patient from the board, the dose on the MAR, save (all pre-filled).
  await board.open();
  await shot(page, info, 'board');
  const meds = new MedsPage(page);
  started = Date.now();
  await meds.taps.tap(board.card('1').getByRole('link'));
  await meds.openDose('Paracétamol', '08:00');
  await expect(new PatientPage(page).band()).toBeVisible();
  await shot(page, info, 'give');
  await meds.save();
  await expect(
    page.getByRole('status').filter({ hasText: 'Administration enregistrée.' }),
  ).toBeVisible();
  report(info, 'one dose given', meds.taps, Date.now() - started);
  await page.getByRole('region', { name: /Traitements du/ }).scrollIntoViewIfNeeded();
  await shot(page, info, 'mar');

  await page.getByRole('link', { name: 'Courbes et tableau 72 h' }).click();
  await expect(
    page.getByRole('heading', { name: 'Courbes des 72 dernières heures' }),
  ).toBeVisible();
  await shot(page, info, 'trends', true);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'À faire' })
    .click();
  await expect(page.getByRole('heading', { name: 'À faire maintenant', level: 1 })).toBeVisible();
  await shot(page, info, 'todo', true);
});
