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

type Encoding = 'br' | 'gzip';
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
const ACCEPTS: Record<Encoding, RegExp> = { br: /\bbr\b/, gzip: /\bgzip\b/ };

interface Entry {
  etag: string;
  mtimeMs: number;
  raw?: Buffer;
  /** The build's compressed copies, read when first asked for; null: there is none. */
  br?: Buffer | null;
  gzip?: Buffer | null;
}
const memory = new Map<string, Entry>();

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
  const entry: Entry = { etag, mtimeMs: s.mtimeMs };
  memory.set(file, entry);
  return entry;
}

/** The build's compressed copy of a file, unless it is missing or older than the file. */
async function compressed(file: string, entry: Entry, encoding: Encoding): Promise<Buffer | null> {
  const known = entry[encoding];
  if (known !== undefined) return known;
  let copy: Buffer | null = null;
  try {
    const s = await stat(file + SUFFIX[encoding]);
    if (s.isFile() && s.mtimeMs >= entry.mtimeMs) copy = await readFile(file + SUFFIX[encoding]);
  } catch {
    // no compressed copy: the file goes as it is
  }
  entry[encoding] = copy;
  return copy;
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

async function send(
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
  for (const encoding of ['br', 'gzip'] as const) {
    if (!ACCEPTS[encoding].test(accepts)) continue;
    const body = await compressed(file, entry, encoding);
    if (body) return reply.header('Content-Encoding', encoding).send(body);
  }
  entry.raw ??= await readFile(file);
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
      const file = path.endsWith('/') || /\.(br|gz)$/.test(path) ? null : resolveInside(root, path);
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
