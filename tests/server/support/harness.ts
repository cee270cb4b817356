// A real server on a real database for each test file: SQLite always, PostgreSQL as well when
// DATABASE_URL_TEST is set (CI sets it). Each PostgreSQL run gets a schema of its own, so test
// files never see each other's rows.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer, type BuildOptions } from '../../../src/server/app';
import type { MailMessage, Mailer } from '../../../src/server/auth/mailer';
import { dropSchema, openStore, type Store } from '../../../src/server/store/database';
import { uuidv7 } from '../../../src/shared/ids';
import type { Account } from '../../../src/shared/auth';

export type DatabaseKind = 'sqlite' | 'postgres';
export const PG_URL = process.env.DATABASE_URL_TEST;
export const DATABASES: DatabaseKind[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const ORIGIN = 'http://localhost';

export interface SentCode {
  to: string;
  code: string;
  /** The email's words, in the language the app asked for. */
  message?: MailMessage;
}

export class TestMailer implements Mailer {
  readonly sent: SentCode[] = [];
  async sendSignInCode(to: string, code: string, message?: MailMessage) {
    this.sent.push({ to, code, message });
    return 'email' as const;
  }
  lastCodeFor(email: string): string {
    const hit = [...this.sent].reverse().find((s) => s.to === email);
    if (!hit) throw new Error(`No code sent to ${email}`);
    return hit.code;
  }
}

export interface TestDatabase {
  kind: DatabaseKind;
  dataDir: string;
  pgSchema?: string;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

/** A fresh, empty database: a temp folder for SQLite, a new schema on PostgreSQL. */
export async function testDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'my-review-server-'));
  const pgSchema = kind === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined;
  return {
    kind,
    dataDir,
    pgSchema,
    open: () =>
      openStore({ dataDir, databaseUrl: kind === 'postgres' ? PG_URL : undefined, pgSchema }),
    async dispose() {
      if (pgSchema) await dropSchema(PG_URL!, pgSchema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Device {
  clientId: string;
  cookie: string;
  account: Account;
}

export class Harness {
  constructor(
    readonly app: FastifyInstance,
    readonly store: Store,
    readonly mailer: TestMailer,
    readonly database: TestDatabase,
  ) {}

  get db() {
    return this.store.db;
  }

  /** A request as the app sends it: JSON, from our own origin. */
  request(method: InjectOptions['method'], url: string, body?: unknown, cookie?: string) {
    return this.app.inject({
      method,
      url,
      headers: {
        host: 'localhost',
        origin: ORIGIN,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  }

  post(url: string, body: unknown, cookie?: string) {
    return this.request('POST', url, body, cookie);
  }

  /** Signs in by email code, as a new device unless a client id is given. */
  async signIn(email: string, clientId: string = uuidv7()): Promise<Device> {
    const start = await this.post('/api/auth/email/start', { email });
    if (start.statusCode !== 200) throw new Error(`email/start ${start.statusCode} ${start.body}`);
    const { challengeId } = start.json();
    const code = this.mailer.lastCodeFor(email);
    const verify = await this.post('/api/auth/email/verify', { challengeId, code });
    if (verify.statusCode !== 200)
      throw new Error(`email/verify ${verify.statusCode} ${verify.body}`);
    const setCookie = verify.headers['set-cookie'];
    const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
    return { clientId, cookie: raw.split(';')[0]!, account: verify.json() };
  }

  /** Signs in and claims a new plan. */
  async owner(email: string): Promise<Device & { planId: string }> {
    const device = await this.signIn(email);
    const planId = uuidv7();
    const claim = await this.post(
      '/api/sync/claim',
      { clientId: device.clientId, planId },
      device.cookie,
    );
    if (claim.statusCode !== 201) throw new Error(`claim ${claim.statusCode} ${claim.body}`);
    return { ...device, planId };
  }

  async close() {
    await this.app.close();
    await this.store.close();
    await this.database.dispose();
  }
}

/** The server's options for a test: no built app, no logs, and rate limits a test never meets. */
export function testServerOptions(
  database: TestDatabase,
  store: Store,
  mailer: TestMailer,
  perMinute = 100_000,
): BuildOptions {
  return {
    distDir: join(tmpdir(), 'my-review-no-dist'),
    logLevel: 'silent',
    dataDir: database.dataDir,
    store,
    mailer,
    authLimit: { max: perMinute, windowMs: 60_000 },
    apiLimit: { max: perMinute, windowMs: 60_000 },
  };
}

export async function startHarness(
  kind: DatabaseKind,
  options: Partial<BuildOptions> & { mailer?: TestMailer } = {},
): Promise<Harness> {
  const database = await testDatabase(kind);
  const store = await database.open();
  const mailer = options.mailer ?? new TestMailer();
  const app = await buildServer({ ...testServerOptions(database, store, mailer), ...options });
  return new Harness(app, store, mailer, database);
}

/** Row counts of every table: "nothing written" means these do not change. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = [
    'users',
    'credentials',
    'sessions',
    'email_codes',
    'webauthn_challenges',
    'clients',
    'plans',
    'plan_members',
    'records',
    'record_history',
    'applied_mutations',
    'conflicts',
    'media',
    'plan_media',
    'audit_log',
  ] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const row = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(row.n);
  }
  return out;
}
