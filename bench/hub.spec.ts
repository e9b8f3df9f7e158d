import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { HubConfig } from '../src/sync/hubClient';
import type { JoinPull } from './hub/join';
import { median, quantile } from './inPage';

/**
 * Issue 15's measurements in headless Chromium, through the app's own client (src/sync) and
 * the production build served by the embedded hub: a new tablet's first pull of a ward the
 * hub already holds, then the delay from a save on tablet A to the entry on tablet B's screen.
 * Figures are written (bench/.cache/hub-*.json), never asserted. Run by `npm run bench:hub`
 * (scripts/bench-hub.mjs), which starts the hub and fills its wards first.
 */
interface WardOnHub {
  config: HubConfig;
  /** Events the hub holds for the ward (without the key record). */
  events: number;
}
const PASSPHRASE = process.env.BENCH_HUB_PASSPHRASE ?? '';
const OUT = process.env.BENCH_HUB_OUT ?? `${import.meta.dirname}/.cache`;
const MAX_MS = Number(process.env.BENCH_HUB_MAX_MS ?? 60 * 60_000);
const SAVES = Number(process.env.BENCH_HUB_SAVES ?? 20);
const ward = (name: string): WardOnHub | null =>
  process.env[name] ? (JSON.parse(process.env[name] ?? '') as WardOnHub) : null;

declare global {
  interface Window {
    benchJoin?: (config: HubConfig, passphrase: string) => Promise<JoinPull>;
    benchSeenAt?: Promise<number>;
    benchTapAt?: number;
  }
}

const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });

const newTablet = (browser: Browser) =>
  browser.newContext({
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    baseURL: process.env.BENCH_HUB_URL,
  });

/** Seconds since `t0` (the runner's clock: minutes, not milliseconds, are measured with it). */
const since = (t0: number) => (performance.now() - t0) / 1000;

/**
 * A new tablet joins through the hub (bench/hub/join.ts: the app's joinHub), then the app
 * itself: unlock, a nurse not yet in the list adds herself, and the shell's sync loop starts
 * (it pulls what came since). Resolves once the loop's first exchange is over (the header
 * says "connected"). The ward's log is pulled by the join itself: `pullS` times that pull.
 */
async function joinAndPull(page: Page, config: HubConfig, nurse: string) {
  const t0 = performance.now();
  await page.goto('/bench-hub/join.html');
  await expect(page.locator('#progress')).toHaveText('ready', { timeout: 60_000 });
  const joinPull = await page.evaluate(
    ([config, passphrase]) =>
      window.benchJoin
        ? window.benchJoin(config, passphrase)
        : Promise.reject(new Error('no page')),
    [config, PASSPHRASE] as const,
  );
  const joinS = since(t0);
  await page.goto('/');
  await page.getByLabel('Phrase de passe du service').fill(PASSPHRASE, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Déverrouiller' }).click();
  await page.getByText('Votre nom n’est pas dans la liste ?').click({ timeout: 120_000 });
  const add = page.getByRole('form', { name: 'Ajouter une personne' });
  await add.getByLabel('Nom et prénom').fill(nurse);
  await add.getByLabel('Initiales').fill(nurse.slice(0, 2).toUpperCase());
  await add.getByRole('button', { name: 'Ajouter la personne' }).click();
  const pullT0 = performance.now();
  const shellS = since(t0);
  await expect(page.locator('.sync-status[data-state="connected"]')).toBeVisible({
    timeout: MAX_MS,
  });
  const afterJoinS = since(pullT0);
  await page.evaluate(() => (location.hash = '#/'));
  await expect(page.getByTestId('board-counts')).toBeVisible({ timeout: 600_000 });
  const boardText = await page.getByTestId('board-counts').innerText();
  return {
    joinS,
    /** The join's first pull alone (joinHub's progress, bench/hub/join.ts): the ward's log. */
    pulled: joinPull.received,
    pullS: joinPull.pullMs / 1000,
    shellS,
    /** From the shell to its sync loop's first exchange (what came after the join). */
    afterJoinS,
    boardS: since(t0),
    boardText,
    events: await eventCount(page),
  };
}

/** The events this tablet stores (raw IndexedDB, beside the app). */
const eventCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('releve');
        open.onerror = () => reject(open.error ?? new Error('idb'));
        open.onsuccess = () => {
          const count = open.result.transaction('events').objectStore('events').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );

const write = (name: string, value: unknown) => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${name}.json`, `${JSON.stringify(value, null, 2)}\n`);
};

test('first pull of a new tablet', async () => {
  const onHub = ward('BENCH_HUB_PULL');
  test.skip(!onHub, 'no ward to pull');
  if (!onHub) return;
  const browser = await launch();
  const page = await (await newTablet(browser)).newPage();
  const result = await joinAndPull(page, onHub.config, 'Banc Premier');
  write('hub-first-pull', {
    ...result,
    hubEvents: onHub.events,
    // Events over the seconds of the pull that brought them (not the loop's short exchange after).
    eventsPerSecond: result.pulled / result.pullS,
    minutesToBoard: result.boardS / 60,
  });
  await browser.close();
});

/** Patient ids from the board's links. */
const patientIds = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#/patient/"]')]
        .map((a) => a.getAttribute('href')?.split('/')[2] ?? '')
        .filter(Boolean),
    ),
  ]);

/** B watches its screen for `token`; the time it shows, on the machine's clock. */
const watchFor = (page: Page, token: string) =>
  page.evaluate((token) => {
    window.benchSeenAt = new Promise((resolve) => {
      const seen = () => document.body.textContent?.includes(token) ?? false;
      if (seen()) return resolve(Date.now());
      setTimeout(() => resolve(Number.NaN), 120_000);
      const observer = new MutationObserver(() => {
        if (!seen()) return;
        observer.disconnect();
        resolve(Date.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, token);

test('from a save on tablet A to the entry on tablet B', async () => {
  const onHub = ward('BENCH_HUB_DELAY');
  test.skip(!onHub, 'no ward for the delay');
  if (!onHub) return;
  const browser = await launch();
  const a = await (await newTablet(browser)).newPage();
  const b = await (await newTablet(browser)).newPage();
  const joinA = await joinAndPull(a, onHub.config, 'Banc Tablette A');
  const joinB = await joinAndPull(b, onHub.config, 'Banc Tablette B');
  const patientId = (await patientIds(b))[0] ?? '';
  await b.evaluate((id) => (location.hash = `#/patient/${id}`), patientId);
  await expect(b.locator('#timeline-title')).toBeVisible({ timeout: 120_000 });
  const delays: number[] = [];
  for (let n = 0; n < SAVES; n += 1) {
    const token = `Mesure hub ${String(n).padStart(2, '0')} ${Date.now().toString(36)}`;
    await a.evaluate((id) => (location.hash = `#/patient/${id}/note`), patientId);
    await a.getByLabel(/^Cible/).fill(token, { timeout: 120_000 });
    await a.getByLabel(/^Données/).fill('Délai entre deux tablettes.');
    await watchFor(b, token);
    await a.evaluate(() =>
      document.addEventListener('click', () => (window.benchTapAt = Date.now()), {
        capture: true,
        once: true,
      }),
    );
    await a.getByRole('button', { name: 'Enregistrer la transmission' }).click();
    await expect(a.getByText('Transmission enregistrée.')).toBeVisible({ timeout: 120_000 });
    const tapAt = await a.evaluate(() => window.benchTapAt ?? Number.NaN);
    const seenAt = await b.evaluate(() => window.benchSeenAt ?? Number.NaN);
    delays.push(seenAt - tapAt);
    write('hub-delay', { saves: delays.length, delaysMs: delays, joinA, joinB });
    // The next save at another point of the tablets' sync interval (5 s): no phase bias.
    await a.waitForTimeout(((n * 1_370) % 5_000) + 250);
  }
  const ok = delays.filter(Number.isFinite);
  write('hub-delay', {
    saves: delays.length,
    seen: ok.length,
    medianMs: median(ok),
    p95Ms: quantile(ok, 0.95),
    maxMs: Math.max(...ok),
    delaysMs: delays,
    joinA,
    joinB,
  });
  await browser.close();
});
