import { expect, test } from './fixtures';
import { FirstRunPage, nav } from './pages/AppPages';
import { AdmissionPage, BedsPage, LOUIS, PatientPage, WardBoard } from './pages/PatientPages';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 3);
  await new WardBoard(page).open();
});

test('edit with a reason, link the temporary identifier to the IPP, discharge and readmit', async ({
  page,
}) => {
  const admission = new AdmissionPage(page);
  const patient = new PatientPage(page);
  const tempId = await admission.admit(LOUIS, { bed: '1' });

  // A change needs a reason, kept in the history.
  await patient.action('Modifier');
  await expect(
    page.getByRole('heading', { name: 'Modifier l’identité ou l’en-tête' }),
  ).toBeVisible();
  await expect(patient.band()).toContainText('PETIT');
  await admission.field(/^Nom utilisé/).fill('Dupuis');
  await admission.field('Poids (kg)').fill('80,5');
  await admission.submit('Enregistrer les modifications');
  const reason = admission.field(/^Motif de la modification/);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(admission.field(/^Nom utilisé/)).toHaveValue('Dupuis');
  await reason.fill('Nom d’usage donné par la famille');
  await admission.submit('Enregistrer les modifications');
  await patient.expectSaved('Modifications enregistrées.');
  await expect(patient.band()).toContainText('nom utilisé : DUPUIS');
  await expect(page.getByRole('region', { name: 'En-tête' })).toContainText('80,5');
  await expect(
    page
      .getByRole('region', { name: 'Historique' })
      // What changed, then why (issue 10): not only "Modification : <reason>".
      .getByText(
        /Nom utilisé\s: non renseigné → DUPUIS.*—\smotif\s: Nom d’usage donné par la famille/i,
      ),
  ).toBeVisible();

  // The identity server is back: the temporary identifier gets its IPP, and keeps it.
  await patient.action('Lier à l’IPP');
  await page.getByRole('textbox', { name: 'IPP' }).fill('12AB');
  await page.getByRole('button', { name: 'Lier à l’IPP' }).click();
  await expect(page.getByText('L’IPP compte de 6 à 12 chiffres.')).toBeVisible();
  await page.getByRole('textbox', { name: 'IPP' }).fill('87 654 321');
  await page.getByRole('button', { name: 'Lier à l’IPP' }).click();
  await patient.expectSaved('Identifiant lié à l’IPP.');
  await expect(patient.band()).toContainText('87654321');
  await expect(patient.band()).toContainText(tempId);
  await expect(patient.band()).not.toContainText('TEMPORAIRE');
  await expect(page.getByRole('navigation', { name: 'Actions' })).not.toContainText('Lier');

  // Discharge, then readmission: same record, new stay, prefilled identity.
  await patient.discharge('Autre établissement (transfert)', 'CH Évry');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sorti le');
  await patient.action('Réadmettre');
  await expect(admission.field(/^Nom de naissance/)).toHaveValue('Petit');
  await page.getByLabel('Lit', { exact: true }).selectOption({ label: 'Lit 2' });
  await admission.field(/^Motif d’admission/).fill('Retour de transfert');
  await admission.submit('Réadmettre le patient');
  await patient.expectSaved('Patient réadmis.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lit 2');
  const board = new WardBoard(page);
  await board.open();
  await board.expectPatient('2', 'PETIT', '(DUPUIS)');
  await board.expectFree('1');
});

test('switching who charts from a patient screen comes back to it, and signs what follows', async ({
  page,
}) => {
  await nav(page, 'Réglages').click();
  const add = page.getByRole('form', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom et prénom').fill('Bruno Leroy');
  await add.getByLabel('Initiales').fill('BL');
  await add.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(page.getByText('Bruno Leroy ajouté·e à la liste.')).toBeVisible();

  await new WardBoard(page).open();
  await new AdmissionPage(page).admit(LOUIS, { bed: '3', ipp: '23456789' });
  const url = page.url();
  await page.getByRole('link', { name: /Saisie : Alice Martin/ }).click();
  await page.getByRole('button', { name: /Bruno Leroy/ }).click();
  await expect(page).toHaveURL(url);
  const patient = new PatientPage(page);
  await patient.moveTo('1');
  await expect(page.locator('.journal-entry').first()).toContainText('Bruno Leroy (BL)');
});

test('beds: rename, close, reorder; the board follows', async ({ page }) => {
  const beds = new BedsPage(page);
  const board = new WardBoard(page);
  await beds.open();
  await beds.row('2').getByRole('button', { name: 'Modifier le lit 2' }).click();
  const edit = page.getByRole('form', { name: 'Modifier le lit 2' });
  await edit.getByLabel('Lit (comme sur la porte)').fill('1');
  await edit.getByRole('button', { name: 'Enregistrer le lit' }).click();
  await expect(edit.getByText('Ce lit existe déjà dans le service.')).toBeVisible();
  await edit.getByLabel('Lit (comme sur la porte)').fill('2A');
  await edit.getByLabel('Chambre').fill('2');
  await edit.getByRole('button', { name: 'Enregistrer le lit' }).click();
  await expect(beds.row('2A')).toContainText('Ch. 2');

  await beds.row('3').getByRole('button', { name: 'Rendre indisponible' }).click();
  await expect(beds.row('3')).toContainText('Indisponible');
  await beds.row('3').getByRole('button', { name: 'Monter le lit 3' }).click();
  await expect(page.locator('.bed-row-label')).toHaveText(['Lit 1', 'Lit 3', 'Lit 2A · Ch. 2']);

  await board.open();
  await expect(board.cards()).toHaveText([/^Lit 1/, /^Lit 3.*Indisponible/, /^Lit 2A/]);
  await expect(page.getByTestId('board-counts')).toHaveText(
    'Lits : 3 · occupés : 0 · libres : 2 · indisponibles : 1',
  );
  await expect(board.card('3').getByRole('link')).toHaveCount(0);
});

test('a link to a patient this tablet does not have says so, whatever its id', async ({ page }) => {
  const notFound = page.getByRole('heading', {
    name: 'Ce patient n’existe pas sur cette tablette.',
  });
  for (const hash of [
    '#/patient/not-an-id',
    '#/patient/%E0%A4%A/vitals',
    '#/patient/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/vitals',
  ]) {
    // The hash only: a reload would lock the ward (its key lives in the page).
    await page.evaluate((next) => void (location.hash = next), hash);
    await expect(notFound).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tableau du service' })).toBeVisible();
  }
});
