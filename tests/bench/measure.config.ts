import { defineConfig } from 'vitest/config';

// Measurements that seed a large ward and report (never assert) what reads cost:
// `npx vitest run --config tests/bench/measure.config.ts`. Not part of `npm test`.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('measure') },
  test: {
    include: ['tests/bench/**/*.measure.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 3_600_000,
  },
});
