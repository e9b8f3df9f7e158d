import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, ORIGIN, test } from './fixtures';
import { LockPage, nav } from './pages/AppPages';
import { createWardWith } from './pages/HubPages';
import { AdmissionPage, BedsPage, PatientPage, WardBoard } from './pages/PatientPages';

/** A word found nowhere else (bundle, fonts, Chromium's own files): letters only. */
const marker = (what: string) =>
  `Qz${what}${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

/** Every file under `dir`, recursively. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat();
}

/** Which markers appear in any file of the profile, as UTF-8/Latin-1 or UTF-16LE bytes. */
async function markersOnDisk(dir: string, markers: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file).catch(() => null); // a socket or lock may vanish
    if (!bytes) continue;
    for (const text of markers) {
      const hit =
        bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
      if (hit) found.set(text, [...(found.get(text) ?? []), file.slice(dir.length)]);
    }
  }
  return found;
}

/** Types `text` in the field and leaves it there (never saved). */
async function typeIn(page: Page, label: string | RegExp, text: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(text);
  await expect(field).toHaveValue(text);
}

test('nothing typed reaches the browser profile: after lock and close, no marker in any file', async () => {
  test.setTimeout(240_000);
  // The project's browser, viewport and locale, on a profile kept on disk.
  const use = test.info().project.use;
  const dir = await mkdtemp(join(tmpdir(), 'releve-profile-'));
  const m = {
    ward: marker('ward'),
    nurse: marker('nurse'),
    passphrase: marker('pass'),
    birthName: marker('birth'),
    usedName: marker('used'),
    firstName: marker('first'),
    headerNote: marker('header'),
    journal: marker('journal'),
    vitalsComment: marker('vitals'),
    target: marker('target'),
    data: marker('data'),
    actions: marker('actions'),
    results: marker('results'),
    test: marker('test'),
    resultNote: marker('result'),
    drug: marker('drug'),
    rxNote: marker('rx'),
    careNote: marker('care'),
  };
  const control = marker('control');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(dir, {
      ...use.launchOptions,
      viewport: use.viewport,
      hasTouch: use.hasTouch,
      locale: use.locale,
      timezoneId: use.timezoneId,
      baseURL: ORIGIN,
    });
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(ORIGIN) && !/^(data|blob):/.test(request.url()))
        foreign.push(request.url());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const nurse = { name: `Alice ${m.nurse}`, initials: 'AM' };
    const passphrase = `${m.passphrase} lune violon`;
    await createWardWith(
      page,
      { name: `Pavillon ${m.ward}`, establishment: 'CH Sud' },
      nurse,
      passphrase,
    );
    // Unlocked once after a reload: the lock screen's form is a password form too.
    await page.reload();
    await new LockPage(page).unlockAs(nurse.name, passphrase);
    await new BedsPage(page).open();
    await new BedsPage(page).addSeries(1, 1);

    // Identity fields and the header note, typed and saved (stored encrypted).
    const admission = new AdmissionPage(page);
    await new WardBoard(page).open();
    await page.getByRole('link', { name: 'Admettre un patient' }).first().click();
    await admission.fillIdentity({
      birthName: m.birthName,
      usedName: m.usedName,
      firstName: m.firstName,
      birthDate: '12/04/1950',
      sex: 'Féminin',
    });
    await admission.useIpp('12345678');
    await admission.fillStay({ reason: 'Chute', physician: 'Dr Roux', bed: '1' });
    await admission.noKnownAllergy();
    await admission.isolation('Aucune');
    await typeIn(page, /^Note libre/, m.headerNote);
    await admission.submit();
    await new PatientPage(page).expectSaved('Patiente admise.');

    // Every free-text field of the charting forms, typed and left unsaved, screen after screen.
    await page.getByRole('link', { name: 'Saisir des constantes' }).click();
    await typeIn(page, /^Commentaire/, m.vitalsComment);
    await page.goBack();
    await page.getByRole('link', { name: 'Écrire une transmission' }).click();
    await typeIn(page, 'Cible', m.target);
    await typeIn(page, /^Données/, m.data);
    await typeIn(page, /^Actions/, m.actions);
    await typeIn(page, /^Résultats/, m.results);
    await page.goBack();
    await page.getByRole('link', { name: 'Résultat téléphoné' }).click();
    await typeIn(page, 'Examen', m.test);
    await typeIn(page, /^Remarque/, m.resultNote);
    await page.goBack();
    await page.getByRole('link', { name: 'Transcrire une prescription' }).click();
    await typeIn(page, 'Médicament', m.drug);
    await typeIn(page, /^Remarque/, m.rxNote);
    await page.goBack();
    await page.getByRole('link', { name: 'Planifier un soin' }).click();
    await typeIn(page, /^Remarque/, m.careNote);
    await page.goBack();
    await new WardBoard(page).open();
    await typeIn(page, /^Nouvelle note/, m.journal);
    await nav(page, 'À faire').click();

    // The control: a value really written in clear by the page must be found by the scan.
    await page.evaluate((text) => localStorage.setItem('e2e-control', text), control);
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible();
    expect(foreign, 'requests to another origin').toEqual([]);
    await context.close();
    context = undefined;

    const found = await markersOnDisk(dir, [control, ...Object.values(m)]);
    expect(found.has(control), 'the scan finds a marker written in clear').toBe(true);
    found.delete(control);
    expect(Object.fromEntries(found), 'typed text found in the browser profile').toEqual({});
  } finally {
    await context?.close();
    if (!process.env.KEEP_PROFILE) await rm(dir, { recursive: true, force: true });
    else console.log(dir);
  }
});
