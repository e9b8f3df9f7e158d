// `node scripts/wardfile-measure.mjs [3,14,60]`: ward file export and import of the demo ward
// (30 beds), in Node with fake-indexeddb (an in-memory IndexedDB written in JS: slower than a
// browser's), through the app's own code: makeWardFile on a tablet holding the log, then
// joinWardFile on an empty tablet. Writes bench/wardfile-node.json. Not part of `npm test`
// (docs/ward-file.md, "Size and speed").
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..');
const load = async (path) =>
  (
    await runnerImport(join(root, path), {
      configFile: false,
      root,
      logLevel: 'error',
      define: { __APP_VERSION__: JSON.stringify('measure') },
    })
  ).module;
const { demoWard, db, createWard, writeEvents, getLocal, lockSession, makeWardFile, joinWardFile } =
  await load('bench/wardFileMeasure.ts');

const dayList = (process.argv[2] ?? '3,14,60').split(',').map(Number);
const PHRASE = 'cheval agrafe lune';
const MB = 1e6;
const rows = [];
const timed = async (run) => {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const value = await run();
  const cpu = process.cpuUsage(cpu0);
  return {
    value,
    seconds: +((performance.now() - t0) / 1000).toFixed(1),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
  };
};

for (const days of dayList) {
  await lockSession();
  await db.delete();
  await db.open();
  await createWard(
    { name: 'Médecine 3', establishment: 'CH Sud' },
    { name: 'Alice Martin', initials: 'AM', role: 'nurse' },
    { value: PHRASE, confirmation: PHRASE },
    { iterations: 1000 },
  );
  const wardId = await getLocal('wardId');
  const events = demoWard({ seed: 7, days, start: '2026-11-02T07:00:00.000+01:00', wardId });
  for (let i = 0; i < events.length; i += 5000) await writeEvents(events.slice(i, i + 5000));
  const made = await timed(() => makeWardFile());
  const { blob, events: count } = made.value;
  await lockSession();
  await db.delete();
  await db.open();
  const joined = await timed(() => joinWardFile(blob, PHRASE));
  const row = {
    days,
    events: count,
    fileMb: +(blob.size / MB).toFixed(1),
    bytesPerEvent: Math.round(blob.size / count),
    export: {
      seconds: made.seconds,
      cpuSeconds: made.cpuSeconds,
      eventsPerSecond: Math.round(count / made.seconds),
    },
    import: {
      seconds: joined.seconds,
      cpuSeconds: joined.cpuSeconds,
      eventsPerSecond: Math.round(count / joined.seconds),
      report: joined.value,
    },
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
writeFileSync(
  join(root, 'bench/wardfile-node.json'),
  `${JSON.stringify({ node: process.version, cpu: cpus()[0]?.model, rows }, null, 2)}\n`,
);
