import { expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { countDecryptions } from '../unit/db/decryptCounter';
import { unlockWard } from '../../src/db/lock';
import { freshWard, PASSPHRASE } from '../unit/db/fixtures';
import { dumpDatabase, restoreDatabase } from './seedCache';
import { boardReads, patientScreenReads } from '../unit/db/screenReads';
import { getLocal } from '../../src/db/local';
import { writeEvents } from '../../src/db/append';
import { demoWard } from '../../src/domain/demo/demoWard';
import { isType } from '../../src/domain/events';
import type { PatientId } from '../../src/domain/ids';
import { toIsoWithOffset } from '../../src/domain/time';

// What the ward board and the patient screen read at ~180,000 events (the demo ward, 60 days):
// wall time (median of 5) and the records decrypted, in node with fake-indexeddb and the real
// WebCrypto, as the unit tests run. Reported, never asserted: READS_DAYS=60 by default.
const DAYS = Number(process.env.READS_DAYS ?? 60);
const PATIENTS = 30; // the demo ward's beds
// The seeded database, kept between runs (delete it to seed again).
const CACHE = process.env.READS_SEED_FILE ?? `/tmp/releve-reads-demo-${DAYS}d.ndjson`;

interface SeededWard {
  patientIds: PatientId[];
  events: number;
}

/** The demo ward's last `DAYS` days up to now, through the app's batch write path. */
async function seedDemoWard(): Promise<SeededWard> {
  const wardId = await getLocal('wardId');
  if (!wardId) throw new Error('no ward');
  const start = toIsoWithOffset(new Date(Date.now() - DAYS * 86_400_000));
  const events = demoWard({ seed: 12, days: DAYS, start, wardId });
  for (let i = 0; i < events.length; i += 5_000) await writeEvents(events.slice(i, i + 5_000));
  const admitted = new Set<PatientId>();
  for (const event of events)
    if (isType(event, 'patient.admitted') && event.patientId) admitted.add(event.patientId);
  return {
    patientIds: [...admitted],
    events: events.length,
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function measure(name: string, read: () => Promise<unknown>) {
  const counter = countDecryptions();
  await read(); // warm: the first read also compiles
  counter.reset();
  await read();
  const events = counter.records('events');
  const others = ['patients', 'lastVitals'].map((t) => `${t} ${counter.records(t)}`).join(', ');
  counter.stop();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    await read();
    times.push(performance.now() - start);
  }
  const ms = median(times).toFixed(0);
  console.log(`${name}: ${ms} ms (median of 5), events decrypted ${events} (${others})`);
}

it(`reads of a ${PATIENTS}-patient ward after ${DAYS} days`, async () => {
  const started = performance.now();
  let seeded = await restoreDatabase<SeededWard>(CACHE);
  if (seeded) {
    expect(await unlockWard(PASSPHRASE)).toEqual({ ok: true });
  } else {
    await freshWard();
    seeded = await seedDemoWard();
    await dumpDatabase(CACHE, seeded);
  }
  const total = await db.events.count();
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`${seeded.events} events seeded (${total} in the log), ready in ${seconds} s`);
  expect(total).toBeGreaterThan(seeded.events);
  const patientId = seeded.patientIds[0];
  if (!patientId) throw new Error('no patient');
  await measure('ward board', boardReads);
  await measure('patient screen', () => patientScreenReads(patientId));
});
