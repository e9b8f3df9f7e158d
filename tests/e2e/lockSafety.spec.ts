import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BoardPage, FirstRunPage, LockPage } from './pages/AppPages';
import { AdmissionPage, BedsPage, WardBoard } from './pages/PatientPages';

const LOCKED = 'Relève est verrouillé';
const lockedHeading = (page: Page) => page.getByRole('heading', { name: LOCKED });
const WAIT = /Nouvel essai possible dans \d+ s/;

/** Every string of the page's JavaScript heap, after a forced garbage collection. */
async function heapStrings(cdp: CDPSession): Promise<string[]> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return (JSON.parse(chunks.join('')) as { strings: string[] }).strings;
}

test('locking one page locks every page of the app; each page unlocks on its own', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await new BoardPage(page).writeNote('Chariot d’urgence vérifié');
  const other = await context.newPage();
  await other.goto('/');
  await new LockPage(other).unlockAs();
  await expect(other.getByText('Chariot d’urgence vérifié')).toBeVisible({ timeout: 15_000 });

  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await expect(lockedHeading(page)).toBeVisible();
  await expect(lockedHeading(other)).toBeVisible({ timeout: 15_000 });
  expect(await other.content()).not.toContain('Chariot');

  // Unlocking one page leaves the other locked: the key is never sent between pages.
  await new LockPage(other).unlockAs();
  await expect(other.getByText('Chariot d’urgence vérifié')).toBeVisible({ timeout: 15_000 });
  await expect(lockedHeading(page)).toBeVisible();
});

test.describe('the heap after lock', () => {
  // On the browser's own clock: Playwright's fake clock keeps the callbacks of the timers it
  // ran, and what they closed over, in the heap measured here (no date matters in it).
  test.use({ wardClockAt: null });

  test('after lock, a patient’s name is no longer in the page’s memory', async ({ page }) => {
    test.setTimeout(120_000);
    // Distinctive, and never passed to a Playwright locator (which would keep it in the page).
    const name = { birthName: 'Quiberonnaise', firstName: 'Zéphyrine' };
    await page.goto('/');
    await new FirstRunPage(page).createWard();
    const beds = new BedsPage(page);
    await beds.open();
    await beds.addSeries(1, 1);
    await new WardBoard(page).open();
    await new AdmissionPage(page).admit({ ...name, birthDate: '03/05/1941', sex: 'Féminin' });
    await new WardBoard(page).open();
    await expect(page.locator('.card-birth-name').first()).toContainText(/QUIBERON/i);
    const cdp = await page.context().newCDPSession(page);
    const found = (strings: string[]) => strings.filter((s) => /quiberonnaise/i.test(s));

    // The measure works: open, the name is in the heap.
    expect(found(await heapStrings(cdp)).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect(lockedHeading(page)).toBeVisible();
    expect(await page.content()).not.toMatch(/quiberonnaise/i);
    // Dexie frees a query's cache entry 3 s after its last reader left (a timer whose closure
    // still reaches the query's last result), so the heap is checked until then, not at once.
    await expect
      .poll(async () => found(await heapStrings(cdp)), {
        message: 'strings still holding the name after lock',
        timeout: 60_000,
        intervals: [1_000],
      })
      .toEqual([]);
  });
});

test('moving the device date forward does not shorten the wait; a date set back is reported', async ({
  page,
}) => {
  // The page runs on the ward's fake clock (fixtures.ts): its date can be moved.
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.reload();
  const lock = new LockPage(page);
  for (let i = 1; i <= 5; i++) await lock.unlock('pas la bonne');
  await expect(page.getByRole('alert')).toHaveText(WAIT);
  const button = page.getByRole('button', { name: 'Déverrouiller' });
  await expect(button).toBeDisabled();

  const now = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(now + 24 * 3_600_000);
  await page.clock.runFor(3_000);
  await expect(page.getByRole('alert')).toHaveText(/Nouvel essai possible dans 2\d s/);
  await expect(button).toBeDisabled();

  // Back to a day before what is stored: the lock screen says the clock is behind.
  await page.clock.setSystemTime(now - 24 * 3_600_000);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /retarde/ })).toBeVisible();
});

test('simultaneous wrong tries from five pages are all counted', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await new FirstRunPage(page).createWard();
  await page.reload();
  const pages = [page, ...(await Promise.all([1, 2, 3, 4].map(() => context.newPage())))];
  for (const p of pages.slice(1)) await p.goto('/');
  for (const p of pages) {
    await expect(lockedHeading(p)).toBeVisible();
    await p.getByLabel('Phrase de passe du service').fill('pas la bonne');
  }
  await Promise.all(pages.map((p) => p.getByRole('button', { name: 'Déverrouiller' }).click()));
  // Every try is over (no page still "Ouverture…"), and each says why it did not open.
  for (const p of pages) {
    await expect(p.getByRole('button', { name: 'Ouverture…' })).toHaveCount(0, { timeout: 30_000 });
    await expect(p.getByRole('alert')).toHaveText(/incorrecte|Trop d’essais/);
  }

  // Counted on the device, read in clear from IndexedDB as any page would.
  const stored = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('releve');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('local').objectStore('local').get('unlockFailures');
          read.onsuccess = () => resolve((read.result as { value?: unknown } | undefined)?.value);
          read.onerror = () => reject(read.error);
        };
      }),
  );
  expect(stored).toMatchObject({ count: 5 });

  // Five wrong tries in all: any page now has to wait, even one opened afterwards.
  const late = await context.newPage();
  await late.goto('/');
  await expect(late.getByRole('alert')).toHaveText(WAIT, { timeout: 15_000 });
  await expect(late.getByRole('button', { name: 'Déverrouiller' })).toBeDisabled();
});
