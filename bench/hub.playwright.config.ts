import { defineConfig } from '@playwright/test';

// `npm run bench:hub` only (scripts/bench-hub.mjs): one worker; the hub that serves the
// production build is started by the script, which passes its address (BENCH_HUB_URL).
export default defineConfig({
  testDir: '.',
  testMatch: 'hub.spec.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 4 * 60 * 60_000,
  use: { baseURL: process.env.BENCH_HUB_URL },
});
