import { expect, it } from 'vitest';
import { writeEvents } from '../../src/db/append';
import { db } from '../../src/db/db';
import { getLocal } from '../../src/db/local';
import { unlockWard } from '../../src/db/lock';
import { resealEvents } from '../../src/db/reseal';
import { demoWard } from '../../src/domain/demo/demoWard';
import { toIsoWithOffset } from '../../src/domain/time';
import { freshWard, PASSPHRASE } from '../unit/db/fixtures';
import { restoreDatabase } from './seedCache';

// The re-seal of issue 14 (db/reseal.ts) on the demo ward after 60 days (~180,000 events),
// in node with fake-indexeddb and the real WebCrypto. Reported, never asserted. The seeded
// database of reads.measure.ts (sealed before the binding) is used when it is there.
const DAYS = Number(process.env.READS_DAYS ?? 60);
const CACHE = process.env.READS_SEED_FILE ?? `/tmp/releve-reads-demo-${DAYS}d.ndjson`;
const BATCH = Number(process.env.RESEAL_BATCH ?? 200);

it(`re-seals the events of the demo ward after ${DAYS} days`, async () => {
  if (await restoreDatabase(CACHE)) {
    expect(await unlockWard(PASSPHRASE)).toEqual({ ok: true });
  } else {
    // No seeded database: seeded now, already under the binding (measures the walk only).
    await freshWard();
    const wardId = await getLocal('wardId');
    if (!wardId) throw new Error('no ward');
    const start = toIsoWithOffset(new Date(Date.now() - DAYS * 86_400_000));
    const events = demoWard({ seed: 12, days: DAYS, start, wardId });
    for (let i = 0; i < events.length; i += 5_000) await writeEvents(events.slice(i, i + 5_000));
    await db.local.delete('eventSeal');
    db.close();
    await db.open();
    expect(await unlockWard(PASSPHRASE)).toEqual({ ok: true });
  }
  const total = await db.events.count();
  let batches = 0;
  let longest = 0;
  let last = performance.now();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await resealEvents({
    batch: BATCH,
    pause: () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      batches += 1;
      return Promise.resolve();
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `${total} events, ${report.resealed} re-sealed, ${report.damaged} damaged, done ${report.done}: ` +
      `${seconds.toFixed(1)} s wall (${(total / seconds).toFixed(0)} events/s), ` +
      `${cpuSeconds.toFixed(1)} s CPU (${(total / cpuSeconds).toFixed(0)} events/s); ` +
      `${batches} batches of ${BATCH}, longest batch ${longest.toFixed(0)} ms`,
  );
  expect(report.done).toBe(true);
});
