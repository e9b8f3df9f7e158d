// `node scripts/export-measure.mjs [3,14,60]`: the recovery export of the demo ward (30 beds)
// measured in Node, outside the browser: FHIR Bundle streamed patient by patient, CSV from the
// whole log (toCsv) and streamed page by page (csvParts, as the Data screen does).
// Time, bytes, and the live JS heap the export adds to the log's (after a GC, every 20 parts:
// run with `node --expose-gc`, else the figure counts garbage); writes bench/export-node.json.
// Not part of `npm test` (docs/fhir-export.md, "Size and speed").
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..');
const load = async (path) =>
  (await runnerImport(join(root, path), { configFile: false, root, logLevel: 'error' })).module;
const { demoWard } = await load('src/domain/demo/demoWard.ts');
const { byPatient, startFhirExport } = await load('src/domain/fhir/bundle.ts');
const { fhirBundleParts } = await load('src/domain/fhir/stream.ts');
const { toCsv } = await load('src/domain/export/csv.ts');
const { csvParts } = await load('src/domain/export/csvStream.ts');
const { CSV_LOOKUP_TYPES } = await load('src/domain/export/csvRows.ts');

/**
 * The live heap over `base`, sampled after a GC every 20 parts (with `--expose-gc`); `paused`
 * is the time those GCs took, to take out of the export's own time.
 */
function heapSampler(base) {
  const sampler = { peak: base, paused: 0, n: 0 };
  sampler.sample = () => {
    if (sampler.n++ % 20 !== 0 || !globalThis.gc) return;
    const before = performance.now();
    globalThis.gc();
    sampler.peak = Math.max(sampler.peak, heap());
    sampler.paused += performance.now() - before;
  };
  return sampler;
}

/**
 * csvParts over pages of 2,000 entries, as the Data screen reads them from the database: time,
 * the file's hash, and the live heap it adds to the log's (pages are slices of the log here; in
 * the browser they are read one at a time).
 */
async function measureStream(events) {
  const lookupEvents = events.filter((event) => CSV_LOOKUP_TYPES.includes(event.type));
  function* pages() {
    for (let i = 0; i < events.length; i += 2000) yield events.slice(i, i + 2000);
  }
  const source = { lookupEvents, pages: pages() };
  globalThis.gc?.();
  const base = heap();
  const heapOf = heapSampler(base);
  const hash = createHash('sha256');
  const t0 = performance.now();
  for await (const part of csvParts(source)) {
    hash.update(part);
    heapOf.sample();
  }
  const seconds = (performance.now() - t0 - heapOf.paused) / 1000;
  return {
    seconds: +seconds.toFixed(2),
    eventsPerSecond: Math.round(events.length / seconds),
    liveHeapOverLogMb: globalThis.gc ? Math.round((heapOf.peak - base) / MB) : null,
    sha256: hash.digest('hex'),
  };
}

const dayList = (process.argv[2] ?? '3,14,60').split(',').map(Number);
const MB = 1e6;
const heap = () => process.memoryUsage().heapUsed;
const rows = [];
for (const days of dayList) {
  globalThis.gc?.();
  const empty = heap();
  // In the database's order (bedside instant, then id), which both CSVs keep.
  const events = demoWard({ seed: 7, days, start: '2026-11-02T07:00:00.000+01:00' }).sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1),
  );
  globalThis.gc?.();
  const base = heap();
  const heapOf = heapSampler(base);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const run = startFhirExport(
    events.filter((event) => event.patientId === null),
    { exportedAt: '2027-03-01T08:00:00+01:00', appVersion: 'measure' },
    events[0]?.wardId,
  );
  const logs = [...byPatient(events)].map(([patientId, list]) => ({ patientId, events: list }));
  const counts = {};
  let bytes = 0;
  let longest = 0;
  for await (const part of fhirBundleParts(run, logs, counts)) {
    bytes += Buffer.byteLength(part);
    longest = Math.max(longest, part.length);
    heapOf.sample();
  }
  const fhirSeconds = (performance.now() - t0 - heapOf.paused) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const fhirCpuSeconds = (cpu.user + cpu.system) / 1e6;
  const t1 = performance.now();
  let csv = toCsv(events);
  const csvSeconds = (performance.now() - t1) / 1000;
  globalThis.gc?.();
  const csvHeld = heap() - base;
  const csvMb = +(Buffer.byteLength(csv) / MB).toFixed(1);
  const csvHash = createHash('sha256').update(csv).digest('hex');
  csv = null;
  const streamed = await measureStream(events);
  const row = {
    days,
    events: events.length,
    fhir: {
      seconds: +fhirSeconds.toFixed(2),
      // CPU time (GC pauses of the heap samples included): less at the mercy of a busy machine.
      cpuSeconds: +fhirCpuSeconds.toFixed(2),
      eventsPerSecond: Math.round(events.length / fhirSeconds),
      mb: +(bytes / MB).toFixed(1),
      longestPartMb: +(longest / MB).toFixed(1),
      liveHeapOverLogMb: globalThis.gc ? Math.round((heapOf.peak - base) / MB) : null,
      resources: Object.values(counts).reduce((a, b) => a + b, 0),
      provenances: counts.Provenance ?? 0,
    },
    // The decrypted log the Data screen held whole before the CSV was streamed (readWardLog).
    logHeapMb: globalThis.gc ? Math.round((base - empty) / MB) : null,
    csv: {
      seconds: +csvSeconds.toFixed(2),
      eventsPerSecond: Math.round(events.length / csvSeconds),
      mb: csvMb,
      // The whole file as one string, still held after a GC.
      heldHeapOverLogMb: globalThis.gc ? Math.round(csvHeld / MB) : null,
    },
    csvStreamed: { ...streamed, sameBytesAsToCsv: streamed.sha256 === csvHash, sha256: undefined },
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
const out = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? null, cores: cpus().length, node: process.version },
  rows,
};
writeFileSync(join(root, 'bench/export-node.json'), `${JSON.stringify(out, null, 2)}\n`);
