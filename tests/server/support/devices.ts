// Devices for engine tests: each has its own IndexedDB (fake-indexeddb) and the real sync engine,
// talking to the real server through Fastify's inject (no sockets), with a switch to go offline.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { MyReviewDb } from '../../../src/data/db';
import { ensureCurrentPlan } from '../../../src/data/plans';
import { SyncEngine, type EngineOptions } from '../../../src/sync/engine';
import { requestEmailCode, signInWithCode, type SyncContext } from '../../../src/sync/session';
import { createStore } from '../../../src/shared/store';
import type { SyncStatus } from '../../../src/sync/status';
import { ApiError, OfflineError, type Transport } from '../../../src/sync/transport';
import { ORIGIN, type Harness } from './harness';

export interface TestDevice extends SyncContext {
  engine: SyncEngine;
  status: ReturnType<typeof createStore<SyncStatus>>;
  offline: boolean;
  requests: string[];
  signIn(email: string): Promise<void>;
  dispose(): Promise<void>;
}

let n = 0;

export async function device(
  h: Harness,
  options: Partial<EngineOptions> = {},
): Promise<TestDevice> {
  const db = new MyReviewDb(`engine-${process.pid}-${++n}`);
  await ensureCurrentPlan(db);
  let cookie = '';
  const self = { offline: false, requests: [] as string[] };
  const send = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: string | Buffer,
    type?: string,
    extra: Record<string, string> = {},
  ) => {
    self.requests.push(`${method} ${url}`);
    if (self.offline) throw new OfflineError();
    const res = await h.app.inject({
      method,
      url,
      payload,
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        ...(type ? { 'content-type': type } : {}),
        ...(cookie ? { cookie } : {}),
        ...extra,
      },
    });
    const set = res.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) cookie = c.split(';')[0]!;
    if (res.statusCode >= 400) {
      const body = res.body
        ? (JSON.parse(res.body) as { error: string; message: string })
        : { error: 'error', message: '' };
      throw new ApiError(res.statusCode, body.error, body.message);
    }
    return res;
  };
  const transport: Transport = {
    async json(method, path, body) {
      const res = await send(
        method,
        path,
        body === undefined ? undefined : JSON.stringify(body),
        body === undefined ? undefined : 'application/json',
      );
      return res.statusCode === 204 ? undefined : res.json();
    },
    async putBytes(path, bytes, headers) {
      const { 'Content-Type': type, ...rest } = headers;
      await send('PUT', path, Buffer.from(bytes), type, rest);
    },
    async getBytes(path) {
      const res = await send('GET', path);
      const bytes = res.rawPayload;
      return {
        bytes: bytes.buffer.slice(
          bytes.byteOffset,
          bytes.byteOffset + bytes.byteLength,
        ) as ArrayBuffer,
        mime: String(res.headers['content-type']),
      };
    },
  };
  const status = createStore<SyncStatus>({ signedIn: false, state: 'local', lastServerSave: null });
  const engine = new SyncEngine({
    db,
    transport,
    status,
    autoRetry: false,
    pullLimit: 3,
    ...options,
  });
  const ctx: SyncContext = { db, transport, engine };
  return Object.assign(self, ctx, {
    engine,
    status,
    async signIn(email: string) {
      const { challengeId } = await requestEmailCode(ctx, email);
      await signInWithCode(ctx, challengeId, h.mailer.lastCodeFor(email));
      await engine.syncNow();
    },
    async dispose() {
      engine.stop();
      db.close();
      await Dexie.delete(db.name);
    },
  }) as TestDevice;
}

/**
 * Makes devices on the harness `harness()` returns, each disposed of after the test that made it.
 * Call it in a describe block (or at the top of a file): it adds that afterEach.
 */
export function devicePool(harness: () => Harness) {
  const devices: TestDevice[] = [];
  afterEach(async () => {
    for (const d of devices.splice(0)) await d.dispose();
  });
  return async (options: Partial<EngineOptions> = {}) => {
    const d = await device(harness(), options);
    devices.push(d);
    return d;
  };
}
