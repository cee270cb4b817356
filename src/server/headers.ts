// Security headers on every response (sync-reliability.md §4.9). The CSP forbids inline script
// and style, except the few pieces named by their SHA-256: the settings script and the first
// screen's styles that the build puts inside index.html (their hashes are in the build's csp.json,
// written by scripts/build/firstPaint.mjs), and react-aria's two small styles.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * react-aria adds two small <style> elements at run time (usePress: touch-action for pressable
 * things; usePreventScroll: overscroll in modals). We allow exactly those by hash rather than
 * allowing any inline style. tests/unit/server/csp.test.ts recomputes them from react-aria's own
 * files, so a react-aria update that changes them fails the tests instead of breaking quietly.
 */
export const REACT_ARIA_STYLES = [
  '@layer {\n  [data-react-aria-pressable] {\n    touch-action: pan-x pan-y pinch-zoom;\n  }\n}',
  '@layer {\n  * {\n    overscroll-behavior: contain;\n  }\n}',
];

export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The inline code a build allows: CSP source expressions 'sha256-…'. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}
const NONE: InlineHashes = { scripts: [], styles: [] };

export function contentSecurityPolicy(inline: InlineHashes = NONE): string {
  const hashes = (list: string[]) => list.map((h) => ` ${h}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inline.scripts)}`,
    `style-src 'self'${hashes([...inline.styles, ...REACT_ARIA_STYLES.map(styleHash)])}`,
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy with no build's inline code (a server with no build, and the tests). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const HASH = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * The hashes the build wrote beside index.html. Only well-formed hashes are taken, so a changed
 * file can never widen the policy ('unsafe-inline' and the like are dropped). No file: none.
 */
export function readInlineHashes(distDir: string): InlineHashes {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(distDir, 'csp.json'), 'utf8'));
  } catch {
    return NONE;
  }
  const list = (value: unknown) =>
    Array.isArray(value)
      ? value.filter((h): h is string => typeof h === 'string' && HASH.test(h))
      : [];
  const p = parsed as Partial<Record<keyof InlineHashes, unknown>> | null;
  return { scripts: list(p?.scripts), styles: list(p?.styles) };
}

// Only the camera and microphone, only for us: photos and voice recordings of the person's views.
// Only feature names Chromium knows: an unknown one ('bluetooth') logs a warning on every page.
export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=(self)',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'midi=()',
  'magnetometer=()',
  'gyroscope=()',
  'accelerometer=()',
  'display-capture=()',
].join(', ');

/** distDir: the build whose inline code is allowed, read once at start (npm start builds first). */
export function registerSecurityHeaders(app: FastifyInstance, distDir?: string): void {
  const policy = distDir
    ? contentSecurityPolicy(readInlineHashes(distDir))
    : CONTENT_SECURITY_POLICY;
  app.addHook('onSend', async (request, reply) => {
    reply.header('Content-Security-Policy', policy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    if (request.protocol === 'https') {
      reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    }
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
}
