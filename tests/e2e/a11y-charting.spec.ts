import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { nav } from './pages/AppPages';
import { expectNoGraveViolation as expectAccessible } from './pages/axe';
import { MedsPage, TimelinePage, VitalsPage } from './pages/ChartingPages';
import { AdmissionPage, JEANNE, WardBoard, newWardWithTwoBeds } from './pages/PatientPages';

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A patient with vitals, a prescription with a dose given, and a correction. */
async function chartedPatient(page: Page) {
  await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(JEANNE, { ipp: '12345678', bed: '1' });
  const vitals = new VitalsPage(page);
  await vitals.open();
  await vitals.fill({
    respiratoryRate: '26',
    spo2: '93',
    air: true,
    systolic: '100',
    pulse: '112',
    consciousness: 'A',
    temperature: '38,9',
  });
  await vitals.save();
  await vitals.expectSaved();
  const meds = new MedsPage(page);
  await meds.prescribe({ drug: 'Amoxicilline', dose: '1', unit: 'g', route: 'IV' });
  await meds.give('Amoxicilline', '08:00');
  await new TimelinePage(page).strikeOut(/Amoxicilline \(08:00\)/, 'Erreur de saisie');
}

// One screen group a test: each stays far from its time limit on a busy machine.
test('patient screen and vitals form have no serious or critical violation', async ({ page }) => {
  await chartedPatient(page);
  await expectAccessible(page, 'patient screen with charting');

  const vitals = new VitalsPage(page);
  await vitals.open();
  await vitals.fill({ respiratoryRate: '45', spo2: '40', pulse: '160', temperature: 'abc' });
  await vitals.save();
  await expect(page.getByText('Valeur impossible').first()).toBeVisible();
  await expectAccessible(page, 'vitals form with warnings and live NEWS2');
});

test('the charting forms have no serious or critical violation', async ({ page }) => {
  await chartedPatient(page);
  for (const [link, heading] of [
    ['Courbes et tableau 72 h', 'Courbes et tableau des constantes'],
    ['Échelle SpO2', 'Échelle SpO2 du patient'],
    ['Transcrire une prescription', 'Transcrire une prescription papier'],
    ['Planifier un soin', 'Planifier un soin'],
    ['Écrire une transmission', 'Transmission ciblée'],
    ['Résultat téléphoné', 'Résultat téléphoné'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectAccessible(page, heading);
    await page.getByRole('link', { name: /Retour au patient/ }).click();
  }
});

test('forms with errors, to do and the board have no serious or critical violation', async ({
  page,
}) => {
  await chartedPatient(page);
  await page.getByRole('link', { name: 'Transcrire une prescription' }).click();
  await page.getByRole('button', { name: 'Enregistrer la prescription' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'prescription form with errors');
  await page.getByRole('link', { name: /Retour au patient/ }).click();

  await new MedsPage(page).openDose('Amoxicilline', '20:00');
  await expectAccessible(page, 'give a dose');
  await page.getByRole('radio', { name: 'Non donné' }).check();
  await new MedsPage(page).save();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'give a dose with errors');

  await nav(page, 'À faire').click();
  await expect(page.getByRole('heading', { name: 'À faire maintenant', level: 1 })).toBeVisible();
  await expectAccessible(page, 'to do');
  await new WardBoard(page).open();
  await expect(new WardBoard(page).card('1').getByTestId('card-obs')).toContainText('NEWS2');
  await expectAccessible(page, 'board with NEWS2');
});

test('large text: the vitals form and the MAR stay usable at 200% text size', async ({ page }) => {
  await chartedPatient(page);
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
  await expect(new MedsPage(page).slot('Amoxicilline', '20:00')).toBeVisible();
  await new VitalsPage(page).open();
  await expect(page.getByRole('button', { name: 'Enregistrer les constantes' })).toBeVisible();
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
});
