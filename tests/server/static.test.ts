// The server serving the built app: caching, compression, security headers, the app shell for
// every screen, and no way out of the build folder.
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app';

let dist: string;
let app: FastifyInstance;
const INDEX = '<!doctype html><html><body><h1>My Review</h1>' + 'x'.repeat(2000) + '</body></html>';

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'my-review-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  // As the build leaves them (scripts/build/precompress.mjs): compressed copies beside the file.
  await writeFile(join(dist, 'index.html.br'), brotliCompressSync(INDEX));
  await writeFile(join(dist, 'index.html.gz'), gzipSync(INDEX));
  await writeFile(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(dist, 'manifest.webmanifest'), '{"name":"My Review"}');
  await writeFile(join(dist, 'assets', 'main-AbC123.js'), 'console.log(1);'.repeat(100));
  app = await buildServer({ distDir: dist, logLevel: 'silent', dataDir: dist });
});
afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
});

describe('serving the app', () => {
  it('caches hashed files for a year and revalidates the rest', async () => {
    const hashed = await app.inject({ url: '/assets/main-AbC123.js' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers['content-type']).toContain('text/javascript');
    for (const url of ['/', '/sw.js', '/manifest.webmanifest']) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['cache-control'], url).toBe('no-cache');
      expect(r.headers.etag, url).toBeTruthy();
    }
    expect((await app.inject({ url: '/manifest.webmanifest' })).headers['content-type']).toContain(
      'application/manifest+json',
    );
  });

  it('answers 304 when the browser already has the same version', async () => {
    const first = await app.inject({ url: '/sw.js' });
    const again = await app.inject({
      url: '/sw.js',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('sends the compressed copies the build made, to browsers that accept them', async () => {
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(INDEX);
    const gz = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(INDEX);
    const plain = await app.inject({ url: '/' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(INDEX);
  });

  it('sends a file with no compressed copy as it is: nothing is compressed on a request', async () => {
    const r = await app.inject({
      url: '/assets/main-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body).toBe('console.log(1);'.repeat(100));
  });

  it('never sends a compressed copy older than its file, nor the copies as files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'my-review-dist-'));
    await writeFile(join(dir, 'app.js.br'), brotliCompressSync('old();'.repeat(200)));
    await writeFile(join(dir, 'app.js'), 'new();'.repeat(200));
    const earlier = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'app.js.br'), earlier, earlier); // the file changed after the build
    const other = await buildServer({ distDir: dir, logLevel: 'silent', dataDir: dir });
    const r = await other.inject({ url: '/app.js', headers: { 'accept-encoding': 'br' } });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body).toBe('new();'.repeat(200));
    expect((await other.inject({ url: '/app.js.br' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/index.html.gz' })).statusCode).toBe(404);
    await other.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the app shell for the app’s screens, and 404 for missing files', async () => {
    const screen = await app.inject({ url: '/settings' });
    expect(screen.statusCode).toBe(200);
    expect(screen.body).toContain('<h1>My Review</h1>');
    expect((await app.inject({ url: '/assets/gone-123.js' })).statusCode).toBe(404);
    const api = await app.inject({ url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: 'not_found' });
  });

  it('never serves a file outside the build folder', async () => {
    for (const url of [
      '/../package.json',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2f..%2fetc%2fhosts',
      '/%00',
    ]) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(r.body, url).not.toContain('root:');
    }
  });

  it('sends the security headers on every response', async () => {
    for (const url of ['/', '/assets/main-AbC123.js', '/api/health']) {
      const h = (await app.inject({ url })).headers;
      expect(h['content-security-policy'], url).toContain("script-src 'self'");
      expect(h['x-content-type-options'], url).toBe('nosniff');
      expect(h['referrer-policy'], url).toBe('no-referrer');
      expect(h['permissions-policy'], url).toContain('camera=(self), microphone=(self)');
      expect(h['permissions-policy'], url).toContain('geolocation=()');
    }
    expect((await app.inject({ url: '/api/health' })).headers['cache-control']).toBe('no-store');
  });

  it('reports its health', async () => {
    const r = await app.inject({ url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a body over 256 KiB with a plain message', async () => {
    const other = await buildServer({ distDir: dist, logLevel: 'silent', dataDir: dist });
    other.post('/api/echo-test', async () => ({ ok: true }));
    const r = await other.inject({
      method: 'POST',
      url: '/api/echo-test',
      // Our own origin, so the Origin check lets it through to the size check.
      headers: { 'content-type': 'application/json', origin: 'http://localhost:80' },
      payload: JSON.stringify({ text: 'x'.repeat(300 * 1024) }),
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().message).toBe('This is too big to send.');
    await other.close();
  });
});
