import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startTrace } from '../../bench/trace';
import { expect, test } from './fixtures';
import { seedPackWard, watch, watchPrintable } from './pages/packMeasure';
import { PrintCentre } from './pages/PrintPages';

/**
 * A CPU profile of preparing the whole-ward pack (MEASURE=1 only, never in the suite): the
 * profile and the long tasks are written to PROFILE_OUT for scripts/profile-long-tasks.mjs,
 * which lists the top self-time functions of each long task. PROFILE_TICKS=1 profiles the
 * ticks after it instead (a sheet type off and on, a patient off and on). PROFILE_TRACE=1
 * records a timeline trace instead (style, layout, paint: what a CPU profile shows as gaps)
 * to PROFILE_OUT for scripts/trace-long-tasks.mjs.
 */
const PATIENTS = Number(process.env.PROFILE_PATIENTS ?? 10);
const TICKS = process.env.PROFILE_TICKS === '1';
const TRACE = process.env.PROFILE_TRACE === '1';
const printedAt = (page: Page) => page.evaluate(() => window.printedAt ?? null);
const printableAt = (page: Page) => page.evaluate(() => window.printableAt ?? null);

test('measure: profile of the whole-ward pack preparation', async ({ page }, info) => {
  test.skip(info.project.name !== 'tablet-portrait', 'measured once');
  test.setTimeout(30 * 60_000);
  await seedPackWard(page, PATIENTS);
  const centre = new PrintCentre(page);
  await centre.open(120_000);
  await watch(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // Elements found before profiling: Playwright's role queries over 190 pages are long tasks.
  const tap = await page
    .getByRole('button', { name: 'Dossier papier complet du service' })
    .elementHandle();
  if (TICKS) {
    await tap?.click();
    await expect.poll(() => printedAt(page), { timeout: 10 * 60_000 }).not.toBeNull();
    await centre.waitReady();
  }
  const sheet = await page
    .getByRole('group', { name: 'Feuilles' })
    .getByRole('checkbox', { name: 'Pancarte — constantes et NEWS2' })
    .elementHandle();
  const patient = await page
    .getByRole('group', { name: 'Patients' })
    .getByRole('checkbox')
    .nth(5)
    .elementHandle();
  const stopTrace = TRACE ? await startTrace(cdp) : null;
  if (!stopTrace) await cdp.send('Profiler.start');
  // A mark the script finds in the profile: profile time = page time + offset.
  const mark = await page.evaluate(function profileMark() {
    const at = performance.now();
    while (performance.now() - at < 5);
    return at;
  });
  // Emptied, not replaced: the observer of watch() pushes to this array.
  await page.evaluate(() => void window.longTasks?.splice(0));
  const started = await page.evaluate(() => performance.now());
  if (TICKS) {
    for (const [box, on] of [
      [sheet, false],
      [sheet, true],
      [patient, false],
      [patient, true],
    ] as const) {
      await watchPrintable(page);
      await box?.setChecked(on);
      await expect.poll(() => printableAt(page), { timeout: 10 * 60_000 }).not.toBeNull();
    }
  } else {
    await tap?.click();
    await expect.poll(() => printedAt(page), { timeout: 10 * 60_000 }).not.toBeNull();
  }
  const profile = stopTrace ? await stopTrace() : (await cdp.send('Profiler.stop')).profile;
  const result = await page.evaluate(() => ({
    printedAt: window.printedAt ?? 0,
    longTasks: window.longTasks ?? [],
  }));
  const pages = await centre.waitReady();
  const out = process.env.PROFILE_OUT ?? 'test-results/pack-profile.json';
  writeFileSync(out, JSON.stringify({ mark, started, pages, ...result, profile }));
  const ended = await page.evaluate(() => performance.now());
  console.log(
    `${PATIENTS} patients, ${pages} pages${TICKS ? ', four ticks' : ''}: ${(((TICKS ? ended : result.printedAt) - started) / 1000).toFixed(2)} s, ${result.longTasks.length} long tasks, longest ${Math.max(0, ...result.longTasks.map((task) => task[1] ?? 0)).toFixed(0)} ms → ${out}`,
  );
});
