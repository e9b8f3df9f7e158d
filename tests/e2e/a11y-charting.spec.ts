import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { nav } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
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

// One screen a test, so that a slow one cannot take the others down. Each took 12 to 23 s on
// a loaded machine (--reporter=list, one worker, unit tests running beside): 90 s is near 4x.
test.describe.configure({ timeout: 90_000 });

test('the patient screen with charting has no serious or critical violation', async ({ page }) => {
  await chartedPatient(page);
  await expectNoGraveViolation(page, 'patient screen with charting');
});

test('the vitals form, its warnings and live NEWS2 have no serious or critical violation', async ({
  page,
}) => {
  await chartedPatient(page);
  const vitals = new VitalsPage(page);
  await vitals.open();
  await vitals.fill({ respiratoryRate: '45', spo2: '40', pulse: '160', temperature: 'abc' });
  await vitals.save();
  await expect(page.getByText('Valeur impossible').first()).toBeVisible();
  await expectNoGraveViolation(page, 'vitals form with warnings and live NEWS2');
});

for (const [link, heading, submit] of [
  ['Courbes et tableau 72 h', 'Courbes et tableau des constantes', null],
  ['Échelle SpO2', 'Échelle SpO2 du patient', null],
  [
    'Transcrire une prescription',
    'Transcrire une prescription papier',
    'Enregistrer la prescription',
  ],
  ['Planifier un soin', 'Planifier un soin', null],
  ['Écrire une transmission', 'Transmission ciblée', null],
  ['Résultat téléphoné', 'Résultat téléphoné', null],
] as const) {
  test(`"${heading}" has no serious or critical violation`, async ({ page }) => {
    await chartedPatient(page);
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoGraveViolation(page, heading);
    if (!submit) return;
    // Sent empty: the same screen with its errors.
    await page.getByRole('button', { name: submit }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await expectNoGraveViolation(page, `${heading} with errors`);
  });
}

test('giving a dose, with and without errors, has no serious or critical violation', async ({
  page,
}) => {
  await chartedPatient(page);
  await new MedsPage(page).openDose('Amoxicilline', '20:00');
  await expectNoGraveViolation(page, 'give a dose');
  await page.getByRole('radio', { name: 'Non donné' }).check();
  await new MedsPage(page).save();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoGraveViolation(page, 'give a dose with errors');
});

test('"to do" has no serious or critical violation', async ({ page }) => {
  await chartedPatient(page);
  await nav(page, 'À faire').click();
  await expect(page.getByRole('heading', { name: 'À faire maintenant', level: 1 })).toBeVisible();
  await expectNoGraveViolation(page, 'to do');
});

test('the board with NEWS2 has no serious or critical violation', async ({ page }) => {
  await chartedPatient(page);
  await new WardBoard(page).open();
  await expect(new WardBoard(page).card('1').getByTestId('card-obs')).toContainText('NEWS2');
  await expectNoGraveViolation(page, 'board with NEWS2');
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
