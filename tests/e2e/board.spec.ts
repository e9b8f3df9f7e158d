import { controlledByServiceWorker, expect, goOffline, test } from './fixtures';
import { FirstRunPage, LockPage } from './pages/AppPages';
import {
  AdmissionPage,
  BedsPage,
  JEANNE,
  LOUIS,
  PatientPage,
  WardBoard,
} from './pages/PatientPages';

test('admit two patients, move one, discharge one; the board follows, also offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await controlledByServiceWorker(page);
  await new FirstRunPage(page).createWard();
  const board = new WardBoard(page);
  const admission = new AdmissionPage(page);
  const patient = new PatientPage(page);

  // Beds: none yet, then 1 to 4 in one go.
  await expect(page.getByText('Aucun lit n’est encore configuré')).toBeVisible();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 4);
  await board.open();
  await expect(board.cards()).toHaveCount(4);
  for (const bed of ['1', '2', '3', '4']) await board.expectFree(bed);

  // First patient, with an IPP, allergic and in contact isolation.
  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  await admission.fillIdentity(JEANNE);
  await admission.useIpp('12345678');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed: '1' });
  await admission.allergy('Pénicilline', 'Sévère');
  await admission.isolation('Contact');
  await admission.submit();
  await patient.expectSaved('Patiente admise.');
  await expect(patient.band()).toContainText('DURAND');
  await expect(patient.band()).toContainText('nom utilisé : MARTIN');
  await expect(patient.band()).toContainText('12345678');
  await board.open();
  await board.expectPatient(
    '1',
    'DURAND',
    '(MARTIN)',
    'Jeanne',
    'ans · Féminin',
    'Allergies',
    'Isolement Contact',
  );

  // Second patient, arriving with no IPP: one tap on a free bed, a temporary identifier.
  await board
    .card('2')
    .getByRole('link', { name: /Admettre dans ce lit/ })
    .click();
  await admission.fillIdentity(LOUIS);
  const tempId = await admission.useTemporaryId();
  await admission.fillStay({ reason: 'Chute', physician: 'Dr Roux' });
  await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  await admission.submit();
  await patient.expectSaved('Patient admis.');
  await expect(patient.band()).toContainText(tempId);
  await expect(patient.band()).toContainText('TEMPORAIRE');
  await board.open();
  await board.expectPatient('2', 'PETIT', 'Louis', 'Masculin', 'ID temporaire');
  await expect(board.card('2')).not.toContainText('Allergies');

  // Move the second patient to bed 4.
  await board.openPatient('2');
  await patient.moveTo('4');
  await expect(patient.page.getByRole('heading', { level: 1 })).toContainText('Lit 4');
  await board.open();
  await board.expectFree('2');
  await board.expectPatient('4', 'PETIT', 'ID temporaire');

  // Discharge the first patient home.
  await board.openPatient('1');
  await patient.discharge('Domicile');
  await board.open();
  await board.expectFree('1');
  const counts = page.getByTestId('board-counts');
  await expect(counts).toHaveText('Lits : 4 · occupés : 1 · libres : 3 · indisponibles : 0');

  // Search by name and by identifier; filters.
  await board.search('petit');
  await expect(board.cards()).toHaveCount(1);
  await board.search(tempId.slice(4, 13).toLowerCase());
  await expect(board.cards()).toHaveText([/PETIT/]);
  await board.search('');
  await board.filter('Lits libres');
  await expect(board.cards()).toHaveCount(3);
  await board.filter('Allergies');
  await expect(board.cards()).toHaveCount(0);
  await board.filter('Tous les lits');

  // Offline: the reload is served by the service worker, the board is the same.
  await goOffline(context);
  await page.reload();
  await new LockPage(page).unlockAs();
  await expect(counts).toHaveText('Lits : 4 · occupés : 1 · libres : 3 · indisponibles : 0');
  await board.expectFree('1');
  await board.expectFree('2');
  await board.expectPatient('4', 'PETIT', 'Louis');
  await board.openPatient('4');
  await expect(patient.band()).toContainText(tempId);
  await expect(page.getByRole('heading', { name: 'Historique' })).toBeVisible();
});

test('an impossible birth date is refused with a message, and what was typed stays', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.getByRole('link', { name: 'Admettre un patient' }).click();
  const admission = new AdmissionPage(page);
  await admission.fillIdentity({ ...JEANNE, birthDate: '31/02/1950' });
  await admission.useIpp('12345678');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux' });
  await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  await admission.submit();

  await expect(page.getByRole('alert').first()).toHaveText(/Rien n’a été enregistré/);
  const birthDate = admission.field(/^Date de naissance/);
  await expect(birthDate).toHaveAttribute('aria-invalid', 'true');
  await expect(birthDate).toHaveValue('31/02/1950');
  await expect(birthDate).toBeFocused();
  await expect(page.getByText('Cette date n’existe pas ou est mal écrite.')).toBeVisible();
  await expect(admission.field(/^Nom de naissance/)).toHaveValue('Durand');
  await expect(admission.field(/^Motif d’admission/)).toHaveValue('Pneumopathie');
  await expect(page.getByRole('radio', { name: 'Aucune allergie connue' })).toBeChecked();

  // A birth date in the future is refused too; a real one goes through.
  await birthDate.fill('01/01/2999');
  await admission.submit();
  await expect(page.getByText('Cette date est dans le futur.')).toBeVisible();
  await birthDate.fill('28/02/1950');
  await admission.submit();
  await new PatientPage(page).expectSaved('Patiente admise.');
});

test('a possible duplicate is pointed out before saving, and the nurse decides', async ({
  page,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const admission = new AdmissionPage(page);
  const admit = async (ipp: string | null) => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Service' })
      .click();
    await page.getByRole('link', { name: 'Admettre un patient' }).click();
    await admission.fillIdentity({ ...JEANNE, birthName: 'DURAND', usedName: undefined });
    if (ipp) await admission.useIpp(ipp);
    else await admission.useTemporaryId();
    await admission.fillStay({ reason: 'Chute', physician: 'Dr Roux' });
    await admission.noKnownAllergy();
    await admission.isolation('Aucune');
    await admission.submit();
  };
  await admit('12345678');
  await new PatientPage(page).expectSaved('Patiente admise.');

  await admit(null);
  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'Ce patient est peut-être déjà connu' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('mêmes nom de naissance, prénom et date de naissance');
  await expect(warning).toContainText('12345678');
  await expect(
    warning.getByRole('link', { name: /Ouvrir le dossier de DURAND Jeanne/ }),
  ).toBeVisible();
  await expect(admission.field(/^Nom de naissance/)).toHaveValue('DURAND');
  await warning
    .getByRole('button', { name: 'Ce n’est pas la même personne : enregistrer' })
    .click();
  await new PatientPage(page).expectSaved('Patiente admise.');
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Patient' })
    .click();
  await expect(page.locator('.choice-list a')).toHaveCount(2);
});
