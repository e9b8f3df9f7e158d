import type { Page } from '@playwright/test';
import { expect, test, setWardClock } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { FirstRunPage } from './pages/AppPages';
import { AdmissionPage, BedsPage, JEANNE, PatientPage, WardBoard } from './pages/PatientPages';

// Issue 9, points 6, 7, 8 and 11: what a nurse sees when a prescription or a dose is unsafe.
// The browser's clock is set: 2 December 2026 at 22:00 in Paris, a Wednesday.
const NOW = new Date('2026-12-02T22:00:00+01:00');
const DAY = '02/12/2026';
const LONG = { timeout: 20_000 };

async function wardWithPatient(page: Page, allergy?: string) {
  await setWardClock(page, NOW);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  const admission = new AdmissionPage(page);
  await new WardBoard(page).open();
  await page.getByRole('link', { name: 'Admettre un patient' }).first().click();
  await admission.fillIdentity(JEANNE);
  await admission.useIpp('12345678');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed: '1' });
  if (allergy) await admission.allergy(allergy, 'Sévère');
  else await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  await admission.submit();
  await new PatientPage(page).expectSaved('Patiente admise.');
}

interface Draft {
  drug: string;
  dose: string;
  prn?: { max: string; amount?: string; interval?: string };
}

async function fillPrescription(page: Page, draft: Draft) {
  await page.getByLabel('Médicament', { exact: true }).fill(draft.drug);
  await page.getByLabel('Dose', { exact: true }).fill(draft.dose);
  await page.getByLabel('Unité', { exact: true }).selectOption({ label: 'g' });
  await page.getByLabel('Voie', { exact: true }).selectOption({ label: 'per os' });
  if (draft.prn) {
    await page.getByRole('radio', { name: 'Si besoin' }).check();
    await page.getByLabel('Maximum par 24 h').fill(draft.prn.max);
    if (draft.prn.amount) {
      await page.getByLabel(/^Quantité maximale par 24 h/).fill(draft.prn.amount);
      await page.getByLabel('Unité de la quantité maximale').selectOption({ label: 'g' });
    }
    if (draft.prn.interval) await page.getByLabel(/^Intervalle minimal/).fill(draft.prn.interval);
    await page.getByLabel(/^Indication/).fill('Douleur EVA > 3');
  } else {
    await page.getByRole('radio', { name: 'Heures fixes' }).check();
    await page.getByRole('textbox', { name: 'Heures' }).fill('08:00 20:00');
  }
  const start = page.getByRole('group', { name: 'Début' });
  await start.getByLabel('Date (JJ/MM/AAAA)').fill(DAY);
  await start.getByLabel('Heure (HH:MM)').fill('00:00');
  await page.getByLabel('Prescripteur', { exact: true }).fill('Dr Roux');
}

const saveRx = (page: Page) =>
  page.getByRole('button', { name: 'Enregistrer la prescription' }).click();
const savedRx = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'Prescription enregistrée.' })).toBeVisible(
    LONG,
  );
const openPrescribe = (page: Page) =>
  page.getByRole('link', { name: 'Transcrire une prescription' }).click();

test('amoxicillin for a severe penicillin allergy: warned on the form, refused without a recorded override', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await wardWithPatient(page, 'Pénicilline');
  await openPrescribe(page);
  // Who and what allergies, on the form itself.
  await expect(page.getByRole('region', { name: 'Identité du patient' })).toContainText('DURAND');
  await expect(page.getByRole('region', { name: 'Allergies' })).toContainText('Pénicilline');
  await fillPrescription(page, { drug: 'Amoxicilline', dose: '1' });
  const warning = page.getByRole('alert').filter({ hasText: 'Allergie : vérifiez' });
  await expect(warning).toContainText('même classe (pénicillines)');
  await expect(warning).toContainText('« Pénicilline » (sévère)');
  await saveRx(page);
  await expect(page.getByText('correspond à une allergie du patient').first()).toBeVisible(LONG);
  await expect(
    page.getByRole('heading', { name: 'Transcrire une prescription papier' }),
  ).toBeVisible();

  await expectNoGraveViolation(page);
  await page.getByRole('checkbox', { name: /Je transcris malgré l’allergie/ }).check();
  await page.getByLabel('Motif (qui a confirmé, pourquoi)').fill('Dr Roux : allergie infirmée');
  await saveRx(page);
  await savedRx(page);
  await expect(page.getByText('transcrit malgré l’allergie (Pénicilline) : Dr Roux')).toBeVisible();
});

test('a wrong dose and a dose outside its window need a reason, shown on the MAR; as needed: amount, interval and the day of the next dose; a stopped prescription is greyed', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await wardWithPatient(page);
  await openPrescribe(page);
  await fillPrescription(page, { drug: 'Paracétamol', dose: '1' });
  await saveRx(page);
  await savedRx(page);

  // 10 g instead of 1 g, 2 h after the 20:00 slot.
  const slots = page.getByRole('list', { name: 'Prises de Paracétamol' });
  await slots.getByRole('listitem').filter({ hasText: '20:00' }).getByRole('link').click();
  await page.getByLabel('Dose', { exact: true }).fill('10');
  const deviation = page.getByRole('alert').filter({ hasText: 'Écart à la prescription' });
  await expect(deviation).toContainText('10 g au lieu de 1 g');
  await expect(deviation).toContainText('après la prise prévue (20:00)');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('La dose diffère de la prescription').first()).toBeVisible(LONG);
  await page.getByRole('checkbox', { name: 'Je confirme cet écart' }).check();
  await expectNoGraveViolation(page);
  await page.getByLabel('Motif de l’écart').fill('Erreur de flacon, médecin prévenu');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const slot = slots.getByRole('listitem').filter({ hasText: '20:00' });
  await expect(slot).toContainText('ÉCART : dose 10 g (prescrit 1 g)', LONG);
  await expect(slot).toContainText('en retard');
  await expect(slot).toContainText('motif : Erreur de flacon');

  // Stopped: greyed with a word, and nothing left to change or stop.
  const row = page.locator('.mar-row').filter({ hasText: 'Paracétamol' });
  await row.getByRole('button', { name: 'Arrêter Paracétamol' }).click();
  await row.getByLabel('Motif de l’arrêt').fill('Fin de traitement');
  await row.getByRole('button', { name: 'Confirmer l’arrêt' }).click();
  await expect(row).toContainText('ARRÊTÉE', LONG);
  await expect(row.getByRole('link', { name: /Modifier/ })).toHaveCount(0);
  await expect(row.getByRole('button', { name: /Arrêter/ })).toHaveCount(0);

  // As needed, 4 g a day and 4 h apart: the next dose is tomorrow, and says so.
  await openPrescribe(page);
  await fillPrescription(page, {
    drug: 'Kétoprofène',
    dose: '1',
    prn: { max: '6', amount: '4', interval: '4' },
  });
  await saveRx(page);
  await savedRx(page);
  await expect(page.getByText('4 g par 24 h au plus, au moins 4 h entre deux doses')).toBeVisible();
  await page.getByRole('link', { name: 'Donner une dose de Kétoprofène' }).click();
  await page.getByLabel('Indication de cette dose').fill('EVA 6');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText(/dose suivante possible demain 02:0\d/)).toBeVisible(LONG);
  await page.getByRole('link', { name: 'Donner une dose de Kétoprofène' }).click();
  const limit = page.getByRole('alert').filter({ hasText: 'Trop tôt' });
  await expect(limit).toContainText('au moins 4 h entre deux doses');
  await expect(limit).toContainText(/Prochaine dose possible\s: demain 02:0\d/);
});

test('a nursing assistant sees why she cannot transcribe, and the form refuses her', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await setWardClock(page, NOW);
  await page.goto('/');
  const setup = new FirstRunPage(page);
  await setup.fill(undefined, { name: 'Chloé Aide', initials: 'CA' });
  await page.getByLabel('Fonction', { exact: true }).selectOption({ label: 'Aide-soignant·e' });
  await setup.submit();
  await new BedsPage(page).open();
  await new BedsPage(page).addSeries(1, 1);
  await new WardBoard(page).open();
  await new AdmissionPage(page).admit(JEANNE, { ipp: '12345678', bed: '1' });
  await expect(page.getByRole('link', { name: 'Transcrire une prescription' })).toHaveCount(0);
  await expect(page.getByText('réservé aux infirmier·ère·s').first()).toBeVisible();
  await page.goto(`${page.url()}/prescribe`);
  await expect(page.getByText('réservé aux infirmier·ère·s').first()).toBeVisible(LONG);
  await expect(page.getByLabel('Médicament', { exact: true })).toHaveCount(0);
});
