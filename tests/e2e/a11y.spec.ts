import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { FirstRunPage, nav } from './pages/AppPages';

// One screen a test, so that a slow one cannot take the others down. Each took 5 to 12 s on a
// loaded machine (--reporter=list, one worker): 60 s is 5x.
test.describe.configure({ timeout: 60_000 });

test('first run, with and without errors, has no serious or critical violation', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
  await expectNoGraveViolation(page, 'first run');
  await page.getByRole('button', { name: 'Créer le service' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoGraveViolation(page, 'first run with errors');
});

test('the empty board has no serious or critical violation', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await expectNoGraveViolation(page, 'board');
});

for (const screen of ['Patient', 'Impression', 'Données', 'Réglages']) {
  test(`the "${screen}" screen has no serious or critical violation`, async ({ page }) => {
    await page.goto('/');
    await new FirstRunPage(page).createWard();
    await nav(page, screen).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoGraveViolation(page, screen);
  });
}

test('"who is charting" has no serious or critical violation', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.getByRole('link', { name: /Saisie : Alice Martin/ }).click();
  await expect(page.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible();
  await expectNoGraveViolation(page, 'who is charting');
});

test('the lock screen, with and without an error, has no serious or critical violation', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
  await expectNoGraveViolation(page, 'lock screen');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoGraveViolation(page, 'lock screen with error');
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
