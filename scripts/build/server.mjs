// Compiles the server (src/server/main.ts and the src/shared code it uses) into one plain
// JavaScript file, dist-server/main.js, so production runs no TypeScript loader. Packages stay
// imports, resolved from node_modules at run time (better-sqlite3 is native and cannot be bundled).
// Run: node scripts/build/server.mjs   (npm start runs it when the sources are newer)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER_OUT = 'dist-server/main.js';

export async function buildServer() {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/server/main.ts'],
    outfile: SERVER_OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    sourcemap: 'linked', // stack traces in the log name the TypeScript lines
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServer();
