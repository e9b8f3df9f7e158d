import { defineConfig } from 'vitest/config';

// The ward hub's tests: plain Node, real child processes and sockets, no browser stand-ins
// and no faked clock (the unit tests' setup fakes Date; a hub must run on real time).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    environment: 'node',
    // One hub at a time on a shared 2-core machine; limits far above usual times.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
