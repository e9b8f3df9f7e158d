// `npm run bench [-- --sizes 10k,180k,540k] [--ops 200] [--no-build] [--report-only]`: builds the production
// app and the bench's seeding page, measures in headless Chromium (bench/measure.spec.ts),
// then writes bench/results.json and prints a table. Not part of `npm test`.
// BENCH_ONLY=record (environment): only the OPS vitals sets and OPS doses, on the kept
// profiles (cold starts and unlock too, nothing else); BENCH_ONLY=start: the cold starts and
// the unlock alone; BENCH_ONLY=screens: the board and patient loops (bench/measure.spec.ts);
// BENCH_ONLY=pack: the whole-ward pack alone, to its ready (no PDF), after one cold start
// (BENCH_TRACE=<file>: a timeline trace of it, for scripts/trace-long-tasks.mjs);
// BENCH_SEED_ONLY: seed, measure nothing. A partial run (any of these, fewer sizes) or a
// failed one writes bench/.cache/results-partial.json, never over bench/results.json.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const allSizes = '10k,180k,540k';
const sizes = option('sizes', allSizes);
const ops = option('ops', '200');
const dist = process.env.BENCH_DIST ?? 'dist-bench';
const env = { ...process.env, BENCH_DIST: dist, BENCH_SIZES: sizes, BENCH_OPS: ops };
const run = (command) => execSync(command, { cwd: root, env, stdio: 'inherit' });

// --report-only: results.json and the table from the figures already measured.
const measure = !args.includes('--report-only');
if (measure && !args.includes('--no-build')) {
  run(`npx vite build --outDir ${dist}`);
  run('npx vite build -c bench/vite.seed.config.ts');
}
// A size whose run fails must show no figure, not those its last run left (bench/.cache).
if (measure)
  for (const size of sizes.split(','))
    rmSync(join(root, 'bench/.cache', `result-${size}.json`), { force: true });
let failed = false;
try {
  if (measure) run('npx playwright test -c bench/playwright.config.ts');
} catch {
  failed = true; // what was measured is still written below
}

/** Every JS and CSS file of the build, gzip size, and whether index.html loads it first. */
function chunks() {
  const html = readFileSync(join(root, dist, 'index.html'), 'utf8');
  const assets = join(root, dist, 'assets');
  return readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      return {
        file: name,
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        initial: html.includes(`assets/${name}`),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const text = (command) => {
  try {
    return execSync(command, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const results = {
  date: new Date().toISOString(),
  commit: text('git rev-parse HEAD'),
  dirty: Boolean(text('git status --porcelain')),
  machine: {
    cpu: cpus()[0]?.model ?? null,
    cores: cpus().length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: text(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`),
    load: text('cat /proc/loadavg'),
  },
  sizes: Object.fromEntries(
    sizes
      .split(',')
      .map((size) => [size, join(root, 'bench/.cache', `result-${size}.json`)])
      .filter(([, file]) => existsSync(file))
      .map(([size, file]) => [size, JSON.parse(readFileSync(file, 'utf8'))]),
  ),
  chunks: existsSync(join(root, dist, 'assets')) ? chunks() : [],
};
const partial =
  failed ||
  sizes !== allSizes ||
  ['BENCH_ONLY', 'BENCH_SEED_ONLY', 'BENCH_EXPORT_ONLY'].some((name) => process.env[name]);
const output = partial ? 'bench/.cache/results-partial.json' : 'bench/results.json';
mkdirSync(join(root, 'bench/.cache'), { recursive: true });
writeFileSync(join(root, output), `${JSON.stringify(results, null, 2)}\n`);
// In the repository's own style, so that `npm test` (prettier --check) passes with it.
if (!partial) run('npx prettier --write bench/results.json');
execFileSync('node', [join(root, 'scripts/bench-table.mjs'), output], { stdio: 'inherit' });
if (partial) console.log(`Partial or failed run: figures in ${output}, bench/results.json kept.`);
if (failed) process.exitCode = 1;
