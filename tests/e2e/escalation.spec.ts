import type { Page } from '@playwright/test';
import { expect, test, setWardClock } from './fixtures';
import { FirstRunPage } from './pages/AppPages';
import { VitalsPage, NEWS2_SIX } from './pages/ChartingPages';
import {
  AdmissionPage,
  BedsPage,
  JEANNE,
  admittedText,
  LOUIS,
  PatientPage,
  WardBoard,
  type Person,
} from './pages/PatientPages';

const NO_ICU = 'Pas de transfert en réanimation, pas de RCP';
const CALL_DUE = 'Appel médical à tracer';

async function admit(page: Page, person: Person, bed: string, ipp: string, level?: string) {
  const admission = new AdmissionPage(page);
  await new WardBoard(page).open();
  await page.getByRole('link', { name: 'Admettre un patient' }).first().click();
  await admission.fillIdentity(person);
  await admission.useIpp(ipp);
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed });
  await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  if (level) {
    await page.getByLabel('Niveau d’engagement thérapeutique').selectOption({ label: level });
  }
  await admission.submit();
  await new PatientPage(page).expectSaved(admittedText(person));
}

async function addBed(page: Page, label: string, room: string) {
  const form = page.getByRole('form', { name: 'Ajouter un lit' });
  await form.getByLabel('Lit (comme sur la porte)').fill(label);
  await form.getByLabel(/^Chambre/).fill(room);
  await form.getByRole('button', { name: 'Ajouter le lit' }).click();
  await expect(form.getByRole('status')).toHaveText('Lit ajouté.');
}

test('a NEWS2 of 6 asks for the medical call on the board and the patient, within the level of care, until it is recorded', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 2);
  await admit(page, JEANNE, '1', '12345678', NO_ICU);
  const board = new WardBoard(page);
  const escalation = page.getByRole('region', { name: `⚠ ${CALL_DUE}` });

  // The level of care: at the top of the patient, on the card, on the vitals form.
  await expect(page.getByTestId('level-of-care')).toContainText(NO_ICU);
  await board.open();
  await expect(board.card('1')).toContainText('Limitation : pas de réa', { timeout: 15_000 });
  await board.openPatient('1');
  await expect(escalation).toHaveCount(0);

  const vitals = new VitalsPage(page);
  await vitals.open();
  await expect(page.getByTestId('level-of-care')).toContainText(NO_ICU);
  await vitals.fill(NEWS2_SIX);
  await expect(vitals.live()).toContainText('NEWS2 6');
  await expect(vitals.live()).toContainText(
    'Score élevé : informer le médecin en urgence — limitation des soins : pas de réanimation',
  );
  await vitals.save();
  await vitals.expectSaved();

  // Due on the patient's screen and on the board, with the limitation in the message.
  await expect(escalation).toBeVisible({ timeout: 15_000 });
  await expect(escalation).toContainText('limitation des soins : pas de réanimation');
  await expect(escalation).toContainText('NEWS2 6');
  await board.open();
  await expect(board.card('1').getByTestId('card-escalation')).toContainText(CALL_DUE, {
    timeout: 15_000,
  });
  await expect(board.card('2')).not.toContainText(CALL_DUE);

  // Who was informed, and when: the request goes, here and on the board.
  await board.openPatient('1');
  await escalation.getByRole('button', { name: 'Enregistrer l’appel' }).click();
  await expect(escalation.getByRole('group', { name: 'Qui a été prévenu ?' })).toContainText(
    'Ce champ est obligatoire.',
  );
  await escalation.getByRole('radio', { name: 'Médecin', exact: true }).check();
  await escalation.getByLabel(/^Nom de la personne prévenue/).fill('Dr Roux');
  await escalation.getByLabel(/^Réponse ou décision/).fill('Passe voir la patiente');
  await escalation.getByRole('button', { name: 'Enregistrer l’appel' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Appel médical enregistré.' }),
  ).toBeVisible({ timeout: 15_000 });
  await expect(escalation).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Tout le dossier' })).toContainText(
    'Appel médical tracé : Médecin Dr Roux — Passe voir la patiente',
  );
  await board.open();
  await expect(board.card('1').getByTestId('card-obs')).toContainText('NEWS2 6');
  await expect(board.card('1')).not.toContainText(CALL_DUE);
});

test('a discharged patient shows nothing to do', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 1);
  await admit(page, LOUIS, '1', '87654321');
  await expect(page.locator('main')).toContainText(/à faire/i);
  await new PatientPage(page).discharge('Domicile');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sorti le');
  await expect(page.getByRole('region', { name: 'Constantes et NEWS2' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/à faire/i);
});

test('the move form says who else is in the room, swaps two patients, and "present since" follows the move', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A fixed clock: the admission at 10:00, the move four minutes later.
  await setWardClock(page, new Date('2026-12-01T10:00:00+01:00'));
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await addBed(page, '12A', '12');
  await addBed(page, '12B', '12');
  await addBed(page, '14', '14');
  await admit(page, JEANNE, '12A — Ch. 12', '12345678');
  await admit(page, LOUIS, '14 — Ch. 14', '87654321');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Lit 14 — Présent depuis le 01/12/2026 10:00');

  // Less than the idle lock (5 min): the nurse moves the patient four minutes later.
  await page.clock.fastForward('04:00');
  await new WardBoard(page).open();
  await new WardBoard(page).openPatient('14');
  const patient = new PatientPage(page);
  await patient.action('Changer de lit');
  await expect(
    page.getByRole('radio', { name: 'Lit 12B (Ch. 12) — chambre partagée avec : une femme' }),
  ).toBeVisible();
  const swap = page.getByRole('radio', {
    name: 'Lit 12A : échanger avec DURAND Jeanne (Féminin)',
  });
  await swap.check();
  await expect(page.getByRole('status').filter({ hasText: 'Échange' })).toContainText(
    'DURAND Jeanne ira au lit 14',
  );
  await page.getByRole('button', { name: 'Changer de lit' }).click();
  await patient.expectSaved('Changement de lit enregistré.');
  await expect(heading).toHaveText(
    'Lit 12A — Présent depuis le 01/12/2026 10:04 (admis le 01/12/2026 10:00)',
  );

  const board = new WardBoard(page);
  await board.open();
  await board.expectPatient('12A', 'PETIT');
  await board.expectPatient('14', 'DURAND');
  await expect(board.card('12B')).toContainText('Libre');
});
