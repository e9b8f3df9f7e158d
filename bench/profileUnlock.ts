import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startProfile } from './trace';

// BENCH_PROFILE=<prefix> with BENCH_ONLY=start (measure.spec.ts): one CPU profile (CDP
// Profiler) and the IndexedDB transactions (watchIdb, bench/profileScreens.ts) of the unlock
// tap and, apart, of the author tap, written to <prefix>-unlock.json and <prefix>-author.json.
// Read them with scripts/profile-screens.mjs.

/** Runs `tap` (a timeTap) under the profiler; resolves to its figure. */
export async function profiledTap(page: Page, tap: () => Promise<number>, out: string) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => window.idbLog?.splice(0));
  const stopProfile = await startProfile(cdp, 100);
  const ms = await tap();
  const profile = await stopProfile();
  const start = await page.evaluate(() => window.benchStart ?? 0);
  const idb = await page.evaluate(() => window.idbLog ?? []);
  writeFileSync(out, JSON.stringify({ hash: out, ms, start, idb, profile }));
  await cdp.detach();
  return ms;
}
