// `npm run bench:hospital [-- --wards 20] [--tablets 3] [--days 60] [--stop-at 10:55]
// [--no-build] [--report-only] [--out bench/hospital-results.json]`: issue 15's simulated
// hospital. Starts the real embedded hub (plain HTTP on 127.0.0.1, scripts/hub-process.mjs),
// one database per ward, and one Node process (bench/hospital/run.ts) holding every tablet:
// the app's own HubClient and sendEvents, each tablet's store in memory. The demo ward is
// sealed once; every ward replays the same sealed documents into its own hub database.
// Day by day: all tablets push their day, then all pull. No new day starts after --stop-at
// (UTC). Writes the results after each day and prints a table. Asserts nothing; not in `npm test`.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { addWard, kib, memoryWatch, procKib, startHub } from './hub-process.mjs';
import { printTable } from './bench-hospital-table.mjs';

const { values } = parseArgs({
  options: {
    wards: { type: 'string', default: '20' },
    tablets: { type: 'string', default: '3' },
    days: { type: 'string', default: '60' },
    'stop-at': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/hospital-results.json' },
  },
});
const root = join(import.meta.dirname, '..');
const RESULTS = join(root, values.out);
const dist = process.env.BENCH_HOSPITAL_DIST ?? 'dist-bench-hospital';
/** A ward writes about 2,400 events a day (bench/hub-results.json, demo ward): real time. */
const WARD_EVENTS_A_DAY = 2_400;
const run = (command) => execSync(command, { cwd: root, stdio: 'inherit' });
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const mib = (k) => Math.round(k / 1024);

/** A process's CPU time so far (user + system), seconds: is the hub the one working? */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function stopAtMs(text) {
  if (!text) return Number.MAX_SAFE_INTEGER;
  const [h, m] = text.split(':').map(Number);
  const at = new Date();
  at.setUTCHours(h, m, 0, 0);
  return at.getTime();
}

/** Every process and folder this run makes, ended and removed with it (even interrupted). */
const children = new Set();
let home = null;
const cleanUp = () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (home) rmSync(home, { recursive: true, force: true });
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

async function measure() {
  if (!values['no-build'] || !existsSync(join(root, dist, 'index.html')))
    run(`npx vite build --outDir ${dist}`);
  run('npx vite build -c bench/hospital/vite.config.ts');
  home = mkdtempSync(join(tmpdir(), 'releve-bench-hospital-'));
  const dataDir = join(home, 'data');
  const wards = Array.from({ length: Number(values.wards) }, (_, w) =>
    addWard(dataDir, `h${String(w).padStart(2, '0')}`),
  );
  const hub = await startHub({ root, dataDir, dist, track: (child) => children.add(child) });
  const memory = memoryWatch(hub.child.pid);
  const results = {
    date: new Date().toISOString(),
    commit: execSync('git rev-parse HEAD', { cwd: root, encoding: 'utf8' }).trim(),
    options: values,
    simulated:
      `${wards.length} wards x ${values.tablets} tablets, all in one Node process beside the ` +
      `hub: the app's HubClient and sendEvents (src/sync), each tablet's store in memory (which ` +
      `events it holds, each pulled document compared with the sealed one; the tablets' own ` +
      `storage is measured by the first pull). The demo ward is sealed once with the app's ` +
      `toWire; every ward pushes the same sealed documents into its own hub database.`,
    machine: {
      cpu: cpus()[0]?.model ?? null,
      cores: cpus().length,
      ramGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadBefore: load(),
    },
    hubRssAtStartMiB: memory.phase(),
    days: [],
  };
  const save = () => writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const command = {
    wards: wards.map(({ db, user, password }) => ({ url: `${hub.url}/hub/${db}`, user, password })),
    tablets: Number(values.tablets),
    days: Number(values.days),
    start: '2026-01-05T00:00:00+01:00',
    stopAtMs: stopAtMs(values['stop-at']),
  };
  const tablets = spawn(
    process.execPath,
    [join(root, 'bench/.cache/hospital/run.mjs'), JSON.stringify(command)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(tablets);
  const t0 = performance.now();
  for await (const text of createInterface({ input: tablets.stdout })) {
    const line = JSON.parse(text);
    if (line.sealed) {
      results.sealed = { events: line.sealed, seconds: line.seconds };
      memory.phase();
    } else if (line.day) {
      const seconds = line.pushSeconds + line.pullSeconds;
      const day = { ...line, eventsPerSecond: (line.pushed + line.served) / seconds };
      Object.assign(day, {
        hubRssPeakMiB: memory.phase(),
        hubDiskMiB: mib(kib(dataDir)),
        load: load(),
      });
      results.days.push(day);
      console.log(JSON.stringify(day));
    } else if (line.done) results.end = { ...line, seconds: (performance.now() - t0) / 1000 };
    else if (line.error) results.error = line.error;
    save();
  }
  // The hub at rest once the last exchange is over.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  Object.assign(results, {
    hubRssAfterMiB: mib(procKib(hub.child.pid, 'VmRSS')),
    hubRssPeakMiB: mib(procKib(hub.child.pid, 'VmHWM')),
    hubDiskEndMiB: mib(kib(dataDir)),
    realTimeEventsPerSecond: (wards.length * WARD_EVENTS_A_DAY) / 86_400,
  });
  results.machine.loadAfter = load();
  results.hubCpuSeconds = cpuSeconds(hub.child.pid);
  memory.stop();
  save();
  hub.child.kill('SIGTERM');
}

if (!values['report-only']) {
  await measure();
  // In the repository's own style, so that `npm test` (prettier --check) passes with it.
  run(`npx prettier --write ${values.out}`);
}
printTable(JSON.parse(readFileSync(RESULTS, 'utf8')));
