// Starts bench/syncServer.ts in its own process, as in production, for the sync and sharing
// benchmarks; they talk to it over loopback HTTP.
import { fork, type ChildProcess } from 'node:child_process';

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
