import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { seedTwoPatients } from './pages/PrintPages';
import { importWardFile } from './pages/TabletPages';

/**
 * Issue 14, points 2 and 3, on one tablet: the Data screen makes a ward file of the whole log
 * (a download here: this Chromium cannot share files), and importing it back is a merge that
 * adds nothing and says so in words; the screen passes axe before and after.
 */
test('makes a ward file from the Data screen, and importing it back adds nothing', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await seedTwoPatients(page);
  await page.goto('/#/data');
  const section = page.getByRole('region', { name: 'Fichier du service' });
  await expect(section.getByText('Aucun fichier du service n’a encore été fait')).toBeVisible();
  await expectNoGraveViolation(page, 'ward file');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await section.getByRole('button', { name: 'Faire le fichier du service' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^releve-.*\.releve$/);
  await expect(section.getByText(/enregistré sur cette tablette\s:\s\d+ entrées/)).toBeVisible({
    timeout: 60_000,
  });
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);

  const report = await importWardFile(page, path);
  expect(report).toMatch(/0 nouvelle entrée, 0 nouveau patient, \d+ déjà présentes/);
  await expectNoGraveViolation(page, 'ward file imported');
});
