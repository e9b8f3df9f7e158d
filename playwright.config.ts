import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium: browsers cannot be downloaded on these machines.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// Several engineers can test side by side on one machine: each with its own port and build.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

const tablet = { ...devices['Desktop Chrome'], hasTouch: true, launchOptions: chromium };

export default defineConfig({
  testDir: 'tests/e2e',
  // Measurements (taps, seconds) run with `npm run bench`, not with the tests.
  testIgnore: process.env.MEASURE ? [] : ['**/*-measure.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // The slowest test took 35 s with the machine loaded (axe on several screens): 3x and more.
  timeout: 120_000,
  // A step that usually shows within 1–2 s (a ward created: key derivation and first board)
  // took over 5 s, Playwright's default, with the machine loaded: 3x and more for every step.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'off',
  },
  projects: [
    { name: 'tablet-portrait', use: { ...tablet, viewport: { width: 800, height: 1280 } } },
    { name: 'tablet-landscape', use: { ...tablet, viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // The production build (made by `npm test` before this runs), served as `npm start` does.
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
