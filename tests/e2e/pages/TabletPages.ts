import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ORIGIN, WARD_NOW } from '../fixtures';
import { nav, PASSPHRASE } from './AppPages';
import { expectNoGraveViolation } from './axe';

/**
 * A second tablet: a browser context of its own (its own IndexedDB, as another device), the
 * same size, touch, language and zone as the test's page, on the ward's clock. Like the
 * test's own context, it must never reach another origin.
 */
export async function openSecondTablet(browser: Browser, like: Page) {
  const context: BrowserContext = await browser.newContext({
    baseURL: ORIGIN,
    viewport: like.viewportSize(),
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  });
  await context.clock.install({ time: WARD_NOW });
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !/^(data|blob):/.test(url)) foreign.push(url);
  });
  return { context, page: await context.newPage(), foreign };
}

/** Settings, "Ajouter une tablette à ce service": the whole log as a file, saved at `path`. */
export async function makeJoiningFile(page: Page, path: string) {
  await nav(page, 'Réglages').click();
  const section = page.getByRole('region', { name: 'Ajouter une tablette à ce service' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    section.getByRole('button', { name: 'Faire le fichier pour la nouvelle tablette' }).click(),
  ]);
  await download.saveAs(path);
  await expect(section.getByRole('status')).toContainText('Apportez-le à la nouvelle tablette', {
    timeout: 60_000,
  });
  return download.suggestedFilename();
}

/** First run on a new tablet: join the ward with its file and passphrase, then who charts. */
export async function joinWithFile(page: Page, path: string, passphrase = PASSPHRASE) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Rejoindre le service avec un fichier' }).click();
  await page.getByLabel('Fichier du service').setInputFiles(path);
  await expect(page.getByTestId('ward-file-facts')).toContainText('entrées');
  await page.getByLabel('Phrase de passe du service').fill(passphrase);
  await expectNoGraveViolation(page, 'join a ward');
  await page.getByRole('button', { name: 'Rejoindre le service' }).click();
  await expect(page.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible({
    timeout: 60_000,
  });
}

/** On "Qui saisit ?": a nurse not yet in the ward's list adds herself and charts. */
export async function addSelf(page: Page, name: string, initials: string) {
  await page.getByText('Votre nom n’est pas dans la liste ?').click();
  const add = page.getByRole('form', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom et prénom').fill(name);
  await add.getByLabel('Initiales').fill(initials);
  await add.getByRole('button', { name: 'Ajouter la personne' }).click();
  await expect(page.getByRole('link', { name: new RegExp(`Saisie : ${name}`) })).toBeVisible();
}

/** The data screen, "Importer un fichier du service": merges a ward file; returns the report. */
export async function importWardFile(page: Page, path: string) {
  await nav(page, 'Données').click();
  await page.getByLabel('Fichier du service (.releve)').setInputFiles(path);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  const report = page.getByTestId('ward-file-import').filter({ hasText: 'déjà présente' });
  await expect(report).toBeVisible({ timeout: 60_000 });
  return report.innerText();
}
