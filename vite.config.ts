import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };

// One Content Security Policy: the meta tag of index.html, also sent as a header by
// `vite preview` (where frame-ancestors, which a meta tag cannot carry, is added).
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"\s*\/>/;
const csp = CSP_META.exec(readFileSync('index.html', 'utf8'))?.[1];
if (!csp) throw new Error('index.html must carry the Content-Security-Policy meta tag');
const securityHeaders = {
  'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The app must open with no network: everything it needs is precached, and a new
// version waits for the nurse's consent (registerType 'prompt') so a form is never lost.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Named chunks for what every start needs (the screens split off with import(); the
        // French words past the lock screen's, i18n/fr.ts, load so too, in the chunk "fr"):
        // the bench and the build output then say what the initial bytes are.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'storage', test: /node_modules[\\/](dexie|dexie-react-hooks|uuid)[\\/]/ },
            {
              // zod, needed past the lock only (the schemas), with domain/zodConfig.ts, which
              // must run before any schema is built: the chunks holding schemas import this one,
              // so they run after it.
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]|src[\\/]domain[\\/]zodConfig\.ts$/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  plugins: [
    react(),
    {
      // The dev server's hot reload needs inline scripts: the policy applies to builds only.
      name: 'csp-off-in-dev',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(CSP_META, ''),
    },
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Relève — continuité des soins',
        short_name: 'Relève',
        description: 'Dossier de soins du service en mode dégradé, hors ligne.',
        lang: 'fr-FR',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b5d6b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
