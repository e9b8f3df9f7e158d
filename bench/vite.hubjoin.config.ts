import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

// `npm run bench:hub` only: the join page (bench/hub/join.html), built beside the production
// app that the hub serves (same origin, same database): `BENCH_HUB_DIST/bench-hub/join.html`.
const dist = process.env.BENCH_HUB_DIST ?? 'dist-bench-hub';

export default defineConfig({
  root: `${import.meta.dirname}/hub`,
  base: '/bench-hub/',
  publicDir: false,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    outDir: `${import.meta.dirname}/../${dist}/bench-hub`,
    emptyOutDir: true,
    rollupOptions: { input: `${import.meta.dirname}/hub/join.html` },
  },
});
