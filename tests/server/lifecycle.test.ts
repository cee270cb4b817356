// Shutting down finishes the requests in flight (a deploy never cuts a push in half), then the
// server refuses new work until the next one is up; and the logs carry no personal data.
import { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app';
import { testDatabase, TestMailer, type TestDatabase } from './support/harness';
import { mutation } from './support/mutations';
import { uuidv7 } from '../../src/shared/ids';

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.dispose();
});

describe('graceful shutdown', () => {
  it('finishes a push in flight, then closes', async () => {
    const database = await testDatabase('sqlite');
    databases.push(database);
    const mailer = new TestMailer();
    const app = await buildServer({
      distDir: join(tmpdir(), 'my-review-no-dist'),
      logLevel: 'silent',
      dataDir: database.dataDir,
      mailer,
    });
    let arrived!: () => void;
    const inside = new Promise<void>((r) => (arrived = r));
    app.addHook('preHandler', async (request) => {
      if (request.url !== '/api/sync/push') return;
      arrived();
      await new Promise((r) => setTimeout(r, 300));
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const post = (path: string, body: unknown, cookie = '') =>
      fetch(base + path, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', origin: base, cookie },
      });

    const { challengeId } = await (
      await post('/api/auth/email/start', { email: 'bye@example.org' })
    ).json();
    const verify = await post('/api/auth/email/verify', {
      challengeId,
      code: mailer.lastCodeFor('bye@example.org'),
    });
    const cookie = verify.headers.getSetCookie()[0]!.split(';')[0]!;
    const clientId = uuidv7();
    const planId = uuidv7();
    expect((await post('/api/sync/claim', { clientId, planId }, cookie)).status).toBe(201);

    const m = mutation(planId, 'r1', { words: ['still saved', 0] }, { op: 'create' });
    const pushing = post('/api/sync/push', { clientId, mutations: [m] }, cookie);
    await inside;
    const closing = app.close();
    const res = await pushing;
    expect(res.status).toBe(200);
    expect((await res.json()).results[0].status).toBe('applied');
    await closing;
    await expect(fetch(`${base}/api/health`)).rejects.toThrow();
  });
});

describe('logs', () => {
  it('hold no email address, no session and nothing people wrote', async () => {
    const database = await testDatabase('sqlite');
    databases.push(database);
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildServer({
      distDir: join(tmpdir(), 'my-review-no-dist'),
      logLevel: 'debug',
      dataDir: database.dataDir,
      loggerStream: stream,
    });
    const start = await logged.inject({
      method: 'POST',
      url: '/api/auth/email/start',
      headers: {
        host: 'localhost',
        origin: 'http://localhost',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({ email: 'private.person@example.org' }),
    });
    expect(start.statusCode).toBe(200);
    await logged.close();
    const all = lines.join('\n');
    expect(all).toMatch(/Sign-in code \d{6}/);
    expect(all).not.toContain('private.person');
    expect(all).not.toContain('example.org');
  });
});
