import type { Page } from '@playwright/test';
import { expect, setWardClock, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { VitalsPage } from './pages/ChartingPages';
import { AdmissionPage, LOUIS, newWardWithTwoBeds } from './pages/PatientPages';
import { checkSheetPdf, PrintCentre } from './pages/PrintPages';

// Issue 10, points 4 and 7: the ward's glycaemia unit, and a vitals chart to go on by hand.

test.beforeEach(() => {
  const { project } = test.info();
  // The Settings screen is checked at both sizes; the PDF, A4 whatever the tablet, once.
  test.skip(
    project.name !== 'tablet-portrait' && test.info().title.includes('PDF'),
    'PDF output does not depend on the viewport',
  );
});

async function setWardUnit(page: Page, unit: 'g/L' | 'mmol/L') {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Réglages' })
    .click();
  const section = page.getByRole('region', { name: 'Réglages du service' });
  const units = section.getByRole('group', { name: 'Unité de la glycémie capillaire' });
  await units.getByRole('radio', { name: unit }).check();
  await section.getByRole('button', { name: 'Enregistrer l’unité' }).click();
  const saved = new RegExp(`Unité du service enregistrée\\s*:\\s*${unit.replace('/', '\\/')}`);
  await expect(section.getByRole('status').filter({ hasText: saved })).toBeVisible({
    timeout: 15_000,
  });
  await expectNoGraveViolation(page, 'settings with the ward unit');
}

test('the ward’s glycaemia unit is set in Settings, and the vitals form offers it', async ({
  page,
}) => {
  const board = await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(LOUIS, { bed: '1' });
  await board.open();
  await board.openPatient('1');
  const vitals = new VitalsPage(page);
  await vitals.open();
  // Never set: g/L, the French habit and the form's unit before the setting existed.
  await expect(page.getByRole('radio', { name: 'g/L' })).toBeChecked({ timeout: 15_000 });
  await setWardUnit(page, 'mmol/L');
  await board.open();
  await board.openPatient('1');
  await vitals.open();
  await expect(page.getByRole('radio', { name: 'mmol/L' })).toBeChecked({ timeout: 15_000 });
});

test('PDF: the vitals chart heads glycaemia in the ward’s unit and runs on to midnight', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Printed on Tuesday 1 December at 14:30: blank columns from 15 h to 23 h.
  await setWardClock(page, new Date('2026-12-01T14:30:00+01:00'));
  const board = await newWardWithTwoBeds(page);
  await new AdmissionPage(page).admit(LOUIS, { bed: '1' });
  await board.open();
  const patient =
    ((await board.card('1').getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? '';
  await setWardUnit(page, 'mmol/L');
  await board.open();
  await board.openPatient('1');
  const vitals = new VitalsPage(page);
  await vitals.open();
  // Typed in g/L on a ward that writes mmol/L: printed in g/L under a mmol/L header.
  await page.getByRole('radio', { name: 'g/L' }).check();
  await vitals.field(/^Glycémie capillaire/).fill('1,85');
  await vitals.save();
  await vitals.expectSaved();

  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Pancarte — constantes et NEWS2');
  const pages = await checkSheetPdf(
    centre,
    { name: 'Pancarte — constantes et NEWS2', kind: 'vitals', pages: 2, texts: [] },
    patient,
  );
  await expectNoGraveViolation(page, 'vitals chart preview with the grid');
  const [table = '', grid = ''] = pages;
  // "Glyc. mmol/L" wraps in its narrow column: the unit comes on the header's next line.
  expect(table).toMatch(/Glyc\.[^\n]*\n[^\n]*mmol\/L/);
  expect(table).not.toContain('Glyc. g/L');
  expect(table).toMatch(/1,85[\s\u00a0]g\/L/);
  // The graph's axis goes past the print time, to midnight.
  expect(table).toMatch(/à continuer jusqu’à\s+mer\.\s+02\/12\s+00:00/);
  // The last page: a blank column per hour after the print time, and the scoring grid.
  expect(grid).toMatch(/NEWS2 à la main, de\s+mar\.\s+01\/12\s+15:00\s+à\s+mer\.\s+02\/12\s+00:00/);
  const hours = ['15', '16', '17', '18', '19', '20', '21', '22', '23'];
  expect(grid).toMatch(new RegExp(`Heure prévue\\s+${hours.map((h) => `${h} h`).join('\\s+')}`));
  expect(grid).not.toMatch(/\b14 h\b/);
  for (const row of ['Heure réelle', 'Total NEWS2', 'Glycémie (mmol/L)', 'Initiales', '≥ 39,1']) {
    expect(grid).toContain(row);
  }
});
