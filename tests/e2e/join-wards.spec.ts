import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FirstRunPage, nav, NURSE, WARD } from './pages/AppPages';
import { expectNoGraveViolation } from './pages/axe';
import {
  AdmissionPage,
  BedsPage,
  JEANNE,
  LOUIS,
  WardBoard,
  type Person,
} from './pages/PatientPages';
import { makeJoiningFile, openSecondTablet } from './pages/TabletPages';

async function startWard(page: Page, name: string, nurse: typeof NURSE) {
  await page.goto('/');
  await new FirstRunPage(page).createWard({ ...WARD, name }, nurse);
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 3);
}

async function admit(page: Page, person: Person, bed: string, ipp: string) {
  await new WardBoard(page).open();
  await new AdmissionPage(page).admit(person, { bed, ipp });
}

test('two wards begun separately: A joins B’s file, its board shows both wards’ patients and the conflicts; B moves to A', async ({
  page: a,
  browser,
}, testInfo) => {
  test.setTimeout(480_000);

  // The night of the outage, two tablets each create "the ward" and admit Jeanne in bed 2.
  await startWard(a, 'Médecine 3', NURSE);
  await admit(a, JEANNE, '2', '100200300');
  const tabletB = await openSecondTablet(browser, a);
  const b = tabletB.page;
  await startWard(b, 'Médecine 3 nuit', { name: 'Chloé Bernard', initials: 'CB' });
  await admit(b, JEANNE, '2', '100200300');
  await admit(b, LOUIS, '3', '100200301');

  // B makes its ward file; A joins it with B's passphrase on the Data screen.
  const fromB = testInfo.outputPath('from-b.releve');
  await makeJoiningFile(b, fromB);
  await nav(a, 'Données').click();
  const section = a.getByRole('region', { name: 'Deux services commencés à part' });
  await section.getByLabel('Fichier du service de l’autre tablette (.releve)').setInputFiles(fromB);
  await section.getByLabel('Phrase de passe de l’autre service').fill('cheval agrafe lune');
  await expectNoGraveViolation(a, 'join a ward begun separately');
  await section.getByRole('button', { name: 'Joindre ce service' }).click();
  const report = section.getByTestId('join-other-ward').getByRole('status');
  await expect(report).toContainText(
    'du service « Médecine 3 nuit », 2 patients, 1 lit en double à vérifier, 1 personne peut-être admise deux fois.',
    { timeout: 60_000 },
  );
  await expect(report).toContainText('entrées reprises');
  await expectNoGraveViolation(a, 'join report');

  // A's board: its own name, both wards' patients, the bed shared and the person twice.
  const board = new WardBoard(a);
  await board.open();
  await expect(a.getByRole('heading', { name: 'Service Médecine 3', exact: true })).toBeVisible();
  await board.expectPatient('3', 'PETIT', 'Louis');
  await board.expectPatient('2', 'DURAND', 'Jeanne');
  const conflicts = a.getByRole('region', { name: 'Conflits entre tablettes' });
  await expect(conflicts).toContainText('Deux patients dans le lit 2');
  await expect(conflicts).toContainText('Même personne admise sur deux tablettes ?');

  // Tablet B moves to the joined ward with A's file made after the join, and A's passphrase.
  const fromA = testInfo.outputPath('from-a.releve');
  await makeJoiningFile(a, fromA);
  await nav(b, 'Données').click();
  const move = b.getByTestId('move-to-joined-ward');
  await move.getByLabel('Fichier du service fusionné (.releve)').setInputFiles(fromA);
  await move.getByLabel('Phrase de passe (service fusionné)').fill('cheval agrafe lune');
  await move.getByRole('button', { name: 'Passer au service fusionné' }).click();
  await expect(b.getByRole('heading', { name: 'Qui saisit ?' })).toBeVisible({ timeout: 60_000 });
  await b.getByRole('button', { name: /Chloé Bernard/ }).click();
  const boardB = new WardBoard(b);
  await boardB.open();
  await expect(b.getByRole('heading', { name: 'Service Médecine 3', exact: true })).toBeVisible();
  await boardB.expectPatient('3', 'PETIT', 'Louis');

  expect(tabletB.foreign, 'tablet B: requests to another origin').toEqual([]);
  await tabletB.context.close();
});
