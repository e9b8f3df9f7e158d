import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

/**
 * The ward's clock in every test: Tuesday 1 December 2026, 14:00 in Paris. A patient born on
 * 12/04/1950 is 76; the 08:00 and 20:00 doses are six hours away, outside their ±60 min
 * window, so giving one always asks to confirm the gap; nothing crosses midnight.
 * E2E_WARD_NOW (an ISO time) moves it, to check that nothing depends on the day tests run.
 */
export const WARD_NOW = new Date(process.env.E2E_WARD_NOW ?? '2026-12-01T14:00:00+01:00');

const wardDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** WARD_NOW's date as the date fields want it: 01/12/2026. */
export const WARD_TODAY = wardDay.format(WARD_NOW);

/** Age in whole years on WARD_NOW's day, of someone born on `birth` (JJ/MM/AAAA). */
export function ageOnWardDay(birth: string): number {
  // JJ/MM/AAAA as the number AAAAMMJJ: whole years are the ten-thousands of the difference.
  const ymd = (date: string) => Number(date.split('/').reverse().join(''));
  return Math.floor((ymd(WARD_TODAY) - ymd(birth)) / 10_000);
}

/**
 * Puts the page's clock at `time` (WARD_NOW by default); it then runs on. Every test already
 * starts there (the wardClock fixture): call this only for another moment of the day.
 */
export async function setWardClock(page: Page, time: Date = WARD_NOW): Promise<void> {
  await page.clock.install({ time });
}

/**
 * Every test checks that nothing left for another origin, from the page or from the
 * service worker (Chromium reports the worker's requests on the context).
 */
export const test = base.extend<{
  foreignRequests: string[];
  cspViolations: string[];
  wardClockAt: Date | null;
  wardClock: Date | null;
}>({
  /** Where the ward's clock starts; null only for a test that needs the browser's own. */
  wardClockAt: [WARD_NOW, { option: true }],
  /**
   * Every page of every test runs on the ward's clock, installed before the first page opens:
   * no expected date, age or overdue dose depends on the day the tests run.
   */
  wardClock: [
    async ({ context, wardClockAt }, use) => {
      if (wardClockAt) await context.clock.install({ time: wardClockAt });
      await use(wardClockAt);
    },
    { auto: true },
  ],
  /**
   * Every test also fails on a Content Security Policy violation: the page's own
   * `securitypolicyviolation` events (a caught `new Function` probe reports one without any
   * console message), and the console's reports as a second net.
   */
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.exposeBinding('__releveCspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await context.addInitScript(() => {
        const report = (event: SecurityPolicyViolationEvent) => {
          const text = `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`;
          const binding = (window as { __releveCspViolation?: (text: string) => unknown })
            .__releveCspViolation;
          void binding?.(text);
        };
        document.addEventListener('securitypolicyviolation', report);
      });
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(ORIGIN) && !/^(data|blob):/.test(url)) foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the service worker is activated, then reloads so that it controls the page. */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Cuts the network for the pages AND the service worker: setOffline alone does not stop
 * the worker's own requests, so every request that reaches the network is also aborted.
 * Returns the list of requests that tried.
 */
export async function goOffline(context: BrowserContext): Promise<string[]> {
  const attempts: string[] = [];
  await context.route('**/*', (route) => {
    attempts.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  return attempts;
}
