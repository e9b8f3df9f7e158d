import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { FirstRunPage, LockPage, nav } from './pages/AppPages';
import { MedsPage, VitalsPage } from './pages/ChartingPages';
import { AdmissionPage, BedsPage, JEANNE, WardBoard } from './pages/PatientPages';

const COMMENT = 'Marbrures des genoux, extrémités froides';
const RESTORED = /Brouillon restauré \(saisi à \d\d:\d\d par Alice Martin\)/;

/**
 * Every value typed in a text field or textarea of the page (not the hidden, read-only
 * neutral user name of the lock screen's form: ui/NeutralUserName.tsx).
 */
const typedValues = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'input:not([hidden][readonly]), textarea',
      ),
    ]
      .map((field) => field.value)
      .filter((value) => value !== ''),
  );

async function lock(page: Page) {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
}

test('a half-typed vitals form survives lock and reload, for the same person only', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await nav(page, 'Réglages').click();
  const add = page.getByRole('form', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom et prénom').fill('Bruno Leroy');
  await add.getByLabel('Initiales').fill('BL');
  await add.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(page.getByText('Bruno Leroy ajouté·e à la liste.')).toBeVisible();
  await new WardBoard(page).open();
  await new AdmissionPage(page).admit(JEANNE, { ipp: '12345678', bed: '1' });

  const vitals = new VitalsPage(page);
  await vitals.open();
  const rr = vitals.field(/^Fréquence respiratoire/);
  const comment = vitals.field(/^Commentaire/);
  await vitals.fill({ respiratoryRate: '24', spo2: '93' });
  await comment.fill(COMMENT);
  // Called away: locked at once, before any pause in typing.
  await lock(page);
  expect(await typedValues(page)).toEqual([]);
  expect(await page.content()).not.toContain('Marbrures');

  const lockPage = new LockPage(page);
  await lockPage.unlockAs('Alice Martin');
  await expect(page.getByRole('status').filter({ hasText: RESTORED })).toBeVisible();
  await expect(rr).toHaveValue('24');
  await expect(vitals.field(/^SpO2 \(/)).toHaveValue('93');
  await expect(comment).toHaveValue(COMMENT);

  // Someone else charting on the same tablet does not get it.
  await lock(page);
  await lockPage.unlockAs('Bruno Leroy');
  await expect(page.getByRole('heading', { name: 'Saisir des constantes' })).toBeVisible();
  await expect(rr).toHaveValue('');
  await expect(comment).toHaveValue('');
  await expect(page.getByText(/Brouillon restauré/)).toHaveCount(0);

  // A reload (or an update) keeps it too.
  await page.reload();
  await lockPage.unlockAs('Alice Martin');
  await expect(page.getByRole('status').filter({ hasText: RESTORED })).toBeVisible();
  await expect(comment).toHaveValue(COMMENT);

  // Discarded: gone from the form and from the device.
  await page.getByRole('button', { name: 'Abandonner le brouillon' }).click();
  await expect(comment).toHaveValue('');
  await expect(rr).toHaveValue('');
  await lock(page);
  await lockPage.unlockAs('Alice Martin');
  await expect(page.getByRole('heading', { name: 'Saisir des constantes' })).toBeVisible();
  await expect(comment).toHaveValue('');
  await expect(page.getByText(/Brouillon restauré/)).toHaveCount(0);

  // Saved: the draft goes with it; the form opens empty next time.
  await comment.fill('Patiente rassurée');
  await vitals.fill({ respiratoryRate: '18' });
  await expect(page.locator('.vitals-score').getByRole('status')).toBeVisible();
  await vitals.save();
  await vitals.expectSaved();
  await vitals.open();
  await expect(comment).toHaveValue('');
  await lock(page);
  await lockPage.unlockAs('Alice Martin');
  await expect(comment).toHaveValue('');
  await expect(page.getByText(/Brouillon restauré/)).toHaveCount(0);
});

test('a targeted note and a dose being given come back after a lock, with an accessible notice', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await new WardBoard(page).open();
  await new AdmissionPage(page).admit(JEANNE, { ipp: '12345678', bed: '1' });
  const lockPage = new LockPage(page);

  await page.getByRole('link', { name: 'Écrire une transmission' }).click();
  await page.getByLabel('Cible').fill('Douleur');
  await page.getByLabel(/^Données/).fill('EVA 7 au lever');
  await lock(page);
  await lockPage.unlockAs('Alice Martin');
  await expect(page.getByRole('status').filter({ hasText: RESTORED })).toBeVisible();
  await expect(page.getByLabel('Cible')).toHaveValue('Douleur');
  await expect(page.getByLabel(/^Données/)).toHaveValue('EVA 7 au lever');
  await expectNoGraveViolation(page, 'restored draft');
  await page.getByRole('button', { name: 'Enregistrer la transmission' }).click();
  await expect(page.getByText('Cible : Douleur')).toBeVisible();

  const meds = new MedsPage(page);
  await meds.prescribe({
    drug: 'Paracétamol',
    dose: '1',
    unit: 'g',
    route: 'per os',
    times: '23:59',
  });
  await meds.openDose('Paracétamol', '23:59');
  await page.getByRole('radio', { name: 'Refusé par le patient' }).check();
  await page.getByLabel('Motif', { exact: true }).fill('Nausées, reproposer à 14 h');
  await lock(page);
  await lockPage.unlockAs('Alice Martin');
  await expect(page.getByRole('status').filter({ hasText: RESTORED })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Refusé par le patient' })).toBeChecked();
  await expect(page.getByLabel('Motif', { exact: true })).toHaveValue('Nausées, reproposer à 14 h');
});
