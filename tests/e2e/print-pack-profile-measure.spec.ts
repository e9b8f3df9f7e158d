import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { seedWardThroughScreens, watch } from './pages/packMeasure';
import { PrintCentre } from './pages/PrintPages';

/**
 * A CPU profile of preparing the whole-ward pack (MEASURE=1 only, never in the suite): the
 * profile and the long tasks are written to PROFILE_OUT for scripts/profile-long-tasks.mjs,
 * which lists the top self-time functions of each long task.
 */
const PATIENTS = Number(process.env.PROFILE_PATIENTS ?? 10);

test('measure: profile of the whole-ward pack preparation', async ({ page }, info) => {
  test.skip(info.project.name !== 'tablet-portrait', 'measured once');
  test.setTimeout(30 * 60_000);
  await seedWardThroughScreens(page, PATIENTS);
  const centre = new PrintCentre(page);
  await centre.open();
  await watch(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // A mark the script finds in the profile: profile time = page time + offset.
  const mark = await page.evaluate(function profileMark() {
    const at = performance.now();
    while (performance.now() - at < 5);
    return at;
  });
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Dossier papier complet du service' }).click();
  await expect
    .poll(() => page.evaluate(() => window.printedAt ?? null), {
      timeout: 10 * 60_000,
    })
    .not.toBeNull();
  const { profile } = await cdp.send('Profiler.stop');
  const result = await page.evaluate(() => ({
    printedAt: window.printedAt ?? 0,
    longTasks: window.longTasks ?? [],
  }));
  const pages = await centre.waitReady();
  const out = process.env.PROFILE_OUT ?? 'test-results/pack-profile.json';
  writeFileSync(out, JSON.stringify({ mark, started, pages, ...result, profile }));
  console.log(
    `${PATIENTS} patients, ${pages} pages: ${((result.printedAt - started) / 1000).toFixed(2)} s, ${result.longTasks.length} long tasks, longest ${Math.max(0, ...result.longTasks.map((task) => task[1] ?? 0)).toFixed(0)} ms → ${out}`,
  );
});
