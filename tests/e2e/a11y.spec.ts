import { expect, test } from './fixtures';
import { expectNoGraveViolation as expectAccessible } from './pages/axe';
import { FirstRunPage, nav } from './pages/AppPages';

test('every screen reachable so far has no serious or critical violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
  await expectAccessible(page, 'first run');
  await page.getByRole('button', { name: 'Créer le service' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'first run with errors');

  await new FirstRunPage(page).createWard();
  await expectAccessible(page, 'board');
  for (const screen of ['Patient', 'Impression', 'Données', 'Réglages']) {
    await nav(page, screen).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, screen);
  }
  await page.getByRole('link', { name: /Saisie : Alice Martin/ }).click();
  await expect(page.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible();
  await expectAccessible(page, 'who is charting');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
  await expectAccessible(page, 'lock screen');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'lock screen with error');
});

test('large text: the board stays usable at 200% text size', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  // Set through the CSSOM, as the browser's text size setting does (a style tag would break the CSP).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: 'Enregistrer la note' })).toBeVisible();
});
