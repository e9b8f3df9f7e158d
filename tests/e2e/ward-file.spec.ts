import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { seedTwoPatients } from './pages/PrintPages';
import { readFile } from 'node:fs/promises';
import { PASSPHRASE } from './pages/AppPages';
import { WardBoard } from './pages/PatientPages';
import { addSelf, importWardFile, openSecondTablet } from './pages/TabletPages';

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

/** The clear header of a ward file (docs/ward-file.md): magic, version, size, JSON. */
async function headerOf(path: string): Promise<{ kind: string; events: number }> {
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 8).toString('ascii')).toBe('RELEVEWF');
  const size = bytes.readUInt32BE(10);
  return JSON.parse(bytes.subarray(14, 14 + size).toString('utf8')) as {
    kind: string;
    events: number;
  };
}

const COPY_PASSPHRASE = 'copie pour informatique';

/**
 * Issue 14, point 2, a copy that leaves the ward: the backup for IT asks for the ward
 * passphrase and a passphrase of its own; its header says "backup". A fresh tablet (a new
 * browser context) restores from it with that passphrase, not the ward's, and shows the same
 * patients; a wrong passphrase is said in words. Axe on each screen.
 */
test('a backup copy for IT restores a fresh tablet with its own passphrase', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  await seedTwoPatients(page);
  await page.goto('/#/data');
  const section = page.getByRole('region', { name: 'Fichier du service' });
  const backup = section.getByRole('button', { name: 'Faire la copie de sauvegarde' });
  await section.getByLabel('Phrase de passe de la copie', { exact: true }).fill(COPY_PASSPHRASE);
  await section.getByLabel('Phrase de passe de la copie, à nouveau').fill(COPY_PASSPHRASE);

  // The ward passphrase is needed to re-wrap the key: a wrong one is said, nothing is made.
  await section.getByLabel('Phrase de passe du service').fill('pas la bonne phrase');
  await backup.click();
  await expect(section.getByTestId('ward-file-backup')).toContainText(
    'Phrase de passe incorrecte',
    {
      timeout: 60_000,
    },
  );
  await expectNoGraveViolation(page, 'backup, wrong ward passphrase');

  await section.getByLabel('Phrase de passe du service').fill(PASSPHRASE);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await backup.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^releve-.*\.releve$/);
  await expect(section.getByTestId('ward-file-backup')).toContainText(
    'enregistré sur cette tablette',
    { timeout: 60_000 },
  );
  await expectNoGraveViolation(page, 'backup made');
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const header = await headerOf(path);
  expect(header.kind).toBe('backup');
  expect(header.events).toBeGreaterThan(0);

  // A fresh tablet: its own browser context, nothing stored.
  const fresh = await openSecondTablet(browser, page);
  const b = fresh.page;
  await b.goto('/');
  await b.getByRole('button', { name: 'Restaurer depuis un fichier du service' }).click();
  await b.getByLabel('Fichier du service').setInputFiles(path);
  await expect(b.getByTestId('ward-file-facts')).toContainText('copie de sauvegarde', {
    timeout: 30_000,
  });
  await expectNoGraveViolation(b, 'restore from a backup');

  // The ward's passphrase does not open a backup copy: said, nothing changes.
  const restore = b.getByRole('button', { name: 'Restaurer la tablette' });
  await b.getByLabel('Phrase de passe du service').fill(PASSPHRASE);
  await restore.click();
  await expect(b.getByRole('alert')).toContainText('Phrase de passe incorrecte pour ce fichier', {
    timeout: 60_000,
  });
  await expectNoGraveViolation(b, 'restore, wrong passphrase');

  await b.getByLabel('Phrase de passe du service').fill(COPY_PASSPHRASE);
  await restore.click();
  await expect(b.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible({ timeout: 90_000 });
  await expectNoGraveViolation(b, 'restored, who charts');
  await addSelf(b, 'Chloé Bernard', 'CB');
  const board = new WardBoard(b);
  await board.open();
  await board.expectPatient('1', 'DURAND', 'Jeanne');
  await board.expectPatient('2', 'PETIT', 'Louis');
  await expectNoGraveViolation(b, 'restored board');
  expect(fresh.foreign, 'fresh tablet: requests to another origin').toEqual([]);
  await fresh.context.close();
});
