import type { Locator, Page } from '@playwright/test';

// Timings taken inside the page (performance.now), from the tap's own event time to the
// first DOM mutation where the expected content is there: no CDP round trip in the figure.

interface Probe {
  /** A CSS selector that must match. */
  selector: string;
  /** Text that one of the matches must contain. */
  text?: string;
}

declare global {
  interface Window {
    benchSeen?: Promise<number>;
    benchStart?: number;
    /** Set by bench/profileRecord.ts: marks the tap and the probe in a CPU profile. */
    benchMark?: (what: 'tap' | 'seen') => void;
  }
}

/** Arms a watcher for `probe` and a listener that stamps the next tap. */
async function arm(page: Page, probe: Probe | Probe[]) {
  const probes = Array.isArray(probe) ? probe : [probe];
  await page.evaluate((probes) => {
    const ready = () =>
      !document.querySelector('[aria-busy="true"]') &&
      probes.some(({ selector, text }) =>
        [...document.querySelectorAll(selector)].some(
          (node) => !text || (node.textContent ?? '').includes(text),
        ),
      );
    window.benchStart = undefined;
    document.addEventListener(
      'click',
      (event) => {
        window.benchStart = event.timeStamp;
        window.benchMark?.('tap');
      },
      { capture: true, once: true },
    );
    window.benchSeen = new Promise((resolve) => {
      // Never there in two minutes: no figure (NaN) rather than a hung run.
      setTimeout(() => resolve(Number.NaN), 120_000);
      const observer = new MutationObserver(() => {
        if (window.benchStart !== undefined && ready()) {
          observer.disconnect();
          const seen = performance.now();
          window.benchMark?.('seen');
          resolve(seen);
        }
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, probes);
}

const seen = async (page: Page) => {
  const [start, end] = await page.evaluate(async () => {
    const done = await window.benchSeen;
    return [window.benchStart ?? Number.NaN, done ?? Number.NaN];
  });
  return end - start;
};

/** Milliseconds from a tap on `target` to `probe` in the page. */
export async function timeTap(
  page: Page,
  target: Locator,
  probe: Probe | Probe[],
): Promise<number> {
  await arm(page, probe);
  await target.click({ timeout: 120_000 });
  return seen(page);
}

/**
 * A key press that does nothing in the app. The bench moves by address, not by taps; without
 * an input now and then, the idle lock (features/lock/useIdleLock.ts) locked the 540k run
 * after five minutes of screens and left the next form waiting behind the lock screen.
 */
export const stayAwake = (page: Page) => page.keyboard.press('Shift');

/** Milliseconds from a change of route (the hash, as a link does) to `probe` in the page. */
export async function timeRoute(page: Page, hash: string, probe: Probe): Promise<number> {
  await stayAwake(page);
  await arm(page, probe);
  await page.evaluate((to) => {
    window.benchStart = performance.now();
    location.hash = to;
  }, hash);
  return seen(page);
}

export const median = (values: number[]) => quantile(values, 0.5);

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}

/** The page's live JS heap, bytes: read after a full collection, so garbage is not counted. */
export async function liveHeapBytes(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
