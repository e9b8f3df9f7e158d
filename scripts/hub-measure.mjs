// `node scripts/hub-measure.mjs [--docs 180000] [--batch 100] [--wards 20] [--tablets 3]
// [--ward-docs 1000]`: measures the embedded hub on this machine over plain HTTP on
// 127.0.0.1 (a stock PouchDB in this process plays the tablets): push and pull of sealed-event
// sized documents, the hub's peak memory and its disk use, then many wards at once.
// Reports, asserts nothing; not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import PouchDB from 'pouchdb-node';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '180000' },
    batch: { type: 'string', default: '100' },
    wards: { type: 'string', default: '20' },
    tablets: { type: 'string', default: '3' },
    'ward-docs': { type: 'string', default: '1000' },
  },
});
const CLI = join(import.meta.dirname, '../hub/cli.mjs');
const root = mkdtempSync(join(tmpdir(), 'releve-hub-measure-'));
const dataDir = join(root, 'data');
const distDir = join(root, 'dist');
mkdirSync(distDir);
writeFileSync(
  join(distDir, 'index.html'),
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`,
);

const seconds = (start) => (performance.now() - start) / 1000;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const du = (dir) =>
  Number(spawnSync('du', ['-sk', dir], { encoding: 'utf8' }).stdout.split('\t')[0]);
const status = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

function addWard(name) {
  const out = spawnSync(process.execPath, [CLI, 'add-ward', name, '--data', dataDir], {
    encoding: 'utf8',
  }).stdout;
  return { db: `ward-${name}`, password: /Password:\s+(\S+)/.exec(out)[1] };
}

function startHub() {
  const args = [CLI, '--data', dataDir, '--dist', distDir, '--insecure-http', '--port', '0'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
  });
}

/** ~600 bytes of base64, like a sealed event. */
function sealedDoc(id) {
  return { _id: id, ct: randomBytes(450).toString('base64'), v: 1 };
}

async function fill(db, n, prefix) {
  for (let i = 0; i < n; i += 5000) {
    const docs = [];
    for (let j = i; j < Math.min(n, i + 5000); j++) {
      docs.push(sealedDoc(`${prefix}-${String(j).padStart(7, '0')}`));
    }
    await db.bulkDocs(docs);
  }
}

const local = (name) => new PouchDB(join(root, 'tablets', name));
mkdirSync(join(root, 'tablets'));
const remote = (hub, ward) =>
  new PouchDB(`${hub.url}/hub/${ward.db}`, {
    auth: { username: ward.db, password: ward.password },
  });

const docs = Number(values.docs);
const batch = Number(values.batch);
const ward = addWard('measure');
const hub = await startHub();
console.log(`hub pid ${hub.child.pid}, RSS at start ${mib(status(hub.child.pid, 'VmRSS'))}`);

const tabletA = local('a');
let start = performance.now();
await fill(tabletA, docs, 'ev');
console.log(`tablet A filled with ${docs} docs in ${seconds(start).toFixed(1)} s`);

start = performance.now();
const pushed = await tabletA.replicate.to(remote(hub, ward), { batch_size: batch });
let s = seconds(start);
console.log(
  `push ${pushed.docs_written} docs, batch ${batch}: ${s.toFixed(1)} s = ${(docs / s).toFixed(0)} docs/s`,
);
console.log(
  `hub RSS ${mib(status(hub.child.pid, 'VmRSS'))}, peak ${mib(status(hub.child.pid, 'VmHWM'))}`,
);
console.log(
  `hub data directory ${mib(du(dataDir))}, tablet A's ${mib(du(join(root, 'tablets', 'a')))}`,
);

const tabletB = local('b');
start = performance.now();
const pulled = await tabletB.replicate.from(remote(hub, ward), { batch_size: batch });
s = seconds(start);
console.log(
  `pull ${pulled.docs_written} docs, batch ${batch}: ${s.toFixed(1)} s = ${(docs / s).toFixed(0)} docs/s (${(s / 60).toFixed(1)} min)`,
);
console.log(
  `hub RSS ${mib(status(hub.child.pid, 'VmRSS'))}, peak ${mib(status(hub.child.pid, 'VmHWM'))}`,
);
await tabletA.destroy();
await tabletB.destroy();

// Many wards at once: each tablet pushes its own documents, then pulls everyone's.
const wards = Number(values.wards);
const tablets = Number(values.tablets);
const perTablet = Number(values['ward-docs']);
if (wards > 0) {
  const all = Array.from({ length: wards }, (_, w) => {
    const credential = addWard(`w${w}`);
    return Array.from({ length: tablets }, (_, t) => ({ credential, db: local(`w${w}-t${t}`) }));
  }).flat();
  for (const [i, tablet] of all.entries()) await fill(tablet.db, perTablet, `t${i}`);
  start = performance.now();
  await Promise.all(
    all.map((t) => t.db.replicate.to(remote(hub, t.credential), { batch_size: batch })),
  );
  s = seconds(start);
  const total = all.length * perTablet;
  console.log(
    `${wards} wards x ${tablets} tablets push ${total} docs at once: ${s.toFixed(1)} s = ${(total / s).toFixed(0)} docs/s`,
  );
  start = performance.now();
  const results = await Promise.all(
    all.map((t) => t.db.replicate.from(remote(hub, t.credential), { batch_size: batch })),
  );
  s = seconds(start);
  const moved = results.reduce((sum, r) => sum + r.docs_written, 0);
  console.log(
    `... then pull ${moved} docs at once: ${s.toFixed(1)} s = ${(moved / s).toFixed(0)} docs/s`,
  );
  console.log(
    `hub RSS ${mib(status(hub.child.pid, 'VmRSS'))}, peak ${mib(status(hub.child.pid, 'VmHWM'))}`,
  );
  console.log(`hub data directory ${mib(du(dataDir))}`);
  for (const t of all) await t.db.destroy();
}

hub.child.kill('SIGTERM');
rmSync(root, { recursive: true, force: true });
