// First run "Rejoindre par le hub" (issue 15 point 4): a real hub (node hub/cli.mjs) serves
// this build and the replication endpoint on one origin; tablet A creates the ward, turns the
// hub on and writes a note; tablet B joins through the hub: wrong credential and wrong
// passphrase are said in words (what was typed stays, not the passphrase), then the log is
// pulled and B shows the board with A's note and "data up to".
import { test, expect, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  addWard,
  startHubProcess,
  stopAllHubs,
  type HubProcess,
  type WardCredential,
} from '../hub/hubProcess';
import { BoardPage, nav, NURSE, WARD } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import { WARD_NOW } from './fixtures';

const STRONG = 'cheval agrafe lune verte';
const NOTE = 'Chambre 12 : famille prévenue';
const NOTE_FROM_B = 'Chambre 4 : kinésithérapeute passé';
const NOTE_AFTER = 'Chambre 7 : régime sans sel';
const dataDir = mkdtempSync(join(tmpdir(), 'releve-hub-e2e-'));
let hub: HubProcess;
let ward: WardCredential;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  hub = await startHubProcess({
    dataDir,
    distDir: resolve(process.env.E2E_DIST ?? 'dist'),
  });
  ward = addWard(dataDir, 'e2e');
});
test.afterAll(async () => {
  await stopAllHubs();
  rmSync(dataDir, { recursive: true, force: true });
});

async function tablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.clock.install({ time: WARD_NOW });
  const page = await context.newPage();
  await page.goto(`${hub.url}/`);
  return page;
}

/** Tablet A: the ward, with a passphrase strong enough for a hub, the hub on, a note. */
async function firstTablet(page: Page) {
  await page.getByLabel('Nom du service').fill(WARD.name);
  await page.getByLabel('Établissement').fill(WARD.establishment);
  await page.getByLabel('Nom et prénom').fill(NURSE.name);
  await page.getByLabel('Initiales').fill(NURSE.initials);
  await page.getByLabel('Phrase de passe du service', { exact: true }).fill(STRONG);
  await page.getByLabel('Confirmer la phrase de passe').fill(STRONG);
  await page.getByRole('button', { name: 'Créer le service' }).click();
  await expect(page.getByRole('heading', { name: `Service ${WARD.name}` })).toBeVisible({
    timeout: 60_000,
  });
  await nav(page, 'Réglages').click();
  const section = page.getByRole('region', { name: 'Hub du service' });
  await section.getByLabel('Adresse du hub (base du service)').fill(`${hub.url}/hub/${ward.db}`);
  await section.getByLabel('Utilisateur').fill(ward.user);
  await section.getByLabel('Mot de passe du hub').fill(ward.password);
  await section.getByLabel('Phrase secrète du service').fill(STRONG);
  await section.getByRole('button', { name: 'Activer le hub' }).click();
  await expect(section.getByText('Hub activé : l’échange commence.')).toBeVisible({
    timeout: 60_000,
  });
  await nav(page, 'Service').click();
  await new BoardPage(page).writeNote(NOTE);
  // Sent right after the write (a nudge), not at the next round.
  await expect(page.locator('.sync-status')).toContainText('0 saisie en attente d’envoi', {
    timeout: 60_000,
  });
  await expect(page.locator('.sync-status')).toContainText('Hub : connecté');
}

test('a new tablet joins the ward through the hub: errors in words, then the board', async ({
  browser,
}) => {
  const a = await tablet(browser);
  await firstTablet(a);

  const b = await tablet(browser);
  await b.getByRole('button', { name: 'Rejoindre par le hub' }).click();
  const form = b.getByRole('region', { name: 'Rejoindre par le hub' });
  await expect(form).toBeVisible();
  await expectNoGraveViolation(b, 'join through the hub');
  const url = form.getByLabel('Adresse du hub (base du service)');
  await url.fill(`${hub.url}/hub/${ward.db}`);
  await form.getByLabel('Utilisateur du hub').fill(ward.user);
  await form.getByLabel('Mot de passe du hub').fill('PAS-LE-BON-MOT-DE-PASSE');
  await form.getByLabel('Phrase de passe du service').fill(STRONG);
  await form.getByRole('button', { name: 'Rejoindre le service' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'Le hub refuse cet utilisateur ou ce mot de passe. Vérifiez-les sur la fiche du service.',
    { timeout: 60_000 },
  );
  await expect(url).toHaveValue(`${hub.url}/hub/${ward.db}`);
  await expect(form.getByLabel('Utilisateur du hub')).toHaveValue(ward.user);
  await expect(form.getByLabel('Phrase de passe du service')).toHaveValue('');
  await expectNoGraveViolation(b, 'join through the hub, refused');

  await form.getByLabel('Mot de passe du hub').fill(ward.password);
  await form.getByLabel('Phrase de passe du service').fill('pas la phrase du service');
  await form.getByRole('button', { name: 'Rejoindre le service' }).click();
  await expect(form.getByRole('alert')).toHaveText('Ce n’est pas la phrase secrète du service.', {
    timeout: 60_000,
  });

  await form.getByLabel('Phrase de passe du service').fill(STRONG);
  await form.getByRole('button', { name: 'Rejoindre le service' }).click();
  await expect(b.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible({ timeout: 90_000 });
  await b.getByRole('button', { name: new RegExp(NURSE.name) }).click();
  await expect(b.getByRole('heading', { name: `Service ${WARD.name}` })).toBeVisible();
  await expect(b.getByText(NOTE)).toBeVisible();
  await expect(b.getByTestId('data-up-to')).toContainText(
    'Données du service sur cette tablette jusqu’au',
  );
  await expect(b.getByTestId('data-up-to')).toContainText('dernier échange avec le hub le');
  await expect(b.locator('.sync-status')).toContainText('Hub : connecté', { timeout: 60_000 });
  await expectNoGraveViolation(b, 'board after joining through the hub');

  // A tablet joined through the hub keeps syncing both ways: B's note reaches A, A's next one B.
  await new BoardPage(b).writeNote(NOTE_FROM_B);
  await expect(a.getByText(NOTE_FROM_B)).toBeVisible({ timeout: 120_000 });
  await new BoardPage(a).writeNote(NOTE_AFTER);
  await expect(b.getByText(NOTE_AFTER)).toBeVisible({ timeout: 120_000 });
});
