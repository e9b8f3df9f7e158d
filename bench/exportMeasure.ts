import { statSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { liveHeapBytes } from './inPage';

/**
 * The whole ward's recovery export from the Data screen, as a nurse makes it: from the tap to
 * the file saved (download event), its size, and events per second over the ward's log.
 */
export async function timeExport(page: Page, kind: 'FHIR' | 'CSV', events: number) {
  await page.evaluate(() => (location.hash = '#/data'));
  const section = page.getByRole('region', { name: 'Export de reprise' });
  const button = section.getByRole('button', { name: `Exporter ${kind}` });
  await button.waitFor({ timeout: 120_000 });
  const download = page.waitForEvent('download', { timeout: 60 * 60_000 });
  const started = performance.now();
  await button.click();
  const file = await download;
  const ms = performance.now() - started;
  const path = await file.path();
  const bytes = path ? statSync(path).size : Number.NaN;
  return {
    ms: Math.round(ms),
    mb: +(bytes / 1e6).toFixed(1),
    eventsPerSecond: Math.round(events / (ms / 1000)),
    // What the export left alive (a collection first: its garbage is not counted).
    jsHeapAfterBytes: await liveHeapBytes(page),
  };
}
