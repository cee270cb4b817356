import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Three kinds of Vitest tests, each in the environment it needs:
//   tests/unit       pure logic and the data layer (fake-indexeddb), in Node
//   tests/component  the kit and screens rendered in jsdom, found by role and name, checked by axe
//   tests/server     the server with Fastify inject() and a real database
export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } })],
  cacheDir: '.vite',
  resolve: {
    dedupe: ['preact', 'preact/compat', 'preact/hooks'],
    alias: { 'virtual:pwa-register': '/tests/support/pwaRegisterStub.ts' },
  },
  define: { __BUILD_ID__: JSON.stringify('test') },
  test: {
    globals: false,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/support/setupUnit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/support/setupComponent.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          // Each file gets its own database; files run one at a time so PostgreSQL runs stay calm.
          fileParallelism: false,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
