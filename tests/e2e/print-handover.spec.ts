import { expect, setWardClock, test } from './fixtures';
import { MedsPage } from './pages/ChartingPages';
import { AdmissionPage, JEANNE, newWardWithTwoBeds } from './pages/PatientPages';
import { checkSheetPdf, PrintCentre, squash } from './pages/PrintPages';

// Issue 10, point 6: the handover puts urgent first, each item with its day when it is not
// today. The page clock is fixed at 01/12/2026 14:00 (Paris): nothing depends on the real time.

test.beforeEach(() => {
  const { project } = test.info();
  test.skip(project.name !== 'tablet-portrait', 'PDF output does not depend on the viewport');
});

/** Spaces as pdftotext lays them out (no-break ones included) do not matter. */
test('the handover prints yesterday’s missed dose first, with its day, then today’s late one, then what was not done and why', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Its dates are written out below: this test keeps its own moment whatever E2E_WARD_NOW says.
  await setWardClock(page, new Date('2026-12-01T14:00:00+01:00'));
  const board = await newWardWithTwoBeds(page);
  const admission = new AdmissionPage(page);
  await page.getByRole('link', { name: 'Admettre un patient' }).first().click();
  await admission.fillIdentity(JEANNE);
  await admission.useIpp('12345678');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed: '1' });
  // Admitted yesterday morning: yesterday's 22:00 dose is part of her stay.
  const admitted = page.getByRole('group', { name: /^Date et heure d’admission/ });
  await admitted.getByLabel('Date (JJ/MM/AAAA)').fill('30/11/2026');
  await admitted.getByLabel('Heure (HH:MM)').fill('08:00');
  await admission.noKnownAllergy();
  await admission.isolation('Aucune');
  await admission.submit();
  await expect(page.getByRole('status').filter({ hasText: 'Patiente admise.' })).toBeVisible({
    timeout: 30_000,
  });
  await board.open();
  await board.openPatient('1');

  // Nothing charted: the 22:00 dose of yesterday is missed, today's 12:00 one is late.
  const meds = new MedsPage(page);
  await meds.prescribe({
    drug: 'Ceftriaxone',
    dose: '1',
    unit: 'g',
    route: 'IV',
    times: '22:00',
    startDate: '30/11/2026',
  });
  await meds.prescribe({
    drug: 'Paracétamol',
    dose: '1',
    unit: 'g',
    route: 'per os',
    times: '12:00',
    startDate: '01/12/2026',
  });

  // Charted as refused, with a reason: not done, not "nothing charted".
  await meds.prescribe({
    drug: 'Amoxicilline',
    dose: '1',
    unit: 'g',
    route: 'per os',
    times: '13:00',
    startDate: '01/12/2026',
  });
  await meds.refuse('Amoxicilline', '13:00', 'Vomissements');

  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Transmissions d’équipe');
  const pages = await checkSheetPdf(
    centre,
    {
      name: 'Transmissions d’équipe',
      kind: 'handover',
      pages: 1,
      texts: ['Lit 1 — DURAND (MARTIN) Jeanne'],
    },
    null,
  );
  const text = squash(pages.join('\n'));
  const missed = text.indexOf('• hier 22:00 Ceftriaxone 1 g IV — MANQUÉ, rien de tracé');
  const late = text.indexOf('• 12:00 Paracétamol 1 g PO — EN RETARD, rien de tracé');
  const heading = text.indexOf('À faire, le plus en retard d’abord');
  expect(heading).toBeGreaterThan(-1);
  expect(missed).toBeGreaterThan(heading);
  expect(late).toBeGreaterThan(missed);
  const pending = text.slice(heading, text.indexOf('Non faits'));
  expect(pending).not.toContain('Amoxicilline');
  expect(text).toContain(
    'Non faits (tracés avec leur motif) : • 13:00 Amoxicilline 1 g PO — R (refusé) — Vomissements',
  );
});
