import { defineConfig } from 'vite';
import pkg from '../package.json' with { type: 'json' };

// `npm run bench:hub` only: bench/hubNode.ts (a tablet in Node running the app's own src/db
// and src/sync) bundled for Node; its packages (dexie, zod, fake-indexeddb) stay imports.
export default defineConfig({
  root: import.meta.dirname,
  publicDir: false,
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: `${import.meta.dirname}/hubNode.ts`,
    target: 'node20',
    outDir: `${import.meta.dirname}/.cache/hub-node`,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { entryFileNames: 'hubNode.mjs' } },
  },
});
