import { defineConfig } from '@playwright/test';
import { BENCH_DIST, BENCH_PORT } from './sizes';

// `npm run bench` only (scripts/bench.mjs): one worker, the production build served as
// `npm start` serves it, on the bench's own port.
export default defineConfig({
  testDir: '.',
  testMatch: 'measure.spec.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 4 * 60 * 60_000,
  webServer: {
    command: `npx vite preview --port ${BENCH_PORT} --strictPort --outDir ${BENCH_DIST}`,
    url: `http://localhost:${BENCH_PORT}`,
    cwd: `${import.meta.dirname}/..`,
    reuseExistingServer: true,
    timeout: 60_000,
  },
});
