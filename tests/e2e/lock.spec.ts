import { expect, test } from './fixtures';
import { BoardPage, FirstRunPage, LockPage, nav, WARD } from './pages/AppPages';

const NOTE = 'Mme Honorine PLANCHET, chambre 12 : chute à 3 h';

test('starts locked, locks when left alone, and shows nothing clinical while locked', async ({
  page,
}) => {
  // The page runs on the ward's fake clock (fixtures.ts): it can be moved forward.
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BoardPage(page).writeNote(NOTE);

  await page.reload();
  const lock = new LockPage(page);
  await lock.unlockAs();
  await expect(page.getByText(NOTE)).toBeVisible();

  // Four minutes of touches keep it open; then five minutes without one lock it.
  await page.clock.fastForward('04:00');
  await page.getByRole('heading', { level: 1 }).click();
  await page.clock.fastForward('04:00');
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.clock.fastForward('01:10');
  await expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
  const dom = await page.content();
  expect(dom).not.toContain('PLANCHET');
  expect(dom).not.toContain(WARD.name);
  expect(dom).not.toContain('Alice Martin');

  await lock.unlockAs();
  await expect(page.getByText(NOTE)).toBeVisible();
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
  expect(await page.content()).not.toContain('PLANCHET');
});

test('wrong passphrases: a clear message, then a countdown after five', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.reload();
  const lock = new LockPage(page);
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await expect(page.getByRole('alert')).toHaveText('Saisissez la phrase de passe.');
  for (let i = 1; i <= 4; i++) {
    await lock.unlock('pas la bonne');
    await expect(page.getByRole('alert')).toHaveText('Phrase de passe incorrecte.');
  }
  await lock.unlock('pas la bonne');
  await expect(page.getByRole('alert')).toHaveText(/Nouvel essai possible dans (30|29) s/);
  await expect(page.getByRole('button', { name: 'Déverrouiller' })).toBeDisabled();
  // The wait survives a reload: it is counted on the device, not in the page.
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(/Nouvel essai possible/);
  await expect(page.getByRole('button', { name: 'Déverrouiller' })).toBeDisabled();
});

test('first run refuses a short or mismatched passphrase and warns it cannot be recovered', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText(/ne peut pas être retrouvée/)).toBeVisible();
  const firstRun = new FirstRunPage(page);
  await firstRun.fill();
  await page.getByLabel('Phrase de passe du service', { exact: true }).fill('12345');
  await firstRun.submit();
  await expect(page.getByText(/Trop court/)).toBeVisible();
  await page.getByLabel('Phrase de passe du service', { exact: true }).fill('123456');
  await page.getByLabel('Confirmer la phrase de passe').fill('123457');
  await firstRun.submit();
  await expect(page.getByText('Les deux saisies ne sont pas identiques.')).toBeVisible();
  await expect(page.getByLabel('Nom du service')).toHaveValue(WARD.name);
});

test('the passphrase can be changed in Settings; the lock period is set there', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await nav(page, 'Réglages').click();
  await page.getByLabel('Verrouiller après une inactivité de').selectOption('2');
  const form = page.getByRole('form', { name: 'Changer la phrase de passe' });
  await form.getByLabel('Phrase de passe actuelle').fill('cheval agrafe lune');
  await form.getByLabel('Nouvelle phrase de passe').fill('739251');
  await form.getByLabel('Confirmer la phrase de passe').fill('739251');
  await form.getByRole('button', { name: 'Changer la phrase de passe' }).click();
  await expect(page.getByText(/Phrase de passe changée/)).toBeVisible();
  await page.reload();
  const lock = new LockPage(page);
  await lock.unlock();
  await expect(page.getByRole('alert')).toHaveText('Phrase de passe incorrecte.');
  await lock.unlockAs(undefined, '739251');
  await nav(page, 'Réglages').click();
  await expect(page.getByLabel('Verrouiller après une inactivité de')).toHaveValue('2');
});

test('the Content Security Policy is enforced, as a header and as a meta tag', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const rule of ["object-src 'none'", "base-uri 'self'", "connect-src 'self'"]) {
    expect(policy).toContain(rule);
  }
});
