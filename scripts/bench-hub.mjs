// `npm run bench:hub [-- --events 180000] [--delay-events 5000] [--saves 20]
// [--max-minutes 120] [--only pull,delay] [--no-build] [--report-only]
// [--out bench/hub-results.json]`: issue 15's figures with the app's own client (src/sync).
// Starts the embedded hub (plain HTTP on 127.0.0.1) serving the production build, then:
//  1. pull: fills a ward on the hub with the demo ward (about --events events, sealed exactly
//     as src/sync/push.ts does) and times a new tablet in headless Chromium from joining to
//     the board showing the pulled ward (bench/hub.spec.ts);
//  2. delay: two tablets (two Chromium contexts) on a smaller ward; from the tap on "save" on
//     A to the entry on B's screen, --saves times.
// The simulated hospital (20 wards x 3 tablets, 60 days) is `npm run bench:hospital`.
// Writes bench/hub-results.json and prints a table. Reports, asserts nothing; not in `npm test`.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addWard, kib, memoryWatch, procKib, startHub as startHubIn } from './hub-process.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '180000' },
    'delay-events': { type: 'string', default: '5000' },
    saves: { type: 'string', default: '20' },
    'max-minutes': { type: 'string', default: '120' },
    only: { type: 'string', default: 'pull,delay' },
    'no-build': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/hub-results.json' },
  },
});
const root = join(import.meta.dirname, '..');
const RESULTS = join(root, values.out);
const CACHE = join(root, 'bench/.cache');
const TABLET = join(CACHE, 'hub-node/hubNode.mjs');
const dist = process.env.BENCH_HUB_DIST ?? 'dist-bench-hub';
const PASSPHRASE = 'banc essai relève hub deux mille vingt-six';
/** The demo ward's events a day (30 beds), to turn --events into days of log. */
const EVENTS_A_DAY = 2_571;
const only = new Set(values.only.split(','));
const maxMs = Number(values['max-minutes']) * 60_000;
const deadline = Date.now() + maxMs;
const run = (command, env = {}) =>
  execSync(command, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
const text = (command) => {
  try {
    return execSync(command, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const daysFor = (events) => Math.max(1, Math.round(Number(events) / EVENTS_A_DAY));

/** Every process this run starts: ended with it, even when it is interrupted. */
const children = new Set();
/** The run's temporary folder (hub data): removed at the end, even an interrupted one. */
let home = null;
const endChildren = () => {
  for (const child of children) {
    if (child.exitCode !== null) continue;
    // The browser run is a process group of its own (npx, playwright, chromium): all of it.
    if (child.group) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  }
  if (home) rmSync(home, { recursive: true, force: true });
};
process.on('exit', endChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    endChildren();
    process.exit(130);
  });
}

const startHub = (dataDir) =>
  startHubIn({ root, dataDir, dist, track: (child) => children.add(child) });

/** A Node tablet (bench/hubNode.ts): its JSON lines, a way to talk to it, its end. */
function nodeTablet(command) {
  const child = spawn(process.execPath, [TABLET, JSON.stringify(command)], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.add(child);
  const lines = [];
  const waiters = [];
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let at;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, at));
      buffer = buffer.slice(at + 1);
      lines.push(line);
      if (line.error) console.error(`tablet: ${line.error}`);
      for (const waiter of [...waiters]) waiter();
    }
  });
  const ended = new Promise((resolve) => child.once('exit', resolve));
  /** The first line that has `field`; rejects if the tablet ends without it. */
  const line = (field) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = lines.find((l) => field in l);
        if (found) resolve(found);
      };
      waiters.push(check);
      check();
      void ended.then(() => {
        check();
        reject(new Error(`tablet ended without "${field}": ${JSON.stringify(lines.at(-1))}`));
      });
    });
  return { child, line, ended, go: () => child.stdin.write('go\n') };
}

const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000;

/** Fills a ward on the hub with the demo ward from a Node process (bench/hubNode.ts `fill`). */
async function fillWard(hub, credential, days) {
  const config = { url: `${hub.url}/hub/${credential.db}`, ...credential };
  delete config.db;
  const tablet = nodeTablet({ role: 'fill', config, passphrase: PASSPHRASE, days, endMs });
  const done = await tablet.line('done');
  await tablet.ended;
  return { config, events: done.events, fillSeconds: done.seconds, days };
}

async function browserPhases(hub, dataDir, memory, results) {
  const env = {
    BENCH_HUB_URL: hub.url,
    BENCH_HUB_PASSPHRASE: PASSPHRASE,
    BENCH_HUB_OUT: CACHE,
    BENCH_HUB_SAVES: values.saves,
    BENCH_HUB_MAX_MS: String(Math.max(60_000, deadline - Date.now())),
  };
  for (const name of ['hub-first-pull', 'hub-delay'])
    rmSync(join(CACHE, `${name}.json`), { force: true });
  if (only.has('pull')) {
    const days = daysFor(values.events);
    console.log(`Filling a ward of ${days} days of the demo ward on the hub...`);
    const ward = await fillWard(hub, addWard(dataDir, 'pull'), days);
    results.pull = { fill: { ...ward, config: undefined, hubRssPeakMiB: memory.phase() } };
    env.BENCH_HUB_PULL = JSON.stringify(ward);
  }
  if (only.has('delay')) {
    const ward = await fillWard(hub, addWard(dataDir, 'delay'), daysFor(values['delay-events']));
    results.delay = { ward: { events: ward.events, days: ward.days } };
    env.BENCH_HUB_DELAY = JSON.stringify(ward);
  }
  if (!env.BENCH_HUB_PULL && !env.BENCH_HUB_DELAY) return;
  // Not execSync: the run must stay interruptible (its processes end with it).
  const browser = spawn('npx', ['playwright', 'test', '-c', 'bench/hub.playwright.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    detached: true,
  });
  browser.group = true;
  children.add(browser);
  const stop = setTimeout(() => process.kill(-browser.pid, 'SIGKILL'), deadline - Date.now());
  const code = await new Promise((resolve) => browser.once('exit', resolve));
  clearTimeout(stop);
  if (code !== 0)
    console.error('The browser measurements did not all finish: what was measured is kept.');
  const read = (name) =>
    existsSync(join(CACHE, `${name}.json`))
      ? JSON.parse(readFileSync(join(CACHE, `${name}.json`), 'utf8'))
      : null;
  if (results.pull) results.pull.firstPull = read('hub-first-pull');
  if (results.delay) results.delay.saves = read('hub-delay');
  results.browserHubRssPeakMiB = memory.phase();
  results.diskAfterBrowserMiB = Math.round(kib(dataDir) / 1024);
}

async function measure() {
  if (!values['no-build']) run(`npx vite build --outDir ${dist}`);
  run('npx vite build -c bench/vite.hubjoin.config.ts', { BENCH_HUB_DIST: dist });
  run('npx vite build -c bench/vite.hubnode.config.ts');
  home = mkdtempSync(join(tmpdir(), 'releve-bench-hub-'));
  const dataDir = join(home, 'data');
  addWard(dataDir, 'start');
  const hub = await startHub(dataDir);
  const memory = memoryWatch(hub.child.pid);
  const results = {
    date: new Date().toISOString(),
    commit: text('git rev-parse HEAD'),
    dirty: Boolean(text('git status --porcelain')),
    options: values,
    machine: {
      cpu: cpus()[0]?.model ?? null,
      cores: cpus().length,
      ramGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: text(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`),
      loadBefore: text('cat /proc/loadavg'),
    },
    hubRssAtStartMiB: memory.phase(),
  };
  const save = () => writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  try {
    if (only.has('pull') || only.has('delay')) await browserPhases(hub, dataDir, memory, results);
    save();
  } finally {
    results.machine.loadAfter = text('cat /proc/loadavg');
    results.hubRssPeakWholeRunMiB = Math.round(procKib(hub.child.pid, 'VmHWM') / 1024);
    results.hubDiskWholeRunMiB = Math.round(kib(dataDir) / 1024);
    save();
    memory.stop();
    hub.child.kill('SIGTERM');
    rmSync(home, { recursive: true, force: true });
  }
}

if (!values['report-only']) await measure();
run(`node scripts/bench-hub-table.mjs ${values.out}`);
