// Compresses the built app once, at build time: a .br and a .gz file beside each text file, which
// the server sends as they are (src/server/static.ts). Compressing on a request instead blocked
// the server's one thread for about 1.6 s after each start (brotli at its best setting is slow).
// node:zlib does all of it, so no library: a dozen lines, and one fewer dependency to trust.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images (PNG) are compressed already. */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 512;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

async function compressFile(path) {
  const raw = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gz(raw, { level: 9 }),
  ]);
  // A sibling only when it is smaller: otherwise the plain file is the best answer.
  let written = 0;
  if (br.length < raw.length) written += (await writeFile(`${path}.br`, br), 1);
  if (gzipped.length < raw.length) written += (await writeFile(`${path}.gz`, gzipped), 1);
  return written;
}

/** Writes name.br and name.gz beside every compressible file in dir; returns how many. */
export async function precompressDir(dir) {
  const todo = [];
  for await (const path of files(dir)) {
    if (!COMPRESSIBLE.has(extname(path))) continue;
    if ((await stat(path)).size < MIN_BYTES) continue;
    todo.push(path);
  }
  let written = 0;
  // zlib runs on libuv's thread pool: a few at a time keeps every core busy, no more.
  for (let i = 0; i < todo.length; i += 8) {
    const counts = await Promise.all(todo.slice(i, i + 8).map(compressFile));
    written += counts.reduce((a, b) => a + b, 0);
  }
  return written;
}

/** A Vite plugin: compresses the output folder after everything else has written to it. */
export function precompress() {
  let outDir = 'dist';
  return {
    name: 'my-review:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/')
        ? config.build.outDir
        : join(config.root, config.build.outDir);
    },
    // Sequential and last, so the service worker (written by vite-plugin-pwa here) is included.
    closeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        await precompressDir(outDir);
      },
    },
  };
}
