import { controlledByServiceWorker, expect, goOffline, ORIGIN, test } from './fixtures';
import { BoardPage, FirstRunPage, LockPage } from './pages/AppPages';
import { VitalsPage } from './pages/ChartingPages';
import { AdmissionPage, BedsPage, JEANNE, WardBoard } from './pages/PatientPages';
import { PrintCentre } from './pages/PrintPages';

test('works with the network cut for the page and the service worker', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await controlledByServiceWorker(page);

  const attempts = await goOffline(context);
  await page.reload();
  await new FirstRunPage(page).createWard();

  const board = new BoardPage(page);
  const text = `Panne du réseau, passage en mode dégradé ${Date.now()}`;
  await board.writeNote(text);

  await page.reload();
  await new LockPage(page).unlockAs();
  await expect(board.notes().filter({ hasText: text })).toHaveCount(1);
  await expect(board.notes().first()).toContainText('Alice Martin (AM)');
  // The reload was served by the service worker, not by the network.
  // The network really is cut: a request that is not in the cache fails...
  const probe = await page.evaluate(() =>
    fetch('/not-precached.txt').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
  // ...and the reloads were served by the service worker, not by the network.
  expect(attempts).toEqual([`${ORIGIN}/not-precached.txt`]);
  // Not `navigator.onLine`: Chromium 150 left it true under `setOffline` (3 December); the
  // failed fetch and the aborted requests above are what show the network is cut.
});

test('the screens loaded on demand open offline from the first visit', async ({
  page,
  context,
}) => {
  test.slow(); // a ward, a patient and three screens, on a busy machine
  await page.goto('/');
  await controlledByServiceWorker(page);
  const attempts = await goOffline(context);
  // The scripts the page loads (from the service worker's cache), by chunk name.
  const scripts: string[] = [];
  page.on('request', (request) => {
    const file = /\/assets\/([^/]+?)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname);
    if (file?.[1]) scripts.push(file[1]);
  });
  await page.reload();
  await new FirstRunPage(page).createWard();
  // The first-run screen, all that follows the lock, the French words past the lock screen's
  // and zod (the schemas' library: nothing before the lock needs it) are chunks of their own,
  // loaded here offline from the service worker's cache.
  expect(scripts).toEqual(expect.arrayContaining(['FirstRun', 'Unlocked', 'fr', 'zod']));
  // The board is shown (createWard waits for it) without the screens that load on demand.
  const onDemand = [
    'actionScreens',
    'BedsScreen',
    'ChartRoutes',
    'DataRoutes',
    'en',
    'PrintScreen',
    'SettingsRoutes',
    'trainingWard',
  ];
  expect(scripts.filter((name) => onDemand.includes(name))).toEqual([]);
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await new WardBoard(page).open();
  await new AdmissionPage(page).admit(JEANNE, { bed: '1' });

  // The charting forms, the print centre and the English words are chunks of their own.
  await new VitalsPage(page).open();
  await expect(
    page.getByRole('heading', { name: 'Saisir des constantes', level: 1 }),
  ).toBeVisible();
  await new PrintCentre(page).open();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Réglages' })
    .click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Data' })
    .click();
  await expect(page.getByRole('heading', { name: 'Data', level: 1 })).toBeVisible();
  // Each screen came in its own chunk, once it was opened.
  expect(scripts).toEqual(expect.arrayContaining(onDemand.filter((n) => n !== 'trainingWard')));
  // Everything came from the service worker's cache: nothing reached for the network.
  expect(attempts).toEqual([]);
});

test('a note written in one tab appears in another without a reload', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await new FirstRunPage(first).createWard();

  const second = await context.newPage();
  await second.goto('/');
  // Each tab is unlocked on its own: the key lives in the page's memory only.
  await new LockPage(second).unlockAs();
  const secondBoard = new BoardPage(second);
  await expect(second.getByRole('heading', { name: 'Service Médecine 3' })).toBeVisible();

  await new BoardPage(first).writeNote('Chariot d’urgence vérifié');
  await expect(secondBoard.notes().filter({ hasText: 'Chariot d’urgence vérifié' })).toHaveCount(1);
});
