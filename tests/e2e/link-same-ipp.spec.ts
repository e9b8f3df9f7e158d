import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import {
  AdmissionPage,
  JEANNE,
  LOUIS,
  PatientPage,
  WardBoard,
  newWardWithTwoBeds,
} from './pages/PatientPages';

const SLOW = { timeout: 15_000 };

test('an IPP already carried by another record: not linking is the prominent choice; linking needs a tick and a reason', async ({
  page,
}) => {
  await newWardWithTwoBeds(page);
  const admission = new AdmissionPage(page);
  await admission.admit(LOUIS, { bed: '1', ipp: '23456789' });
  await new WardBoard(page).open();
  await admission.admit(JEANNE, { bed: '2' });
  const patient = new PatientPage(page);

  const tryLink = async () => {
    await patient.action('Lier à l’IPP');
    await page.getByRole('textbox', { name: 'IPP' }).fill('23456789');
    await page.getByRole('button', { name: 'Lier à l’IPP' }).click();
    await expect(page.getByText('Cet IPP est déjà celui d’un autre dossier')).toBeVisible(SLOW);
  };

  await tryLink();
  await expect(page.getByRole('button', { name: /pas la même personne/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lier à l’IPP' })).toHaveCount(0);
  const cancel = page.getByRole('link', { name: 'Ne pas lier : revenir au patient' });
  await expect(cancel).toHaveClass(/button-primary/);
  const force = page.getByRole('button', { name: 'Lier quand même (IPP partagé)' });
  await expect(force).toBeHidden();
  await cancel.click();
  await expect(patient.band()).toContainText('TEMPORAIRE', SLOW);
  await expect(patient.band()).not.toContainText('23456789');

  await tryLink();
  await page.getByText('L’IPP est exact et ce sont deux personnes différentes…').click();
  await expect(page.getByText('deux dossiers porteront l’IPP 23456789')).toBeVisible();
  await expect(force).toBeDisabled();
  await expectNoGraveViolation(page, 'IPP already carried');
  await page.getByRole('checkbox', { name: /J’ai compris/ }).check();
  await force.click();
  await expect(page.getByLabel(/^Motif \(obligatoire\)/)).toHaveAttribute('aria-invalid', 'true');
  await expect(patient.band()).not.toContainText('23456789');
  await page.getByLabel(/^Motif \(obligatoire\)/).fill('Jumeaux, IPP à corriger par la cellule');
  await force.click();
  await patient.expectSaved('Identifiant lié à l’IPP.');
  await expect(patient.band()).toContainText('23456789');
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(
    'IPP déjà porté par un autre dossier : Jumeaux, IPP à corriger par la cellule',
  );
});
