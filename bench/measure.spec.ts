import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { timeExport } from './exportMeasure';
import { liveHeapBytes, median, quantile, stayAwake, timeRoute, timeTap } from './inPage';
import { profiledDoses } from './profileRecord';
import { profileScreens, watchIdb } from './profileScreens';
import { profiledTap } from './profileUnlock';
import { rawIdb } from './rawIdb';
import { KDF_MEASURE } from '../src/db/crypto/keys';
import type { SeedReport } from './seed';
import { BENCH_DIST, BENCH_PORT, CACHE, isSize, SIZES } from './sizes';
import { startProfile, startTrace } from './trace';

/**
 * The benchmark of issue 12 (point 3), one test per size: seeds the demo ward once per size
 * (a persistent Chromium profile under bench/.cache), then measures the production build.
 * Figures are written, never asserted. Run by `npm run bench` (scripts/bench.mjs).
 * Environment, beside those of bench.mjs: BENCH_ONLY=start (the cold starts and the unlock
 * only), BENCH_ONLY=screens (one cold start, the unlock, then
 * the board and patient loops alone), BENCH_PROFILE=<prefix> (before them, a CPU profile and
 * the IndexedDB transactions of one board and one patient open: bench/profileScreens.ts),
 * BENCH_SEAL=walk|done (the re-seal progress removed or set done before the unlock, an A/B),
 * BENCH_TRACE=<file> (a timeline trace of the pack, for scripts/trace-long-tasks.mjs, with
 * the marks pack-planned and pack-drawn: the phases of printPack), BENCH_PACK_PROFILE=<file>
 * (a CPU profile of the pack from the tap to ready, for scripts/profile-long-tasks.mjs; build
 * with `--minify false` into a BENCH_DIST of its own for readable names), BENCH_PACK_HTML=<file>
 * (the ready pack's page as HTML: scripts/pack-layout.mjs times each sheet's layout),
 * BENCH_PACK_PDF=<file> (the pack's PDF, also with BENCH_ONLY=pack).
 * BENCH_RECORD=doses|vitals with BENCH_ONLY=record: only that recording, after one cold start
 * (an A/B of builds); BENCH_PROFILE=<prefix> with it, a CPU profile and the IndexedDB
 * transactions of the doses (bench/profileRecord.ts); with BENCH_ONLY=start, of the unlock
 * tap and of the author tap (bench/profileUnlock.ts).
 */
const PASSPHRASE = 'banc-essai-releve-2026';
const NURSE = 'Banc Essai';
const BASE = `http://localhost:${BENCH_PORT}`;
const OPS = Number(process.env.BENCH_OPS ?? 200);
const SCREENS = Number(process.env.BENCH_SCREENS ?? 10);
const sizes = (process.env.BENCH_SIZES ?? '10k').split(',').filter(isSize);

const launch = (dir: string, offline = false) =>
  chromium
    .launchPersistentContext(dir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
      hasTouch: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      baseURL: BASE,
      offline,
      // An action that waits longer fails the run with its locator, instead of hanging for hours.
    })
    .then((context) => (context.setDefaultTimeout(5 * 60_000), context));

const stats = (values: number[]) => ({
  n: values.length,
  median: median(values),
  p95: quantile(values, 0.95),
});

/** The lock screen is there: after a load, a reload or a cold start (slow at 540k). */
const lockScreenShown = (page: Page) =>
  expect(page.getByRole('heading', { name: 'Relève est verrouillé' })).toBeVisible({
    timeout: 120_000,
  });

/**
 * The build being measured, cached by a service worker of its own: a profile seeded by an
 * earlier run still holds the earlier build's worker, which (registerType 'prompt') would go
 * on serving the earlier code at every start. The ward's database stays as it is.
 */
async function installThisBuild(dir: string) {
  const context = await launch(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  const built = readFileSync(`${import.meta.dirname}/../${BENCH_DIST}/index.html`, 'utf8');
  const script = /assets\/index-[\w-]+\.js/.exec(built)?.[0] ?? 'no script';
  // Right after a switch of builds, one round sometimes still got the earlier build (A/Bs of
  // 4 December): up to three rounds, then the run fails rather than measure the wrong build.
  for (let round = 1; ; round += 1) {
    await page.goto('/');
    await page.evaluate(async () => {
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((registration) => registration.unregister()));
    });
    // Away and back: an unregistered worker may still answer the page that unregistered it.
    await page.goto('about:blank');
    await page.goto('/');
    await lockScreenShown(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const served = await page.evaluate(() => document.documentElement.outerHTML);
    if (served.includes(script)) break;
    if (round === 3) throw new Error(`the page does not run this build (${script})`);
  }
  await context.close();
}

/**
 * The ward as seeded stays apart (`<dir>.seeded`): each run measures a fresh copy of it, so
 * the doses and vitals a run records (2 x OPS events) and the pack they lengthen are not in
 * the ward the next run measures. Kept profiles used to grow with every full run, and the
 * packs with them (the 10k pack: 360 pages as seeded, 406 after some runs, 4 December).
 */
async function seedOnce(dir: string, days: number): Promise<SeedReport> {
  const file = `${dir}.seed.json`;
  const seeded = `${dir}.seeded`;
  if (!existsSync(file) || !existsSync(seeded)) await seed(seeded, file, days);
  rmSync(dir, { recursive: true, force: true });
  cpSync(seeded, dir, { recursive: true });
  await installThisBuild(dir);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The report is written last: a seeding that failed halfway is done again by the next run. */
async function seed(dir: string, file: string, days: number) {
  rmSync(file, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const context = await launch(dir);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/bench/seed.html');
  await expect(page.locator('#progress')).toHaveText('ready', { timeout: 60_000 });
  const report = await page.evaluate(
    (n) => (window.benchSeed ? window.benchSeed(n) : Promise.reject(new Error('no seed page'))),
    days,
  );
  await context.close();
  writeFileSync(file, JSON.stringify(report));
}

/** Writes (or removes) the re-seal progress below the app, then reloads so that it reads it. */
async function setSealProgress(page: Page, done: boolean) {
  await page.evaluate(
    (done) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('releve');
        open.onerror = () => reject(open.error ?? new Error('open'));
        open.onsuccess = () => {
          const tx = open.result.transaction('local', 'readwrite');
          const local = tx.objectStore('local');
          if (done) local.put({ key: 'eventSeal', value: { done: true, through: null } });
          else local.delete('eventSeal');
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error ?? new Error('write'));
        };
      }),
    done,
  );
  await page.reload();
  await lockScreenShown(page);
}

const boardProbe = { selector: '[data-testid="board-counts"]' };
const patientProbe = { selector: '#timeline-title' };

/** A cold start offline (service worker cache): page time from navigation to the lock screen. */
async function coldStart(dir: string) {
  const context = await launch(dir, true);
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('h1')?.textContent?.includes('Relève est verrouillé')) {
        performance.mark('bench-lock');
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await lockScreenShown(page);
  const lockMs = await page.evaluate(
    () =>
      performance.getEntriesByType('mark').find((m) => m.name === 'bench-lock')?.startTime ??
      performance.now(),
  );
  return { context, page, lockMs };
}

/**
 * When the ward's database answers a connection of its own (page time; at most: one already
 * open answers at once). The lock screen shows before it is open (db/wardHint.ts) and an
 * unlock waits for it; a nurse types a passphrase for longer, so the unlock is timed after it.
 */
const databaseOpen = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('releve');
        open.onerror = () => reject(open.error ?? new Error('open'));
        open.onsuccess = () => (open.result.close(), resolve(performance.now()));
      }),
  );

async function unlock(page: Page, size: string) {
  // BENCH_PROFILE with BENCH_ONLY=start: each tap under the CPU profiler (profileUnlock.ts).
  const prefix = process.env.BENCH_ONLY === 'start' ? process.env.BENCH_PROFILE : undefined;
  const profiled = (tap: () => Promise<number>, what: string) =>
    prefix ? profiledTap(page, tap, `${prefix}-${what}-${size}.json`) : tap();
  await page.getByLabel('Phrase de passe du service').fill(PASSPHRASE);
  const unlockMs = await profiled(
    () =>
      timeTap(page, page.getByRole('button', { name: 'Déverrouiller' }), [
        { selector: 'button', text: NURSE },
        boardProbe,
      ]),
    'unlock',
  );
  // This unlock's own key derivation, as the app timed it: what "PBKDF2 excluded" takes out.
  const unlockPbkdf2Ms = await page.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? null,
    KDF_MEASURE,
  );
  // The author is asked after an unlock, unless the device still knows who charts.
  const ask = page.getByRole('button', { name: new RegExp(NURSE) });
  if (!(await ask.isVisible())) return { unlockMs, unlockPbkdf2Ms, authorMs: null };
  const authorMs = await profiled(
    () => timeTap(page, page.getByRole('button', { name: new RegExp(NURSE) }), boardProbe),
    'author',
  );
  return { unlockMs, unlockPbkdf2Ms, authorMs };
}

const pbkdf2 = (page: Page) =>
  page.evaluate(async () => {
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode('x'),
      'PBKDF2',
      false,
      ['deriveBits'],
    );
    const t0 = performance.now();
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 },
      key,
      256,
    );
    return performance.now() - t0;
  });

/** The admitted patients' ids, from the board's links. */
const patientIds = (page: Page) =>
  page
    .evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('[data-bed] a[href^="#/patient/"]')].map(
        (a) => a.getAttribute('href')?.split('/')[2] ?? '',
      ),
    )
    .then((ids) => [...new Set(ids.filter(Boolean))]);

async function recordVitals(page: Page, patientId: string, n: number) {
  await stayAwake(page);
  await page.evaluate((id) => (location.hash = `#/patient/${id}/vitals`), patientId);
  const field = (label: RegExp) => page.getByLabel(label);
  await field(/^Fréquence respiratoire/).fill(String(14 + (n % 6)));
  await field(/^SpO2 \(/).fill(String(94 + (n % 4)));
  await page.getByRole('radio', { name: 'Air ambiant' }).check();
  await field(/^Pression systolique/).fill(String(110 + (n % 20)));
  await field(/^Pression diastolique/).fill('70');
  await field(/^Pouls/).fill(String(70 + (n % 15)));
  await page.getByRole('radio', { name: /^A — alerte/ }).check();
  await field(/^Température/).fill('37,2');
  const ms = await timeTap(page, page.getByRole('button', { name: 'Enregistrer les constantes' }), {
    selector: '[role="status"]',
    text: 'Constantes enregistrées.',
  });
  await savedOrSaid(page, ms, `vitals of ${patientId}`);
  await formLeft(page, '/vitals');
  return ms;
}

/**
 * The app leaves a saved form in an effect after "saved" shows: the next navigation waits for
 * it, or the form's return to the patient screen can come after it and undo it (the run of 3
 * December hung there, on the patient screen, waiting for the next vitals form).
 */
const formLeft = (page: Page, part: string) =>
  page.waitForFunction((part) => !location.hash.includes(part), part, { timeout: 60_000 });

/**
 * A save never seen (timeTap's NaN) stops the run with what the form said. The 180k run of
 * 3 December waited 2 min for "saved", then 5 min for the form to be left, and ended behind
 * the idle lock with nothing to say why.
 */
async function savedOrSaid(page: Page, ms: number, what: string) {
  if (!Number.isNaN(ms)) return;
  const said = await page.locator('[role="alert"], [role="status"]').allTextContents();
  throw new Error(`${what} not saved: ${said.join(' | ') || 'no message'}`);
}

/**
 * Doses to give: the open slots (not given) of the patients' MARs, today's first, then the
 * next days'. The log stops at the hour of seeding, so today alone may hold none (a ward seeded
 * late in the evening, or days before the run); each next day holds a whole day of them: 200
 * at every size, whatever the hour of the run, however long after seeding. A dose of a later
 * day is early: the form asks to confirm the deviation (giveDose), on the same save path.
 */
async function giveLinks(page: Page, ids: string[], want: number) {
  const links = new Set<string>();
  for (let day = 0; day <= LINK_DAYS && links.size < want; day += 1) {
    for (const id of ids) {
      if (links.size >= want) break;
      for (const href of await marLinks(page, id, day)) links.add(href);
    }
  }
  return [...links].slice(0, want);
}
const LINK_DAYS = 7;

/** The give links of one patient's MAR on a day (0 today, 1 the next day...). */
async function marLinks(page: Page, id: string, day: number) {
  // By the board: the patient's screen unmounts, so no MAR of the previous patient is read.
  await timeRoute(page, '#/', boardProbe);
  await page.evaluate((to) => (location.hash = to), `#/patient/${id}`);
  const mar = page.locator('section[aria-labelledby="mar-title"]');
  const title = page.locator('#mar-title');
  await expect(title).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 120_000 });
  for (let n = 0; n < day; n += 1) {
    const shown = await title.textContent();
    await mar.getByRole('button', { name: /^Lendemain/ }).click();
    await expect(title).not.toHaveText(shown ?? '', { timeout: 60_000 });
  }
  const prefix = `#/patient/${id}/give/`;
  return mar.evaluate(
    (section, prefix) =>
      [...section.querySelectorAll<HTMLAnchorElement>('a[href*="/give/"]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => href.startsWith(prefix) && !href.endsWith('/prn')),
    prefix,
  );
}

async function giveDose(page: Page, href: string) {
  await stayAwake(page);
  await page.evaluate((to) => (location.hash = to), href);
  await expect(page.getByRole('heading', { name: 'Administrer' })).toBeVisible({ timeout: 60_000 });
  // The form, with its deviation box if any, is drawn at once when the patient's log is read:
  // whether the box is there is read after the save button, not guessed from a wait.
  const save = page.getByRole('button', { name: 'Enregistrer', exact: true });
  await save.waitFor({ timeout: 60_000 });
  await chartAtSlot(page, href);
  const deviation = page.getByRole('checkbox', { name: 'Je confirme cet écart' });
  if (await deviation.isVisible()) {
    await deviation.check();
    await page.getByLabel('Motif de l’écart').fill('Saisie différée');
  }
  const ms = await timeTap(page, save, {
    selector: '[role="status"]',
    text: 'Administration enregistrée.',
  });
  await savedOrSaid(page, ms, href);
  await formLeft(page, '/give/');
  return ms;
}

/**
 * A dose of the past is charted at its own time, as a nurse catching up does. Given now, it
 * can fall after its prescription's end, which the app rightly refuses ("not current at this
 * time": the 180k run of 3 December stopped there). A dose of a later day is given now, early.
 */
async function chartAtSlot(page: Page, href: string) {
  const dueAt = decodeURIComponent(href.split('/').at(-1) ?? '');
  if (Date.parse(dueAt) > Date.now()) return;
  // The slot is written in the ward's wall time (+01:00): its digits are what the form shows.
  const [, year, month, day, hour, minute] =
    /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)/.exec(dueAt) ?? [];
  await page.getByLabel('Date (JJ/MM/AAAA)').fill(`${day}/${month}/${year}`);
  await page.getByLabel('Heure (HH:MM)').fill(`${hour}:${minute}`);
}

/**
 * The whole-ward pack: from the tap to "N pages prêtes à imprimer." (every page drawn and
 * measured), the longest main-thread task meanwhile, whether printing was blocked by pages
 * that overflow (then no print dialog), and the PDF of the prepared pages.
 */
async function printPack(page: Page) {
  await page.evaluate(() => (location.hash = '#/print'));
  await expect(
    page.getByRole('heading', { name: 'Impression des feuilles de secours' }),
  ).toBeVisible({ timeout: 120_000 });
  await page.evaluate(() => {
    const w = window;
    const longTasks: number[][] = [];
    w.longTasks = longTasks;
    w.readyAt = null;
    w.packPhases = {};
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
    // The statuses the mutations touched, not every status of the document: querying the
    // whole document at each drawing step cost the pack about 200 ms of main thread at 180k
    // (a CPU profile of the pack), counted as the app's own.
    const status = '[role="status"]';
    const statusesOf = (record: MutationRecord): Element[] => {
      const node = record.target;
      const inside = (node instanceof Element ? node : node.parentElement)?.closest(status);
      if (inside) return [inside];
      return [...record.addedNodes].flatMap((added) =>
        !(added instanceof Element)
          ? []
          : added.matches(status)
            ? [added]
            : [...added.querySelectorAll(status)],
      );
    };
    const observer = new MutationObserver((records) => {
      const texts = records.flatMap(statusesOf).map((n) => n.textContent);
      if (texts.length === 0) return;
      const ready = texts.some((text) => /pages? prêtes? à imprimer\./.test(text ?? ''));
      if (ready && w.readyAt === null) w.readyAt = performance.now();
      // The phases (a mark each, seen in a BENCH_TRACE): events read and planned, all drawn.
      const progress = texts
        .map((text) => /(\d+) \/ (\d+) feuilles/.exec(text ?? ''))
        .find(Boolean);
      const phase = progress && (progress[1] === progress[2] ? 'drawn' : 'planned');
      if (phase && w.packPhases && !(phase in w.packPhases)) {
        w.packPhases[phase] = performance.now();
        performance.mark(`pack-${phase}`);
      }
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    window.print = () => undefined; // the dialog would block the page
  });
  const tap = page.getByRole('button', { name: 'Dossier papier complet du service' });
  await tap.waitFor({ timeout: 120_000 });
  // BENCH_TRACE=<file>: a timeline trace of the pack (scripts/trace-long-tasks.mjs reads it).
  const traceFile = process.env.BENCH_TRACE;
  const stopTrace = traceFile ? await startTrace(await page.context().newCDPSession(page)) : null;
  const profileFile = process.env.BENCH_PACK_PROFILE;
  const stopProfile = profileFile
    ? await startProfile(await page.context().newCDPSession(page), 200)
    : null;
  const started = await page.evaluate(() => performance.now());
  await tap.click({ timeout: 120_000 });
  await expect
    .poll(() => page.evaluate(() => window.readyAt ?? null), {
      timeout: 30 * 60_000,
    })
    .not.toBeNull();
  if (stopTrace && traceFile)
    writeFileSync(traceFile, JSON.stringify({ profile: await stopTrace() }));
  if (stopProfile && profileFile)
    writeFileSync(profileFile, JSON.stringify({ profile: await stopProfile() }));
  const { readyAt, longest, over100, opening, pages, blocked, phases } = await page.evaluate(
    (tapAt) => {
      // Tasks before the tap (the print centre opening and reading the ward) are not the pack's.
      const all = window.longTasks ?? [];
      const w = { longTasks: all.filter(([at = 0]) => at >= tapAt), readyAt: window.readyAt ?? 0 };
      const { planned = 0, drawn = 0 } = window.packPhases ?? {};
      const status = [...document.querySelectorAll('[role="status"]')]
        .map((node) => node.textContent ?? '')
        .find((text) => /prêtes? à imprimer\./.test(text));
      const alert = [...document.querySelectorAll('[role="alert"], [role="status"]')]
        .map((node) => node.textContent ?? '')
        .find((text) => text.startsWith('Impression bloquée'));
      return {
        readyAt: w.readyAt,
        longest: Math.max(0, ...w.longTasks.map(([, d = 0]) => d)),
        over100: w.longTasks.filter(([, d = 0]) => d > 100).length,
        opening: Math.max(0, ...all.filter(([at = 0]) => at < tapAt).map(([, d = 0]) => d)),
        pages: Number(/(\d+) pages?/.exec(status ?? '')?.[1]),
        blocked: alert ?? null,
        phases: { plannedAt: planned, drawnAt: drawn },
      };
    },
    started,
  );
  const figures = {
    readyMs: readyAt - started,
    // From the tap: events read and planned, every sheet drawn (then the overflow check).
    plannedMs: phases.plannedAt - started,
    drawnMs: phases.drawnAt - started,
    longestTaskMs: longest,
    tasksOver100Ms: over100,
    // The print centre's opening, before the tap (its read of the ward), apart.
    openingLongestTaskMs: opening,
    pages,
    blocked,
  };
  // BENCH_PACK_HTML=<file>: the ready pack as HTML, for scripts/pack-layout.mjs.
  if (process.env.BENCH_PACK_HTML) writeFileSync(process.env.BENCH_PACK_HTML, await page.content());
  // BENCH_ONLY=pack: the preparation alone, to compare builds; BENCH_PACK_PDF=<file>: the
  // pack's PDF too, written there, to look at its pages (pdftoppm).
  const pdfFile = process.env.BENCH_PACK_PDF;
  if (process.env.BENCH_ONLY === 'pack' && !pdfFile) return figures;
  await page.emulateMedia({ media: 'print' });
  const t0 = Date.now();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pdfMs = Date.now() - t0;
  await page.emulateMedia({ media: 'screen' });
  if (pdfFile) writeFileSync(pdfFile, pdf);
  return { ...figures, pdfMs, pdfBytes: pdf.length };
}

/** OPS vitals sets, then OPS doses: tap to committed and visible. */
async function recordings(
  page: Page,
  ids: string[],
  result: Record<string, unknown>,
  save: () => void,
) {
  const only = process.env.BENCH_RECORD;
  if (only !== 'doses') {
    const vitals: number[] = [];
    for (let n = 0; n < OPS; n += 1)
      vitals.push(await recordVitals(page, ids[n % ids.length] ?? '', n));
    result.vitalsSaveMs = stats(vitals);
    save();
  }
  if (only === 'vitals') return;
  const links = await giveLinks(page, ids, OPS);
  const prefix = process.env.BENCH_PROFILE;
  const doses: number[] = [];
  if (prefix)
    doses.push(
      ...(await profiledDoses(page, links, (href) => giveDose(page, href), `${prefix}-doses.json`)),
    );
  else for (const href of links) doses.push(await giveDose(page, href));
  result.doseSaveMs = stats(doses);
  save();
}

for (const size of sizes) {
  test(`bench ${size}`, async () => {
    mkdirSync(CACHE, { recursive: true });
    const dir = `${CACHE}/profile-${size}`;
    const seed = await seedOnce(dir, SIZES[size]);
    const result: Record<string, unknown> = { size, days: SIZES[size], seed };
    // Seeding alone (slow at the large sizes), to measure later on copies of it.
    if (process.env.BENCH_SEED_ONLY) return;
    const save = () =>
      writeFileSync(`${CACHE}/result-${size}.json`, JSON.stringify(result, null, 2));

    // Cold starts offline, each in a fresh browser on the cached profile.
    const starts: number[] = [];
    let context: BrowserContext | null = null;
    let page: Page | null = null;
    // One start is enough for the screens or the pack alone, or one recording alone
    // (BENCH_RECORD): a browser starts slowly.
    const cold =
      ['screens', 'pack'].includes(process.env.BENCH_ONLY ?? '') || process.env.BENCH_RECORD
        ? 1
        : 3;
    for (let n = 0; n < cold; n += 1) {
      await context?.close();
      ({ context, page } = await (async () => {
        const cold = await coldStart(dir);
        starts.push(cold.lockMs);
        return cold;
      })());
    }
    if (!page || !context) throw new Error('no page');
    const databaseOpenMs = await databaseOpen(page); // the last cold start's
    // BENCH_SEAL=walk|done (A/B of issue 12): the ward as a seeding before the fix left it (no
    // re-seal progress: the unlock walks the whole log) or as it now is (nothing to re-seal).
    if (process.env.BENCH_SEAL) await setSealProgress(page, process.env.BENCH_SEAL === 'done');
    if (process.env.BENCH_PROFILE) {
      // The IndexedDB watch must run before the app opens its database (profileScreens.ts).
      await context.addInitScript(watchIdb);
      await page.reload();
      await lockScreenShown(page);
    }
    // PBKDF2 alone, before the unlock: after it, it ran beside the board's first reads and
    // came out slower than the whole unlock on a slow machine (3 December).
    const pbkdf2Ms = await pbkdf2(page);
    const unlocked = await unlock(page, size);
    result.coldStart = {
      lockScreenMs: stats(starts),
      databaseOpenMs,
      ...unlocked,
      pbkdf2Ms,
    };
    save();
    if (process.env.BENCH_ONLY === 'start') {
      await context.close();
      return;
    }
    // The recovery export alone (BENCH_EXPORT_ONLY): the rest of the bench takes long.
    if (process.env.BENCH_EXPORT_ONLY) {
      result.exportFhir = await timeExport(page, 'FHIR', seed.events);
      result.exportCsv = await timeExport(page, 'CSV', seed.events);
      save();
      await context.close();
      return;
    }

    // The whole-ward pack alone (BENCH_ONLY=pack), its PDF only with BENCH_PACK_PDF.
    if (process.env.BENCH_ONLY === 'pack') {
      result.printPack = await printPack(page);
      save();
      await context.close();
      return;
    }
    // The vitals and dose recordings alone (BENCH_ONLY=record).
    if (process.env.BENCH_ONLY === 'record') {
      await recordings(page, await patientIds(page), result, save);
      await context.close();
      return;
    }

    // A CPU profile of one board and one patient-screen open (BENCH_PROFILE=<file>), then on.
    if (process.env.BENCH_PROFILE) await profileScreens(page, process.env.BENCH_PROFILE);

    const board: number[] = [];
    for (let n = 0; n < SCREENS; n += 1) {
      // The beds screen's own title: `main h1` alone matched the board's heading, so the board's
      // timing could start while the beds screen was still loading.
      await timeRoute(page, '#/beds', { selector: 'main h1', text: 'Lits et chambres' });
      board.push(await timeRoute(page, '#/', boardProbe));
    }
    result.boardMs = stats(board);
    const ids = await patientIds(page);
    const patient: number[] = [];
    const mar: number[] = [];
    const trends: number[] = [];
    for (let n = 0; n < SCREENS; n += 1) {
      const id = ids[n % ids.length] ?? '';
      await timeRoute(page, '#/', boardProbe);
      mar.push(await timeRoute(page, `#/patient/${id}`, { selector: '#mar-title' }));
      await timeRoute(page, '#/', boardProbe);
      patient.push(await timeRoute(page, `#/patient/${id}`, patientProbe));
      trends.push(
        await timeRoute(page, `#/patient/${id}/trends`, { selector: 'main svg, main table' }),
      );
    }
    result.patientScreenMs = stats(patient);
    result.marMs = stats(mar);
    result.trends72hMs = stats(trends);
    await stayAwake(page);
    const raw = await rawIdb(page, ids[0] ?? '', Math.min(OPS, 200));
    result.raw = { ...raw, singlePutMs: stats(raw.singlePutMs) };
    save();
    // The board and patient loops alone (BENCH_ONLY=screens), with their raw IndexedDB figures.
    if (process.env.BENCH_ONLY === 'screens') {
      await context.close();
      return;
    }

    await recordings(page, ids, result, save);

    // The live heap after the screens and the 2 x OPS saves, before the pack and the exports.
    result.jsHeapBytes = await liveHeapBytes(page);
    save();
    result.printPack = await printPack(page);
    // Last: the whole-ward recovery export (FHIR, then CSV), tap to file saved.
    result.exportFhir = await timeExport(page, 'FHIR', seed.events);
    result.exportCsv = await timeExport(page, 'CSV', seed.events);
    result.storage = await page.evaluate(() => navigator.storage.estimate());
    result.jsHeapAfterExportsBytes = await liveHeapBytes(page);
    save();
    await context.close();
  });
}
