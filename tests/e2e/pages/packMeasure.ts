import type { Page } from '@playwright/test';
import { FirstRunPage } from './AppPages';
import { AdmissionPage, BedsPage, WardBoard, type Person } from './PatientPages';

// Shared by the pack's benchmark and its profile (MEASURE=1 only, never in the suite).

const BIRTH = ['Durand', 'Petit', 'Roux', 'Moreau', 'Laurent', 'Simon'];
const SECOND = ['Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard'];
/** Thirty different patients (names take letters only). */
const person = (n: number): Person => ({
  birthName: `${BIRTH[n % 6] ?? ''}-${SECOND[Math.floor(n / 6) % 5] ?? ''}`,
  firstName: n % 2 ? 'Jeanne' : 'Louis',
  birthDate: `${String((n % 28) + 1).padStart(2, '0')}/0${(n % 9) + 1}/19${40 + n}`,
  sex: n % 2 ? 'Féminin' : 'Masculin',
});

/** A new ward with `count` beds, each with a patient admitted through the screens. */
export async function seedWardThroughScreens(page: Page, count: number) {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  const beds = new BedsPage(page);
  await beds.open();
  await beds.addSeries(1, count);
  const board = new WardBoard(page);
  const admission = new AdmissionPage(page);
  for (let n = 1; n <= count; n += 1) {
    await board.open();
    await admission.admit(person(n), { ipp: String(10_000_000 + n), bed: String(n) });
  }
}

/** Long tasks (over 50 ms) from now on, and the time the print dialog would have opened. */
export async function watch(page: Page) {
  await page.evaluate(() => {
    const longTasks: number[][] = [];
    window.longTasks = longTasks;
    window.printedAt = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
    window.print = () => void (window.printedAt = performance.now());
  });
}
