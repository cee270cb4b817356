// Serves the built PWA with the right caching: hashed files (their name changes with their
// content) are cached for a year; everything else (index.html, sw.js, the manifest) is checked
// with the server on every load, so a new version is found at once and never half-loaded.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';

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

async function fileIfExists(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return null; // no escaping the folder
  try {
    const s = await stat(full);
    return s.isFile() ? full : null;
  } catch {
    return null;
  }
}

function send(reply: FastifyReply, file: string, urlPath: string) {
  reply
    .header('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
    .header('Cache-Control', cacheControlFor(urlPath));
  return reply.send(createReadStream(file));
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
      const file = path.endsWith('/') ? null : await fileIfExists(root, path);
      if (file) return send(reply, file, path);
      // A screen of the app (/settings, /help…): the app shell handles the route. A missing file
      // with an extension is a real 404, so a stale script never gets HTML back.
      if (extname(path) && path !== '/') {
        return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
      }
      const index = await fileIfExists(root, '/index.html');
      if (!index) {
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The app has not been built yet. Run: npm run build');
      }
      return send(reply, index, '/index.html');
    },
  });
}
