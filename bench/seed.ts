import { writeEvents } from '../src/db/append';
import { createWard } from '../src/db/createWard';
import { DAY } from '../src/domain/demo/clock';
import { demoWard, DEMO_WARD } from '../src/domain/demo/demoWard';
import type { WardEvent } from '../src/domain/events';
import { toIsoWithOffset } from '../src/domain/time';

/**
 * Bench only (never in the app's build): fills this origin's ward database with the demo
 * ward through the app's own write path (createWard, then writeEvents one day per batch),
 * so that the production app served beside it opens that database.
 */
export const BENCH_PASSPHRASE = 'banc-essai-releve-2026';
export const BENCH_NURSE = { name: 'Banc Essai', initials: 'BE', role: 'nurse' } as const;

export interface SeedReport {
  days: number;
  events: number;
  seconds: number;
  perSecond: number;
  /** Seconds per batch (one day of log), in order: growth with history shows here. */
  batchSeconds: number[];
  batchSizes: number[];
}

const progress = (text: string) => {
  const node = document.getElementById('progress');
  if (node) node.textContent = text;
};

/** Batches of one day of log each, by recording time (how a day's entries reach the tablet). */
function byDay(events: WardEvent[], startMs: number): WardEvent[][] {
  const days: WardEvent[][] = [];
  for (const event of events) {
    const day = Math.max(0, Math.floor((Date.parse(event.recordedAt) - startMs) / DAY));
    (days[day] ??= []).push(event);
  }
  return days.filter((batch) => batch.length > 0);
}

export async function seed(days: number): Promise<SeedReport> {
  // The log ends now (to the hour), so the app's clock finds the ward in its present.
  const endMs = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const startMs = endMs - days * DAY;
  const wardId = await createWard(DEMO_WARD, BENCH_NURSE, {
    value: BENCH_PASSPHRASE,
    confirmation: BENCH_PASSPHRASE,
  });
  const events = demoWard({ seed: 12, days, start: toIsoWithOffset(new Date(startMs)), wardId });
  const batches = byDay(events, startMs);
  const batchSeconds: number[] = [];
  const started = performance.now();
  for (const [index, batch] of batches.entries()) {
    const t0 = performance.now();
    await writeEvents(batch);
    batchSeconds.push((performance.now() - t0) / 1000);
    progress(`${index + 1}/${batches.length} days`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    days,
    events: events.length,
    seconds,
    perSecond: events.length / seconds,
    batchSeconds,
    batchSizes: batches.map((batch) => batch.length),
  };
}

declare global {
  interface Window {
    benchSeed?: typeof seed;
  }
}
window.benchSeed = seed;
progress('ready');
