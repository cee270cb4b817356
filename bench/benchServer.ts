// Starts bench/syncServer.ts in its own process, as in production, for the sync and sharing
// benchmarks; they talk to it over loopback HTTP.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchema } from '../src/server/store/database';

/** PostgreSQL for the benchmarks; without it they measure SQLite only. */
export const PG_URL = process.env.DATABASE_URL_TEST || process.env.DATABASE_URL;

export interface Server {
  base: string;
  nextCode(): Promise<string>;
  /** CPU time the server process has used so far (ms): a figure other load cannot inflate. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = fork(new URL('./syncServer.ts', import.meta.url).pathname, [], {
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof2'] : []),
    ],
    env: { ...process.env, ...env },
  });
  const codes: string[] = [];
  const waiting: ((code: string) => void)[] = [];
  const cpuAnswers: ((ms: number) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (m: { port?: number; code?: string; cpuMs?: number }) => {
      if (m.port) resolve(m.port);
      if (m.cpuMs !== undefined) cpuAnswers.shift()?.(m.cpuMs);
      if (m.code) {
        const w = waiting.shift();
        if (w) w(m.code);
        else codes.push(m.code);
      }
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    nextCode: () =>
      codes.length ? Promise.resolve(codes.shift()!) : new Promise((r) => waiting.push(r)),
    cpuMs: () =>
      new Promise((r) => {
        cpuAnswers.push(r);
        child.send({ cpu: true });
      }),
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.on('exit', () => resolve());
        child.send({ stop: true });
      }),
  };
}

/**
 * The server on a database of its own (a temp folder for SQLite, a new schema on PostgreSQL);
 * stop() also removes that database, so runs never see each other's rows.
 */
export async function startOnFreshDatabase(kind: 'sqlite' | 'postgres'): Promise<Server> {
  const dataDir = await mkdtemp(join(tmpdir(), 'my-review-bench-'));
  const pgSchema = kind === 'postgres' ? `bench_${randomBytes(5).toString('hex')}` : '';
  const server = await startServer({
    BENCH_DATA_DIR: dataDir,
    BENCH_DATABASE_URL: kind === 'postgres' ? PG_URL! : '',
    BENCH_PG_SCHEMA: pgSchema,
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      if (pgSchema) await dropSchema(PG_URL!, pgSchema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
