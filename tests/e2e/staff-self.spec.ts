import { expect, test } from './fixtures';
import { BoardPage, FirstRunPage, LockPage, nav } from './pages/AppPages';

test('a new nurse adds herself on "Qui saisit ?" and charts at once, signing her entry', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.reload(); // a new shift: unlocked, nobody chosen yet
  await new LockPage(page).unlock();
  await expect(page.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible({
    timeout: 15_000,
  });

  await page.getByText('Votre nom n’est pas dans la liste ?').click();
  const add = page.getByRole('form', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom et prénom').fill('Chloé Bernard');
  await add.getByLabel('Initiales').fill('cb');
  await add.getByRole('button', { name: 'Ajouter la personne' }).click();

  await expect(page.getByRole('link', { name: /Saisie : Chloé Bernard \(CB\)/ })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText('Rien n’a été enregistré')).toHaveCount(0);
  await nav(page, 'Service').click();
  const board = new BoardPage(page);
  await board.writeNote('Prise de poste');
  await expect(board.notes().first()).toContainText('Chloé Bernard (CB)');
  await nav(page, 'Réglages').click();
  await expect(page.getByRole('region', { name: 'Personnes qui saisissent' })).toContainText(
    'Chloé Bernard',
  );
});
