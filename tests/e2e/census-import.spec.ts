import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { FirstRunPage, nav } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import { BedsPage, WardBoard } from './pages/PatientPages';

const LONG = { timeout: 30_000 };

test('import the census template through its preview; importing it again changes nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 4);

  await nav(page, 'Données').click();
  const section = page.getByTestId('census-section');
  await expect(
    section.getByRole('heading', { name: 'Importer le recensement du service' }),
  ).toBeVisible(LONG);

  // The template, as the screen offers it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Télécharger le modèle CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('releve-recensement-modele.csv');
  const template = await readFile((await download.path()) ?? '', 'utf8');
  expect(template.startsWith('\uFEFFIPP;Nom de naissance;')).toBe(true);

  // Chosen as the file to import: a preview, nothing written yet.
  const file = section.getByLabel('Fichier du recensement (.csv, .json)');
  await file.setInputFiles({
    name: 'recensement.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template),
  });
  const preview = page.getByTestId('census-preview');
  await expect(preview).toBeVisible(LONG);
  const counts = page.getByTestId('census-counts');
  await expect(counts.locator('[data-kind="create"] dd')).toHaveText('2');
  await expect(counts.locator('[data-kind="invalid"] dd')).toHaveText('0');
  const rows = page.getByTestId('census-rows').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('DUPONT Marie, 14/03/1950');
  await expect(rows.nth(0)).toContainText('Création');
  await expectNoGraveViolation(page, 'census preview');

  await preview.getByRole('button', { name: 'Importer 2 patients' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Import terminé' })).toHaveText(
    'Import terminé. Patients créés : 2 ; mis à jour : 0.',
    LONG,
  );

  const board = new WardBoard(page);
  await board.open();
  await board.expectPatient('1', 'DUPONT', 'Marie', 'Allergies');
  await board.expectPatient('2', 'MARTIN', '(LEROY)', 'Jean-Pierre', 'Isolement Contact');

  // The same file again: everything unchanged, nothing to import.
  await nav(page, 'Données').click();
  await file.setInputFiles({
    name: 'recensement.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(template),
  });
  await expect(counts.locator('[data-kind="unchanged"] dd')).toHaveText('2', LONG);
  await expect(counts.locator('[data-kind="create"] dd')).toHaveText('0');
  await expect(preview.getByText('Rien à importer')).toBeVisible();
  await expect(preview.getByRole('button', { name: /Importer 0 patient/ })).toBeDisabled();
});

test('a patient imported without allergies shows them as not recorded; bad files change nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 2);
  await nav(page, 'Données').click();
  const section = page.getByTestId('census-section');
  const file = section.getByLabel('Fichier du recensement (.csv, .json)');

  const csv = (text: string, name = 'f.csv') => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  await file.setInputFiles(csv(''));
  await expect(section.getByRole('alert')).toHaveText(
    'Ce fichier ne peut pas être importé : le fichier est vide. Rien n’a été enregistré.',
    LONG,
  );
  await file.setInputFiles(csv('IPP;Nom de naissance\n123456;DUPONT\n'));
  await expect(section.getByRole('alert')).toContainText(
    'il manque des colonnes obligatoires',
    LONG,
  );

  const header =
    'IPP;Nom de naissance;Prénoms;Date de naissance;Sexe;Lit;Entrée (date et heure);Motif;Médecin;Allergies;Isolement';
  const text = [
    header,
    '7654321;LAMBERT;Odile;03/05/1939;F;1;30/11/2026 10:00;Chute;Dr Roux;;aucun',
    '7654322;ROUX;Paul;31/02/1940;M;2;30/11/2026 11:00;Chute;Dr Roux;aucune;aucun',
  ].join('\r\n');
  await file.setInputFiles(csv(text, 'service.csv'));
  const rows = page.getByTestId('census-rows').locator('tbody tr');
  await expect(rows).toHaveCount(2, LONG);
  await expect(rows.nth(1)).toContainText('Erreur');
  await expect(rows.nth(1)).toContainText(
    'Date de naissance : Cette date n’existe pas ou est mal écrite.',
  );
  await page.getByRole('button', { name: 'Importer 1 patient' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Import terminé' })).toBeVisible(LONG);

  const board = new WardBoard(page);
  await board.open();
  await board.expectPatient('1', 'LAMBERT', 'Allergies non renseignées');
  await board.expectFree('2');
});
