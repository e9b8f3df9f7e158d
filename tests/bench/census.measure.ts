import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { addBedSeries } from '../../src/db/beds';
import { commitCensus, planCensusImport } from '../../src/db/census';
import { setDbClock } from '../../src/db/clock';
import { db } from '../../src/db/db';
import { readCensusFile } from '../../src/domain/census/read';
import { CENSUS_TEMPLATE_CSV } from '../../src/domain/census/template';
import { fixedClock } from '../../src/domain/time';
import { freshWard } from '../unit/db/fixtures';

// Census import speed (issue 13's closing note), reported, never asserted: a 30-bed ward's CSV
// (the template's first example, 30 times with other IPPs and beds) and one Synthea FHIR
// Bundle, each read, planned (the preview) and committed into a fresh ward, in node with
// fake-indexeddb and the real WebCrypto:
// `npx vitest run --config tests/bench/measure.config.ts census`.
const ZONE = 'Europe/Paris';
// The shared sample set when it is there, else the trimmed bundles of the unit tests.
const SYNTHEA = existsSync('/work/shared/data/synthea')
  ? '/work/shared/data/synthea'
  : join(import.meta.dirname, '../fixtures/synthea');
const RUNS = 5;

function wardCsv(patients: number): string {
  const [header, example] = CENSUS_TEMPLATE_CSV.replace('\uFEFF', '').split('\r\n');
  const rows = Array.from({ length: patients }, (_, i) =>
    (example ?? '')
      .replace('00123456', String(10_000_000 + i))
      .replace('DUPONT', `DUPONT${String.fromCharCode(65 + (i % 26), 65 + Math.floor(i / 26))}`)
      .replace(/;1;28\/11/, `;${i + 1};28/11`),
  );
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

async function timeImport(bytes: Uint8Array, name: string) {
  const times = { read: [] as number[], plan: [] as number[], commit: [] as number[] };
  let result = { written: 0, created: 0 };
  let counts: Record<string, number> = {};
  for (let run = 0; run < RUNS; run += 1) {
    setDbClock(fixedClock('2026-12-01T10:00:00+01:00'));
    await freshWard();
    await addBedSeries(1, 30);
    const t0 = performance.now();
    const file = readCensusFile(bytes, name, ZONE);
    const t1 = performance.now();
    const plan = await planCensusImport(file);
    const t2 = performance.now();
    result = await commitCensus(file, plan);
    const t3 = performance.now();
    counts = plan.counts;
    times.read.push(t1 - t0);
    times.plan.push(t2 - t1);
    times.commit.push(t3 - t2);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const total = (median(times.read) ?? 0) + (median(times.plan) ?? 0) + (median(times.commit) ?? 0);
  return {
    name,
    mb: +(bytes.length / 1e6).toFixed(2),
    counts,
    written: result.written,
    readMs: Math.round(median(times.read) ?? 0),
    previewMs: Math.round(median(times.plan) ?? 0),
    commitMs: Math.round(median(times.commit) ?? 0),
    eventsPerSecond: Math.round(result.written / (total / 1000)),
    mbPerSecond: +(bytes.length / 1e6 / (total / 1000)).toFixed(2),
  };
}

it('imports a 30-patient census CSV and a Synthea FHIR Bundle', async () => {
  const rows = [await timeImport(new TextEncoder().encode(wardCsv(30)), 'service-30.csv')];
  const synthea = readdirSync(SYNTHEA).find((name) => name.endsWith('.json'));
  if (synthea)
    rows.push(await timeImport(new Uint8Array(readFileSync(join(SYNTHEA, synthea))), synthea));
  console.log(JSON.stringify(rows, null, 2));
  expect(await db.events.count()).toBeGreaterThan(0);
});
