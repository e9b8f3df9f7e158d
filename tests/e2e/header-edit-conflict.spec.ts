import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LockPage } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import { AdmissionPage, LOUIS, PatientPage, newWardWithTwoBeds } from './pages/PatientPages';

const SLOW = { timeout: 15_000 };
const header = (page: Page) => page.getByRole('region', { name: 'En-tête' });

/** Opens the header edit of the patient at this address, in a tab already unlocked. */
async function openEdit(page: Page, patientUrl: string) {
  await page.goto(`${patientUrl}/edit`);
  await expect(page.getByRole('heading', { name: 'Modifier l’identité ou l’en-tête' })).toBeVisible(
    SLOW,
  );
}

async function saveEdit(page: Page, reason: string) {
  await new AdmissionPage(page).field(/^Motif de la modification/).fill(reason);
  await new AdmissionPage(page).submit('Enregistrer les modifications');
}

test('an allergy recorded in one tab survives a header edit opened before it in another', async ({
  page,
  context,
}) => {
  await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(LOUIS, { bed: '1', ipp: '23456789' });
  const patientUrl = page.url().replace(/\/edit$/, '');

  // Tab B opens the edit form first.
  const tabB = await context.newPage();
  await tabB.goto('/');
  await new LockPage(tabB).unlockAs();
  await openEdit(tabB, patientUrl);

  // Tab A records a severe penicillin allergy.
  await openEdit(page, patientUrl);
  await new AdmissionPage(page).allergy('Pénicilline', 'Sévère');
  await saveEdit(page, 'Allergie signalée par la famille');
  await new PatientPage(page).expectSaved('Modifications enregistrées.');
  await expect(header(page)).toContainText('Pénicilline');

  // Tab B changes only the physician: the allergy stays.
  const b = new AdmissionPage(tabB);
  await b.field(/^Médecin responsable/).fill('Dr Bernard');
  await saveEdit(tabB, 'Changement de médecin');
  await new PatientPage(tabB).expectSaved('Modifications enregistrées.');
  await expect(header(tabB)).toContainText('Dr Bernard');
  await expect(header(tabB)).toContainText('Pénicilline — Sévère');
  await page.reload();
  await new LockPage(page).unlockAs();
  await expect(header(page)).toContainText('Pénicilline — Sévère', SLOW);

  // Both change the physician: tab B is warned with both values and chooses.
  await openEdit(tabB, patientUrl);
  await openEdit(page, patientUrl);
  await new AdmissionPage(page).field(/^Médecin responsable/).fill('Dr Lemoine');
  await saveEdit(page, 'Garde de nuit');
  await new PatientPage(page).expectSaved('Modifications enregistrées.');
  await b.field(/^Médecin responsable/).fill('Dr Garcia');
  await saveEdit(tabB, 'Médecin du service');
  const warning = tabB.getByRole('alert').filter({ hasText: 'pendant votre saisie' });
  await expect(warning).toBeVisible(SLOW);
  await expect(warning).toContainText('Garder ma saisie : Dr Garcia');
  await expect(warning).toContainText('Prendre la valeur enregistrée entre-temps : Dr Lemoine');
  await expect(b.field(/^Médecin responsable/)).toHaveValue('Dr Garcia');
  await expectNoGraveViolation(tabB, 'edit conflict');
  await warning.getByRole('radio', { name: /Prendre la valeur enregistrée/ }).check();
  await warning.getByRole('button', { name: 'Enregistrer avec ces choix' }).click();
  // Nothing else she changed: nothing to write, and she is told so, on the form.
  await expect(b.field(/^Médecin responsable/)).toHaveValue('Dr Lemoine');
  await expect(tabB.getByText('Rien n’a changé : il n’y a rien à enregistrer.')).toBeVisible();
  await b.field(/^Médecin responsable/).fill('Dr Garcia');
  await b.submit('Enregistrer les modifications');
  await new PatientPage(tabB).expectSaved('Modifications enregistrées.');
  await expect(header(tabB)).toContainText('Dr Garcia');
  await expect(header(tabB)).toContainText('Pénicilline — Sévère');
});
