import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoGraveViolation as expectAccessible } from './pages/axe';
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

test('board, admission, patient and beds screens have no serious or critical violation', async ({
  page,
}) => {
  await populatedWard(page);
  const board = new WardBoard(page);
  await expectAccessible(page, 'board with patients');
  await board.filter('Lits libres');
  await expectAccessible(page, 'board filtered');
  await board.filter('Tous les lits');

  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  await expectAccessible(page, 'admission form');
  const admission = new AdmissionPage(page);
  await page.getByRole('radio', { name: 'Allergies connues' }).check();
  await admission.submit();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAccessible(page, 'admission form with errors');
  await admission.fillIdentity({ ...JEANNE, usedName: undefined });
  await admission.useTemporaryId();
  await admission.fillStay({ reason: 'Chute', physician: 'Dr Roux' });
  await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  await admission.submit();
  await expect(page.getByText('Ce patient est peut-être déjà connu')).toBeVisible();
  await expectAccessible(page, 'duplicate warning');

  await board.open();
  await board.openPatient('1');
  await expect(new PatientPage(page).band()).toBeVisible();
  await expectAccessible(page, 'patient screen');
  for (const [action, heading] of [
    ['Changer de lit', 'Changer de lit'],
    ['Sortie', 'Sortie du patient'],
    ['Modifier', 'Modifier l’identité ou l’en-tête'],
  ] as const) {
    await new PatientPage(page).action(action);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await expectAccessible(page, action);
    await page.getByRole('link', { name: /Retour au patient/ }).click();
  }
  await board.open();
  await board.openPatient('2');
  await new PatientPage(page).action('Lier à l’IPP');
  await expectAccessible(page, 'link to IPP');

  await nav(page, 'Patient').click();
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await expectAccessible(page, 'patients directory');
  await board.open();
  await new BedsPage(page).open();
  await new BedsPage(page).row('1').getByRole('button', { name: 'Modifier le lit 1' }).click();
  await expectAccessible(page, 'beds setup');
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
