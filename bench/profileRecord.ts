import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startProfile } from './trace';

// BENCH_PROFILE=<prefix> with BENCH_ONLY=record (measure.spec.ts): one CPU profile (CDP
// Profiler) over all the doses, each save marked in it (benchMark, bench/inPage.ts: a
// function that runs 0.3 ms at the tap and at the probe, so samples land in it), and each
// save's IndexedDB transactions (watchIdb, bench/profileScreens.ts), written to
// <prefix>-doses.json. Read it with scripts/profile-record.mjs.

/** Runs `give` on every link under the profiler; resolves to the timings as `give` gave them. */
export async function profiledDoses(
  page: Page,
  links: readonly string[],
  give: (href: string) => Promise<number>,
  out: string,
): Promise<number[]> {
  await page.evaluate(() => {
    const spin = () => {
      const end = performance.now() + 0.3;
      while (performance.now() < end);
    };
    // Named, so that the profile shows them: the sample in each gives the save's window.
    function benchTapMark() {
      spin();
    }
    function benchSeenMark() {
      spin();
    }
    window.benchMark = (what) => (what === 'tap' ? benchTapMark() : benchSeenMark());
  });
  const cdp = await page.context().newCDPSession(page);
  const stopProfile = await startProfile(cdp, 100);
  const saves: unknown[] = [];
  const times: number[] = [];
  for (const href of links) {
    await page.evaluate(() => window.idbLog?.splice(0));
    const ms = await give(href);
    times.push(ms);
    const [start, idb] = await page.evaluate(() => [window.benchStart ?? 0, window.idbLog ?? []]);
    saves.push({ href, ms, start, idb });
  }
  const profile = await stopProfile();
  writeFileSync(out, JSON.stringify({ saves, profile }));
  await cdp.detach();
  return times;
}
