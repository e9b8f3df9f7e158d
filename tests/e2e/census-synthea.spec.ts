import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { FirstRunPage, nav } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import { WardBoard } from './pages/PatientPages';

const LONG = { timeout: 30_000 };
const NAME = 'Liz_Conn_27c911c6-f045-4ffa-af5d-6eba57ac94b2.json';

// Issue 13: a real-world Bundle (Synthea's sample patient) imports through the Data screen:
// the preview names what is left aside, the patient reaches the board without a bed, and
// what the file did not say (isolation, allergies) reads "not recorded".
test('import a Synthea sample Bundle: skipped counts shown, patient on the board', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const json = await readFile(new URL(`../fixtures/synthea/full/${NAME}`, import.meta.url));
  await page.goto('/');
  await new FirstRunPage(page).createWard();

  await nav(page, 'Données').click();
  const section = page.getByTestId('census-section');
  await section.getByLabel('Fichier du recensement (.csv, .json)').setInputFiles({
    name: NAME,
    mimeType: 'application/json',
    buffer: json,
  });
  const preview = page.getByTestId('census-preview');
  await expect(preview).toBeVisible(LONG);
  const counts = page.getByTestId('census-counts');
  await expect(counts.locator('[data-kind="create"] dd')).toHaveText('1');
  await expect(counts.locator('[data-kind="invalid"] dd')).toHaveText('0');
  const skipped = page.getByTestId('census-skipped');
  await expect(skipped).toContainText('séjours terminés ou prévus (7)');
  await expect(skipped).toContainText('prescriptions actives sans posologie (1)');
  await expect(skipped).toContainText('observations (');
  const row = page.getByTestId('census-rows').locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Aucun séjour en cours dans le fichier');
  await expect(row).toContainText('Hydrochlorothiazide 25 MG');
  await expectNoGraveViolation(page, 'census preview of a Synthea bundle');

  await preview.getByRole('button', { name: 'Importer 1 patient' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Import terminé' })).toBeVisible(LONG);

  await new WardBoard(page).open();
  const card = page.locator('.card').filter({ hasText: 'Conn' });
  await expect(card).toContainText('Sans lit', LONG);
  await expect(card).toContainText('Isolement non renseigné');
  await expect(card).toContainText('Allergies non renseignées');
});
