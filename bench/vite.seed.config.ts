import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

// The bench's seeding page, built beside the production app (same origin, same database),
// never into the app itself: `BENCH_DIST/bench/seed.html`.
const dist = process.env.BENCH_DIST ?? 'dist-bench';

export default defineConfig({
  root: import.meta.dirname,
  base: '/bench/',
  publicDir: false,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    outDir: `${import.meta.dirname}/../${dist}/bench`,
    emptyOutDir: true,
    rollupOptions: { input: `${import.meta.dirname}/seed.html` },
  },
});
