/* global window, document */
// `node scripts/profile-bulk.mjs [days] [port] [dist]`: profiles the bulk write path (the
// bench's seed page, writeEvents one day per batch) in headless Chromium with the CDP
// sampling profiler, and prints where the main thread's time goes (self and inclusive).
// Build first: `npx vite build --outDir <dist> --minify false` then the seed page
// (`BENCH_DIST=<dist> npx vite build -c bench/vite.seed.config.ts --minify false`). Beside the
// profile, the CPU each Chromium process spent (scripts/process-cpu.mjs, Linux only); NOPROF=1
// for that and the rate alone.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileTree } from './cpu-profile.mjs';
import { cpuSpent, processCpu } from './process-cpu.mjs';
import { startPreview } from './preview.mjs';

const root = join(import.meta.dirname, '..');
const days = Number(process.argv[2] ?? 2);
const port = Number(process.argv[3] ?? 4193);
const dist = process.argv[4] ?? 'dist-bulk';
const top = Number(process.env.TOP ?? 25);

const server = await startPreview(dist, port);
const profileDir = mkdtempSync(join(tmpdir(), 'bulk-'));
try {
  // A profile on disk, as a tablet's (and the bench's): a context without one keeps
  // IndexedDB in memory, where the same seed ran four times as slowly.
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`http://localhost:${port}/bench/seed.html`);
  await page.waitForFunction(() => document.getElementById('progress')?.textContent === 'ready');
  const cdp = await browser.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (!process.env.NOPROF) await cdp.send('Profiler.start');
  // Beside the page's profile, the CPU of every process: IndexedDB's backend runs in the
  // browser process, and on a 2-core machine it and the page share the cores.
  const cpuBefore = processCpu(process.pid);
  const report = await page.evaluate(
    (n) =>
      window.benchSeed(n).catch((e) => {
        throw new Error(
          `${e.name}: ${e.message} / ${e.inner?.name}: ${e.inner?.message} ${e.stack}`,
        );
      }),
    days,
  );
  const cpu = cpuSpent(cpuBefore, processCpu(process.pid));
  console.log(
    `CPU during the seed, ms by process (${cpus().length} cores):`,
    Object.entries(cpu)
      .filter(([, ms]) => ms > 0)
      .map(([kind, ms]) => `${kind} ${ms}`)
      .join(', '),
  );
  if (process.env.NOPROF) {
    console.log(`${report.events} events in ${report.seconds.toFixed(1)} s`);
    await browser.close();
  } else {
    const { profile } = await cdp.send('Profiler.stop');
    await browser.close();
    writeFileSync(join(root, 'test-results-bulk-profile.json'), JSON.stringify(profile));
    console.log(
      `${report.events} events in ${report.seconds.toFixed(1)} s: ${Math.round(report.perSecond)}/s; batches`,
      report.batchSizes.map((n, i) => `${n}:${report.batchSeconds[i].toFixed(2)}s`).join(' '),
    );
    const { nodes, parent, nameOf } = profileTree(profile);
    const self = new Map();
    const incl = new Map();
    let total = 0;
    profile.samples.forEach((id, i) => {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      total += ms;
      const name = nameOf(nodes.get(id));
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) seen.add(nameOf(nodes.get(at)));
      for (const n of seen) incl.set(n, (incl.get(n) ?? 0) + ms);
    });
    const fmt = (map) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(
          ([n, ms]) =>
            `  ${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${n}`,
        )
        .join('\n');
    console.log(`profile ${total.toFixed(0)} ms\nSELF\n${fmt(self)}\nINCLUSIVE\n${fmt(incl)}`);
  }
} finally {
  server.kill();
  rmSync(profileDir, { recursive: true, force: true });
}
