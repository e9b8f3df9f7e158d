import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { ageOnWardDay, expect, test, WARD_TODAY } from './fixtures';
import { expectNoGraveViolation } from './pages/axe';
import { FirstRunPage } from './pages/AppPages';
import {
  AdmissionPage,
  BedsPage,
  JEANNE,
  LOUIS,
  WardBoard,
  newWardWithTwoBeds,
} from './pages/PatientPages';
import { MedsPage, VitalsPage, NEWS2_SIX } from './pages/ChartingPages';
import {
  checkSheetPdf,
  decodeQr,
  pdfPages,
  PrintCentre,
  renderPage,
  type SheetCheck,
} from './pages/PrintPages';

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
  // Two patients, each a table page and the NEWS2 grid to go on by hand (issue 10, point 7).
  { name: 'Pancarte — constantes et NEWS2', kind: 'vitals', pages: 4, texts: ['NEWS2 (RCP 2017)'] },
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
    texts: [`12/04/1950 (${ageOnWardDay('12/04/1950')} ans) F`, 'Médecine 3 — Lit 3'],
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
  await vitals.fill(NEWS2_SIX);
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
      pages: 2,
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
  // Two sheets make a pack: its index page, the ward list, the labels.
  expect(await centre.waitReady()).toBe(3);
  await expectNoGraveViolation(page, 'print centre');

  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => void (window.printed = (window.printed ?? 0) + 1);
  });
  await page.getByRole('button', { name: 'Imprimer' }).click();
  await expect.poll(() => page.evaluate(() => window.printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Impression des feuilles de secours' }),
  ).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(centre.pages()).toHaveCount(3);
  await expect(centre.pages().first()).toBeVisible();
});

test('a refused dose’s reason and a glycaemia typed in g/L print as charted (issue 10)', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // On the ward's clock (WARD_NOW): the 08:00 dose is refused the same day, at 14:00.
  const ward = await seedWard(page);
  await new WardBoard(page).openPatient('1');
  const vitals = new VitalsPage(page);
  await vitals.open();
  await vitals.field(/^Glycémie capillaire/).fill('2,56');
  await page.getByRole('radio', { name: 'g/L' }).check();
  await vitals.save();
  await vitals.expectSaved();
  const meds = new MedsPage(page);
  await meds.prescribe({ drug: 'Paracétamol', dose: '1', unit: 'g', route: 'per os' });
  await meds.refuse('Paracétamol', '08:00', 'Nausées, refuse les comprimés');

  const centre = new PrintCentre(page);
  await centre.open();
  await centre.patient(/PETIT Louis/).uncheck();
  const reason = 'R (refusé) — Nausées, refuse les comprimés';
  const sheets: SheetCheck[] = [
    {
      name: 'Administration des médicaments — 3 jours',
      kind: 'mar',
      pages: 1,
      landscape: true,
      texts: [`${WARD_TODAY.slice(0, 5)} 08:00 AM — Paracétamol 1 g PO`, reason],
    },
    { name: 'Transmissions ciblées', kind: 'notes', pages: 1, texts: [reason] },
    { name: 'Pancarte — constantes et NEWS2', kind: 'vitals', pages: 2, texts: ['Glycémie'] },
  ];
  let previous: string | null = null;
  for (const sheet of sheets) {
    if (previous) await centre.sheet(previous).uncheck();
    await centre.chooseSheets(sheet.name);
    previous = sheet.name;
    const pages = await checkSheetPdf(centre, sheet, ward.jeanne);
    // The value as typed, with its unit; not the mmol/L it is stored in.
    if (sheet.kind === 'vitals') {
      expect(pages[0]).toMatch(/2,56[\s\u00a0]g\/L/);
      expect(pages[0]).not.toContain('14,2');
    }
  }
});

const LONG_NAME = {
  birthName: 'DE LA ROCHEFOUCAULD-MONTMORENCY',
  usedName: 'DE SAINT-EXUPÉRY-LAVALLIÈRE',
  firstNames: 'Marie-Antoinette Bernadette Joséphine Eugénie',
};
const PATIENT_SHEET_NAMES = [
  'Diagramme de soins 24 h',
  'Administration des médicaments — 3 jours',
  'Pancarte — constantes et NEWS2',
  'Transmissions ciblées',
  'Étiquettes d’identité',
];

/** Each page's text in drawing order (a label's lines together), spaces and line cuts undone. */
function rawPages(file: string): string[] {
  const text = execFileSync('/usr/bin/pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').replace(/- /g, '-'));
}

const count = (text: string, part: string) => text.split(part).length - 1;

test('a long-named patient with a severe allergy: every trait and the allergy on every page and label', async ({
  page,
}) => {
  await newWardWithTwoBeds(page);
  const admission = new AdmissionPage(page);
  await page.getByRole('link', { name: 'Admettre un patient' }).first().click();
  await admission.fillIdentity({
    birthName: LONG_NAME.birthName,
    usedName: LONG_NAME.usedName,
    firstName: 'Marie-Antoinette',
    birthDate: '29/02/1948',
    sex: 'Féminin',
  });
  await admission.field(/^Prénoms de naissance/).fill(LONG_NAME.firstNames);
  await admission.useIpp('123456789012');
  await admission.fillStay({ reason: 'Pneumopathie', physician: 'Dr Roux', bed: '1' });
  await admission.allergy('Pénicilline', 'Sévère');
  await admission.isolation('Contact');
  await admission.submit();
  await expect(page.getByRole('status').filter({ hasText: 'Patiente admise.' })).toBeVisible({
    timeout: 15_000,
  });

  const centre = new PrintCentre(page);
  await centre.open();
  await centre.chooseSheets(...PATIENT_SHEET_NAMES);
  const announced = await centre.waitReady();
  // Drawn in the browser, nothing is cut off, so printing is allowed.
  expect(await centre.overflowing()).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeEnabled();

  const printed = rawPages(await centre.pdf('long-name'));
  expect(printed).toHaveLength(announced);
  // The pack opens with its index (issue 10, point 8); the patient's pages follow.
  expect(printed[0]).toContain('Sommaire du dossier');
  const pages = printed.slice(1);
  const traits = [
    LONG_NAME.birthName,
    LONG_NAME.usedName,
    LONG_NAME.firstNames,
    '29/02/1948',
    '123456789012',
  ];
  pages.forEach((text, index) => {
    const where = `page ${index + 1}`;
    expect(text, where).toContain('ALLERGIE : Pénicilline (SÉVÈRE)');
    expect(text, where).toContain('Isolement : Contact');
    expect(text, where).toContain('Niveau de soins : Non discuté');
    for (const trait of traits) expect(text, `${where}: ${trait}`).toContain(trait);
    expect(text, where).toContain('Féminin');
  });
  // The labels page: the band once, then every one of the 21 labels with every trait.
  const labels = pages.at(-1) ?? '';
  for (const trait of traits) expect(count(labels, trait), trait).toBeGreaterThanOrEqual(22);
  expect(count(labels, `(${ageOnWardDay('29/02/1948')} ans) F`)).toBe(21);
  expect(count(labels, 'ALLERGIE : Pénicilline')).toBe(22);

  // A band drawn taller than its frame (a font wider than counted) blocks printing, and the
  // notice names the sheet and the patient.
  // Through the CSS object model: the app's policy refuses inline style elements.
  await page.evaluate(() =>
    document.styleSheets[0]?.insertRule('.sheet-page .identity-band { height: 8mm !important }'),
  );
  await centre.sheet('Transmissions ciblées').uncheck();
  await centre.waitReady();
  const alert = page.getByRole('alert').filter({ hasText: 'Impression bloquée' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert).toContainText('Étiquettes d’identité — page 1 sur 1');
  await expect(alert).toContainText(`${LONG_NAME.birthName} Marie-Antoinette`);
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeDisabled();
});
