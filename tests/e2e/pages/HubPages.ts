import {
  expect,
  type Browser,
  type BrowserContext,
  type BrowserType,
  type LaunchOptions,
  type Page,
  type ViewportSize,
} from '@playwright/test';
import { WARD_NOW } from '../fixtures';
import type { HubCredential } from '../hub';
import { FirstRunPage, LockPage, nav } from './AppPages';

/** A ward passphrase strong enough for a hub: 4 words, 20 characters and more. */
export const STRONG_PASSPHRASE = 'cheval agrafe lune violon';

export interface Tablet {
  context: BrowserContext;
  page: Page;
  /** Requests that left for another origin than the hub's (must stay empty). */
  foreign: string[];
  /** Content Security Policy reports on the console (must stay empty). */
  csp: string[];
}

/**
 * A tablet that loads the app from the hub's own origin, as a ward's tablets do: a browser
 * context of its own (its own IndexedDB), on the ward's clock. With `profileDir`, a
 * persistent profile in that folder, so its IndexedDB files can be read afterwards.
 */
export async function openHubTablet(options: {
  origin: string;
  viewport: ViewportSize | null;
  browser: Browser;
  persistent?: { chromium: BrowserType; launch: LaunchOptions; profileDir: string };
}): Promise<Tablet> {
  const contextOptions = {
    baseURL: options.origin,
    viewport: options.viewport,
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  };
  const persistent = options.persistent;
  const context = persistent
    ? await persistent.chromium.launchPersistentContext(persistent.profileDir, {
        ...persistent.launch,
        ...contextOptions,
      })
    : await options.browser.newContext(contextOptions);
  await context.clock.install({ time: WARD_NOW });
  const foreign: string[] = [];
  const csp: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(options.origin) && !/^(data|blob):/.test(url)) foreign.push(url);
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) csp.push(message.text());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, foreign, csp };
}

/** First run with a passphrase of the caller's choice (the default one is too weak). */
export async function createWardWith(
  page: Page,
  ward: { name: string; establishment: string },
  nurse: { name: string; initials: string },
  passphrase: string,
) {
  const firstRun = new FirstRunPage(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Créer le service' })).toBeVisible();
  await firstRun.fill(ward, nurse);
  await page.getByLabel('Phrase de passe du service', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirmer la phrase de passe').fill(passphrase);
  await firstRun.submit();
  await expect(page.getByRole('heading', { name: `Service ${ward.name}` })).toBeVisible();
}

/**
 * Settings, "Hub du service": address, credential and the ward passphrase turn the hub on;
 * the exchange starts at the next unlock, so the tablet is reloaded and unlocked.
 */
export async function enableHub(
  page: Page,
  hub: HubCredential,
  nurseName: string,
  passphrase: string,
) {
  await nav(page, 'Réglages').click();
  const section = page.getByRole('region', { name: 'Hub du service' });
  await section.getByLabel('Adresse du hub (base du service)').fill(hub.url);
  await section.getByLabel('Utilisateur').fill(hub.user);
  await section.getByLabel('Mot de passe du hub').fill(hub.password);
  await section.getByLabel('Phrase secrète du service').fill(passphrase);
  await section.getByRole('button', { name: 'Activer le hub' }).click();
  await expect(section.getByRole('status')).toContainText('Hub activé', { timeout: 60_000 });
  await page.reload();
  await new LockPage(page).unlockAs(nurseName, passphrase);
  await expect(syncLine(page)).toContainText('Hub : connecté', { timeout: 60_000 });
}

/** The hub's state in the header. */
export const syncLine = (page: Page) => page.locator('.sync-status');

/** Nothing left to send: the header says so. */
export const expectNothingWaiting = (page: Page, timeout = 180_000) =>
  expect(syncLine(page)).toContainText(/\b0 saisies? en attente d’envoi/, { timeout });

/**
 * The board's log book: one note after another, each one saved and shown before the next
 * is typed (a note typed while the previous one saves would be cleared by it).
 */
export async function writeWardNotes(page: Page, texts: readonly string[]) {
  await nav(page, 'Service').click();
  const field = page.getByLabel('Nouvelle note');
  const journal = page.locator('.journal-text');
  for (const text of texts) {
    await field.fill(text);
    await page.getByRole('button', { name: 'Enregistrer la note' }).click();
    await expect(journal.getByText(text, { exact: true })).toHaveCount(1);
    await expect(field).toHaveValue('');
  }
}

/** The log book as the board shows it (its latest notes). */
export async function journalTexts(page: Page): Promise<string[]> {
  await nav(page, 'Service').click();
  return page.locator('.journal-text').allInnerTexts();
}

/** Every row of one table of this tablet's IndexedDB, read raw as any page of the origin could. */
function rawRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('releve');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const read = idb.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            idb.close();
            resolve(read.result as T[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    table,
  );
}

/** The ids and types of every event this tablet holds (clear fields; payloads stay sealed). */
export async function storedEvents(page: Page): Promise<{ id: string; type: string }[]> {
  const rows = await rawRows<{ id: string; type: string }>(page, 'events');
  return rows.map(({ id, type }) => ({ id, type }));
}

/** The ids of the events this tablet has not yet handed to the hub (src/sync/push.ts). */
export async function outboxIds(page: Page): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(page, 'outbox');
  return rows.map(({ id }) => id).sort();
}

/** The sorted ids of this tablet's events, of one type or of all. */
export async function storedIds(page: Page, type?: string): Promise<string[]> {
  const events = await storedEvents(page);
  return events
    .filter((event) => type === undefined || event.type === type)
    .map((event) => event.id)
    .sort();
}

/**
 * Cuts the tablet off the network, its service worker too (setOffline alone does not stop
 * the worker's requests): every request that still tries is aborted.
 */
export async function cutNetwork(context: BrowserContext) {
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
}

export async function restoreNetwork(context: BrowserContext) {
  await context.unroute('**/*');
  await context.setOffline(false);
}
