import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import pkg from '../../package.json' with { type: 'json' };

const PUSH = resolve(import.meta.dirname, '../../src/sync/push.ts');

/** push.ts's `toWire` becomes the sealed-once documents (bench/hospital/sealedOnce.ts). */
const sealedOnce: Plugin = {
  name: 'bench-hospital-sealed-once',
  enforce: 'pre',
  resolveId: (source, importer) =>
    importer === PUSH && source === '../db/wire'
      ? resolve(import.meta.dirname, 'sealedOnce.ts')
      : null,
};

// `npm run bench:hospital` only: bench/hospital/run.ts bundled for Node; packages stay imports.
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  plugins: [sealedOnce],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: resolve(import.meta.dirname, 'run.ts'),
    target: 'node20',
    outDir: resolve(import.meta.dirname, '../.cache/hospital'),
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.mjs' } },
  },
});
