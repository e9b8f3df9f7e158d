import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { FirstRunPage, nav } from './pages/AppPages';
import {
  AdmissionPage,
  BedsPage,
  JEANNE,
  LOUIS,
  PatientPage,
  WardBoard,
} from './pages/PatientPages';

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A ward with four beds (one closed), a patient with allergies, one with a temporary id. */
async function populatedWard(page: Page) {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 4);
  await beds.row('4').getByRole('button', { name: 'Rendre indisponible' }).click();
  await expect(beds.row('4')).toContainText('Indisponible');
  await new WardBoard(page).open();
  const admission = new AdmissionPage(page);
  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  await admission.fillIdentity(JEANNE);
  await admission.useIpp('12345678');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed: '1' });
  await admission.allergy('Pénicilline', 'Sévère');
  await admission.isolation('Contact');
  await admission.submit();
  await new PatientPage(page).expectSaved('Patiente admise.');
  await new WardBoard(page).open();
  await admission.admit(LOUIS, { bed: '2' });
  await new WardBoard(page).open();
}

// One screen a test, so that a slow one cannot take the others down. Each took 13 to 27 s on
// a loaded machine (--reporter=list, one worker, unit tests running beside): 90 s is over 3x.
test.describe.configure({ timeout: 90_000 });

test('the board, filtered or not, has no serious or critical violation', async ({ page }) => {
  await populatedWard(page);
  await expectNoGraveViolation(page, 'board with patients');
  await new WardBoard(page).filter('Lits libres');
  await expectNoGraveViolation(page, 'board filtered');
});

test('the admission form, its errors and its duplicate warning have no serious or critical violation', async ({
  page,
}) => {
  await populatedWard(page);
  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  await expectNoGraveViolation(page, 'admission form');
  const admission = new AdmissionPage(page);
  await page.getByRole('radio', { name: 'Allergies connues' }).check();
  await admission.submit();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoGraveViolation(page, 'admission form with errors');
  await admission.fillIdentity({ ...JEANNE, usedName: undefined });
  await admission.useTemporaryId();
  await admission.fillStay({ reason: 'Chute', physician: 'Dr Roux' });
  await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  await admission.submit();
  await expect(page.getByText('Ce patient est peut-être déjà connu')).toBeVisible();
  await expectNoGraveViolation(page, 'duplicate warning');
});

test('the patient screen has no serious or critical violation', async ({ page }) => {
  await populatedWard(page);
  await new WardBoard(page).openPatient('1');
  await expect(new PatientPage(page).band()).toBeVisible();
  await expectNoGraveViolation(page, 'patient screen');
});

for (const [action, heading] of [
  ['Changer de lit', 'Changer de lit'],
  ['Sortie', 'Sortie du patient'],
  ['Modifier', 'Modifier l’identité ou l’en-tête'],
] as const) {
  test(`the "${heading}" screen has no serious or critical violation`, async ({ page }) => {
    await populatedWard(page);
    await new WardBoard(page).openPatient('1');
    await new PatientPage(page).action(action);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectNoGraveViolation(page, action);
  });
}

test('linking a temporary id to an IPP has no serious or critical violation', async ({ page }) => {
  await populatedWard(page);
  await new WardBoard(page).openPatient('2');
  await new PatientPage(page).action('Lier à l’IPP');
  await expectNoGraveViolation(page, 'link to IPP');
});

test('the patients directory has no serious or critical violation', async ({ page }) => {
  await populatedWard(page);
  await nav(page, 'Patient').click();
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await expectNoGraveViolation(page, 'patients directory');
});

test('the beds setup, a bed being edited, has no serious or critical violation', async ({
  page,
}) => {
  await populatedWard(page);
  await new BedsPage(page).open();
  await new BedsPage(page).row('1').getByRole('button', { name: 'Modifier le lit 1' }).click();
  await expectNoGraveViolation(page, 'beds setup');
});

test('large text: the board and the admission form stay usable at 200% text size', async ({
  page,
}) => {
  await populatedWard(page);
  // Through the CSSOM, as the browser's text size setting does (a style tag breaks the CSP).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
  await expect(new WardBoard(page).card('1')).toContainText('Allergies');
  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  await expect(page.getByRole('button', { name: 'Admettre le patient' })).toBeVisible();
  expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
});
