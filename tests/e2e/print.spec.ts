import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { FirstRunPage } from './pages/AppPages';
import { AdmissionPage, BedsPage, JEANNE, LOUIS, WardBoard } from './pages/PatientPages';
import { MedsPage, VitalsPage, type VitalsSet } from './pages/ChartingPages';
import {
  checkSheetPdf,
  decodeQr,
  pdfPages,
  PrintCentre,
  renderPage,
  type SheetCheck,
} from './pages/PrintPages';

/** RR 22 (2), SpO2 95 (1), air, SBP 105 (1), pulse 95 (1), alert, 38.4 °C (1): NEWS2 6. */
const MEDIUM: VitalsSet = {
  respiratoryRate: '22',
  spo2: '95',
  air: true,
  systolic: '105',
  diastolic: '70',
  pulse: '95',
  consciousness: 'A',
  temperature: '38,4',
};

// The sheets are A4 whatever the tablet: their PDFs are checked once, in portrait.
test.beforeEach(() => {
  const { project } = test.info();
  test.skip(project.name !== 'tablet-portrait', 'PDF output does not depend on the viewport');
});

interface Ward {
  jeanne: string;
  louis: string;
  louisTempId: string;
}

/** A ward of four beds with two patients, admitted through the screens. */
async function seedWard(page: Page): Promise<Ward> {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, 4);
  const board = new WardBoard(page);
  await board.open();
  const admission = new AdmissionPage(page);
  await page.getByRole('link', { name: 'Admettre un patient' }).first().click();
  await admission.fillIdentity(JEANNE);
  await admission.useIpp('12345678');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed: '1' });
  await admission.allergy('Pénicilline', 'Sévère');
  await admission.isolation('Contact');
  await admission.submit();
  await expect(page.getByRole('status').filter({ hasText: 'Patiente admise.' })).toBeVisible();
  await board.open();
  const louisTempId = await admission.admit(LOUIS, { bed: '3', reason: 'Chute' });
  await board.open();
  const idIn = async (bed: string) =>
    ((await board.card(bed).getByRole('link').getAttribute('href')) ?? '').split('/').pop() ?? '';
  return { jeanne: await idIn('1'), louis: await idIn('3'), louisTempId };
}

const SHEETS: SheetCheck[] = [
  {
    name: 'Liste du service',
    kind: 'wardList',
    pages: 1,
    texts: [
      'DURAND (MARTIN) Jeanne',
      'IPP 12345678',
      'Pneumopathie',
      'Pénicilline',
      'Contact',
      'PETIT Louis',
      'Chute',
    ],
  },
  {
    name: 'Transmissions d’équipe',
    kind: 'handover',
    pages: 1,
    texts: [
      'Lit 1 — DURAND (MARTIN) Jeanne',
      'Allergies : Pénicilline (SÉVÈRE)',
      'Lit 3 — PETIT Louis',
    ],
  },
  {
    name: 'Diagramme de soins 24 h',
    kind: 'carePlan',
    pages: 2,
    landscape: true,
    texts: ['Soin ou médicament'],
  },
  {
    name: 'Administration des médicaments — 3 jours',
    kind: 'mar',
    pages: 2,
    landscape: true,
    texts: ['Prescription', 'HR = médicament à haut risque'],
  },
  { name: 'Pancarte — constantes et NEWS2', kind: 'vitals', pages: 2, texts: ['NEWS2 (RCP 2017)'] },
  {
    name: 'Transmissions ciblées',
    kind: 'notes',
    pages: 2,
    texts: ['Données, actions, résultats'],
  },
  {
    name: 'Étiquettes d’identité',
    kind: 'labels',
    pages: 2,
    texts: ['12/04/1950 (76 ans) F', 'Médecine 3 — Lit 3'],
  },
];

test('every sheet prints as A4 PDF: identity and page N / M on each page, values, whole rows, QR', async ({
  page,
}) => {
  const ward = await seedWard(page);
  const centre = new PrintCentre(page);
  await centre.open();
  let previous: string | null = null;
  for (const sheet of SHEETS) {
    if (previous) await centre.sheet(previous).uncheck();
    await centre.chooseSheets(sheet.name);
    previous = sheet.name;
    const wardSheet = sheet.kind === 'wardList' || sheet.kind === 'handover';
    await checkSheetPdf(centre, sheet, wardSheet ? null : ward.jeanne);
  }
  // The second patient's pages are his: band, temporary identifier.
  const labels = pdfPages(await centre.pdf('labels-again'));
  expect(labels[1]).toContain('PETIT');
  expect(labels[1]).toContain(ward.louisTempId);
  expect(labels[1]).not.toContain('DURAND');
});

test('what was charted prints: the vitals set and its NEWS2, the dose given, the note', async ({
  page,
}) => {
  const ward = await seedWard(page);
  const board = new WardBoard(page);
  await board.openPatient('1');
  const vitals = new VitalsPage(page);
  await vitals.open();
  await vitals.fill(MEDIUM);
  await vitals.save();
  await vitals.expectSaved();
  const meds = new MedsPage(page);
  await meds.prescribe({ drug: 'Paracétamol', dose: '1', unit: 'g', route: 'per os' });
  await meds.give('Paracétamol', '08:00');
  await page.getByRole('link', { name: 'Écrire une transmission' }).click();
  await page.getByLabel(/^Cible/).fill('Douleur thoracique');
  await page.getByLabel(/^Données/).fill('EVA 6 à l’inspiration profonde');
  await page.getByRole('button', { name: 'Enregistrer la transmission' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Transmission enregistrée.' }),
  ).toBeVisible();

  const centre = new PrintCentre(page);
  await centre.open();
  await centre.patient(/PETIT Louis/).uncheck();
  const sheets: SheetCheck[] = [
    { name: 'Liste du service', kind: 'wardList', pages: 1, texts: ['Pneumopathie'] },
    {
      name: 'Pancarte — constantes et NEWS2',
      kind: 'vitals',
      pages: 1,
      texts: ['105/70', '38,4', 'AA'],
    },
    {
      name: 'Administration des médicaments — 3 jours',
      kind: 'mar',
      pages: 1,
      landscape: true,
      texts: ['Paracétamol 1 g PO', '08:00, 20:00', 'Prescrit par Dr Roux', 'AM'],
    },
    {
      name: 'Diagramme de soins 24 h',
      kind: 'carePlan',
      pages: 1,
      landscape: true,
      texts: ['Paracétamol 1 g PO', 'AM'],
    },
    {
      name: 'Transmissions ciblées',
      kind: 'notes',
      pages: 1,
      texts: ['Douleur', 'thoracique', 'D : EVA 6 à l’inspiration profonde'],
    },
  ];
  let previous: string | null = null;
  for (const sheet of sheets) {
    if (previous) await centre.sheet(previous).uncheck();
    await centre.chooseSheets(sheet.name);
    previous = sheet.name;
    const pages = await checkSheetPdf(
      centre,
      sheet,
      sheet.kind === 'wardList' ? null : ward.jeanne,
    );
    // The NEWS2 the app scored (6), in the last column of the patient's row.
    if (sheet.kind === 'wardList') expect(pages[0]).toMatch(/Pénicilline\s+Contact\s+Non\s+6\n/);
    if (sheet.kind === 'vitals') {
      // The set's row: its values and the NEWS2 the app scored, on one line.
      expect(pages[0]).toMatch(/22\s+95\s+AA\s+105\/70\s+95\s+A\s+38,4\s+6\s/);
    }
  }
});

test('blank admission sheets get temporary identifiers recorded before they print', async ({
  page,
}) => {
  await seedWard(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Admission en mode papier');
  await expect(page.getByText('Attribuez d’abord les identifiants').first()).toBeVisible();
  await page.getByLabel('Nombre de feuilles vierges').fill('2');
  await page.getByRole('button', { name: 'Attribuer les identifiants temporaires' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Identifiants attribués' });
  await expect(notice).toBeVisible();
  const ids = (await notice.textContent())?.match(/TMP-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/g) ?? [];
  expect(new Set(ids).size).toBe(2);
  expect(await centre.waitReady()).toBe(4);
  expect(await centre.overflowing()).toEqual([]);
  const file = await centre.pdf('blank');
  const pages = pdfPages(file);
  expect(pages).toHaveLength(4);
  pages.forEach((text, index) => {
    expect(text).toContain(ids[Math.floor(index / 2)]);
    expect(text).toContain(`Page ${(index % 2) + 1} / 2`);
  });
  expect(pages[0]).toContain('Nom de naissance');
  expect(pages[1]).toContain('Médicaments donnés');
  expect(JSON.parse(decodeQr(renderPage(file, 4)) ?? '{}')).toMatchObject({
    p: null,
    s: 'blankAdmission',
    i: ids[1],
    n: 2,
    m: 2,
  });
});

test('the print button prints the chosen pages only, and the screen is accessible', async ({
  page,
}) => {
  await seedWard(page);
  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets('Liste du service', 'Étiquettes d’identité');
  await centre.patient(/PETIT Louis/).uncheck();
  expect(await centre.waitReady()).toBe(2);
  await expectNoGraveViolation(page, 'print centre');

  await page.evaluate(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => void (counter.printed += 1);
  });
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Impression des feuilles de secours' }),
  ).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(centre.pages()).toHaveCount(2);
  await expect(centre.pages().first()).toBeVisible();
});
