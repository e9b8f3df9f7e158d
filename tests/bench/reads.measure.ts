import { expect, it } from 'vitest';
import { db } from '../../src/db/db';
import { countDecryptions } from '../unit/db/decryptCounter';
import { unlockWard } from '../../src/db/lock';
import { freshWard, PASSPHRASE } from '../unit/db/fixtures';
import { dumpDatabase, restoreDatabase } from './seedCache';
import { boardReads, patientScreenReads } from '../unit/db/screenReads';
import { seedWard, type SeededWard } from './seedWard';

// What the ward board and the patient screen read at ~180,000 events (30 patients, 60 days):
// wall time (median of 5) and the records decrypted, in node with fake-indexeddb and the real
// WebCrypto, as the unit tests run. Reported, never asserted: READS_DAYS=60 by default.
const DAYS = Number(process.env.READS_DAYS ?? 60);
const PATIENTS = 30;
// The seeded database, kept between runs (delete it to seed again).
const CACHE = process.env.READS_SEED_FILE ?? `/tmp/releve-reads-${PATIENTS}p-${DAYS}d.ndjson`;

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
    seeded = await seedWard({ patients: PATIENTS, days: DAYS, endMs: Date.now() });
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
