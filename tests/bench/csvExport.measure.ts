import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { writeEvents } from '../../src/db/append';
import { forgetDecrypted } from '../../src/db/crypto/readCache';
import { readWardLog } from '../../src/db/exportReads';
import { getLocal } from '../../src/db/local';
import { demoWard } from '../../src/domain/demo/demoWard';
import { toCsv } from '../../src/domain/export/csv';
import { buildExport } from '../../src/features/recovery/hooks';
import { freshWard } from '../unit/db/fixtures';

// The JS heap of the Data screen's CSV export, the way it was (the whole log read, then one
// string: readWardLog + toCsv) and streamed (buildExport), on the demo ward written through the
// app's write path, in node with fake-indexeddb (which holds the database itself in the heap:
// figures are over that). Reported, never asserted: `CSV_DAYS=14 npx vitest run --config
// tests/bench/measure.config.ts csvExport`.
const DAYS = Number(process.env.CSV_DAYS ?? 14);
const MB = 1e6;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

it(`measures the CSV export's heap on a ${DAYS}-day ward`, async () => {
  await freshWard();
  const wardId = await getLocal('wardId');
  if (!wardId) throw new Error('no ward');
  let events = demoWard({ seed: 7, days: DAYS, start: '2026-11-02T07:00:00+01:00', wardId });
  for (let i = 0; i < events.length; i += 5_000) await writeEvents(events.slice(i, i + 5_000));
  const count = events.length;
  events = [];

  // Streamed first: the first run also pays for compiling the read path. Each run starts with
  // no decrypted record kept (crypto/readCache.ts keeps up to 20,000, as in the browser).
  forgetDecrypted();
  const base2 = heap();
  let peak = base2;
  let pages = 0;
  let t0 = performance.now();
  let paused = 0;
  const file = await buildExport({ kind: 'csv' }, () => {
    if (pages++ % 2 !== 0) return;
    const before = performance.now();
    peak = Math.max(peak, heap());
    paused += performance.now() - before;
  });
  const newSeconds = (performance.now() - t0 - paused) / 1000;
  const blobHeld = heap() - base2;

  forgetDecrypted();
  const base = heap();
  t0 = performance.now();
  const log = await readWardLog();
  const readMs = performance.now() - t0;
  const logHeld = heap() - base;
  const t1 = performance.now();
  let csv: string | null = toCsv(log.events);
  const oldSeconds = (readMs + performance.now() - t1) / 1000;
  const bothHeld = heap() - base;
  const oldBytes = Buffer.byteLength(csv);
  expect(file.blob.size).toBe(oldBytes);
  csv = null;
  log.events.length = 0;

  console.log(
    JSON.stringify({
      days: DAYS,
      events: count,
      csvMb: +(oldBytes / MB).toFixed(1),
      before: {
        seconds: +oldSeconds.toFixed(1),
        logHeldMb: Math.round(logHeld / MB),
        logAndTextHeldMb: Math.round(bothHeld / MB),
      },
      streamed: {
        seconds: +newSeconds.toFixed(1),
        peakOverBaseMb: Math.round((peak - base2) / MB),
        afterWithFileMb: Math.round(blobHeld / MB),
        heapSamples: Math.ceil(pages / 2),
      },
    }),
  );
});
