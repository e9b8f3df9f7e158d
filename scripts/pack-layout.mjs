/* global document */
// `node scripts/pack-layout.mjs <pack.html> [dist] [rounds]`: what the print preview's overflow
// check costs per sheet kind. The check (src/features/print/overflow.ts) reads the size of each
// page's boxes, which styles and lays out that page (off screen, content-visibility skipped it):
// about half of the pack's time to ready (docs/performance-history.md). The page comes from the
// bench (`BENCH_ONLY=pack BENCH_PACK_HTML=<file> npm run bench -- --sizes 10k`), without its
// scripts, served beside the build it was made with (`dist-bench` by default) so that its
// style sheets load. Prints, per kind, the pages, the check's time (median of `rounds` fresh
// loads) and the elements per page. PACK_LAYOUT_CSS=<rules> adds a style sheet after the app's,
// to try a change of the sheets' CSS on the same pages. Not part of `npm test`; asserts nothing.
import { chromium } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview } from './preview.mjs';

const [file, dist = 'dist-bench', rounds = '3'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/pack-layout.mjs <pack.html> [dist] [rounds]');
const root = join(import.meta.dirname, '..');
const port = 4197;
const name = 'pack-layout.html';
// The boxes the check reads, taken from overflow.ts itself, so that the two cannot drift apart.
const overflowSource = readFileSync(join(root, 'src/features/print/overflow.ts'), 'utf8');
const boxes = [
  ...(/const BOXES = \[([^\]]*)\]/.exec(overflowSource)?.[1].matchAll(/'([^']+)'/g) ?? []),
]
  .map((match) => match[1])
  .join(', ');
if (!boxes) throw new Error('BOXES not found in src/features/print/overflow.ts');

// The app's scripts out (the page must stay as drawn), its style sheets from this server.
const html = readFileSync(file, 'utf8')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="(modulepreload|manifest)"[^>]*>/g, '')
  .replace(/https?:\/\/localhost:\d+\//g, '/')
  .replace('</head>', () => `<style>${process.env.PACK_LAYOUT_CSS ?? ''}</style></head>`);
writeFileSync(join(root, dist, name), html);

let server;
try {
  server = await startPreview(dist, port, `/${name}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const runs = [];
  for (let round = 0; round < Number(rounds); round += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://localhost:${port}/${name}`);
    await page.evaluate(() => document.fonts.ready);
    runs.push(
      await page.evaluate((boxes) => {
        const kinds = {};
        for (const sheet of document.querySelectorAll('.sheet-page')) {
          const kind = [...sheet.classList].find((c) => c.startsWith('sheet-kind-')) ?? '?';
          const started = performance.now();
          for (const box of sheet.querySelectorAll(boxes))
            void (box.scrollHeight + box.scrollWidth);
          const row = (kinds[kind.replace('sheet-kind-', '')] ??= { pages: 0, ms: 0, elements: 0 });
          row.pages += 1;
          row.ms += performance.now() - started;
          row.elements += sheet.getElementsByTagName('*').length;
        }
        return kinds;
      }, boxes),
    );
    await page.close();
  }
  await browser.close();
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  let total = 0;
  console.log('kind             pages   check ms   ms/page   elements/page');
  for (const [kind, { pages, elements }] of Object.entries(runs[0])) {
    const ms = median(runs.map((run) => run[kind].ms));
    total += ms;
    console.log(
      `${kind.padEnd(16)} ${String(pages).padStart(5)} ${ms.toFixed(0).padStart(10)} ` +
        `${(ms / pages).toFixed(1).padStart(9)} ${(elements / pages).toFixed(0).padStart(15)}`,
    );
  }
  console.log(`all ${total.toFixed(0)} ms (median of ${rounds} loads per kind)`);
} finally {
  server?.kill();
  rmSync(join(root, dist, name), { force: true });
}
