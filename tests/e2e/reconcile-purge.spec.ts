import type { Page } from '@playwright/test';
import { controlledByServiceWorker, expect, goOffline, test } from './fixtures';
import { FirstRunPage, NURSE, WARD, nav } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import {
  AdmissionPage,
  BedsPage,
  JEANNE,
  LOUIS,
  PatientPage,
  WardBoard,
} from './pages/PatientPages';

/** A ward created by its manager, beds 1 to 3, Jeanne in bed 1 and Louis in bed 2. */
async function wardWithTwoPatients(page: Page) {
  await page.goto('/');
  const firstRun = new FirstRunPage(page);
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
  await firstRun.fill();
  await page.getByLabel('Fonction', { exact: true }).selectOption({ label: 'Cadre de santé' });
  await firstRun.submit();
  await expect(page.getByRole('heading', { name: `Service ${WARD.name}` })).toBeVisible({
    timeout: 30_000,
  });
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 3);
  const board = new WardBoard(page);
  await board.open();
  const admission = new AdmissionPage(page);
  await admission.admit(JEANNE, { ipp: '10000001', bed: '1' });
  await board.open();
  await admission.admit(LOUIS, { ipp: '10000002', bed: '2' });
  return board;
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const worklist = (page: Page) => section(page, 'Reprise dans le dossier de l’hôpital');
const purge = (page: Page) => section(page, 'Effacer les données de cette tablette');

test('the back-entry worklist: tick lines, see the progress, a later entry shows again', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const board = await wardWithTwoPatients(page);
  await nav(page, 'Données').click();
  const list = worklist(page);
  const progress = list.getByTestId('reconcile-progress');
  await expect(progress).toHaveText('Lignes ressaisies : 0 sur 2', { timeout: 30_000 });
  await expect(list.getByRole('heading', { name: /DURAND Jeanne/ })).toBeVisible();
  await expect(list.getByRole('heading', { name: /PETIT Louis/ })).toBeVisible();
  await expectNoGraveViolation(page, 'data screen: worklist');

  const stay = 'Admissions, identité, mouvements, sorties';
  await list.getByRole('button', { name: `Marquer ressaisi : ${stay}, DURAND Jeanne` }).click();
  await expect(progress).toHaveText('Lignes ressaisies : 1 sur 2');
  // "Left to do" (the default filter) no longer shows Jeanne; "done" shows her, with who ticked.
  await expect(list.getByRole('heading', { name: /DURAND Jeanne/ })).toHaveCount(0);
  await list.getByLabel('Afficher').selectOption({ label: 'Déjà ressaisi' });
  const jeanne = list.getByRole('table', { name: /DURAND Jeanne/ });
  await expect(jeanne).toContainText(`Ressaisi — coché le`);
  await expect(jeanne).toContainText(NURSE.name);
  await expect(list.getByRole('heading', { name: /\(1 sur 1\)/ })).toBeVisible();
  await expectNoGraveViolation(page, 'data screen: worklist, done');

  // Jeanne moves to bed 3 after the tick: her line is left to re-enter again.
  await board.open();
  await board.openPatient('1');
  await new PatientPage(page).moveTo('3');
  await nav(page, 'Données').click();
  await expect(progress).toHaveText('Lignes ressaisies : 0 sur 2', { timeout: 30_000 });
  await list.getByLabel('Afficher').selectOption({ label: 'Tout' });
  await list.getByLabel('Patient').selectOption({ label: 'DURAND Jeanne' });
  await expect(list.getByRole('heading', { name: /PETIT Louis/ })).toHaveCount(0);
  await expect(list.getByRole('table', { name: /DURAND Jeanne/ })).toContainText(
    '1 nouvelle saisie depuis la coche du',
  );
  await expect(list.getByRole('table', { name: /DURAND Jeanne/ })).toContainText('2 saisies');

  // Undoing the tick is a correction: the line is as if never ticked.
  await list.getByRole('button', { name: `Annuler la coche : ${stay}, DURAND Jeanne` }).click();
  await expect(list.getByRole('table', { name: /DURAND Jeanne/ })).toContainText('À ressaisir');
  await list.getByRole('button', { name: `Marquer ressaisi : ${stay}, DURAND Jeanne` }).click();
  await list.getByLabel('Patient').selectOption({ label: 'Tous les patients' });
  await list.getByRole('button', { name: `Marquer ressaisi : ${stay}, PETIT Louis` }).click();
  await expect(progress).toHaveText('Lignes ressaisies : 2 sur 2');
});

test('purge: says what goes, asks twice, deletes everything and lands on the first run', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await wardWithTwoPatients(page);
  await controlledByServiceWorker(page);
  await page.getByLabel('Phrase de passe du service').fill('cheval agrafe lune');
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await page.getByRole('button', { name: new RegExp(NURSE.name) }).click();
  await nav(page, 'Données').click();

  const panel = purge(page);
  const what = panel.getByTestId('purge-what');
  await expect(what).toContainText('2 patients', { timeout: 30_000 });
  await expect(what).toContainText('saisies du journal du service');
  await expect(what).toContainText('la clé du service');
  await panel.getByText('Voir les patients').click();
  await expect(what).toContainText('DURAND Jeanne');
  // Nothing exported nor re-entered: said, and warned.
  await expect(panel.getByTestId('purge-before')).toContainText(
    'Aucun export de reprise n’a été enregistré',
  );
  await expect(panel.getByTestId('purge-before')).toContainText(
    'Reprise incomplète : lignes ressaisies 0 sur 2',
  );
  await expect(panel.getByRole('alert')).toContainText('Attention');
  await page.evaluate(() => {
    sessionStorage.setItem('releve.test', 'x');
    localStorage.setItem('releve.test', 'x');
  });
  await page.evaluate(async () => (await caches.open('releve-data')).put('/x', new Response('x')));

  // First ask, then the typed confirmation; a wrong word deletes nothing.
  await panel.getByRole('button', { name: 'Effacer les données de cette tablette…' }).click();
  const confirm = panel.getByRole('form', { name: 'Confirmer l’effacement' });
  await expectNoGraveViolation(page, 'data screen: purge confirmation');
  await confirm.getByLabel(/Pour confirmer, tapez SUPPRIMER/).fill('supprimer tout');
  await confirm.getByRole('button', { name: 'Effacer définitivement' }).click();
  await expect(confirm).toContainText('Tapez SUPPRIMER ou le nom exact du service.');
  await expect(what).toContainText('2 patients');
  await confirm.getByLabel(/Pour confirmer, tapez SUPPRIMER/).fill(WARD.name);
  await confirm.getByRole('button', { name: 'Effacer définitivement' }).click();

  await expect(page.getByTestId('purged-notice')).toContainText(
    'Données supprimées de cette tablette : 2 patients,',
    { timeout: 60_000 },
  );
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
  await expectNoGraveViolation(page, 'first run after a purge');

  // Nothing survives: no ward data in any database, no storage key, no data cache.
  const left = await page.evaluate(async () => {
    const rows: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const opened = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open'));
      });
      for (const store of Array.from(opened.objectStoreNames)) {
        rows[`${name}.${store}`] = await new Promise<number>((resolve) => {
          const count = opened.transaction(store).objectStore(store).count();
          count.onsuccess = () => resolve(count.result);
        });
      }
      opened.close();
    }
    return {
      rows,
      local: Object.entries(localStorage),
      session: Object.keys(sessionStorage),
      caches: await caches.keys(),
    };
  });
  // The first run may have opened an empty database again: no row in it.
  expect(Object.values(left.rows).filter((n) => n > 0)).toEqual([]);
  // Only what the first run writes again as it opens: its language, French by default.
  expect(left.local).toEqual([['releve.language', 'fr']]);
  expect(left.session).toEqual([]);
  expect(left.caches.every((name) => name.startsWith('workbox-precache'))).toBe(true);
  expect(left.caches.length).toBeGreaterThan(0);

  // The app still opens offline, on its first run.
  await goOffline(context);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible({
    timeout: 30_000,
  });
});
