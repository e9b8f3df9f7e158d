import { expect, it } from 'vitest';
import { writeEvents } from '../../src/db/append';
import { db } from '../../src/db/db';
import { getLocal } from '../../src/db/local';
import { demoWard } from '../../src/domain/demo/demoWard';
import type { WardEvent } from '../../src/domain/events';
import { instantOf } from '../../src/domain/time';
import { countDecryptions } from '../unit/db/decryptCounter';
import { freshWard } from '../unit/db/fixtures';

// How fast the write path appends the demo ward as its history grows: the log written day by
// day (one writeEvents call per day of entries, voids and late entries included), in node with
// fake-indexeddb and the real WebCrypto. Reported, never asserted:
// `WRITE_DAYS=60 npx vitest run --config tests/bench/measure.config.ts writeSpeed`.
const DAYS = Number(process.env.WRITE_DAYS ?? 30);
const REPORT = new Set([1, 2, 10, 20, 30, 60, 90, 120, 180, DAYS]);
const START = '2026-10-01T07:00:00+02:00';
const DAY = 86_400_000;

/** The log cut by the day it was entered (recordedAt), in entry order. */
function byEntryDay(events: readonly WardEvent[]): WardEvent[][] {
  const start = instantOf(START);
  const days: WardEvent[][] = [];
  for (const event of events) {
    const day = Math.max(0, Math.floor((instantOf(event.recordedAt) - start) / DAY));
    (days[day] ??= []).push(event);
  }
  return days;
}

it(`appends ${DAYS} days of the demo ward day by day`, async () => {
  await freshWard();
  const wardId = await getLocal('wardId');
  if (!wardId) throw new Error('no ward');
  const days = byEntryDay(demoWard({ seed: 12, days: DAYS, start: START, wardId }));
  const counter = countDecryptions();
  let total = 0;
  const rows: string[] = [];
  for (const [index, day] of days.entries()) {
    if (!day) continue;
    counter.reset();
    const started = performance.now();
    await writeEvents(day);
    const ms = performance.now() - started;
    total += day.length;
    if (REPORT.has(index + 1)) {
      const rate = Math.round(day.length / (ms / 1000));
      const decrypted = counter.records('events');
      rows.push(
        `day ${index + 1}: ${day.length} events in ${ms.toFixed(0)} ms = ${rate} events/s; ` +
          `${decrypted} events decrypted; log ${total}`,
      );
      console.log(rows.at(-1));
    }
  }
  counter.stop();
  expect(await db.events.count()).toBeGreaterThan(total);
  console.log(rows.join('\n'));
});
