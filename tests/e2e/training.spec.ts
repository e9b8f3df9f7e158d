import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BoardPage, FirstRunPage, LockPage, nav } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import { PrintCentre } from './pages/PrintPages';

const band = (page: Page) => page.getByRole('complementary', { name: 'FORMATION' });

test('training opens a ward of its own, marked everywhere, and leaving deletes it', async ({
  page,
}) => {
  test.setTimeout(300_000); // two wards (one of ~8,000 entries), a preview, two restarts
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const board = new BoardPage(page);
  await board.writeNote('Note du vrai service');
  await expect(band(page)).toHaveCount(0);

  await nav(page, 'Réglages').click();
  await page.getByRole('button', { name: 'Ouvrir le service de formation' }).click();

  // A database of its own: a new ward to create, under the FORMATION band.
  await expect(band(page)).toBeVisible();
  await expectNoGraveViolation(page, 'training first run');
  const firstRun = new FirstRunPage(page);
  await firstRun.fill({ name: 'Exercice', establishment: 'CH Formation' });
  await firstRun.submit();
  // It fills itself with the demo ward's patients and their last days, then opens.
  await expect(band(page).getByRole('status')).toHaveText(/Service de formation prêt/, {
    timeout: 120_000,
  });
  await expect(page.getByRole('heading', { name: 'Service Exercice' })).toBeVisible();
  await expect(page.locator('.card-name').first()).toBeVisible();
  await expect(board.notes().filter({ hasText: 'Note du vrai service' })).toHaveCount(0);
  await board.writeNote('Note d’exercice');
  await expect(band(page)).toBeVisible();
  await expectNoGraveViolation(page, 'training board');

  // Every printed page says so.
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Liste du service');
  await centre.waitReady();
  const sheet = page.locator('.sheet-page').first();
  await expect(sheet.locator('.sheet-training')).toHaveText(
    'FORMATION — document d’exercice, sans valeur',
  );
  await expect(sheet.locator('.sheet-ward')).toContainText('FORMATION — CH Formation');

  // Leaving asks first, then deletes the training ward and restarts on the real one.
  await band(page).getByRole('button', { name: 'Quitter la formation' }).click();
  await band(page).getByRole('button', { name: 'Continuer la formation' }).click();
  await expect(band(page)).toBeVisible();
  await band(page).getByRole('button', { name: 'Quitter la formation' }).click();
  await band(page).getByRole('button', { name: 'Effacer et quitter' }).click();
  await new LockPage(page).unlockAs();
  await expect(band(page)).toHaveCount(0);
  await expect(board.notes().filter({ hasText: 'Note du vrai service' })).toHaveCount(1);
  await expect(board.notes().filter({ hasText: 'Note d’exercice' })).toHaveCount(0);
  const databases = await page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name),
  );
  expect(databases).toEqual(['releve']);
});

test('a tablet with no ward yet can practise first', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Ouvrir le service de formation' }).click();
  await expect(band(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ouvrir le service de formation' })).toHaveCount(0);
});
