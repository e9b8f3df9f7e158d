/* global window, indexedDB */
// `node scripts/wardfile-chromium.mjs [days,...] [port] [dist]`: the ward file of the demo
// ward made and imported in headless Chromium on the production build (issue 14 "Done
// means", issue 12 point 4): bench/wardFileBench.ts on the bench's page, and beside it raw
// IndexedDB in the same page (rows of the same shape, one transaction of 2,500 adds, with and
// without an outbox row each) as the ceiling. Build first (as `npm run bench` does):
// `npx vite build --outDir <dist>` then `BENCH_DIST=<dist> npx vite build -c bench/vite.seed.config.ts`.
// Writes bench/wardfile-chromium.json. Not part of `npm test`.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from './preview.mjs';

const root = join(import.meta.dirname, '..');
const dayList = (process.argv[2] ?? '14').split(',').map(Number);
const port = Number(process.argv[3] ?? 4193);
const dist = process.argv[4] ?? 'dist-bench';

/** Raw IndexedDB in the page: adds per second of event-shaped rows, 6 indexes like `events`. */
async function rawAdds(withOutbox) {
  const N = 2500;
  const name = `raw-${Math.random()}`;
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const events = open.result.createObjectStore('events', { keyPath: 'id' });
      for (const path of [
        ['wardId', 'atMs'],
        ['patientId', 'atMs'],
        ['type', 'atMs'],
        ['patientId', 'type', 'atMs'],
        ['wardType', 'atMs'],
      ])
        events.createIndex(path.join('+'), path);
      open.result.createObjectStore('outbox', { keyPath: 'id' });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const bytes = (n) => crypto.getRandomValues(new Uint8Array(n)).buffer;
  const rows = Array.from({ length: N }, (_, i) => ({
    id: `${crypto.randomUUID()}`,
    wardId: 'w',
    patientId: `p${i % 30}`,
    type: 'vitals.recorded',
    at: '2026-11-02T07:00:00.000+01:00',
    recordedAt: '2026-11-02T07:00:00.000+01:00',
    deviceId: 'd',
    v: 1,
    atMs: 1.8e12 + i * 1000,
    payload: { iv: bytes(12), ct: bytes(200) },
    author: { iv: bytes(12), ct: bytes(80) },
  }));
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction(['events', 'outbox'], 'readwrite');
    for (const row of rows) {
      tx.objectStore('events').add(row);
      if (withOutbox) tx.objectStore('outbox').add({ id: row.id });
    }
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const perSecond = N / ((performance.now() - t0) / 1000);
  db.close();
  indexedDB.deleteDatabase(name);
  return Math.round(perSecond);
}

const rows = [];
const server = await startPreview(dist, port);
try {
  for (const days of dayList) {
    // A profile on disk of its own, as a tablet's: without one, IndexedDB lives in memory,
    // where writes ran about four times as slowly (docs/performance-history.md, 4 December).
    const profile = mkdtempSync(join(tmpdir(), 'wardfile-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`http://localhost:${port}/bench/seed.html`);
    await page.waitForFunction(() => typeof window.benchWardFile === 'function', null, {
      timeout: 60_000,
    });
    const load = execSync('cat /proc/loadavg', { encoding: 'utf8' }).trim();
    const figures = await page.evaluate((n) => window.benchWardFile(n), days);
    const raw = {
      addsPerSecond: await page.evaluate(rawAdds, false),
      withOutboxPerSecond: await page.evaluate(rawAdds, true),
    };
    const row = {
      ...figures,
      raw,
      loadBefore: load,
      loadAfter: execSync('cat /proc/loadavg', { encoding: 'utf8' }).trim(),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  server.kill();
}
writeFileSync(
  join(root, 'bench/wardfile-chromium.json'),
  `${JSON.stringify({ date: new Date().toISOString(), cpu: cpus()[0]?.model, cores: cpus().length, rows }, null, 2)}\n`,
);
