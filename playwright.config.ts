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

const tablet = { ...devices['Desktop Chrome'], hasTouch: true, launchOptions: chromium };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: 'http://localhost:4173',
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
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://localhost:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
