// Cold starts offline, A/B (issue 12): `node scripts/cold-start-trace.mjs ORIGIN ROUNDS DIR...`.
// Each DIR is a Chromium profile seeded at ORIGIN (bench/measure.spec.ts) whose service worker
// holds the build to measure; no server is needed (offline, as the bench's cold start). Each
// round starts a fresh browser on each DIR in turn (interleaved), and times the lock screen's h1
// from navigation start, as the bench does. TRACE=1 also prints, per start, each resource the
// worker answered and every IndexedDB request (start, end, what), and writes a CPU profile
// (/tmp/cold-<round>-<dir index>.json).
/* global window, document, IDBFactory, IDBObjectStore, IDBIndex, MutationObserver -- in the page */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const [origin, rounds = '3', ...dirs] = process.argv.slice(2);
if (!origin || dirs.length === 0) throw new Error('usage: ORIGIN ROUNDS DIR...');
const TRACE = process.env.TRACE === '1';

function instrument() {
  const log = (window.coldTrace = []);
  const t = () => Math.round(performance.now() * 10) / 10;
  const watch = (what, request) => {
    const start = t();
    request.addEventListener('success', () => log.push([start, t(), what]));
    request.addEventListener('error', () => log.push([start, t(), `${what} (error)`]));
    return request;
  };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    return watch(`open ${args[0]}`, open.apply(this, args));
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype])
    for (const name of ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']) {
      const original = proto[name];
      proto[name] = function (...args) {
        const store =
          this instanceof IDBIndex ? `${this.objectStore.name}.${this.name}` : this.name;
        return watch(`${name} ${store}`, original.apply(this, args));
      };
    }
}

function markLock() {
  const observer = new MutationObserver(() => {
    if (document.querySelector('h1')?.textContent?.includes('Relève est verrouillé')) {
      performance.mark('bench-lock');
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

async function coldStart(dir, name) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    offline: true,
  });
  await context.addInitScript(markLock);
  if (TRACE) await context.addInitScript(instrument);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = TRACE ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  await page.goto(origin);
  await page.getByRole('heading', { name: 'Relève est verrouillé' }).waitFor({ timeout: 120_000 });
  if (TRACE) await page.waitForTimeout(1500);
  const result = await page.evaluate(() => ({
    lockMs: performance.getEntriesByName('bench-lock')[0]?.startTime ?? Number.NaN,
    trace: window.coldTrace ?? [],
    resources: performance
      .getEntriesByType('resource')
      .map((e) => [Math.round(e.startTime), Math.round(e.responseEnd), e.name.split('/').pop()]),
  }));
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(`/tmp/cold-${name}.json`, JSON.stringify({ profile }));
    const rows = [...result.resources, ...result.trace].sort((a, b) => a[0] - b[0]);
    for (const row of rows) console.log(`  ${row.join('\t')}`);
  }
  await context.close();
  return result.lockMs;
}

const times = dirs.map(() => []);
for (let round = 0; round < Number(rounds); round += 1)
  for (const [i, dir] of dirs.entries()) {
    const ms = await coldStart(dir, `${round}-${i}`);
    times[i].push(ms);
    console.log(`round ${round} ${dir}: ${Math.round(ms)} ms`);
  }
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [i, dir] of dirs.entries())
  console.log(`${dir}: median ${Math.round(median(times[i]))} ms, n=${times[i].length}`);
