import { writeEvents } from '../src/db/append';
import { db } from '../src/db/db';
import { getLocal } from '../src/db/local';
import { createWard } from '../src/db/createWard';
import { lockSession } from '../src/db/session';
import { joinWardFile, makeWardFile } from '../src/db/wardFile';
import { DAY } from '../src/domain/demo/clock';
import { demoWard, DEMO_WARD } from '../src/domain/demo/demoWard';
import { toIsoWithOffset } from '../src/domain/time';
import { BENCH_NURSE, BENCH_PASSPHRASE } from './seed';

/**
 * Bench only (issue 14 "Done means", issue 12 point 4): the demo ward over `days` in this
 * page's own database, through the app's code: the log written by the bulk write path
 * (writeEvents, batches of `batch` events), a ward file made of it (seconds, MB), then the
 * database deleted and the file imported into an empty tablet (joinWardFile: seconds,
 * events/s). Leaves an empty tablet holding the imported ward. Times from performance.now.
 */
export interface WardFileFigures {
  days: number;
  events: number;
  write: { seconds: number; perSecond: number };
  make: { seconds: number; mb: number; perSecond: number };
  join: { seconds: number; perSecond: number; added: number; quarantined: number };
}

const since = (t0: number) => (performance.now() - t0) / 1000;

export async function measureWardFile(days: number, batch = 2_500): Promise<WardFileFigures> {
  await lockSession();
  await db.delete();
  await db.open();
  const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const wardId = await createWard(DEMO_WARD, BENCH_NURSE, {
    value: BENCH_PASSPHRASE,
    confirmation: BENCH_PASSPHRASE,
  });
  const start = toIsoWithOffset(new Date(endMs - days * DAY));
  const events = demoWard({ seed: 12, days, start, wardId });
  let t0 = performance.now();
  for (let i = 0; i < events.length; i += batch) await writeEvents(events.slice(i, i + batch));
  const written = since(t0);
  t0 = performance.now();
  const made = await makeWardFile();
  const madeSeconds = since(t0);
  await lockSession();
  await db.delete();
  await db.open();
  t0 = performance.now();
  const report = await joinWardFile(made.blob, BENCH_PASSPHRASE);
  const joined = since(t0);
  if ((await getLocal('wardId')) !== wardId) throw new Error('the join did not keep the ward');
  return {
    days,
    events: events.length,
    write: { seconds: written, perSecond: events.length / written },
    make: {
      seconds: madeSeconds,
      mb: made.blob.size / 1e6,
      perSecond: made.events / madeSeconds,
    },
    join: {
      seconds: joined,
      perSecond: made.events / joined,
      added: report.added,
      quarantined: report.quarantined,
    },
  };
}

declare global {
  interface Window {
    benchWardFile?: typeof measureWardFile;
  }
}
window.benchWardFile = measureWardFile;
