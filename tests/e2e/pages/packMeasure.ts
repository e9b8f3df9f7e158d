import type { Page } from '@playwright/test';
import { FirstRunPage, LockPage } from './AppPages';
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

/**
 * The ward the pack is measured on: PACK_WARD=demo opens the training ward (the demo ward's
 * last three days, about 30 patients with charting, ~300 pages), else `count` patients
 * admitted through the screens (no charting: few pages each).
 */
export async function seedPackWard(page: Page, count: number) {
  if (process.env.PACK_WARD !== 'demo') return seedWardThroughScreens(page, count);
  await page.goto('/');
  await page.getByRole('button', { name: 'Ouvrir le service de formation' }).click();
  const firstRun = new FirstRunPage(page);
  await firstRun.fill({ name: 'Exercice', establishment: 'CH Formation' });
  await firstRun.submit();
  // Filling and measuring take minutes on a loaded machine: no idle lock meanwhile.
  await page.evaluate(() => setInterval(() => dispatchEvent(new Event('wheel')), 20_000));
  await page
    .getByRole('complementary', { name: 'FORMATION' })
    .getByRole('status')
    .filter({ hasText: /Service de formation prêt/ })
    .waitFor({ timeout: 600_000 });
  if (await page.getByRole('heading', { name: 'Relève est verrouillé' }).isVisible())
    await new LockPage(page).unlockAs();
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

/**
 * Arms the watch of one change of the choice: the click's time (page side, so the task that
 * ran the click is found) and the time the preview is printable again (every page drawn and
 * measured, "Imprimer" enabled), after having been not printable.
 */
export async function watchPrintable(page: Page, afterClick = true) {
  await page.evaluate((click) => {
    const w = window;
    w.stopWatch?.();
    w.clickAt = null;
    w.printableAt = null;
    let left = !click;
    const onClick = () => void (w.clickAt ??= performance.now());
    document.addEventListener('click', onClick, { capture: true });
    // Both are found early in the document: no walk over the pages at each mutation.
    const check = () => {
      const pages = document.querySelector('[data-testid="print-pages"]');
      const button = document.querySelector('.print-actions button');
      const printable =
        pages?.getAttribute('data-printable') === 'true' &&
        button instanceof HTMLButtonElement &&
        !button.disabled;
      if (!printable) left = true;
      else if (left && (w.clickAt !== null || !click)) w.printableAt ??= performance.now();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, attributes: true, childList: true });
    w.stopWatch = () => {
      observer.disconnect();
      document.removeEventListener('click', onClick, { capture: true });
    };
    check();
  }, afterClick);
}

/** The change armed by watchPrintable: its click's task, its longest task, its time to printable. */
export function changeTimes(page: Page) {
  return page.evaluate(() => {
    const clickAt = window.clickAt ?? 0;
    const printableAt = window.printableAt ?? 0;
    const tasks = (window.longTasks ?? []).filter(([start = 0]) => start + 1 >= clickAt - 100);
    const during = tasks.filter(([start = 0, duration = 0]) => start + duration >= clickAt);
    const tap = during.find(
      ([start = 0, duration = 0]) => start <= clickAt && clickAt <= start + duration,
    );
    return {
      tap: tap?.[1] ?? 0,
      longest: Math.max(
        0,
        ...during.filter(([start = 0]) => start <= printableAt).map(([, d = 0]) => d),
      ),
      again: printableAt - clickAt,
    };
  });
}

export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
