// Starts and stops the real server for browser tests. Stopping it is how tests prove the app
// works offline: Playwright's setOffline does not cover service-worker traffic (P17).
import type { FastifyInstance } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildServer } from '../../../src/server/app';
import type { Mailer } from '../../../src/server/auth/mailer';

/** Sign-in codes the server sent, read by tests instead of an inbox. */
export class CapturedMail implements Mailer {
  private readonly codes: { to: string; code: string }[] = [];
  async sendSignInCode(to: string, code: string) {
    this.codes.push({ to, code });
    return 'email' as const;
  }
  /** The newest code sent to this address. */
  codeFor(email: string): string {
    const hit = [...this.codes].reverse().find((c) => c.to === email.toLowerCase());
    if (!hit) throw new Error(`No sign-in code was sent to ${email}`);
    return hit.code;
  }
}

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  mail: CapturedMail;
  /** Stops the server; the port stays ours so the same origin can come back. */
  stop(): Promise<void>;
  /** Starts it again on the same port, optionally serving another build (the update test). */
  start(distDir?: string): Promise<void>;
  dispose(): Promise<void>;
}

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');
export const DIST_V2 = resolve(process.env.DIST_V2_DIR ?? 'dist-v2');

/**
 * smtpUrl: send every email (sign-in codes too) over real SMTP, to a local catcher
 * (tests/support/smtpCatcher.ts), instead of capturing codes in memory.
 */
export async function startTestServer(
  distDir = DIST,
  options: { smtpUrl?: string } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'my-review-browser-'));
  const mail = new CapturedMail();
  let app: FastifyInstance | null = null;
  let port = 0;
  let dist = distDir;

  const start = async (next?: string) => {
    if (next) dist = next;
    app = await buildServer({
      distDir: dist,
      logLevel: 'silent',
      dataDir,
      ...(options.smtpUrl ? { smtpUrl: options.smtpUrl } : { mailer: mail }),
    });
    await app.listen({ port, host: '127.0.0.1' });
    const address = app.server.address();
    if (address && typeof address === 'object') port = address.port;
  };
  const stop = async () => {
    const a = app;
    app = null;
    if (!a) return;
    // Chromium keeps connections open; close them so the port is really free.
    a.server.closeAllConnections?.();
    await a.close();
  };
  await start();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    dataDir,
    mail,
    stop,
    start,
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
