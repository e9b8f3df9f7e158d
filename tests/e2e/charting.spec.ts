import type { Page } from '@playwright/test';
import { controlledByServiceWorker, expect, goOffline, test } from './fixtures';
import {
  MedsPage,
  TimelinePage,
  VitalsPage,
  NEWS2_SIX,
  type VitalsSet,
} from './pages/ChartingPages';
import { FirstRunPage, LockPage } from './pages/AppPages';
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

/** RR 26 (3), SpO2 90 (3), oxygen... here air, SBP 95 (2), pulse 125 (2), confused (3): 13. */
const HIGH: VitalsSet = {
  respiratoryRate: '26',
  spo2: '90',
  air: true,
  systolic: '95',
  pulse: '125',
  consciousness: 'C',
  temperature: '36,5',
};

async function admitInBed(page: Page, person: Person, bed: string, ipp: string) {
  const admission = new AdmissionPage(page);
  await new WardBoard(page).open();
  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  await admission.fillIdentity(person);
  await admission.useIpp(ipp);
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed });
  await admission.allergy('Pénicilline', 'Sévère');
  await admission.isolation('Aucune');
  await admission.submit();
  await new PatientPage(page).expectSaved(admittedText(person));
}

/**
 * The whole round for one patient: vitals with NEWS2 live and on the board, a prescription,
 * a dose given, one refused, the MAR, and a correction struck through.
 */
async function chartRound(page: Page, bed: string, set: VitalsSet, score: string, risk: string) {
  const board = new WardBoard(page);
  const vitals = new VitalsPage(page);
  const meds = new MedsPage(page);
  const timeline = new TimelinePage(page);
  await board.open();
  await board.openPatient(bed);

  await vitals.open();
  await vitals.fill({ respiratoryRate: set.respiratoryRate });
  await expect(vitals.live()).toContainText('Score incomplet');
  await vitals.fill({ ...set, respiratoryRate: undefined });
  await expect(vitals.live()).toContainText(`NEWS2 ${score}`);
  await expect(vitals.live()).toContainText(risk);
  await vitals.save();
  await vitals.expectSaved();
  await expect(page.getByRole('region', { name: 'Constantes et NEWS2' })).toContainText(
    `NEWS2 ${score}`,
  );

  await board.open();
  await expect(board.card(bed).getByTestId('card-obs')).toContainText(`NEWS2 ${score}`);
  await expect(board.card(bed).getByTestId('card-obs')).toContainText(risk);
  await board.openPatient(bed);

  await meds.prescribe({ drug: 'Paracétamol', dose: '1', unit: 'g', route: 'per os' });
  await expect(meds.slot('Paracétamol', '08:00')).toBeVisible();
  await expect(meds.slot('Paracétamol', '20:00')).toBeVisible();

  await meds.give('Paracétamol', '08:00');
  await expect(meds.slot('Paracétamol', '08:00')).toContainText('donnée');
  await expect(meds.slot('Paracétamol', '08:00')).toContainText('AM');
  await meds.refuse('Paracétamol', '20:00', 'Nausées');
  await expect(meds.slot('Paracétamol', '20:00')).toContainText('refusée');
  await expect(meds.slot('Paracétamol', '20:00')).toContainText('Nausées');

  // The dose given at 08:00 was charted on the wrong patient: struck through, not deleted.
  await timeline.strikeOut(/Paracétamol \(08:00\)\s: donnée/, 'Erreur de patient');
  const struck = timeline.entry(/Paracétamol \(08:00\)\s: donnée/);
  await expect(struck.locator('del')).toContainText('Paracétamol');
  await expect(struck).toContainText('ANNULÉ par Alice Martin (AM)');
  await expect(struck).toContainText('Erreur de patient');
  await expect(meds.slot('Paracétamol', '08:00')).not.toContainText('donnée');
}

test('vitals with NEWS2 on the board, a prescription, doses given and refused, a correction; again offline', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await controlledByServiceWorker(page);
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 2);
  await admitInBed(page, JEANNE, '1', '12345678');
  await chartRound(page, '1', NEWS2_SIX, '6', 'risque moyen');

  // The network goes: the tablet reloads from its cache, and everything is still there.
  await goOffline(context);
  await page.reload();
  await new LockPage(page).unlockAs();
  const board = new WardBoard(page);
  await board.open();
  await expect(board.card('1').getByTestId('card-obs')).toContainText('NEWS2 6');
  await board.openPatient('1');
  const meds = new MedsPage(page);
  await expect(meds.slot('Paracétamol', '20:00')).toContainText('refusée');
  await expect(
    new TimelinePage(page).entry(/Paracétamol \(08:00\)\s: donnée/).locator('del'),
  ).toBeVisible();

  // And charting goes on offline, for a second patient.
  await admitInBed(page, LOUIS, '2', '87654321');
  await chartRound(page, '2', HIGH, '13', 'risque élevé');
  await page.reload();
  await new LockPage(page).unlockAs();
  await board.open();
  await expect(board.card('2').getByTestId('card-obs')).toContainText('NEWS2 13');
  await expect(board.card('2').getByTestId('card-obs')).toContainText('surveillance continue');
  await expect(board.card('1').getByTestId('card-obs')).toContainText('NEWS2 6');
});

test('an impossible value is refused, an unusual one needs a confirmation', async ({ page }) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await admitInBed(page, JEANNE, '1', '12345678');
  const vitals = new VitalsPage(page);
  await vitals.open();
  await vitals.fill({ temperature: '366', pulse: '160' });
  await expect(page.getByText('Valeur impossible (de 25 à 45 °C)')).toBeVisible();
  await expect(page.getByText('Valeur inhabituelle').first()).toBeVisible();
  await vitals.save();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Rien n’a été enregistré' }),
  ).toBeVisible();
  await vitals.fill({ temperature: '36,6' });
  await vitals.save();
  await expect(page.getByText('Cochez la confirmation')).toBeVisible();
  await page.getByRole('checkbox', { name: /je confirme : Pouls/ }).check();
  await vitals.save();
  await vitals.expectSaved();
  // A partial set is recorded but does not make a NEWS2: the board says a full set is due.
  await new WardBoard(page).open();
  await expect(new WardBoard(page).card('1').getByTestId('card-obs')).toContainText('À FAIRE');
});

test('as needed: the 24 h maximum is refused without an override and its reason', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await admitInBed(page, JEANNE, '1', '12345678');
  const meds = new MedsPage(page);
  await meds.prescribe({
    drug: 'Morphine',
    dose: '5',
    unit: 'mg',
    route: 'SC',
    prn: { max: '1', indication: 'Douleur EVA > 4' },
    highAlert: true,
  });
  await expect(page.getByText('0 dose sur les dernières 24 h (maximum 1)')).toBeVisible();
  await page.getByRole('link', { name: 'Donner une dose de Morphine' }).click();
  await expect(page.getByText('faites vérifier la dose')).toBeVisible();
  await page.getByLabel('Indication de cette dose').fill('EVA 7');
  await meds.save();
  await expect(
    page.getByText('Maximum atteint : 1 dose sur 24 h, pour un maximum prescrit de 1.'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Donner une dose de Morphine' }).click();
  await page.getByLabel('Indication de cette dose').fill('EVA 8');
  await expect(page.getByRole('alert').filter({ hasText: 'Maximum atteint' })).toBeVisible();
  await meds.save();
  await expect(page.getByText('une dérogation avec motif est obligatoire')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Donner quand même (dérogation)' }).check();
  await page.getByLabel('Motif de la dérogation').fill('Accord du Dr Roux par téléphone');
  await meds.save();
  await expect(page.getByText('dérogation : Accord du Dr Roux par téléphone')).toBeVisible();
});

test('planned care, a targeted note, a phoned result, and the ward’s "to do" list', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await admitInBed(page, JEANNE, '1', '12345678');

  await page.getByRole('link', { name: 'Planifier un soin' }).click();
  await page.getByLabel('Soin', { exact: true }).selectOption({ label: 'Pansement' });
  await page.getByRole('radio', { name: 'Une seule fois' }).check();
  await page.getByRole('button', { name: 'Planifier le soin' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Soin planifié.' })).toBeVisible();
  const care = page.getByRole('region', { name: /Soins planifiés du/ });
  await care.getByRole('button', { name: /à faire/ }).click();
  await care.getByRole('button', { name: 'Non fait' }).click();
  await expect(care.getByText('Ce champ est obligatoire.')).toBeVisible();
  await care.getByRole('button', { name: /Fait$/ }).click();
  await expect(care.getByText('✓ fait')).toBeVisible();

  await page.getByRole('link', { name: 'Écrire une transmission' }).click();
  await page.getByLabel('Cible').fill('Douleur');
  await page.getByLabel('Données').fill('EVA 6 au lever');
  await page.getByLabel('Actions').fill('Paracétamol 1 g donné');
  await page.getByRole('button', { name: 'Enregistrer la transmission' }).click();
  await expect(page.getByText('Cible : Douleur')).toBeVisible();

  await page.getByRole('link', { name: 'Résultat téléphoné' }).click();
  await page.getByLabel('Examen').fill('Hémoglobine');
  await page.getByLabel('Valeur').fill('7,1');
  await page.getByLabel('Unité').fill('g/dL');
  await page.getByLabel(/^Appelé par/).fill('Laboratoire, M. Petit');
  await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
  await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible();
  await page.getByRole('radio', { name: 'Oui' }).check();
  await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
  const notes = page.getByRole('region', { name: 'Transmissions ciblées et résultats' });
  await expect(notes.getByText('Hémoglobine : 7,1 g/dL')).toBeVisible();
  await expect(notes).toContainText('relu et confirmé');

  // No vitals yet: the ward's list says a full set is due for her.
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'À faire' })
    .click();
  await expect(page.getByRole('heading', { name: 'À faire maintenant', level: 1 })).toBeVisible();
  const item = page.locator('.todo-item').filter({ hasText: 'DURAND' });
  await expect(item.first()).toContainText('Constantes');
  await item.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Saisir des constantes' })).toBeVisible();
});
