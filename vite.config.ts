import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CSP_FILE, inlineFirstPaint } from './scripts/build/firstPaint.mjs';
import { precompress } from './scripts/build/precompress.mjs';
import { symbolFiles } from './scripts/build/symbolFiles.mjs';
import { PICTURE_SHEETS } from './src/content/pictureSheets.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [
    preact({
      // The home screen is rendered into index.html at build time so a cold start paints it
      // before any JavaScript runs (src/app/prerender.tsx). Only '/': other screens need data.
      prerender: {
        enabled: true,
        renderTarget: '#app',
        prerenderScript: `${root}src/app/prerender.tsx`,
      },
    }),
    // The first paint needs only the HTML: the settings script and the first screen's styles go
    // inside index.html, allowed by the CSP through the hashes it writes to dist/csp.json.
    inlineFirstPaint({ settingsScript: `${root}src/app/settingsBoot.ts` }),
    symbolFiles({ sheets: PICTURE_SHEETS }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false, // registered from src/app/serviceWorker.ts: a module, never inline
      strategies: 'generateSW',
      includeManifestIcons: false, // the glob below already takes every icon: no duplicates
      manifest: {
        id: '/',
        name: 'My Review',
        short_name: 'My Review',
        description:
          'Get ready for your Care and Treatment Review, take part on the day, and check what happens after.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f0f4f5',
        theme_color: '#003087',
        lang: 'en',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // The shell, every screen's code, every locale and every picture: all of it offline.
        // Not the manifest: the plugin adds it itself, and a file listed twice is downloaded twice.
        globPatterns: ['**/*.{js,css,html,svg,png,json,txt}'],
        globIgnores: [CSP_FILE], // for the server only
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        clientsClaim: true, // the first visit is controlled at once; updates still wait for a yes
        cleanupOutdatedCaches: true,
      },
    }),
    // Last: brotli and gzip copies beside every text file, sent as they are by the server.
    precompress(),
  ],
  // Per checkout, not in node_modules: several worktrees may share one node_modules.
  cacheDir: '.vite',
  resolve: {
    dedupe: ['preact', 'preact/compat', 'preact/hooks'],
    // Dexie's package entry is its ES5 build; its own modern build (ES2018, the same source) is
    // 1.3 KiB smaller gzipped on the first screen. Only the app build: tests use the entry.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  define: {
    __BUILD_ID__: JSON.stringify(process.env.BUILD_ID ?? new Date().toISOString()),
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0, // every symbol a file of its own, cached once, never inside JavaScript
    sourcemap: process.env.SOURCEMAP === '1', // SOURCEMAP=1 to see what each chunk is made of
    rolldownOptions: {
      output: {
        // A language's words are named for it (locale-ur-planner-<hash>.js), so the size check
        // can count the code and one language: a person's tablet loads only their language's words.
        chunkFileNames: (chunk) => {
          const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return m ? `assets/locale-${m[1]}-${m[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          // Everything the first screen imports, in one script: each script of its own is one
          // more request and is compressed alone (23 scripts cost about 6 KiB more gzip than one).
          // The build-time prerender (src/app/prerender.tsx) loads this chunk too: main.tsx starts
          // the app only in a browser.
          groups: [
            { name: 'first', tags: ['$initial'] },
            // The record models, checked before every write: one script, not one per model
            // (each name of its own was one more entry in the first screen's list of scripts).
            { name: 'models', test: /\/src\/shared\/models\// },
          ],
        },
      },
    },
  },
});
