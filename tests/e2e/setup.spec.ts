import { expect, test } from './fixtures';
import { BoardPage, FirstRunPage, nav } from './pages/AppPages';

test('bad input is refused with a message and what was typed stays', async ({ page }) => {
  await page.goto('/');
  const firstRun = new FirstRunPage(page);
  await firstRun.fill(
    { name: 'Médecine 3', establishment: '' },
    { name: 'Alice Martin', initials: 'A1' },
  );
  await firstRun.submit();

  await expect(page.getByRole('alert')).toHaveText(/Rien n’a été enregistré/);
  await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
  await expect(page.getByText('De 1 à 4 lettres, sans chiffre.')).toBeVisible();
  await expect(page.getByLabel('Établissement')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Nom du service')).toHaveValue('Médecine 3');
  await expect(page.getByLabel('Nom et prénom')).toHaveValue('Alice Martin');

  await page.getByLabel('Établissement').fill('CH Sud');
  await page.getByLabel('Initiales').fill('AM');
  await firstRun.submit();
  const board = new BoardPage(page);
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
  await expect(board.notes()).toHaveCount(0);
});

test('staff list grows, and every event carries who is charting', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await nav(page, 'Réglages').click();
  const add = page.getByRole('form', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom et prénom').fill('Bruno Leroy');
  await add.getByLabel('Initiales').fill('bl');
  await add.getByLabel('Fonction').selectOption('aide');
  await add.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(page.getByText('Bruno Leroy ajouté·e à la liste.')).toBeVisible();

  await page.getByRole('link', { name: /Saisie : Alice Martin/ }).click();
  await page.getByRole('button', { name: /Bruno Leroy/ }).click();
  await expect(page.getByRole('link', { name: /Saisie : Bruno Leroy \(BL\)/ })).toBeVisible();
  await nav(page, 'Service').click(); // choosing who charts returns to Settings, where it started
  await new BoardPage(page).writeNote('Relève de nuit');
  await expect(new BoardPage(page).notes().first()).toContainText('Bruno Leroy (BL)');
});

test('settings show storage, version and device, and switch the language', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await nav(page, 'Réglages').click();
  await expect(page.getByTestId('storage-persistent')).not.toBeEmpty();
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+$/);
  // Unnamed, the tablet shows a short code, never its whole UUID (issue 10, point 9).
  await expect(page.getByTestId('device-name')).toHaveText(/^Tablette [0-9a-f]{4}$/);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Relève is locked' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});
