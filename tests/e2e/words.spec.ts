import type { Page } from '@playwright/test';
import { FRENCH_ONLY_CHARS, frenchWordIn } from '../unit/i18n/telltales';
import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { nav, NURSE, WARD } from './pages/AppPages';
import { MedsPage } from './pages/ChartingPages';
import { AdmissionPage, JEANNE, newWardWithTwoBeds, PatientPage } from './pages/PatientPages';

const STEP = { timeout: 30_000 };

test('a tablet named in Settings shows by that name in the history, with what changed', async ({
  page,
}) => {
  await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(JEANNE, { bed: '1' });
  const patientUrl = page.url();

  await nav(page, 'Réglages').click();
  // Unnamed: a short code, never the UUID.
  await expect(page.getByTestId('device-name')).toHaveText(/^Tablette [0-9a-f]{4}$/, STEP);
  await page.getByLabel(/^Nom de cette tablette/).fill('Tablette 2');
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nom enregistré.' })).toBeVisible(STEP);
  await expect(page.getByTestId('device-name')).toHaveText('Tablette 2');
  await expectNoGraveViolation(page, 'settings with the tablet name');

  await page.goto(patientUrl);
  const patient = new PatientPage(page);
  await patient.action('Modifier');
  const admission = new AdmissionPage(page);
  await admission.field('Régime').fill('sans sel');
  await admission.field(/^Motif de la modification/).fill('Avis diététicien');
  await admission.submit('Enregistrer les modifications');
  await patient.expectSaved('Modifications enregistrées.');
  const history = page.getByRole('region', { name: 'Historique' });
  await expect(
    history.getByText(/^Régime\s: non renseigné → sans sel —\smotif\s: Avis diététicien$/),
  ).toBeVisible(STEP);
  await expect(history.locator('.journal-meta').first()).toContainText('sur Tablette 2');
  await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/);
  await expectNoGraveViolation(page, 'patient history');
});

/** What the nurse typed (names, ward, reasons) is hers: only the app's own words are checked. */
const TYPED = [
  WARD.name,
  WARD.establishment,
  NURSE.name,
  JEANNE.birthName,
  JEANNE.firstName,
  'Relève',
  'Français', // the language's own name on the language switch
  'Chute',
  'Dr Roux',
  'Paracétamol',
  'Nausées',
];

async function expectNoFrench(page: Page, screen: string) {
  await expect(page.locator('main h1').first()).toBeVisible(STEP);
  let text = await page.locator('body').innerText();
  for (const typed of TYPED) text = text.replaceAll(new RegExp(typed, 'gi'), ' ');
  const lines = text.split('\n');
  const french = lines.filter((line) => frenchWordIn(line) || FRENCH_ONLY_CHARS.test(line));
  expect(french, `${screen}: French left on an English screen`).toEqual([]);
  expect(
    lines.filter((line) => /[ \u00A0\u202F][:;?!]/.test(line)),
    screen,
  ).toEqual([]);
}

test('in English, the main screens show no French word', async ({ page }) => {
  test.slow();
  await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(JEANNE, { bed: '1', reason: 'Chute' });
  const patientUrl = page.url();
  const meds = new MedsPage(page);
  await meds.prescribe({ drug: 'Paracétamol', dose: '1', unit: 'g', route: 'per os' });
  await meds.refuse('Paracétamol', '08:00', 'Nausées');

  await nav(page, 'Réglages').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible(STEP);
  await expectNoFrench(page, 'settings');
  const english = (name: string) =>
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name });
  await english('Ward').click();
  await expectNoFrench(page, 'board');
  await page.goto(patientUrl);
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible(STEP);
  await expectNoFrench(page, 'patient');
  await english('Print').click();
  await expectNoFrench(page, 'print centre');
  await page.goto(page.url().replace(/#.*$/, '#/todo'));
  await expectNoFrench(page, 'to do');
  await page.goto(page.url().replace(/#.*$/, '#/beds'));
  await expectNoFrench(page, 'beds');
  await page.goto(page.url().replace(/#.*$/, '#/patient'));
  await expectNoFrench(page, 'patients');
});
