// Serves the built PWA with the right caching: hashed files (their name changes with their
// content) are cached for a year; everything else (index.html, sw.js, the manifest) is checked
// with the server on every load (ETag, 304), so a new version is found at once and never
// half-loaded. Text goes out compressed as the build compressed it (name.br and name.gz beside
// each file, scripts/build/precompress.mjs): nothing is compressed here, so serving never holds
// up the API. A file without a compressed sibling is sent as it is.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};
/** Vite names built files name-HASH.ext under assets/; workbox names its runtime workbox-HASH.js. */
function isHashed(path: string): boolean {
  return path.startsWith('/assets/') || /^\/workbox-[0-9a-f]{8}\.js$/.test(path);
}

export function cacheControlFor(path: string): string {
  return isHashed(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

interface Entry {
  etag: string;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}
const memory = new Map<string, Entry>();

/** The build's compressed copy of a file, unless it is missing or older than the file. */
async function sibling(file: string, mtimeMs: number): Promise<Buffer | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() && s.mtimeMs >= mtimeMs ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

async function load(file: string): Promise<Entry | null> {
  let s;
  try {
    s = await stat(file);
  } catch {
    return null;
  }
  if (!s.isFile()) return null;
  const etag = `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}"`;
  const known = memory.get(file);
  if (known?.etag === etag) return known;
  const [raw, br, gzip] = await Promise.all([
    readFile(file),
    sibling(`${file}.br`, s.mtimeMs),
    sibling(`${file}.gz`, s.mtimeMs),
  ]);
  const entry: Entry = { etag, raw, br, gzip };
  memory.set(file, entry);
  return entry;
}

/** The file an address names inside the build folder; 'invalid' for an address that cannot be one. */
function resolveInside(root: string, urlPath: string): string | 'invalid' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return 'invalid';
  }
  if (decoded.includes('\0')) return 'invalid';
  const full = normalize(join(root, decoded));
  return full === root || full.startsWith(root + sep) ? full : 'invalid'; // no escaping the folder
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  file: string,
  entry: Entry,
  urlPath: string,
) {
  reply
    .header('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
    .header('Cache-Control', cacheControlFor(urlPath))
    .header('ETag', entry.etag)
    .header('Vary', 'Accept-Encoding');
  if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
  const accepts = String(request.headers['accept-encoding'] ?? '');
  if (entry.br && /\bbr\b/.test(accepts))
    return reply.header('Content-Encoding', 'br').send(entry.br);
  if (entry.gzip && /\bgzip\b/.test(accepts))
    return reply.header('Content-Encoding', 'gzip').send(entry.gzip);
  return reply.send(entry.raw);
}

export function registerStatic(app: FastifyInstance, distDir: string): void {
  const root = normalize(distDir);
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: async (request, reply) => {
      const path = request.url.split('?')[0]!;
      if (path.startsWith('/api/')) {
        return reply.code(404).send({ error: 'not_found', message: 'There is nothing here.' });
      }
      // The compressed copies are sent for their file, with its type; never as files of their own.
      const file =
        path.endsWith('/') || /\.(br|gz)$/.test(path) ? null : resolveInside(root, path);
      if (file === 'invalid')
        return reply.code(400).type('text/plain; charset=utf-8').send('Bad address');
      const entry = file ? await load(file) : null;
      if (file && entry) return send(request, reply, file, entry, path);
      // A screen of the app (/settings, /help…): the app shell handles the route. A missing file
      // with an extension is a real 404, so a stale script never gets HTML back.
      if (extname(path) && path !== '/') {
        return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
      }
      const index = join(root, 'index.html');
      const indexEntry = await load(index);
      if (!indexEntry) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The app has not been built yet. Run: npm run build');
      }
      return send(request, reply, index, indexEntry, '/index.html');
    },
  });
}
